

// pad_channels groups that do not cover the input channels.
func.func @pad_channels_groups_sum(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels groups [4, 2] sum to 6, input has 8 channels}}
  %0 = slice.pad_channels %x {groups = array<i64: 4, 2>, pads = array<i64: 4, 4>} : tensor<2x8x4x4xf32>
  return
}

