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

