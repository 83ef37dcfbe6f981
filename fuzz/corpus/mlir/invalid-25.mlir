

// conv2d weight with a dynamic dimension.
func.func @conv_weight_dynamic(%x: tensor<1x8x4x4xf32>, %w: tensor<?x8x1x1xf32>) {
  // expected-error @+1 {{conv2d weight must have a static shape, got tensor<?x8x1x1xf32>}}
  %0 = slice.conv2d %x, %w : tensor<1x8x4x4xf32>, tensor<?x8x1x1xf32>
  return
}

