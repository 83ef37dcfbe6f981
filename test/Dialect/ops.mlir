// RUN: slice-opt %s --split-input-file | FileCheck %s
// RUN: slice-opt %s --split-input-file | slice-opt --split-input-file | FileCheck %s
// RUN: slice-opt %s --split-input-file --mlir-print-op-generic | slice-opt --split-input-file | FileCheck %s

// Parameters: every init scheme, buffers, stored values; get_param.

// CHECK: slice.param @w : tensor<16x3x3x3xf32> init(msra){{$}}
// CHECK: slice.param @gamma : tensor<16xf32> init(ones){{$}}
// CHECK: slice.param @beta : tensor<16xf32> init(zeros){{$}}
// CHECK: slice.param @mean : tensor<16xf32> init(zeros) buffer{{$}}
// CHECK: slice.param @var : tensor<16xf32> init(ones) buffer{{$}}
// CHECK: slice.param @fc.w : tensor<10x16xf32> init(normal){{$}}
// CHECK: slice.param @fc.b : tensor<10xf32> init(uniform){{$}}
// CHECK: slice.param @stored : tensor<2x2xf32> init(zeros) = dense<{{\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK: slice.param @stored.buf : tensor<4xf32> init(zeros) buffer = dense<5.000000e-01> : tensor<4xf32>
slice.param @w : tensor<16x3x3x3xf32> init(msra)
slice.param @gamma : tensor<16xf32> init(ones)
slice.param @beta : tensor<16xf32> init(zeros)
slice.param @mean : tensor<16xf32> init(zeros) buffer
slice.param @var : tensor<16xf32> init(ones) buffer
slice.param @fc.w : tensor<10x16xf32> init(normal)
slice.param @fc.b : tensor<10xf32> init(uniform)
slice.param @stored : tensor<2x2xf32> init(zeros) = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
slice.param @stored.buf : tensor<4xf32> init(zeros) buffer = dense<0.5> : tensor<4xf32>

// CHECK-LABEL: func.func @params(
// CHECK: slice.get_param @w : tensor<16x3x3x3xf32>
// CHECK: slice.get_param @mean : tensor<16xf32>
// CHECK: slice.get_param @stored : tensor<2x2xf32>
func.func @params() -> (tensor<16x3x3x3xf32>, tensor<16xf32>, tensor<2x2xf32>) {
  %w = slice.get_param @w : tensor<16x3x3x3xf32>
  %m = slice.get_param @mean : tensor<16xf32>
  %s = slice.get_param @stored : tensor<2x2xf32>
  return %w, %m, %s : tensor<16x3x3x3xf32>, tensor<16xf32>, tensor<2x2xf32>
}

// -----

// Parameter expressions: a view (row, then leading entries) and a
// concatenation along an axis.
// CHECK-LABEL: func.func @param_exprs(
// CHECK: slice.param_slice %{{.*}} {row = 1 : i64, sizes = array<i64: 3>} : tensor<2x4xf32>
// CHECK: slice.param_slice %{{.*}} {sizes = array<i64: 8, 2, 3, 3>} : tensor<8x4x3x3xf32>
// CHECK: slice.param_concat %{{.*}}, %{{.*}} {axis = 1 : i64} : tensor<8x4x3x3xf32>, tensor<8x4x3x3xf32>
// CHECK: slice.param_slice %{{.*}} {offsets = array<i64: 4, 0, 0, 0>, sizes = array<i64: 4, 4, 3, 3>} : tensor<8x4x3x3xf32>
func.func @param_exprs(%bn: tensor<2x4xf32>, %w: tensor<8x4x3x3xf32>)
    -> (tensor<3xf32>, tensor<8x2x3x3xf32>, tensor<8x8x3x3xf32>, tensor<4x4x3x3xf32>) {
  %r = slice.param_slice %bn {row = 1 : i64, sizes = array<i64: 3>} : tensor<2x4xf32>
  %l = slice.param_slice %w {sizes = array<i64: 8, 2, 3, 3>} : tensor<8x4x3x3xf32>
  %c = slice.param_concat %w, %w {axis = 1 : i64} : tensor<8x4x3x3xf32>, tensor<8x4x3x3xf32>
  %g = slice.param_slice %w {offsets = array<i64: 4, 0, 0, 0>, sizes = array<i64: 4, 4, 3, 3>} : tensor<8x4x3x3xf32>
  return %r, %l, %c, %g : tensor<3xf32>, tensor<8x2x3x3xf32>, tensor<8x8x3x3xf32>, tensor<4x4x3x3xf32>
}

