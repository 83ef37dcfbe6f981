

// conv2d: defaults, strides, padding order [top, left, bottom, right],
// dilations, groups, bias, block sparsity; dynamic and static batch.

slice.param @w3 : tensor<32x16x3x3xf32> init(msra)
slice.param @wg : tensor<32x4x3x3xf32> init(msra)
slice.param @w1 : tensor<32x16x1x1xf32> init(msra)
slice.param @b : tensor<32xf32> init(zeros)

// CHECK-LABEL: func.func @conv(
func.func @conv(%x: tensor<?x16x32x32xf32>, %s: tensor<8x16x32x32xf32>) {
  %w3 = slice.get_param @w3 : tensor<32x16x3x3xf32>
  %wg = slice.get_param @wg : tensor<32x4x3x3xf32>
  %w1 = slice.get_param @w1 : tensor<32x16x1x1xf32>
  %b = slice.get_param @b : tensor<32xf32>
  // CHECK: %[[V0:.*]] = slice.conv2d %{{.*}}, %{{.*}} : tensor<?x16x32x32xf32>, tensor<32x16x3x3xf32>
  // CHECK-NEXT: slice.relu %[[V0]] : tensor<?x32x30x30xf32>
  %0 = slice.conv2d %x, %w3 : tensor<?x16x32x32xf32>, tensor<32x16x3x3xf32>
  %r0 = slice.relu %0 : tensor<?x32x30x30xf32>
  // CHECK: %[[V1:.*]] = slice.conv2d %{{.*}}, %{{.*}} {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : tensor<?x16x32x32xf32>, tensor<32x16x3x3xf32>
  // CHECK-NEXT: slice.relu %[[V1]] : tensor<?x32x16x16xf32>
  %1 = slice.conv2d %x, %w3 {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x32x32xf32>, tensor<32x16x3x3xf32>
  %r1 = slice.relu %1 : tensor<?x32x16x16xf32>
  // H = 32 + 0 + 2 - 3 + 1 = 32, W = 32 + 1 + 3 - 3 + 1 = 34.
  // CHECK: %[[V2:.*]] = slice.conv2d %{{.*}}, %{{.*}} {padding = array<i64: 0, 1, 2, 3>} : tensor<?x16x32x32xf32>, tensor<32x16x3x3xf32>
  // CHECK-NEXT: slice.relu %[[V2]] : tensor<?x32x32x34xf32>
  %2 = slice.conv2d %x, %w3 {padding = array<i64: 0, 1, 2, 3>} : tensor<?x16x32x32xf32>, tensor<32x16x3x3xf32>
  %r2 = slice.relu %2 : tensor<?x32x32x34xf32>
  // Dilation 2: span 5; H = 32 + 2 + 2 - 5 + 1 = 32, W = 32 - 3 + 1 = 30.
  // CHECK: %[[V3:.*]] = slice.conv2d %{{.*}}, %{{.*}} {dilations = array<i64: 2, 1>, padding = array<i64: 2, 0, 2, 0>} : tensor<?x16x32x32xf32>, tensor<32x16x3x3xf32>
  // CHECK-NEXT: slice.relu %[[V3]] : tensor<?x32x32x30xf32>
  %3 = slice.conv2d %x, %w3 {dilations = array<i64: 2, 1>, padding = array<i64: 2, 0, 2, 0>} : tensor<?x16x32x32xf32>, tensor<32x16x3x3xf32>
  %r3 = slice.relu %3 : tensor<?x32x32x30xf32>
  // CHECK: %[[V4:.*]] = slice.conv2d %{{.*}}, %{{.*}}, %{{.*}} {groups = 4 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x32x32xf32>, tensor<32x4x3x3xf32>, tensor<32xf32>
  // CHECK-NEXT: slice.relu %[[V4]] : tensor<?x32x32x32xf32>
  %4 = slice.conv2d %x, %wg, %b {groups = 4 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x32x32xf32>, tensor<32x4x3x3xf32>, tensor<32xf32>
  %r4 = slice.relu %4 : tensor<?x32x32x32xf32>
  // CHECK: %[[V5:.*]] = slice.conv2d %{{.*}}, %{{.*}} {block_sparse = #slice.block_sparse<in = [8, 8], out = [16, 16], mask = [1, 0, 1, 1]>} : tensor<?x16x32x32xf32>, tensor<32x16x1x1xf32>
  // CHECK-NEXT: slice.relu %[[V5]] : tensor<?x32x32x32xf32>
  %5 = slice.conv2d %x, %w1 {block_sparse = #slice.block_sparse<in = [8, 8], out = [16, 16], mask = [1, 0, 1, 1]>} : tensor<?x16x32x32xf32>, tensor<32x16x1x1xf32>
  %r5 = slice.relu %5 : tensor<?x32x32x32xf32>
  // CHECK: %[[V6:.*]] = slice.conv2d %{{.*}}, %{{.*}}, %{{.*}} {block_sparse = #slice.block_sparse<in = [4, 4, 8], out = [8, 8, 16], mask = [1, 0, 0, 1, 1, 0, 1, 1, 1]>, strides = array<i64: 2, 2>} : tensor<8x16x32x32xf32>, tensor<32x16x1x1xf32>, tensor<32xf32>
  // CHECK-NEXT: slice.relu %[[V6]] : tensor<8x32x16x16xf32>
  %6 = slice.conv2d %s, %w1, %b {strides = array<i64: 2, 2>, block_sparse = #slice.block_sparse<in = [4, 4, 8], out = [8, 8, 16], mask = [1, 0, 0, 1, 1, 0, 1, 1, 1]>} : tensor<8x16x32x32xf32>, tensor<32x16x1x1xf32>, tensor<32xf32>
  %r6 = slice.relu %6 : tensor<8x32x16x16xf32>
  // CHECK: %[[V7:.*]] = slice.conv2d %{{.*}}, %{{.*}} {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 3, 2>} : tensor<8x16x32x32xf32>, tensor<32x16x3x3xf32>
  // CHECK-NEXT: slice.relu %[[V7]] : tensor<8x32x11x16xf32>
  %7 = slice.conv2d %s, %w3 {strides = array<i64: 3, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<8x16x32x32xf32>, tensor<32x16x3x3xf32>
  %r7 = slice.relu %7 : tensor<8x32x11x16xf32>
  return
}

