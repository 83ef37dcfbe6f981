

// block_sparse: a non-positive channel group.
func.func @block_sparse_group(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{block_sparse channel groups must be positive, got 0}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [8, 0], out = [4, 4], mask = [1, 0, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

