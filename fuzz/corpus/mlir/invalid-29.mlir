

// conv2d output channels not divisible by groups.
func.func @conv_groups_cout(%x: tensor<1x8x4x4xf32>, %w: tensor<6x2x1x1xf32>) {
  // expected-error @+1 {{conv2d output channels 6 are not divisible by groups 4}}
  %0 = slice.conv2d %x, %w {groups = 4 : i64} : tensor<1x8x4x4xf32>, tensor<6x2x1x1xf32>
  return
}

