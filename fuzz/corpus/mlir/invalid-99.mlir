

// partition in an I-form module.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_partition_form(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op a channel partition does not belong to the inclusive form}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

