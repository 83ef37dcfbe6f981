

// pad_channels with an empty group.
func.func @pad_channels_group_zero(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels groups must be positive, got [8, 0]}}
  %0 = slice.pad_channels %x {groups = array<i64: 8, 0>, pads = array<i64: 4, 4>} : tensor<2x8x4x4xf32>
  return
}

