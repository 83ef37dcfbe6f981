

// avg_pool: kernel, strides, padding, ceil_mode, count_include_pad.

// CHECK-LABEL: func.func @avg_pool(
// CHECK: %[[P0:.*]] = slice.avg_pool %{{.*}} {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x8x33x33xf32>
// CHECK: %[[P1:.*]] = slice.avg_pool %{{.*}} {ceil_mode = true, kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x8x33x33xf32>
// CHECK: %[[P2:.*]] = slice.avg_pool %{{.*}} {count_include_pad = false, kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : tensor<2x8x32x32xf32>
// CHECK: %[[P3:.*]] = slice.avg_pool %{{.*}} {ceil_mode = true, count_include_pad = false, kernel = array<i64: 3, 2>, padding = array<i64: 1, 0, 1, 0>, strides = array<i64: 2, 1>} : tensor<2x8x32x32xf32>
// CHECK: return %[[P0]], %[[P1]], %[[P2]], %[[P3]] : tensor<?x8x16x16xf32>, tensor<?x8x17x17xf32>, tensor<2x8x16x16xf32>, tensor<2x8x17x31xf32>
func.func @avg_pool(%x: tensor<?x8x33x33xf32>, %y: tensor<2x8x32x32xf32>)
    -> (tensor<?x8x16x16xf32>, tensor<?x8x17x17xf32>, tensor<2x8x16x16xf32>, tensor<2x8x17x31xf32>) {
  %0 = slice.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x8x33x33xf32>
  %1 = slice.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, ceil_mode = true} : tensor<?x8x33x33xf32>
  %2 = slice.avg_pool %y {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>, count_include_pad = false} : tensor<2x8x32x32xf32>
  %3 = slice.avg_pool %y {kernel = array<i64: 3, 2>, strides = array<i64: 2, 1>, padding = array<i64: 1, 0, 1, 0>, ceil_mode = true, count_include_pad = false} : tensor<2x8x32x32xf32>
  return %0, %1, %2, %3 : tensor<?x8x16x16xf32>, tensor<?x8x17x17xf32>, tensor<2x8x16x16xf32>, tensor<2x8x17x31xf32>
}

