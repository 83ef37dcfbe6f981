// What the exporter writes, checked on the graph as text (test/Onnx/
// onnx-dump.py, which also runs the Python ONNX checker with full shape
// inference on the file). An I-form model, K = 2, with stored values:
// per-sub-network BatchNorm rows become separate initializers, branch and
// stem weights are shared by the two passes, head k is computed by pass k.
// RUN: slice-translate --export-onnx %s -o %t.onnx
// RUN: %python %S/onnx-dump.py --check %t.onnx | FileCheck %s
// RUN: slice-translate --export-onnx --onnx-opset=11 %s -o %t.11.onnx
// RUN: %python %S/onnx-dump.py --check %t.11.onnx | FileCheck %s --check-prefix=OPSET11
// RUN: slice-translate --export-onnx --onnx-opset=17 %s -o %t.17.onnx
// RUN: %python %S/onnx-dump.py --check %t.17.onnx | FileCheck %s --check-prefix=OPSET17
// RUN: slice-translate --export-onnx --onnx-check=false %s -o %t.nocheck.onnx
// RUN: cmp %t.onnx %t.nocheck.onnx

// CHECK: checker: ok
// CHECK: model ir_version 7 opset ai.onnx:13 producer slice
// The batch stays symbolic; outputs are named per sub-network.
// CHECK: input input float [N,2,4,4]
// CHECK: output logits.k1 float [N,3]
// CHECK: output logits.k2 float [N,3]
// Training normalisation, C x 1 x 1.
// CHECK: init input_mean float [2,1,1] = [0.25, 0.5]
// CHECK: init input_std float [2,1,1] = [2, 4]
// CHECK: init stem.weight float [4,2,3,3]
// CHECK: init clip.min float [] = [-1]
// CHECK: init clip.max float [] = [6]
// Row k-1 of each [K, C] BatchNorm parameter, for pass k; rows with equal
// contents (the statistics here) are stored once, under the parameter's
// name.
// CHECK: init bn.scale.k1 float [4] = [1, 2, 3, 4]
// CHECK: init bn.bias.k1 float [4] = [0.1, 0.2, 0.3, 0.4]
// CHECK: init bn.mean float [4] = [0, 0, 0, 0]
// CHECK: init bn.var float [4] = [1, 1, 1, 1]
// CHECK: init b1.weight float [4,4,1,1]
// CHECK: init head1.fc.weight float [3,4]
// CHECK: init head1.fc.bias float [3] = [1, 2, 3]
// CHECK: init bn.scale.k2 float [4] = [5, 6, 7, 8]
// CHECK: init bn.bias.k2 float [4] = [0.5, 0.6, 0.7, 0.8]
// CHECK: init b2.weight float [4,4,1,1]
// Weights are stored once.
// CHECK-NOT: init b1.weight
// CHECK-NOT: init stem.weight

// The input is normalised as slice-run does: (x - mean) / std.
// CHECK: node input.centred : Sub(input, input_mean) -> input.centred
// CHECK-NEXT: node input.normalised : Div(input.centred, input_std) -> input.normalised
// [top, left, bottom, right] is ONNX's pads order. The stem and the clip do
// not depend on k: one node serves both passes.
// CHECK-NEXT: node stem : Conv(input.normalised, stem.weight) -> stem {dilations=[1,1], group=1, kernel_shape=[3,3], pads=[1,0,2,1], strides=[1,1]}
// CHECK-NEXT: node clip : Clip(stem, clip.min, clip.max) -> clip {}
// Momentum: ours is PyTorch's (0.25), ONNX's is 1 - that.
// CHECK-NEXT: node bn.k1 : BatchNormalization(clip, bn.scale.k1, bn.bias.k1, bn.mean, bn.var) -> bn.k1 {epsilon=0.001, momentum=0.75}
// Pass 1 runs branch 1 only.
// CHECK-NEXT: node b1.k1 : Conv(bn.k1, b1.weight) -> b1.k1
// CHECK-NEXT: node block.add.k1 : Add(clip, b1.k1) -> block.add.k1
// CHECK-NEXT: node head1.gap.k1 : GlobalAveragePool(block.add.k1)
// CHECK-NEXT: node head1.flatten.k1 : Flatten(head1.gap.k1) -> head1.flatten.k1 {axis=1}
// CHECK-NEXT: node logits.k1 : Gemm(head1.flatten.k1, head1.fc.weight, head1.fc.bias) -> logits.k1 {transB=1}
// Pass 2: row 2, both branches, the same branch weights.
// CHECK-NEXT: node bn.k2 : BatchNormalization(clip, bn.scale.k2, bn.bias.k2, bn.mean, bn.var) -> bn.k2
// CHECK-NEXT: node b1.k2 : Conv(bn.k2, b1.weight) -> b1.k2
// CHECK-NEXT: node b2.k2 : Conv(bn.k2, b2.weight) -> b2.k2
// CHECK-NEXT: node block.add.k2 : Add(clip, b1.k2) -> block.add.k2
// CHECK-NEXT: node block.add.k2_2 : Add(block.add.k2, b2.k2) -> block.add.k2_2
// CHECK-NEXT: node head2.gap.k2 : GlobalAveragePool(block.add.k2_2)
// CHECK-NEXT: node head2.flatten.k2 : Flatten(head2.gap.k2)
// CHECK-NEXT: node logits.k2 : Gemm(head2.flatten.k2, head2.fc.weight) -> logits.k2 {transB=1}
// CHECK-NEXT: ops Add:3 BatchNormalization:2 Clip:1 Conv:4 Div:1 Flatten:2 Gemm:2 GlobalAveragePool:2 Sub:1

