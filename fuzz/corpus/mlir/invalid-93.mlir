

// block both inclusive and inclusive-sparse.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 1>} {
  func.func @block_both_forms(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op a block is either inclusive (subnet_branches) or inclusive-sparse (partition), not both}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1>, partition = array<i64: 8>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