// -----

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

// -----

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

// -----

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

// -----

// Elementwise ops: relu, clip, add.

// CHECK-LABEL: func.func @elementwise(
// CHECK: %[[R:.*]] = slice.relu %{{.*}} : tensor<?x8x4x4xf32>
// CHECK: %[[C:.*]] = slice.clip %[[R]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<?x8x4x4xf32>
// CHECK: %[[E:.*]] = slice.clip %[[C]] {max = 1.000000e+00 : f64, min = 1.000000e+00 : f64} : tensor<?x8x4x4xf32>
// CHECK: %[[A:.*]] = slice.add %[[E]], %{{.*}} : tensor<?x8x4x4xf32>
// CHECK: return %[[A]] : tensor<?x8x4x4xf32>
func.func @elementwise(%x: tensor<?x8x4x4xf32>) -> tensor<?x8x4x4xf32> {
  %0 = slice.relu %x : tensor<?x8x4x4xf32>
  %1 = slice.clip %0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x8x4x4xf32>
  %2 = slice.clip %1 {min = 1.0 : f64, max = 1.0 : f64} : tensor<?x8x4x4xf32>
  %3 = slice.add %2, %x : tensor<?x8x4x4xf32>
  return %3 : tensor<?x8x4x4xf32>
}

// -----

// concat along channels; a static extent in another input refines a dynamic one.

// CHECK-LABEL: func.func @concat(
// CHECK: %[[C0:.*]] = slice.concat %{{.*}}, %{{.*}} : tensor<?x16x8x8xf32>, tensor<?x8x8x8xf32>
// CHECK: %[[C1:.*]] = slice.concat %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x16x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x4x8x8xf32>
// CHECK: %[[C2:.*]] = slice.concat %{{.*}} : tensor<4x8x8x8xf32>
// CHECK: %[[C3:.*]] = slice.concat %{{.*}}, %{{.*}} : tensor<?x16xf32>, tensor<?x3xf32>
// CHECK: return %[[C0]], %[[C1]], %[[C2]], %[[C3]] : tensor<?x24x8x8xf32>, tensor<4x28x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x19xf32>
func.func @concat(%a: tensor<?x16x8x8xf32>, %b: tensor<?x8x8x8xf32>, %c: tensor<4x8x8x8xf32>, %d: tensor<?x4x8x8xf32>, %e: tensor<?x16xf32>, %f: tensor<?x3xf32>)
    -> (tensor<?x24x8x8xf32>, tensor<4x28x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x19xf32>) {
  %0 = slice.concat %a, %b : tensor<?x16x8x8xf32>, tensor<?x8x8x8xf32>
  %1 = slice.concat %a, %c, %d : tensor<?x16x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x4x8x8xf32>
  %2 = slice.concat %c : tensor<4x8x8x8xf32>
  %3 = slice.concat %e, %f : tensor<?x16xf32>, tensor<?x3xf32>
  return %0, %1, %2, %3 : tensor<?x24x8x8xf32>, tensor<4x28x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x19xf32>
}

// -----

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

// -----

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

// -----

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

// -----

// pad_channels (one group and per group) and channel_slice.

