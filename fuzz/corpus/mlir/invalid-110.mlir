

// partition that does not cover the output channels.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_partition_sum(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition [4, 2] sums to 6, the block has 8 output channels}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 2>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

