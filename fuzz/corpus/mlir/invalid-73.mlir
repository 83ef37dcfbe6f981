

// pad_channels of a tensor with dynamic channels.
func.func @pad_channels_dynamic(%x: tensor<2x?x4x4xf32>) {
  // expected-error @+1 {{pad_channels input needs a static channel dimension}}
  %0 = slice.pad_channels %x {pads = array<i64: 4>} : tensor<2x?x4x4xf32>
  return
}

