

// Additive block without identity branch, with two inputs.

// CHECK-LABEL: func.func @block_add_two_inputs(
// CHECK: %[[B0:.*]] = slice.block add(%{{.*}}, %{{.*}} : tensor<4x8x4x4xf32>, tensor<4x8x4x4xf32>) {
// CHECK: ^bb0(%[[A:.*]]: tensor<4x8x4x4xf32>, %[[B:.*]]: tensor<4x8x4x4xf32>):
// CHECK-NEXT: %[[S:.*]] = slice.add %[[A]], %[[B]] : tensor<4x8x4x4xf32>
// CHECK-NEXT: slice.yield %[[S]] : tensor<4x8x4x4xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[B0]] : tensor<4x8x4x4xf32>
func.func @block_add_two_inputs(%x: tensor<4x8x4x4xf32>, %y: tensor<4x8x4x4xf32>) -> tensor<4x8x4x4xf32> {
  %0 = slice.block add (%x, %y : tensor<4x8x4x4xf32>, tensor<4x8x4x4xf32>) {
  ^bb0(%a: tensor<4x8x4x4xf32>, %b: tensor<4x8x4x4xf32>):
    %s = slice.add %a, %b : tensor<4x8x4x4xf32>
    slice.yield %s : tensor<4x8x4x4xf32>
  }
  return %0 : tensor<4x8x4x4xf32>
}

