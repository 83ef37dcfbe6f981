

// global_avg_pool, flatten (default and explicit axis), linear with and without bias.

slice.param @fc.w : tensor<10x64xf32> init(uniform)
slice.param @fc.b : tensor<10xf32> init(zeros)

// CHECK-LABEL: func.func @classifier(
// CHECK: %[[G:.*]] = slice.global_avg_pool %{{.*}} : tensor<?x64x8x8xf32>
// CHECK: %[[F:.*]] = slice.flatten %[[G]] : tensor<?x64x1x1xf32>
// CHECK: %[[L0:.*]] = slice.linear %[[F]], %{{.*}}, %{{.*}} : tensor<?x64xf32>, tensor<10x64xf32>, tensor<10xf32>
// CHECK: %[[L1:.*]] = slice.linear %[[F]], %{{.*}} : tensor<?x64xf32>, tensor<10x64xf32>
// CHECK: %[[F0:.*]] = slice.flatten %{{.*}} {axis = 0 : i64} : tensor<2x3x4xf32>
// CHECK: %[[F2:.*]] = slice.flatten %{{.*}} {axis = 2 : i64} : tensor<2x3x4xf32>
// CHECK: %[[F3:.*]] = slice.flatten %{{.*}} {axis = 3 : i64} : tensor<2x3x4xf32>
// CHECK: %[[F4:.*]] = slice.flatten %[[G]] {axis = 2 : i64} : tensor<?x64x1x1xf32>
// CHECK: return %[[L0]], %[[L1]], %[[F0]], %[[F2]], %[[F3]], %[[F4]] : tensor<?x10xf32>, tensor<?x10xf32>, tensor<1x24xf32>, tensor<6x4xf32>, tensor<24x1xf32>, tensor<?x1xf32>
func.func @classifier(%x: tensor<?x64x8x8xf32>, %t: tensor<2x3x4xf32>)
    -> (tensor<?x10xf32>, tensor<?x10xf32>, tensor<1x24xf32>, tensor<6x4xf32>, tensor<24x1xf32>, tensor<?x1xf32>) {
  %w = slice.get_param @fc.w : tensor<10x64xf32>
  %b = slice.get_param @fc.b : tensor<10xf32>
  %0 = slice.global_avg_pool %x : tensor<?x64x8x8xf32>
  %1 = slice.flatten %0 : tensor<?x64x1x1xf32>
  %2 = slice.linear %1, %w, %b : tensor<?x64xf32>, tensor<10x64xf32>, tensor<10xf32>
  %3 = slice.linear %1, %w : tensor<?x64xf32>, tensor<10x64xf32>
  %4 = slice.flatten %t {axis = 0 : i64} : tensor<2x3x4xf32>
  %5 = slice.flatten %t {axis = 2 : i64} : tensor<2x3x4xf32>
  %6 = slice.flatten %t {axis = 3 : i64} : tensor<2x3x4xf32>
  %7 = slice.flatten %0 {axis = 2 : i64} : tensor<?x64x1x1xf32>
  return %2, %3, %4, %5, %6, %7 : tensor<?x10xf32>, tensor<?x10xf32>, tensor<1x24xf32>, tensor<6x4xf32>, tensor<24x1xf32>, tensor<?x1xf32>
}

