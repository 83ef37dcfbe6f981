

// branch_groups naming a group past K.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_branch_groups_range(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op branch_groups [3] must be non-decreasing in [1, 2] (branch #0 has 3)}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 3>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