// CHECK-LABEL: func.func @channels(
// CHECK: %[[P0:.*]] = slice.pad_channels %{{.*}} {pads = array<i64: 16>} : tensor<?x16x8x8xf32>
// CHECK: %[[P1:.*]] = slice.pad_channels %{{.*}} {groups = array<i64: 4, 12>, pads = array<i64: 4, 0>} : tensor<?x16x8x8xf32>
// CHECK: %[[P2:.*]] = slice.pad_channels %{{.*}} {pads = array<i64: 0>} : tensor<3x16xf32>
// CHECK: %[[S0:.*]] = slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x16x8x8xf32>
// CHECK: %[[S1:.*]] = slice.channel_slice %{{.*}} {offset = 4 : i64, size = 12 : i64} : tensor<?x16x8x8xf32>
// CHECK: %[[S2:.*]] = slice.channel_slice %{{.*}} {offset = 0 : i64, size = 16 : i64} : tensor<3x16xf32>
// CHECK: return %[[P0]], %[[P1]], %[[P2]], %[[S0]], %[[S1]], %[[S2]] : tensor<?x32x8x8xf32>, tensor<?x20x8x8xf32>, tensor<3x16xf32>, tensor<?x4x8x8xf32>, tensor<?x12x8x8xf32>, tensor<3x16xf32>
func.func @channels(%x: tensor<?x16x8x8xf32>, %v: tensor<3x16xf32>)
    -> (tensor<?x32x8x8xf32>, tensor<?x20x8x8xf32>, tensor<3x16xf32>, tensor<?x4x8x8xf32>, tensor<?x12x8x8xf32>, tensor<3x16xf32>) {
  %0 = slice.pad_channels %x {pads = array<i64: 16>} : tensor<?x16x8x8xf32>
  %1 = slice.pad_channels %x {groups = array<i64: 4, 12>, pads = array<i64: 4, 0>} : tensor<?x16x8x8xf32>
  %2 = slice.pad_channels %v {pads = array<i64: 0>} : tensor<3x16xf32>
  %3 = slice.channel_slice %x {offset = 0 : i64, size = 4 : i64} : tensor<?x16x8x8xf32>
  %4 = slice.channel_slice %x {offset = 4 : i64, size = 12 : i64} : tensor<?x16x8x8xf32>
  %5 = slice.channel_slice %v {offset = 0 : i64, size = 16 : i64} : tensor<3x16xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<?x32x8x8xf32>, tensor<?x20x8x8xf32>, tensor<3x16xf32>, tensor<?x4x8x8xf32>, tensor<?x12x8x8xf32>, tensor<3x16xf32>
}

// -----

// Additive block with an identity branch; parameters are read inside branches.

slice.param @w : tensor<16x16x3x3xf32> init(msra)

// CHECK-LABEL: func.func @block_add_residual(
// CHECK: %[[B:.*]] = slice.block add(%{{.*}} : tensor<?x16x8x8xf32>) residual(%{{.*}} : tensor<?x16x8x8xf32>) {
// CHECK-NEXT: ^bb0(%[[IN:.*]]: tensor<?x16x8x8xf32>):
// CHECK-NEXT: %[[W:.*]] = slice.get_param @w : tensor<16x16x3x3xf32>
// CHECK-NEXT: %[[C:.*]] = slice.conv2d %[[IN]], %[[W]] {padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x8x8xf32>, tensor<16x16x3x3xf32>
// CHECK-NEXT: slice.yield %[[C]] : tensor<?x16x8x8xf32>
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0(%[[IN2:.*]]: tensor<?x16x8x8xf32>):
// CHECK-NEXT: %[[R:.*]] = slice.relu %[[IN2]] : tensor<?x16x8x8xf32>
// CHECK-NEXT: slice.yield %[[R]] : tensor<?x16x8x8xf32>
// CHECK-NEXT: }
// CHECK-NEXT: slice.relu %[[B]] : tensor<?x16x8x8xf32>
func.func @block_add_residual(%x: tensor<?x16x8x8xf32>) -> tensor<?x16x8x8xf32> {
  %0 = slice.block add (%x : tensor<?x16x8x8xf32>) residual(%x : tensor<?x16x8x8xf32>) {
  ^bb0(%in: tensor<?x16x8x8xf32>):
    %w = slice.get_param @w : tensor<16x16x3x3xf32>
    %c = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x8x8xf32>, tensor<16x16x3x3xf32>
    slice.yield %c : tensor<?x16x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x16x8x8xf32>):
    %r = slice.relu %in : tensor<?x16x8x8xf32>
    slice.yield %r : tensor<?x16x8x8xf32>
  }
  %1 = slice.relu %0 : tensor<?x16x8x8xf32>
  return %1 : tensor<?x16x8x8xf32>
}

