

// partition with an empty group.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_partition_empty_group(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition [8, 0] must have positive group sizes}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 8, 0>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