// OPSET11: model ir_version 6 opset ai.onnx:11
// OPSET11: Clip(stem, clip.min, clip.max)
// OPSET17: model ir_version 8 opset ai.onnx:17

module @structure attributes {
    slice.anytime = #slice.anytime<form = inclusive, subnets = 2>,
    slice.input_mean = array<f32: 0.25, 0.5>, slice.input_std = array<f32: 2.0, 4.0>} {
  slice.param @stem.weight : tensor<4x2x3x3xf32> init(msra) = dense<0.125> : tensor<4x2x3x3xf32>
  slice.param @bn.scale : tensor<2x4xf32> init(ones) = dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]> : tensor<2x4xf32>
  slice.param @bn.bias : tensor<2x4xf32> init(zeros) = dense<[[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]]> : tensor<2x4xf32>
  slice.param @bn.mean : tensor<2x4xf32> init(zeros) buffer = dense<0.0> : tensor<2x4xf32>
  slice.param @bn.var : tensor<2x4xf32> init(ones) buffer = dense<1.0> : tensor<2x4xf32>
  slice.param @b1.weight : tensor<4x4x1x1xf32> init(msra) = dense<0.5> : tensor<4x4x1x1xf32>
  slice.param @b2.weight : tensor<4x4x1x1xf32> init(msra) = dense<-0.5> : tensor<4x4x1x1xf32>
  slice.param @head1.fc.weight : tensor<3x4xf32> init(uniform) = dense<0.25> : tensor<3x4xf32>
  slice.param @head1.fc.bias : tensor<3xf32> init(zeros) = dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  slice.param @head2.fc.weight : tensor<3x4xf32> init(uniform) = dense<0.75> : tensor<3x4xf32>
  func.func @forward(%x: tensor<?x2x4x4xf32>) -> (tensor<?x3xf32>, tensor<?x3xf32>) {
    %w = slice.get_param @stem.weight : tensor<4x2x3x3xf32> loc("stem.weight")
    %c = slice.conv2d %x, %w {padding = array<i64: 1, 0, 2, 1>} : tensor<?x2x4x4xf32>, tensor<4x2x3x3xf32> loc("stem")
    %cl = slice.clip %c {min = -1.0 : f64, max = 6.0 : f64} : tensor<?x4x5x3xf32> loc("clip")
    %s = slice.get_param @bn.scale : tensor<2x4xf32>
    %b = slice.get_param @bn.bias : tensor<2x4xf32>
    %m = slice.get_param @bn.mean : tensor<2x4xf32>
    %v = slice.get_param @bn.var : tensor<2x4xf32>
    %n = slice.batch_norm %cl, %s, %b, %m, %v {epsilon = 1.0e-3 : f64, momentum = 0.25 : f64}
        : tensor<?x4x5x3xf32>, tensor<2x4xf32> loc("bn")
    %y = slice.block add(%n : tensor<?x4x5x3xf32>) residual(%cl : tensor<?x4x5x3xf32>)
        attributes {subnet_branches = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x4x5x3xf32>):
      %w1 = slice.get_param @b1.weight : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w1 : tensor<?x4x5x3xf32>, tensor<4x4x1x1xf32> loc("b1")
      slice.yield %o : tensor<?x4x5x3xf32>
    }, {
    ^bb0(%in: tensor<?x4x5x3xf32>):
      %w2 = slice.get_param @b2.weight : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w2 : tensor<?x4x5x3xf32>, tensor<4x4x1x1xf32> loc("b2")
      slice.yield %o : tensor<?x4x5x3xf32>
    } loc("block")
    %l1 = slice.head subnet 1 level 1 (%y : tensor<?x4x5x3xf32>) {
    ^bb0(%f: tensor<?x4x5x3xf32>):
      %g = slice.global_avg_pool %f : tensor<?x4x5x3xf32> loc("head1.gap")
      %fl = slice.flatten %g : tensor<?x4x1x1xf32> loc("head1.flatten")
      %fw = slice.get_param @head1.fc.weight : tensor<3x4xf32>
      %fb = slice.get_param @head1.fc.bias : tensor<3xf32>
      %l = slice.linear %fl, %fw, %fb : tensor<?x4xf32>, tensor<3x4xf32>, tensor<3xf32> loc("head1.fc")
      slice.yield %l : tensor<?x3xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<?x4x5x3xf32>) {
    ^bb0(%f: tensor<?x4x5x3xf32>):
      %g = slice.global_avg_pool %f : tensor<?x4x5x3xf32> loc("head2.gap")
      %fl = slice.flatten %g : tensor<?x4x1x1xf32> loc("head2.flatten")
      %fw = slice.get_param @head2.fc.weight : tensor<3x4xf32>
      %l = slice.linear %fl, %fw : tensor<?x4xf32>, tensor<3x4xf32> loc("head2.fc")
      slice.yield %l : tensor<?x3xf32>
    }
    return %l1, %l2 : tensor<?x3xf32>, tensor<?x3xf32>
  }
}
