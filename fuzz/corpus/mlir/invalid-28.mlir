

// conv2d input channels not divisible by groups.
func.func @conv_groups_cin(%x: tensor<1x6x4x4xf32>, %w: tensor<8x1x1x1xf32>) {
  // expected-error @+1 {{conv2d input channels 6 are not divisible by groups 4}}
  %0 = slice.conv2d %x, %w {groups = 4 : i64} : tensor<1x6x4x4xf32>, tensor<8x1x1x1xf32>
  return
}