// -----

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

// -----

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

// -----

// I-form block: sub-network k runs the first subnet_branches[k-1] branches.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>} {
  // CHECK-LABEL: func.func @block_inclusive(
  // CHECK: %[[B:.*]] = slice.block add(%{{.*}} : tensor<?x8x4x4xf32>) residual(%{{.*}} : tensor<?x8x4x4xf32>) attributes {subnet_branches = array<i64: 1, 1, 2>} {
  // CHECK: slice.relu
  // CHECK: }, {
  // CHECK: slice.clip
  // CHECK-NEXT: slice.yield %{{.*}} : tensor<?x8x4x4xf32>
  // CHECK-NEXT: }
  // CHECK-NEXT: return %[[B]] : tensor<?x8x4x4xf32>
  func.func @block_inclusive(%x: tensor<?x8x4x4xf32>) -> tensor<?x8x4x4xf32> {
    %0 = slice.block add (%x : tensor<?x8x4x4xf32>) residual(%x : tensor<?x8x4x4xf32>) attributes {subnet_branches = array<i64: 1, 1, 2>} {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %r = slice.relu %in : tensor<?x8x4x4xf32>
      slice.yield %r : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %c = slice.clip %in {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x8x4x4xf32>
      slice.yield %c : tensor<?x8x4x4xf32>
    }
    return %0 : tensor<?x8x4x4xf32>
  }
}

// -----

// IS-form block: branch i yields only the channels of its group
// branch_groups[i]; the identity branch carries all sum(partition) channels.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>}
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @w1 : tensor<8x8x1x1xf32> init(msra)
  slice.param @w2 : tensor<4x12x1x1xf32> init(msra)

  // CHECK-LABEL: func.func @block_inclusive_sparse(
  // CHECK: %[[B0:.*]] = slice.block add(%[[X:.*]] : tensor<?x12x4x4xf32>) residual(%[[X]] : tensor<?x12x4x4xf32>) attributes {branch_groups = array<i64: 1, 1, 2>, partition = array<i64: 8, 4>} {
  // CHECK: slice.yield %{{.*}} : tensor<?x8x4x4xf32>
  // CHECK: }, {
  // CHECK: slice.yield %{{.*}} : tensor<?x8x4x4xf32>
  // CHECK: }, {
  // CHECK: slice.yield %{{.*}} : tensor<?x4x4x4xf32>
  // CHECK: }
  // CHECK: %[[B1:.*]] = slice.block add(%[[B0]] : tensor<?x12x4x4xf32>) residual(%[[B0]] : tensor<?x12x4x4xf32>) attributes {branch_groups = array<i64: 2>, partition = array<i64: 8, 4>} {
  // CHECK: return %[[B1]] : tensor<?x12x4x4xf32>
  func.func @block_inclusive_sparse(%x: tensor<?x12x4x4xf32>) -> tensor<?x12x4x4xf32> {
    %0 = slice.block add (%x : tensor<?x12x4x4xf32>) residual(%x : tensor<?x12x4x4xf32>) attributes {partition = array<i64: 8, 4>, branch_groups = array<i64: 1, 1, 2>} {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 8 : i64} : tensor<?x12x4x4xf32>
      %w = slice.get_param @w1 : tensor<8x8x1x1xf32>
      %c = slice.conv2d %s, %w : tensor<?x8x4x4xf32>, tensor<8x8x1x1xf32>
      slice.yield %c : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 8 : i64} : tensor<?x12x4x4xf32>
      %r = slice.relu %s : tensor<?x8x4x4xf32>
      slice.yield %r : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %w = slice.get_param @w2 : tensor<4x12x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x12x4x4xf32>, tensor<4x12x1x1xf32>
      slice.yield %c : tensor<?x4x4x4xf32>
    }
    %1 = slice.block add (%0 : tensor<?x12x4x4xf32>) residual(%0 : tensor<?x12x4x4xf32>) attributes {partition = array<i64: 8, 4>, branch_groups = array<i64: 2>} {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %w = slice.get_param @w2 : tensor<4x12x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x12x4x4xf32>, tensor<4x12x1x1xf32>
      slice.yield %c : tensor<?x4x4x4xf32>
    }
    return %1 : tensor<?x12x4x4xf32>
  }
}

