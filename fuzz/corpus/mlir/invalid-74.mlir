

// pad_channels without pads.
func.func @pad_channels_no_pads(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels needs a 'pads' attribute}}
  %0 = slice.pad_channels %x {groups = array<i64: 8>} : tensor<2x8x4x4xf32>
  return
}

