

// conv2d strides with three entries.
func.func @conv_strides_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{strides must have 2 entries [sh, sw], got 3}}
  %0 = slice.conv2d %x, %w {strides = array<i64: 1, 1, 1>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

