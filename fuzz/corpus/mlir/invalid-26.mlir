

// conv2d input with dynamic channels.
func.func @conv_input_channels_dynamic(%x: tensor<1x?x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d input channels must be static}}
  %0 = slice.conv2d %x, %w : tensor<1x?x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

