

// IS-form branch yielding more than its group's channels.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_branch_group_type(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op branch #1 feeds channel group 2 and must yield 'tensor<2x2xf32>', yields 'tensor<2x8xf32>'}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 6, 2>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 6 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x6xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

