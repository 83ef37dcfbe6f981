

// block_sparse: mask entries other than 0 and 1.
func.func @block_sparse_mask_bit(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{block_sparse mask entries must be 0 or 1, got 2}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 4], mask = [1, 0, 2, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.param, slice.get_param
//===----------------------------------------------------------------------===//

