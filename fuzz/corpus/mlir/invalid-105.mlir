

// A concat block's branch_groups out of order.
func.func @block_concat_branch_groups_order(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op branch_groups [2, 1] must be non-decreasing in [1, 2] (branch #1 has 1)}}
  %0 = slice.block concat (%x : tensor<2x8xf32>) attributes {partition = array<i64: 8, 8>, branch_groups = array<i64: 2, 1>} {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

