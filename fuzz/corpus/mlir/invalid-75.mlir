

// pad_channels with one pad per group missing.
func.func @pad_channels_pads_count(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels has 1 pads for 2 channel groups}}
  %0 = slice.pad_channels %x {groups = array<i64: 4, 4>, pads = array<i64: 4>} : tensor<2x8x4x4xf32>
  return
}

