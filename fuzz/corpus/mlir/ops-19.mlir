

// Heads without an anytime description (K = D = 1).

slice.param @fc.w : tensor<10x8xf32> init(uniform)

// CHECK-LABEL: func.func @head_plain(
// CHECK: %[[H:.*]] = slice.head subnet 1 level 1 (%{{.*}} : tensor<?x8x4x4xf32>) {
// CHECK-NEXT: ^bb0(%[[IN:.*]]: tensor<?x8x4x4xf32>):
// CHECK-NEXT: %[[G:.*]] = slice.global_avg_pool %[[IN]] : tensor<?x8x4x4xf32>
// CHECK-NEXT: %[[F:.*]] = slice.flatten %[[G]] : tensor<?x8x1x1xf32>
// CHECK-NEXT: %[[W:.*]] = slice.get_param @fc.w : tensor<10x8xf32>
// CHECK-NEXT: %[[L:.*]] = slice.linear %[[F]], %[[W]] : tensor<?x8xf32>, tensor<10x8xf32>
// CHECK-NEXT: slice.yield %[[L]] : tensor<?x10xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[H]] : tensor<?x10xf32>
func.func @head_plain(%x: tensor<?x8x4x4xf32>) -> tensor<?x10xf32> {
  %0 = slice.head subnet 1 level 1 (%x : tensor<?x8x4x4xf32>) {
  ^bb0(%in: tensor<?x8x4x4xf32>):
    %g = slice.global_avg_pool %in : tensor<?x8x4x4xf32>
    %f = slice.flatten %g : tensor<?x8x1x1xf32>
    %w = slice.get_param @fc.w : tensor<10x8xf32>
    %l = slice.linear %f, %w : tensor<?x8xf32>, tensor<10x8xf32>
    slice.yield %l : tensor<?x10xf32>
  }
  return %0 : tensor<?x10xf32>
}

