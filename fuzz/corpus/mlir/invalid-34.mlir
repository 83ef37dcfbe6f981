

// conv2d block_sparse input groups do not cover the input channels.
func.func @conv_block_sparse_in(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d block_sparse input groups [4, 2] sum to 6, input has 8 channels}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 2], out = [4, 4], mask = [1, 0, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

