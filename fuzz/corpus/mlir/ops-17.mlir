

// IS-form concat block (a dense layer): group k is the residual's group k
// and then the branches of group k; branch i reads input groups 1..g_i.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>}
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @w1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @w2 : tensor<2x8x1x1xf32> init(msra)
  // CHECK-LABEL: func.func @block_concat_inclusive_sparse(
  // CHECK: slice.block concat(%{{.*}} : tensor<?x8x4x4xf32>) residual(%{{.*}} : tensor<?x8x4x4xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 6, 6>} {
  func.func @block_concat_inclusive_sparse(%x: tensor<?x8x4x4xf32>) -> tensor<?x12x4x4xf32> {
    %0 = slice.block concat (%x : tensor<?x8x4x4xf32>) residual(%x : tensor<?x8x4x4xf32>) attributes {partition = array<i64: 6, 6>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x8x4x4xf32>
      %w = slice.get_param @w1 : tensor<2x4x1x1xf32>
      %c = slice.conv2d %s, %w : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %w = slice.get_param @w2 : tensor<2x8x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x8x4x4xf32>, tensor<2x8x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }
    return %0 : tensor<?x12x4x4xf32>
  }
}