// -----

// Concat blocks with a grouped layout: group by group, the residual's share
// (partition minus the group's branches) and then the group's branches. In
// a plain model (an extracted sub-network) any number of groups.

// CHECK-LABEL: func.func @block_concat_grouped(
// CHECK: slice.block concat(%{{.*}} : tensor<?x6x8x8xf32>) residual(%{{.*}} : tensor<?x6x8x8xf32>) attributes {branch_groups = array<i64: 1, 3, 3>, partition = array<i64: 4, 2, 6>} {
// CHECK: slice.block concat(%{{.*}} : tensor<?x6x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 2, 4>} {
func.func @block_concat_grouped(%x: tensor<?x6x8x8xf32>) -> (tensor<?x12x8x8xf32>, tensor<?x6x8x8xf32>) {
  // Residual groups r = [4 - 2, 2, 6 - 4] = [2, 2, 2].
  %0 = slice.block concat (%x : tensor<?x6x8x8xf32>) residual(%x : tensor<?x6x8x8xf32>) attributes {partition = array<i64: 4, 2, 6>, branch_groups = array<i64: 1, 3, 3>} {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x2x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 3 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x3x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x1x8x8xf32>
  }
  // Without a residual the groups are the branches'.
  %1 = slice.block concat (%x : tensor<?x6x8x8xf32>) attributes {partition = array<i64: 2, 4>, branch_groups = array<i64: 1, 2>} {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x2x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x4x8x8xf32>
  }
  return %0, %1 : tensor<?x12x8x8xf32>, tensor<?x6x8x8xf32>
}

// -----

// IS-form concat block (a dense layer): group k is the residual's group k
// and then the branches of group k; branch i reads input groups 1..g_i.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>}
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @w1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @w2 : tensor<2x8x1x1xf32> init(msra)
  // CHECK-LABEL: func.func @block_concat_inclusive_sparse(
  // CHECK: slice.block concat(%{{.*}} : tensor<?x8x4x4xf32>) residual(%{{.*}} : tensor<?x8x4x4xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 6, 6>} {
  func.func @block_concat_inclusive_sparse(%x: tensor<?x8x4x4xf32>) -> tensor<?x12x4x4xf32> {
    %0 = slice.block concat (%x : tensor<?x8x4x4xf32>) residual(%x : tensor<?x8x4x4xf32>) attributes {partition = array<i64: 6, 6>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x8x4x4xf32>
      %w = slice.get_param @w1 : tensor<2x4x1x1xf32>
      %c = slice.conv2d %s, %w : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %w = slice.get_param @w2 : tensor<2x8x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x8x4x4xf32>, tensor<2x8x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }
    return %0 : tensor<?x12x4x4xf32>
  }
}

// -----

// I-form concat block: subnet_branches plus the grouped layout whose group
// k holds the residual channels sub-network k adds and branches
// C_{k-1}+1..C_k. Here the residual keeps all 8 channels in sub-network 1.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  // CHECK-LABEL: func.func @block_concat_inclusive(
  // CHECK: slice.block concat(%{{.*}} : tensor<?x8x4x4xf32>) residual(%{{.*}} : tensor<?x8x4x4xf32>) attributes {branch_groups = array<i64: 1, 2, 2>, partition = array<i64: 10, 4>, subnet_branches = array<i64: 1, 3>} {
  func.func @block_concat_inclusive(%x: tensor<?x8x4x4xf32>) -> tensor<?x14x4x4xf32> {
    %0 = slice.block concat (%x : tensor<?x8x4x4xf32>) residual(%x : tensor<?x8x4x4xf32>) attributes {subnet_branches = array<i64: 1, 3>, partition = array<i64: 10, 4>, branch_groups = array<i64: 1, 2, 2>} {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x8x4x4xf32>
      slice.yield %s : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 2 : i64, size = 2 : i64} : tensor<?x8x4x4xf32>
      slice.yield %s : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 2 : i64} : tensor<?x8x4x4xf32>
      slice.yield %s : tensor<?x2x4x4xf32>
    }
    return %0 : tensor<?x14x4x4xf32>
  }
}

