

// A grouped concat block whose partition does not cover its result.
func.func @block_concat_partition_sum(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op partition [4, 2] sums to 6, the block has 16 output channels}}
  %0 = slice.block concat (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 2>, branch_groups = array<i64: 1>} {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

