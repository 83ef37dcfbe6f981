

// conv2d weight not OIHW.
func.func @conv_weight_rank(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8xf32>) {
  // expected-error @+1 {{conv2d weight (OIHW) must have rank 4, got tensor<8x8xf32>}}
  %0 = slice.conv2d %x, %w : tensor<1x8x4x4xf32>, tensor<8x8xf32>
  return
}

