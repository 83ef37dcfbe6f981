

// subnet_branches where sub-network K skips branches.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_subnet_branches_last(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op sub-network K runs 1 branches, the block has 2}}
    %0 = slice.block add (%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1, 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

