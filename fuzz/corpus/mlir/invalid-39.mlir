

// conv2d stride 0.
func.func @conv_stride_zero(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{kernel, strides and dilations must be positive, got 0}}
  %0 = slice.conv2d %x, %w {strides = array<i64: 1, 0>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

