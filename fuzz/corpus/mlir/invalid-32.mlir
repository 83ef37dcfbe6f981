

// conv2d bias of the wrong length.
func.func @conv_bias_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{conv2d bias has 4 entries, expected 8 output channels}}
  %0 = slice.conv2d %x, %w, %b : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>, tensor<4xf32>
  return
}