// -----

// Heads without an anytime description (K = D = 1).

slice.param @fc.w : tensor<10x8xf32> init(uniform)

// CHECK-LABEL: func.func @head_plain(
// CHECK: %[[H:.*]] = slice.head subnet 1 level 1 (%{{.*}} : tensor<?x8x4x4xf32>) {
// CHECK-NEXT: ^bb0(%[[IN:.*]]: tensor<?x8x4x4xf32>):
// CHECK-NEXT: %[[G:.*]] = slice.global_avg_pool %[[IN]] : tensor<?x8x4x4xf32>
// CHECK-NEXT: %[[F:.*]] = slice.flatten %[[G]] : tensor<?x8x1x1xf32>
// CHECK-NEXT: %[[W:.*]] = slice.get_param @fc.w : tensor<10x8xf32>
// CHECK-NEXT: %[[L:.*]] = slice.linear %[[F]], %[[W]] : tensor<?x8xf32>, tensor<10x8xf32>
// CHECK-NEXT: slice.yield %[[L]] : tensor<?x10xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return %[[H]] : tensor<?x10xf32>
func.func @head_plain(%x: tensor<?x8x4x4xf32>) -> tensor<?x10xf32> {
  %0 = slice.head subnet 1 level 1 (%x : tensor<?x8x4x4xf32>) {
  ^bb0(%in: tensor<?x8x4x4xf32>):
    %g = slice.global_avg_pool %in : tensor<?x8x4x4xf32>
    %f = slice.flatten %g : tensor<?x8x1x1xf32>
    %w = slice.get_param @fc.w : tensor<10x8xf32>
    %l = slice.linear %f, %w : tensor<?x8xf32>, tensor<10x8xf32>
    slice.yield %l : tensor<?x10xf32>
  }
  return %0 : tensor<?x10xf32>
}

// -----

// Heads over K = 2 sub-networks and D = 2 label levels.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2, levels = 2>}
module attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2, levels = 2>} {
  slice.param @fine.w : tensor<100x8xf32> init(uniform)
  slice.param @coarse.w : tensor<20x8xf32> init(uniform)

  // CHECK-LABEL: func.func @heads(
  // CHECK: %[[H0:.*]] = slice.head subnet 1 level 1 (%{{.*}} : tensor<2x8x4x4xf32>) {
  // CHECK: slice.yield %{{.*}} : tensor<2x100xf32>
  // CHECK: %[[H1:.*]] = slice.head subnet 2 level 2 (%{{.*}} : tensor<2x8x4x4xf32>) {
  // CHECK: slice.yield %{{.*}} : tensor<2x20xf32>
  // CHECK: %[[H2:.*]] = slice.head subnet 2 level 1 (%{{.*}} : tensor<2x8x4x4xf32>) {
  // CHECK: return %[[H0]], %[[H1]], %[[H2]] : tensor<2x100xf32>, tensor<2x20xf32>, tensor<2x8xf32>
  func.func @heads(%x: tensor<2x8x4x4xf32>) -> (tensor<2x100xf32>, tensor<2x20xf32>, tensor<2x8xf32>) {
    %0 = slice.head subnet 1 level 1 (%x : tensor<2x8x4x4xf32>) {
    ^bb0(%in: tensor<2x8x4x4xf32>):
      %g = slice.global_avg_pool %in : tensor<2x8x4x4xf32>
      %f = slice.flatten %g : tensor<2x8x1x1xf32>
      %w = slice.get_param @fine.w : tensor<100x8xf32>
      %l = slice.linear %f, %w : tensor<2x8xf32>, tensor<100x8xf32>
      slice.yield %l : tensor<2x100xf32>
    }
    %1 = slice.head subnet 2 level 2 (%x : tensor<2x8x4x4xf32>) {
    ^bb0(%in: tensor<2x8x4x4xf32>):
      %g = slice.global_avg_pool %in : tensor<2x8x4x4xf32>
      %f = slice.flatten %g : tensor<2x8x1x1xf32>
      %w = slice.get_param @coarse.w : tensor<20x8xf32>
      %l = slice.linear %f, %w : tensor<2x8xf32>, tensor<20x8xf32>
      slice.yield %l : tensor<2x20xf32>
    }
    %2 = slice.head subnet 2 level 1 (%x : tensor<2x8x4x4xf32>) {
    ^bb0(%in: tensor<2x8x4x4xf32>):
      %g = slice.global_avg_pool %in : tensor<2x8x4x4xf32>
      %f = slice.flatten %g : tensor<2x8x1x1xf32>
      slice.yield %f : tensor<2x8xf32>
    }
    return %0, %1, %2 : tensor<2x100xf32>, tensor<2x20xf32>, tensor<2x8xf32>
  }
}

