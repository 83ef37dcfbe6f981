

// pad_channels with a negative pad.
func.func @pad_channels_pad_negative(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels pads must be non-negative, got [4, -4]}}
  %0 = slice.pad_channels %x {groups = array<i64: 4, 4>, pads = array<i64: 4, -4>} : tensor<2x8x4x4xf32>
  return
}

