

// conv2d dilations with one entry.
func.func @conv_dilations_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{dilations must have 2 entries [dh, dw], got 1}}
  %0 = slice.conv2d %x, %w {dilations = array<i64: 2>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

