

// IS-form block without a residual: the type comes from the partition.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  // CHECK-LABEL: func.func @is_block_no_residual(
  // CHECK: slice.block add(%{{.*}} : tensor<?x16x4x4xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 8, 4>}
  // CHECK: return %{{.*}} : tensor<?x12x4x4xf32>
  func.func @is_block_no_residual(%x: tensor<?x16x4x4xf32>) -> tensor<?x12x4x4xf32> {
    %0 = slice.block add (%x : tensor<?x16x4x4xf32>) attributes {partition = array<i64: 8, 4>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x16x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 8 : i64} : tensor<?x16x4x4xf32>
      slice.yield %s : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x16x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x16x4x4xf32>
      slice.yield %s : tensor<?x4x4x4xf32>
    }
    return %0 : tensor<?x12x4x4xf32>
  }
}

