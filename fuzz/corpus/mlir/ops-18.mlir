

// I-form concat block: subnet_branches plus the grouped layout whose group
// k holds the residual channels sub-network k adds and branches
// C_{k-1}+1..C_k. Here the residual keeps all 8 channels in sub-network 1.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  // CHECK-LABEL: func.func @block_concat_inclusive(
  // CHECK: slice.block concat(%{{.*}} : tensor<?x8x4x4xf32>) residual(%{{.*}} : tensor<?x8x4x4xf32>) attributes {branch_groups = array<i64: 1, 2, 2>, partition = array<i64: 10, 4>, subnet_branches = array<i64: 1, 3>} {
  func.func @block_concat_inclusive(%x: tensor<?x8x4x4xf32>) -> tensor<?x14x4x4xf32> {
    %0 = slice.block concat (%x : tensor<?x8x4x4xf32>) residual(%x : tensor<?x8x4x4xf32>) attributes {subnet_branches = array<i64: 1, 3>, partition = array<i64: 10, 4>, branch_groups = array<i64: 1, 2, 2>} {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x8x4x4xf32>
      slice.yield %s : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 2 : i64, size = 2 : i64} : tensor<?x8x4x4xf32>
      slice.yield %s : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 2 : i64} : tensor<?x8x4x4xf32>
      slice.yield %s : tensor<?x2x4x4xf32>
    }
    return %0 : tensor<?x14x4x4xf32>
  }
}

