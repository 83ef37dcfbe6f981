

// batch_norm with per-sub-network [K, C] parameters in an inclusive module.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>} {
  slice.param @scale : tensor<3x16xf32> init(ones)
  slice.param @shift : tensor<3x16xf32> init(zeros)
  slice.param @mean : tensor<3x16xf32> init(zeros) buffer
  slice.param @var : tensor<3x16xf32> init(ones) buffer

  // CHECK-LABEL: func.func @batch_norm_per_subnet(
  // CHECK: %[[BN:.*]] = slice.batch_norm %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {epsilon = 1.000000e-04 : f64, momentum = 1.000000e+00 : f64} : tensor<2x16x8x8xf32>, tensor<3x16xf32>
  // CHECK-NEXT: return %[[BN]] : tensor<2x16x8x8xf32>
  func.func @batch_norm_per_subnet(%x: tensor<2x16x8x8xf32>) -> tensor<2x16x8x8xf32> {
    %g = slice.get_param @scale : tensor<3x16xf32>
    %b = slice.get_param @shift : tensor<3x16xf32>
    %m = slice.get_param @mean : tensor<3x16xf32>
    %s = slice.get_param @var : tensor<3x16xf32>
    %0 = slice.batch_norm %x, %g, %b, %m, %s {epsilon = 1.0e-4 : f64, momentum = 1.0 : f64} : tensor<2x16x8x8xf32>, tensor<3x16xf32>
    return %0 : tensor<2x16x8x8xf32>
  }
}

