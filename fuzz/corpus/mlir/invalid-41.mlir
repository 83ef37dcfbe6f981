

// conv2d window larger than the padded input.
func.func @conv_window_too_large(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x3x3xf32>) {
  // expected-error @+1 {{window of extent 5 along width does not fit the padded input of extent 4}}
  %0 = slice.conv2d %x, %w {dilations = array<i64: 1, 2>} : tensor<1x8x4x4xf32>, tensor<8x8x3x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.batch_norm
//===----------------------------------------------------------------------===//

