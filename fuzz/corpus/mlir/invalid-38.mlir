

// conv2d padding with two entries (it is [top, left, bottom, right]).
func.func @conv_padding_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x3x3xf32>) {
  // expected-error @+1 {{padding must have 4 entries [top, left, bottom, right], got 2}}
  %0 = slice.conv2d %x, %w {padding = array<i64: 1, 1>} : tensor<1x8x4x4xf32>, tensor<8x8x3x3xf32>
  return
}