// -----

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

// -----

// IS-form block without a residual: the type comes from the partition.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  // CHECK-LABEL: func.func @is_block_no_residual(
  // CHECK: slice.block add(%{{.*}} : tensor<?x16x4x4xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 8, 4>}
  // CHECK: return %{{.*}} : tensor<?x12x4x4xf32>
  func.func @is_block_no_residual(%x: tensor<?x16x4x4xf32>) -> tensor<?x12x4x4xf32> {
    %0 = slice.block add (%x : tensor<?x16x4x4xf32>) attributes {partition = array<i64: 8, 4>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x16x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 8 : i64} : tensor<?x16x4x4xf32>
      slice.yield %s : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x16x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x16x4x4xf32>
      slice.yield %s : tensor<?x4x4x4xf32>
    }
    return %0 : tensor<?x12x4x4xf32>
  }
}

// -----

// A block without inputs (only the identity branch) round-trips.
// CHECK-LABEL: func.func @block_no_inputs(
// CHECK: slice.block add() residual(%{{.*}} : tensor<4x8x4x4xf32>)
func.func @block_no_inputs(%x: tensor<4x8x4x4xf32>) -> tensor<4x8x4x4xf32> {
  %0 = slice.block add() residual(%x : tensor<4x8x4x4xf32>)
  return %0 : tensor<4x8x4x4xf32>
}

// -----

// An extracted IS sub-network: a plain model whose block keeps a partition.
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  // CHECK-LABEL: func.func @plain_partition(
  // CHECK: slice.block add{{.*}}partition = array<i64: 4, 4, 4>
  func.func @plain_partition(%x: tensor<1x12x2x2xf32>) -> tensor<1x12x2x2xf32> {
    %0 = slice.block add (%x : tensor<1x12x2x2xf32>) residual(%x : tensor<1x12x2x2xf32>) attributes {partition = array<i64: 4, 4, 4>, branch_groups = array<i64: 1, 3>} {
    ^bb0(%in: tensor<1x12x2x2xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<1x12x2x2xf32>
      slice.yield %s : tensor<1x4x2x2xf32>
    }, {
    ^bb0(%in: tensor<1x12x2x2xf32>):
      %s = slice.channel_slice %in {offset = 8 : i64, size = 4 : i64} : tensor<1x12x2x2xf32>
      slice.yield %s : tensor<1x4x2x2xf32>
    }
    return %0 : tensor<1x12x2x2xf32>
  }
}

// -----

// The taxonomy of hierarchical heads.
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1, levels = 2>} {
  // CHECK: slice.taxonomy {names = {{\[}}["a", "b", "c"], ["x", "y"]], parents = [array<i64: 1, 0, 1>]}
  slice.taxonomy {names = [["a", "b", "c"], ["x", "y"]], parents = [array<i64: 1, 0, 1>]}
  // CHECK-LABEL: func.func @with_taxonomy(
  func.func @with_taxonomy(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    return %x : tensor<2x3xf32>
  }
}

// -----

// What training records on the module: the held-out images (count, held
// out, seed) that calibration may use.
// CHECK: module attributes {slice.held_out = array<i64: 60000, 2000, 7>}
module attributes {slice.held_out = array<i64: 60000, 2000, 7>} {
}
