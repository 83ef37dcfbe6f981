

// I form: group k must hold the branches sub-network k adds.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_concat_inclusive_groups(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op branch_groups [1, 1] must follow subnet_branches [1, 2]: branch #1 first runs in sub-network 2}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1, 2>, partition = array<i64: 16, 8>, branch_groups = array<i64: 1, 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

