

// block_sparse: mask of the wrong size.
func.func @block_sparse_mask_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{block_sparse mask has 3 entries, expected out x in = 2 x 2}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 4], mask = [1, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

