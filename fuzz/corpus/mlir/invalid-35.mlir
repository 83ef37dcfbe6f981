

// conv2d block_sparse output groups do not cover the output channels.
func.func @conv_block_sparse_out(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d block_sparse output groups [4, 8] sum to 12, weight has 8 output channels}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 8], mask = [1, 0, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

