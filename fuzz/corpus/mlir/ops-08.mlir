

// max_pool: kernel, strides, padding, dilations, ceil_mode.

// CHECK-LABEL: func.func @max_pool(
// CHECK: %[[M0:.*]] = slice.max_pool %{{.*}} {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : tensor<?x64x112x112xf32>
// CHECK: %[[M1:.*]] = slice.max_pool %{{.*}} {ceil_mode = true, kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>} : tensor<?x64x112x112xf32>
// CHECK: %[[M2:.*]] = slice.max_pool %{{.*}} {dilations = array<i64: 2, 2>, kernel = array<i64: 2, 2>} : tensor<1x64x112x112xf32>
// CHECK: return %[[M0]], %[[M1]], %[[M2]] : tensor<?x64x56x56xf32>, tensor<?x64x56x56xf32>, tensor<1x64x110x110xf32>
func.func @max_pool(%x: tensor<?x64x112x112xf32>, %y: tensor<1x64x112x112xf32>)
    -> (tensor<?x64x56x56xf32>, tensor<?x64x56x56xf32>, tensor<1x64x110x110xf32>) {
  %0 = slice.max_pool %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x64x112x112xf32>
  %1 = slice.max_pool %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, ceil_mode = true} : tensor<?x64x112x112xf32>
  %2 = slice.max_pool %y {kernel = array<i64: 2, 2>, dilations = array<i64: 2, 2>} : tensor<1x64x112x112xf32>
  return %0, %1, %2 : tensor<?x64x56x56xf32>, tensor<?x64x56x56xf32>, tensor<1x64x110x110xf32>
}

