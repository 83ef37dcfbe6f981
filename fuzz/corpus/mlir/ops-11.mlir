

// Additive block with an identity branch; parameters are read inside branches.

slice.param @w : tensor<16x16x3x3xf32> init(msra)

// CHECK-LABEL: func.func @block_add_residual(
// CHECK: %[[B:.*]] = slice.block add(%{{.*}} : tensor<?x16x8x8xf32>) residual(%{{.*}} : tensor<?x16x8x8xf32>) {
// CHECK-NEXT: ^bb0(%[[IN:.*]]: tensor<?x16x8x8xf32>):
// CHECK-NEXT: %[[W:.*]] = slice.get_param @w : tensor<16x16x3x3xf32>
// CHECK-NEXT: %[[C:.*]] = slice.conv2d %[[IN]], %[[W]] {padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x8x8xf32>, tensor<16x16x3x3xf32>
// CHECK-NEXT: slice.yield %[[C]] : tensor<?x16x8x8xf32>
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0(%[[IN2:.*]]: tensor<?x16x8x8xf32>):
// CHECK-NEXT: %[[R:.*]] = slice.relu %[[IN2]] : tensor<?x16x8x8xf32>
// CHECK-NEXT: slice.yield %[[R]] : tensor<?x16x8x8xf32>
// CHECK-NEXT: }
// CHECK-NEXT: slice.relu %[[B]] : tensor<?x16x8x8xf32>
func.func @block_add_residual(%x: tensor<?x16x8x8xf32>) -> tensor<?x16x8x8xf32> {
  %0 = slice.block add (%x : tensor<?x16x8x8xf32>) residual(%x : tensor<?x16x8x8xf32>) {
  ^bb0(%in: tensor<?x16x8x8xf32>):
    %w = slice.get_param @w : tensor<16x16x3x3xf32>
    %c = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x8x8xf32>, tensor<16x16x3x3xf32>
    slice.yield %c : tensor<?x16x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x16x8x8xf32>):
    %r = slice.relu %in : tensor<?x16x8x8xf32>
    slice.yield %r : tensor<?x16x8x8xf32>
  }
  %1 = slice.relu %0 : tensor<?x16x8x8xf32>
  return %1 : tensor<?x16x8x8xf32>
}

