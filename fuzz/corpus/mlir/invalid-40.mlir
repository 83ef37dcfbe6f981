

// conv2d negative padding.
func.func @conv_padding_negative(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x3x3xf32>) {
  // expected-error @+1 {{padding must be non-negative, got -1}}
  %0 = slice.conv2d %x, %w {padding = array<i64: 1, 1, -1, 1>} : tensor<1x8x4x4xf32>, tensor<8x8x3x3xf32>
  return
}

