// RUN: slice-opt %s --split-input-file --slice-materialise-params | FileCheck %s

// --slice-materialise-params: views and concatenations of parameters with
// stored values become parameters holding their values.

// A concatenation (fused weights) and a view (row 1 of a per-sub-network
// parameter, its first 2 entries); equal expressions share one parameter;
// parameters nothing reads any more are erased.
// CHECK-LABEL: module @stored
// CHECK-NOT:     slice.param @a :
// CHECK-DAG:     slice.param @a.fused : tensor<2x3xf32> init(zeros) = dense<{{\[}}[1.000000e+00, 2.000000e+00, 3.000000e+00], [4.000000e+00, 5.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
// CHECK-DAG:     slice.param @rows : tensor<2xf32> init(ones) buffer = dense<[4.000000e+00, 5.000000e+00]> : tensor<2xf32>
// CHECK-DAG:     slice.param @b : tensor<1x2xf32> init(zeros) = dense<{{\[}}[5.000000e+00, 6.000000e+00]]> : tensor<1x2xf32>
// CHECK:         func.func @f
// CHECK-NEXT:      %[[C:.*]] = slice.get_param @a.fused : tensor<2x3xf32>
// CHECK-NEXT:      %[[D:.*]] = slice.get_param @a.fused : tensor<2x3xf32>
// CHECK-NEXT:      %[[R:.*]] = slice.get_param @rows : tensor<2xf32>
// CHECK-NEXT:      %[[O:.*]] = slice.get_param @b : tensor<1x2xf32>
// CHECK-NEXT:      return %[[C]], %[[D]], %[[R]], %[[O]]
module @stored {
  slice.param @a : tensor<1x3xf32> init(zeros) = dense<[[1.0, 2.0, 3.0]]> : tensor<1x3xf32>
  slice.param @b : tensor<1x3xf32> init(zeros) = dense<[[4.0, 5.0, 6.0]]> : tensor<1x3xf32>
  slice.param @rows : tensor<2x3xf32> init(ones) buffer = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  func.func @f() -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2xf32>, tensor<1x2xf32>) {
    %a = slice.get_param @a : tensor<1x3xf32>
    %b = slice.get_param @b : tensor<1x3xf32>
    %c = slice.param_concat %a, %b {axis = 0 : i64} : tensor<1x3xf32>, tensor<1x3xf32>
    %d = slice.param_concat %a, %b {axis = 0 : i64} : tensor<1x3xf32>, tensor<1x3xf32>
    %r = slice.get_param @rows : tensor<2x3xf32>
    %v = slice.param_slice %r {row = 1 : i64, sizes = array<i64: 2>} : tensor<2x3xf32>
    %o = slice.param_slice %b {offsets = array<i64: 0, 1>, sizes = array<i64: 1, 2>} : tensor<1x3xf32>
    return %c, %d, %v, %o : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2xf32>, tensor<1x2xf32>
  }
}

// -----

// Along a later axis, and through a view of a concatenation.
// CHECK-LABEL: module @axis1
// CHECK:         slice.param @a.fused : tensor<2x1xf32> init(zeros) = dense<{{\[}}[1.000000e+00], [3.000000e+00]]> : tensor<2x1xf32>
// CHECK-NOT:     slice.param
module @axis1 {
  slice.param @a : tensor<2x1xf32> init(zeros) = dense<[[1.0], [3.0]]> : tensor<2x1xf32>
  slice.param @b : tensor<2x1xf32> init(zeros) = dense<[[2.0], [4.0]]> : tensor<2x1xf32>
  func.func @f() -> tensor<2x1xf32> {
    %a = slice.get_param @a : tensor<2x1xf32>
    %b = slice.get_param @b : tensor<2x1xf32>
    %c = slice.param_concat %a, %b {axis = 1 : i64} : tensor<2x1xf32>, tensor<2x1xf32>
    %v = slice.param_slice %c {sizes = array<i64: 2, 1>} : tensor<2x2xf32>
    return %v : tensor<2x1xf32>
  }
}

// -----

// Parameters created from their init scheme at run time have no value to
// fold: their expressions stay.
// CHECK-LABEL: module @initialised
// CHECK:         slice.param_concat
module @initialised {
  slice.param @a : tensor<1x3xf32> init(msra)
  slice.param @b : tensor<1x3xf32> init(msra)
  func.func @f() -> tensor<2x3xf32> {
    %a = slice.get_param @a : tensor<1x3xf32>
    %b = slice.get_param @b : tensor<1x3xf32>
    %c = slice.param_concat %a, %b {axis = 0 : i64} : tensor<1x3xf32>, tensor<1x3xf32>
    return %c : tensor<2x3xf32>
  }
}
