

// An extracted IS sub-network: a plain model whose block keeps a partition.
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  // CHECK-LABEL: func.func @plain_partition(
  // CHECK: slice.block add{{.*}}partition = array<i64: 4, 4, 4>
  func.func @plain_partition(%x: tensor<1x12x2x2xf32>) -> tensor<1x12x2x2xf32> {
    %0 = slice.block add (%x : tensor<1x12x2x2xf32>) residual(%x : tensor<1x12x2x2xf32>) attributes {partition = array<i64: 4, 4, 4>, branch_groups = array<i64: 1, 3>} {
    ^bb0(%in: tensor<1x12x2x2xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<1x12x2x2xf32>
      slice.yield %s : tensor<1x4x2x2xf32>
    }, {
    ^bb0(%in: tensor<1x12x2x2xf32>):
      %s = slice.channel_slice %in {offset = 8 : i64, size = 4 : i64} : tensor<1x12x2x2xf32>
      slice.yield %s : tensor<1x4x2x2xf32>
    }
    return %0 : tensor<1x12x2x2xf32>
  }
}

