

// A concat block's group with room for residual channels it does not have.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_concat_missing_residual(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op group 1 of partition [6, 2] leaves 2 channels to the residual, but the block has none}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) attributes {partition = array<i64: 6, 2>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

