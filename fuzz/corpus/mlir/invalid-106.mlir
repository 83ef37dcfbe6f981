

// An I-form concat block needs its grouped layout.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_concat_inclusive_plain(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op an inclusive concat block needs partition and branch_groups (its grouped layout)}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

