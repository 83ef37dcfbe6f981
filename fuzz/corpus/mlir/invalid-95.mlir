

// subnet_branches with K' != K entries.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_subnet_branches_count(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op subnet_branches has 3 entries, the model has K = 2}}
    %0 = slice.block add (%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1, 1, 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

