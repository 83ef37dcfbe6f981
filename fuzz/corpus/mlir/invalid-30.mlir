

// conv2d weight expects other input channels.
func.func @conv_weight_cin(%x: tensor<1x8x4x4xf32>, %w: tensor<8x4x1x1xf32>) {
  // expected-error @+1 {{conv2d weight expects 16 input channels (4 per group x 4 groups), input has 8}}
  %0 = slice.conv2d %x, %w {groups = 4 : i64} : tensor<1x8x4x4xf32>, tensor<8x4x1x1xf32>
  return
}

