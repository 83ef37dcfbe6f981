

// IS-form concat block with K' != K groups.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_concat_partition_count(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition has 3 channel groups, the model has K = 2}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4, 8>, branch_groups = array<i64: 3>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

