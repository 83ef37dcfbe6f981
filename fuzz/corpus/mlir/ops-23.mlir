

// A block without inputs (only the identity branch) round-trips.
// CHECK-LABEL: func.func @block_no_inputs(
// CHECK: slice.block add() residual(%{{.*}} : tensor<4x8x4x4xf32>)
func.func @block_no_inputs(%x: tensor<4x8x4x4xf32>) -> tensor<4x8x4x4xf32> {
  %0 = slice.block add() residual(%x : tensor<4x8x4x4xf32>)
  return %0 : tensor<4x8x4x4xf32>
}

