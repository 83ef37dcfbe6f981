

// conv2d block_sparse with groups.
func.func @conv_block_sparse_groups(%x: tensor<1x8x4x4xf32>, %w: tensor<8x4x1x1xf32>) {
  // expected-error @+1 {{conv2d block_sparse requires groups = 1, got 2}}
  %0 = slice.conv2d %x, %w {groups = 2 : i64, block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 4], mask = [1, 0, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x4x1x1xf32>
  return
}

