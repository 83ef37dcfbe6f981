

// conv2d input not NCHW.
func.func @conv_input_rank(%x: tensor<8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d input must have rank 4, got tensor<8x4x4xf32>}}
  %0 = slice.conv2d %x, %w : tensor<8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

