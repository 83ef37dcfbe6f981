

// conv2d bias of rank 2.
func.func @conv_bias_rank(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>, %b: tensor<8x1xf32>) {
  // expected-error @+1 {{conv2d bias must have rank 1, got tensor<8x1xf32>}}
  %0 = slice.conv2d %x, %w, %b : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>, tensor<8x1xf32>
  return
}

