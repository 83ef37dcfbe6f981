

// partition without branch_groups.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_partition_alone(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition and branch_groups go together}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

