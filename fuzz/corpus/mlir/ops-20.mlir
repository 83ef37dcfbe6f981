

// Heads over K = 2 sub-networks and D = 2 label levels.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2, levels = 2>}
module attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2, levels = 2>} {
  slice.param @fine.w : tensor<100x8xf32> init(uniform)
  slice.param @coarse.w : tensor<20x8xf32> init(uniform)

  // CHECK-LABEL: func.func @heads(
  // CHECK: %[[H0:.*]] = slice.head subnet 1 level 1 (%{{.*}} : tensor<2x8x4x4xf32>) {
  // CHECK: slice.yield %{{.*}} : tensor<2x100xf32>
  // CHECK: %[[H1:.*]] = slice.head subnet 2 level 2 (%{{.*}} : tensor<2x8x4x4xf32>) {
  // CHECK: slice.yield %{{.*}} : tensor<2x20xf32>
  // CHECK: %[[H2:.*]] = slice.head subnet 2 level 1 (%{{.*}} : tensor<2x8x4x4xf32>) {
  // CHECK: return %[[H0]], %[[H1]], %[[H2]] : tensor<2x100xf32>, tensor<2x20xf32>, tensor<2x8xf32>
  func.func @heads(%x: tensor<2x8x4x4xf32>) -> (tensor<2x100xf32>, tensor<2x20xf32>, tensor<2x8xf32>) {
    %0 = slice.head subnet 1 level 1 (%x : tensor<2x8x4x4xf32>) {
    ^bb0(%in: tensor<2x8x4x4xf32>):
      %g = slice.global_avg_pool %in : tensor<2x8x4x4xf32>
      %f = slice.flatten %g : tensor<2x8x1x1xf32>
      %w = slice.get_param @fine.w : tensor<100x8xf32>
      %l = slice.linear %f, %w : tensor<2x8xf32>, tensor<100x8xf32>
      slice.yield %l : tensor<2x100xf32>
    }
    %1 = slice.head subnet 2 level 2 (%x : tensor<2x8x4x4xf32>) {
    ^bb0(%in: tensor<2x8x4x4xf32>):
      %g = slice.global_avg_pool %in : tensor<2x8x4x4xf32>
      %f = slice.flatten %g : tensor<2x8x1x1xf32>
      %w = slice.get_param @coarse.w : tensor<20x8xf32>
      %l = slice.linear %f, %w : tensor<2x8xf32>, tensor<20x8xf32>
      slice.yield %l : tensor<2x20xf32>
    }
    %2 = slice.head subnet 2 level 1 (%x : tensor<2x8x4x4xf32>) {
    ^bb0(%in: tensor<2x8x4x4xf32>):
      %g = slice.global_avg_pool %in : tensor<2x8x4x4xf32>
      %f = slice.flatten %g : tensor<2x8x1x1xf32>
      slice.yield %f : tensor<2x8xf32>
    }
    return %0, %1, %2 : tensor<2x100xf32>, tensor<2x20xf32>, tensor<2x8xf32>
  }
}

