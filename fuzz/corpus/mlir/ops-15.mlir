

// IS-form block: branch i yields only the channels of its group
// branch_groups[i]; the identity branch carries all sum(partition) channels.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>}
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @w1 : tensor<8x8x1x1xf32> init(msra)
  slice.param @w2 : tensor<4x12x1x1xf32> init(msra)

  // CHECK-LABEL: func.func @block_inclusive_sparse(
  // CHECK: %[[B0:.*]] = slice.block add(%[[X:.*]] : tensor<?x12x4x4xf32>) residual(%[[X]] : tensor<?x12x4x4xf32>) attributes {branch_groups = array<i64: 1, 1, 2>, partition = array<i64: 8, 4>} {
  // CHECK: slice.yield %{{.*}} : tensor<?x8x4x4xf32>
  // CHECK: }, {
  // CHECK: slice.yield %{{.*}} : tensor<?x8x4x4xf32>
  // CHECK: }, {
  // CHECK: slice.yield %{{.*}} : tensor<?x4x4x4xf32>
  // CHECK: }
  // CHECK: %[[B1:.*]] = slice.block add(%[[B0]] : tensor<?x12x4x4xf32>) residual(%[[B0]] : tensor<?x12x4x4xf32>) attributes {branch_groups = array<i64: 2>, partition = array<i64: 8, 4>} {
  // CHECK: return %[[B1]] : tensor<?x12x4x4xf32>
  func.func @block_inclusive_sparse(%x: tensor<?x12x4x4xf32>) -> tensor<?x12x4x4xf32> {
    %0 = slice.block add (%x : tensor<?x12x4x4xf32>) residual(%x : tensor<?x12x4x4xf32>) attributes {partition = array<i64: 8, 4>, branch_groups = array<i64: 1, 1, 2>} {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 8 : i64} : tensor<?x12x4x4xf32>
      %w = slice.get_param @w1 : tensor<8x8x1x1xf32>
      %c = slice.conv2d %s, %w : tensor<?x8x4x4xf32>, tensor<8x8x1x1xf32>
      slice.yield %c : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 8 : i64} : tensor<?x12x4x4xf32>
      %r = slice.relu %s : tensor<?x8x4x4xf32>
      slice.yield %r : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %w = slice.get_param @w2 : tensor<4x12x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x12x4x4xf32>, tensor<4x12x1x1xf32>
      slice.yield %c : tensor<?x4x4x4xf32>
    }
    %1 = slice.block add (%0 : tensor<?x12x4x4xf32>) residual(%0 : tensor<?x12x4x4xf32>) attributes {partition = array<i64: 8, 4>, branch_groups = array<i64: 2>} {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %w = slice.get_param @w2 : tensor<4x12x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x12x4x4xf32>, tensor<4x12x1x1xf32>
      slice.yield %c : tensor<?x4x4x4xf32>
    }
    return %1 : tensor<?x12x4x4xf32>
  }
}

