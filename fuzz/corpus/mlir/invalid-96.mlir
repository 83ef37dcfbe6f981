

// subnet_branches decreasing.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>} {
  func.func @block_subnet_branches_order(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op subnet_branches [2, 1, 2] must be positive and non-decreasing (sub-network 2 has 1)}}
    %0 = slice.block add (%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 2, 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

