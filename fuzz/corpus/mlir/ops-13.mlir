

// Concatenating block: residual first, then the branches in order.

// CHECK-LABEL: func.func @block_concat(
// CHECK: %[[B0:.*]] = slice.block concat(%{{.*}} : tensor<?x16x8x8xf32>) residual(%{{.*}} : tensor<?x16x8x8xf32>) {
// CHECK: slice.yield %{{.*}} : tensor<?x8x8x8xf32>
// CHECK: }, {
// CHECK: slice.yield %{{.*}} : tensor<?x4x8x8xf32>
// CHECK: }
// CHECK: %[[B1:.*]] = slice.block concat(%{{.*}} : tensor<?x16x8x8xf32>) {
// CHECK: return %[[B0]], %[[B1]] : tensor<?x28x8x8xf32>, tensor<?x12x8x8xf32>
func.func @block_concat(%x: tensor<?x16x8x8xf32>) -> (tensor<?x28x8x8xf32>, tensor<?x12x8x8xf32>) {
  %0 = slice.block concat (%x : tensor<?x16x8x8xf32>) residual(%x : tensor<?x16x8x8xf32>) {
  ^bb0(%in: tensor<?x16x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 8 : i64} : tensor<?x16x8x8xf32>
    slice.yield %s : tensor<?x8x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x16x8x8xf32>):
    %s = slice.channel_slice %in {offset = 8 : i64, size = 4 : i64} : tensor<?x16x8x8xf32>
    slice.yield %s : tensor<?x4x8x8xf32>
  }
  %1 = slice.block concat (%x : tensor<?x16x8x8xf32>) {
  ^bb0(%in: tensor<?x16x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 8 : i64} : tensor<?x16x8x8xf32>
    slice.yield %s : tensor<?x8x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x16x8x8xf32>):
    %s = slice.channel_slice %in {offset = 8 : i64, size = 4 : i64} : tensor<?x16x8x8xf32>
    slice.yield %s : tensor<?x4x8x8xf32>
  }
  return %0, %1 : tensor<?x28x8x8xf32>, tensor<?x12x8x8xf32>
}

