

// conv2d groups = 0.
func.func @conv_groups_zero(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d groups must be positive, got 0}}
  %0 = slice.conv2d %x, %w {groups = 0 : i64} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

