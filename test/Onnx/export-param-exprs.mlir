// REQUIRES: opencv-dnn, python-onnx
// A flat model (what --slice-fuse-branches --slice-flatten-blocks write)
// exports as it stands: a fused weight is a Concat node over the members'
// initializers; a view of a parameter (row 2 of a per-sub-network
// BatchNorm parameter, leading columns of a weight) is an initializer
// holding the viewed entries. OpenCV runs the graph and agrees with
// slice-run.
// RUN: rm -rf %t && mkdir -p %t/run %t/cv
// RUN: slice-translate --export-onnx %s -o %t/m.onnx
// RUN: %python %S/onnx-dump.py --check %t/m.onnx | FileCheck %s
// RUN: %python -c "import numpy as np; np.save('%t/x.npy', np.random.default_rng(0).random((2, 2, 3, 3)).astype(np.float32))"
// RUN: slice-run run %s --input %t/x.npy --output %t/run/y.npy
// RUN: slice-onnx-cv %t/m.onnx --input %t/x.npy --output %t/cv/y.npy
// RUN: %python %S/compare-npy.py %t/cv/y.npy %t/run/y.npy

// CHECK: checker: ok
// CHECK: init scale float [3] = [4, 5, 6]
// CHECK: init w float [3,3,1,1]
// CHECK: node a.fused : Concat(a, b) -> a.fused {axis=0}
// CHECK: node conv : Conv(input, a.fused)
// CHECK: node bn : BatchNormalization(conv, scale,
// CHECK: node logits : Conv(bn, w)

module @exprs attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @a : tensor<1x2x1x1xf32> init(msra) = dense<[[[[1.0]], [[2.0]]]]> : tensor<1x2x1x1xf32>
  slice.param @b : tensor<2x2x1x1xf32> init(msra) = dense<[[[[-1.0]], [[0.5]]], [[[0.25]], [[3.0]]]]> : tensor<2x2x1x1xf32>
  slice.param @scale : tensor<2x3xf32> init(ones) = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  slice.param @bias : tensor<3xf32> init(zeros) = dense<[0.1, 0.2, 0.3]> : tensor<3xf32>
  slice.param @mean : tensor<3xf32> init(zeros) buffer = dense<[0.0, 0.5, -0.5]> : tensor<3xf32>
  slice.param @var : tensor<3xf32> init(ones) buffer = dense<[1.0, 2.0, 0.5]> : tensor<3xf32>
  slice.param @w : tensor<3x5x1x1xf32> init(msra) = dense<0.5> : tensor<3x5x1x1xf32>
  func.func @forward(%x: tensor<?x2x3x3xf32>) -> tensor<?x3x3x3xf32> {
    %a = slice.get_param @a : tensor<1x2x1x1xf32>
    %b = slice.get_param @b : tensor<2x2x1x1xf32>
    %w = slice.param_concat %a, %b {axis = 0 : i64} : tensor<1x2x1x1xf32>, tensor<2x2x1x1xf32>
    %c = slice.conv2d %x, %w : tensor<?x2x3x3xf32>, tensor<3x2x1x1xf32> loc("conv")
    %s2 = slice.get_param @scale : tensor<2x3xf32>
    %s = slice.param_slice %s2 {row = 1 : i64, sizes = array<i64: 3>} : tensor<2x3xf32>
    %bi = slice.get_param @bias : tensor<3xf32>
    %m = slice.get_param @mean : tensor<3xf32>
    %v = slice.get_param @var : tensor<3xf32>
    %n = slice.batch_norm %c, %s, %bi, %m, %v : tensor<?x3x3x3xf32>, tensor<3xf32> loc("bn")
    %w5 = slice.get_param @w : tensor<3x5x1x1xf32>
    %wc = slice.param_slice %w5 {sizes = array<i64: 3, 3, 1, 1>} : tensor<3x5x1x1xf32>
    %y = slice.conv2d %n, %wc : tensor<?x3x3x3xf32>, tensor<3x3x1x1xf32> loc("cols")
    return %y : tensor<?x3x3x3xf32>
  }
}
