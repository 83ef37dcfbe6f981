

// batch_norm with shared [C] parameters (no anytime description needed).

slice.param @scale : tensor<16xf32> init(ones)
slice.param @shift : tensor<16xf32> init(zeros)
slice.param @mean : tensor<16xf32> init(zeros) buffer
slice.param @var : tensor<16xf32> init(ones) buffer

// CHECK-LABEL: func.func @batch_norm_shared(
// CHECK: %[[BN:.*]] = slice.batch_norm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x16x8x8xf32>, tensor<16xf32>
// CHECK-NEXT: slice.relu %[[BN]] : tensor<?x16x8x8xf32>
// CHECK: slice.batch_norm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {epsilon = 1.000000e-03 : f64, momentum = 0.000000e+00 : f64} : tensor<4x16xf32>, tensor<16xf32>
// CHECK: return %{{.*}}, %{{.*}} : tensor<?x16x8x8xf32>, tensor<4x16xf32>
func.func @batch_norm_shared(%x: tensor<?x16x8x8xf32>, %v: tensor<4x16xf32>) -> (tensor<?x16x8x8xf32>, tensor<4x16xf32>) {
  %g = slice.get_param @scale : tensor<16xf32>
  %b = slice.get_param @shift : tensor<16xf32>
  %m = slice.get_param @mean : tensor<16xf32>
  %s = slice.get_param @var : tensor<16xf32>
  %0 = slice.batch_norm %x, %g, %b, %m, %s : tensor<?x16x8x8xf32>, tensor<16xf32>
  %1 = slice.relu %0 : tensor<?x16x8x8xf32>
  %2 = slice.batch_norm %v, %g, %b, %m, %s {epsilon = 1.0e-3 : f64, momentum = 0.0 : f64} : tensor<4x16xf32>, tensor<16xf32>
  return %1, %2 : tensor<?x16x8x8xf32>, tensor<4x16xf32>
}

