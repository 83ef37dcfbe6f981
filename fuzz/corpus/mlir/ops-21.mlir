

// A plain-form description and the cost attributes of the FLOPs analysis.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>, slice.subnet_macs = array<i64: 4096>, slice.subnet_params = array<i64: 64>}
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1, levels = 1>, slice.subnet_macs = array<i64: 4096>, slice.subnet_params = array<i64: 64>} {
  slice.param @w : tensor<8x8x1x1xf32> init(msra)
  // CHECK-LABEL: func.func @costs(
  // CHECK: slice.conv2d %{{.*}}, %{{.*}} {slice.macs = 4096 : i64, slice.params = 64 : i64} : tensor<1x8x8x8xf32>, tensor<8x8x1x1xf32>
  // CHECK-NEXT: return %{{.*}} : tensor<1x8x8x8xf32>
  func.func @costs(%x: tensor<1x8x8x8xf32>) -> tensor<1x8x8x8xf32> {
    %w = slice.get_param @w : tensor<8x8x1x1xf32>
    %0 = slice.conv2d %x, %w {slice.macs = 4096 : i64, slice.params = 64 : i64} : tensor<1x8x8x8xf32>, tensor<8x8x1x1xf32>
    return %0 : tensor<1x8x8x8xf32>
  }
}

