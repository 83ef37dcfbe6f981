// RUN: slice-opt %s --split-input-file --slice-raise-branches --verify-diagnostics | FileCheck %s
// RUN: slice-opt %s --split-input-file --pass-pipeline='builtin.module(slice-raise-branches)' 2>/dev/null | FileCheck %s
// RUN: slice-opt %s --split-input-file --slice-raise-branches=cardinality=1 2>/dev/null | FileCheck %s --check-prefix=CARD1
// RUN: slice-opt %s --split-input-file --slice-raise-branches=patterns=residual,head 2>/dev/null | FileCheck %s --check-prefix=ONLY
// The raised model is a model: the verifier accepts it, and re-raising
// finds nothing new.
// RUN: slice-opt %s --split-input-file --slice-raise-branches 2>/dev/null | slice-opt --split-input-file --slice-raise-branches 2>&1 >/dev/null | FileCheck %s --check-prefix=AGAIN

// Pipelines on whole flat models (Inputs/): the raised model goes through
// the anytime passes; raising keeps every multiply-add.
// RUN: slice-opt %S/Inputs/raise-resnext.mlir --slice-raise-branches -o %t.resnext.mlir 2>/dev/null
// RUN: slice-opt %S/Inputs/raise-resnet.mlir --slice-raise-branches -o %t.resnet.mlir 2>/dev/null
// RUN: slice-opt %S/Inputs/raise-mobilenet.mlir --slice-raise-branches -o %t.mobilenet.mlir 2>&1 | FileCheck %s --check-prefix=MOBILENET-REMARKS
// RUN: slice-opt %t.resnext.mlir --inclusive=K=2 | FileCheck %s --check-prefix=INCL
// RUN: slice-opt %t.resnext.mlir --inclusive=K=2 --extract-subnet=k=2 | FileCheck %s --check-prefix=EXTRACT
// RUN: slice-opt %t.resnext.mlir --inclusive-sparse=K=2 --verify-interruptible | FileCheck %s --check-prefix=IS-RESNEXT
// RUN: slice-opt %t.resnext.mlir --inclusive-sparse=K=4 --verify-interruptible -o /dev/null
// RUN: slice-opt %t.resnet.mlir --inclusive=K=2 | FileCheck %s --check-prefix=INCL-RESNET
// RUN: slice-opt %t.resnet.mlir --inclusive-sparse=K=2 --verify-interruptible | FileCheck %s --check-prefix=IS-RESNET
// RUN: slice-opt %t.resnet.mlir --inclusive-sparse=K=4 --verify-interruptible -o /dev/null
// RUN: slice-opt %t.resnet.mlir --shallow-exits=K=2 | FileCheck %s --check-prefix=EXITS
// RUN: slice-opt %t.resnet.mlir --slice-raise-branches -o /dev/null 2>&1 | FileCheck %s --check-prefix=AGAIN-RESNET
// RUN: slice-opt %t.mobilenet.mlir --inclusive=K=2 --extract-subnet=k=1 -o /dev/null
// RUN: slice-opt %t.mobilenet.mlir --inclusive-sparse=K=2 --verify-interruptible -o /dev/null
// RUN: slice-opt %S/Inputs/raise-resnext.mlir --slice-flops=print-table=false > %t.macs.mlir
// RUN: slice-opt %t.resnext.mlir --slice-flops=print-table=false >> %t.macs.mlir
// RUN: slice-opt %S/Inputs/raise-mobilenet.mlir --slice-flops=print-table=false >> %t.macs.mlir
// RUN: slice-opt %t.mobilenet.mlir --slice-flops=print-table=false >> %t.macs.mlir
// RUN: FileCheck %s --check-prefix=MACS < %t.macs.mlir

// --slice-raise-branches: a flat (imported) graph becomes explicit blocks and
// a head computing the same function. Numerics (raised == flat, I-form
// sub-network K == raised, IS interruptible) are checked on the runtime in
// unittests/RaiseTest.cpp; here, the structure.

// AGAIN-NOT: raised {{.*}}block:
// AGAIN-NOT: raised classifier head
// AGAIN-RESNET: raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 0 candidate(s) left flat

// MACS:      module @resnext_flat attributes {{.*}}slice.macs = [[RESNEXT:[0-9]+]] : i64
// MACS:      module @resnext_flat attributes {{.*}}slice.macs = [[RESNEXT]] : i64
// MACS:      module @mobilenet_flat attributes {{.*}}slice.macs = [[MOBILENET:[0-9]+]] : i64
// MACS:      module @mobilenet_flat attributes {{.*}}slice.macs = [[MOBILENET]] : i64

// The I form of a raised ResNeXt: every block's branch sum is normalised by
// a per-sub-network BatchNorm (the inserted identity, one row per k).
// INCL:      slice.param @layer1.0.conv3.sum_bn.scale : tensor<2x16xf32> init(ones) = dense<1.000000e+00> : tensor<2x16xf32>
// INCL:      slice.param @layer1.0.conv3.bias : tensor<2x16xf32> init(zeros)
// INCL:      slice.block add(%{{.*}} : tensor<?x8x8x8xf32>) attributes {subnet_branches = array<i64: 2, 4>}
// INCL:      slice.batch_norm %{{.*}} : tensor<?x16x8x8xf32>, tensor<2x16xf32>
// INCL:      slice.head subnet 1 level 1
// INCL:      slice.head subnet 2 level 1
// Sub-network K of it, extracted: the raised model again.
// EXTRACT:   #slice.anytime<form = plain, subnets = 1>
// EXTRACT:   slice.param @layer1.0.conv3.sum_bn.scale : tensor<16xf32>
// EXTRACT:   slice.block add(%{{.*}} : tensor<?x8x8x8xf32>) {
// EXTRACT-COUNT-3: ^bb0
// EXTRACT:   slice.batch_norm %{{.*}} : tensor<?x16x8x8xf32>, tensor<16xf32>

// The IS form of a raised ResNeXt (K = 2): blocks split into 2 groups, the
// projection shortcuts block-triangular, BatchNorms shared.
// IS-RESNEXT:      #slice.anytime<form = inclusive_sparse, subnets = 2>
// IS-RESNEXT:      %[[B:.*]] = slice.block add(%{{.*}} : tensor<?x8x8x8xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 8, 8>}
// IS-RESNEXT:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
// IS-RESNEXT:      slice.batch_norm %[[B]], {{.*}} : tensor<?x16x8x8xf32>, tensor<16xf32>
// IS-RESNEXT:      slice.conv2d {{.*}}block_sparse = #slice.block_sparse<in = [8, 8], out = [16, 16], mask = [1, 0, 1, 1]>

// A raised ResNet (training-mode export): the bottleneck's shared first
// 1x1 conv precedes the block; the block's BatchNorm and the branch
// BatchNorms after block 1 become per-sub-network.
// INCL-RESNET:     %[[A:.*]] = slice.relu %{{.*}} : tensor<?x4x8x8xf32>
// INCL-RESNET:     %[[B1:.*]] = slice.block add(%[[A]] : tensor<?x4x8x8xf32>) attributes {subnet_branches = array<i64: 2, 4>}
// INCL-RESNET:     slice.batch_norm %{{.*}} : tensor<?x1x8x8xf32>, tensor<1xf32>
// INCL-RESNET:     slice.batch_norm %[[B1]], {{.*}} : tensor<?x16x8x8xf32>, tensor<2x16xf32>
// INCL-RESNET:     slice.block add({{.*}}) attributes {subnet_branches = array<i64: 4, 8>}
// INCL-RESNET:     slice.batch_norm %{{.*}} : tensor<?x2x8x8xf32>, tensor<2x2xf32>
// In the IS form, the shared 1x1 conv is dense on the stem's output (block
// 1 reads the stem) and block-triangular on the trunk's; block 1 reads
// groups of its 4 middle channels.
// IS-RESNET:       slice.block add(%{{.*}} : tensor<?x4x8x8xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 8, 8>}
// IS-RESNET:       slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x4x8x8xf32>
// IS-RESNET:       slice.conv2d {{.*}}block_sparse = #slice.block_sparse<in = [8, 8], out = [16, 16], mask = [1, 0, 1, 1]>
// Exits read a block's feature after its BatchNorm, shortcut and ReLU.
// EXITS:           slice.add
// EXITS:           %[[S:.*]] = slice.add
// EXITS-NEXT:      %[[R:.*]] = slice.relu %[[S]]
// EXITS-NEXT:      slice.head subnet 1 level 1 (%[[R]] : tensor<?x16x8x8xf32>)

// MOBILENET-REMARKS: features.3: remark: raised residual block: 8 branches (cardinality 8 over 48 middle channels)
// MOBILENET-REMARKS: features.1.project: remark: left flat (grouped): its first layer reads the model input
// MOBILENET-REMARKS: features.2.project: remark: raised grouped block: 8 branches (cardinality 8 over 24 middle channels)
// MOBILENET-REMARKS: features.4.project: remark: raised grouped block: 8 branches
// MOBILENET-REMARKS: fc: remark: raised classifier head: batch_norm conv2d clip global_avg_pool flatten linear
// MOBILENET-REMARKS: raise-branches: raised 3 block(s) (1 residual, 2 grouped, 0 mlp, 0 concat, 0 dense) and 1 head(s); 1 candidate(s) left flat

// ResNeXt block, BatchNorm folded into biases (eval-mode export): G = 2
// groups of the 3x3 conv give 2 branches, each with its rows of conv1 (and
// of its bias), one group of conv2, its input columns of conv3. conv3's
// bias moves into an inserted identity batch_norm (scale 1, mean 0,
// variance 1 - eps, eps = 2^-17) after the branch sum, so it is added once.
// CHECK-LABEL: module @resnext_folded
// CHECK:       slice.param @conv1.weight.branch1 : tensor<2x4x1x1xf32> init(msra) = dense<{{\[\[\[\[}}1.000000e+00]], {{.*}}8.000000e+00]]]]> : tensor<2x4x1x1xf32>
// CHECK-NEXT:  slice.param @conv1.weight.branch2 : tensor<2x4x1x1xf32> init(msra) = dense<{{\[\[\[\[}}9.000000e+00]], {{.*}}1.600000e+01]]]]> : tensor<2x4x1x1xf32>
// CHECK-NEXT:  slice.param @conv1.bias.branch1 : tensor<2xf32> init(zeros) = dense<[1.000000e-01, 2.000000e-01]>
// CHECK-NEXT:  slice.param @conv1.bias.branch2 : tensor<2xf32> init(zeros) = dense<[3.000000e-01, 4.000000e-01]>
// CHECK-NEXT:  slice.param @conv2.weight.branch1 : tensor<2x2x3x3xf32> init(msra){{$}}
// CHECK:       slice.param @conv3.sum_bn.scale : tensor<4xf32> init(ones) = dense<1.000000e+00> : tensor<4xf32>
// CHECK-NEXT:  slice.param @conv3.sum_bn.mean : tensor<4xf32> init(zeros) buffer = dense<0.000000e+00> : tensor<4xf32>
// CHECK-NEXT:  slice.param @conv3.sum_bn.var : tensor<4xf32> init(ones) buffer = dense<0.99999237> : tensor<4xf32>
// Columns 0-1 and 2-3 of conv3.
// CHECK-NEXT:  slice.param @conv3.weight.branch1 : tensor<4x2x1x1xf32> init(msra) = dense<{{\[\[\[\[}}1.000000e+00]], {{\[\[}}2.000000e+00]]], {{\[\[\[}}5.000000e+00]], {{\[\[}}6.000000e+00]]],
// CHECK-NEXT:  slice.param @conv3.weight.branch2 : tensor<4x2x1x1xf32> init(msra) = dense<{{\[\[\[\[}}3.000000e+00]], {{\[\[}}4.000000e+00]]], {{\[\[\[}}7.000000e+00]], {{\[\[}}8.000000e+00]]],
// CHECK-NEXT:  slice.param @conv3.bias : tensor<4xf32>
// CHECK-NOT:   slice.param @conv1.weight :
// CHECK:       %[[S:.*]] = slice.relu
// CHECK-NEXT:  %[[Y:.*]] = slice.block add(%[[S]] : tensor<?x4x8x8xf32>) {
// CHECK-NEXT:  ^bb0(%[[IN:.*]]: tensor<?x4x8x8xf32>):
// CHECK-NEXT:    %[[W1:.*]] = slice.get_param @conv1.weight.branch1 : tensor<2x4x1x1xf32>
// CHECK-NEXT:    %[[B1:.*]] = slice.get_param @conv1.bias.branch1 : tensor<2xf32>
// CHECK-NEXT:    %[[C1:.*]] = slice.conv2d %[[IN]], %[[W1]], %[[B1]] : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>, tensor<2xf32>
// CHECK-NEXT:    %[[R1:.*]] = slice.relu %[[C1]] : tensor<?x2x8x8xf32>
// CHECK-NEXT:    %[[W2:.*]] = slice.get_param @conv2.weight.branch1 : tensor<2x2x3x3xf32>
// CHECK-NEXT:    %[[B2:.*]] = slice.get_param @conv2.bias.branch1 : tensor<2xf32>
// CHECK-NEXT:    %[[C2:.*]] = slice.conv2d %[[R1]], %[[W2]], %[[B2]] {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<2x2x3x3xf32>, tensor<2xf32>
// CHECK-NEXT:    %[[R2:.*]] = slice.relu %[[C2]] : tensor<?x2x8x8xf32>
// CHECK-NEXT:    %[[W3:.*]] = slice.get_param @conv3.weight.branch1 : tensor<4x2x1x1xf32>
// CHECK-NEXT:    %[[C3:.*]] = slice.conv2d %[[R2]], %[[W3]] : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
// CHECK-NEXT:    slice.yield %[[C3]] : tensor<?x4x8x8xf32>
// CHECK-NEXT:  }, {
// CHECK:         slice.get_param @conv3.weight.branch2
// CHECK:       {{^ *}}}{{$}}
// CHECK-NEXT:  %[[ONE:.*]] = slice.get_param @conv3.sum_bn.scale : tensor<4xf32>
// CHECK-NEXT:  %[[BIAS:.*]] = slice.get_param @conv3.bias : tensor<4xf32>
// CHECK-NEXT:  %[[ZERO:.*]] = slice.get_param @conv3.sum_bn.mean : tensor<4xf32>
// CHECK-NEXT:  %[[VAR:.*]] = slice.get_param @conv3.sum_bn.var : tensor<4xf32>
// CHECK-NEXT:  %[[N:.*]] = slice.batch_norm %[[Y]], %[[ONE]], %[[BIAS]], %[[ZERO]], %[[VAR]] {epsilon = 7.62939453125E-6 : f64} : tensor<?x4x8x8xf32>, tensor<4xf32>
// CHECK-NEXT:  %[[SUM:.*]] = slice.add %[[N]], %[[S]] : tensor<?x4x8x8xf32>
// The classifier tail becomes the head.
// CHECK-NEXT:  %[[H:.*]] = slice.head subnet 1 level 1 (%[[SUM]] : tensor<?x4x8x8xf32>) {
// CHECK-NEXT:  ^bb0(%[[F:.*]]: tensor<?x4x8x8xf32>):
// CHECK-NEXT:    slice.relu %[[F]]
// CHECK-NEXT:    slice.global_avg_pool
// CHECK-NEXT:    slice.flatten
// CHECK-NEXT:    slice.get_param @fc.weight
// CHECK-NEXT:    slice.get_param @fc.bias
// CHECK-NEXT:    slice.linear
// CHECK-NEXT:    slice.yield
// CHECK-NEXT:  }
// CHECK-NEXT:  return %[[H]] : tensor<?x10xf32>
// CARD1-LABEL: module @resnext_folded
// CARD1:       slice.block add
// ONLY-LABEL:  module @resnext_folded
// ONLY:        slice.block add
// ONLY:        slice.head

module @resnext_folded attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @stem.weight : tensor<4x3x3x3xf32> init(msra)
  slice.param @conv1.weight : tensor<4x4x1x1xf32> init(msra) = dense<[[[[1.0]], [[2.0]], [[3.0]], [[4.0]]], [[[5.0]], [[6.0]], [[7.0]], [[8.0]]], [[[9.0]], [[10.0]], [[11.0]], [[12.0]]], [[[13.0]], [[14.0]], [[15.0]], [[16.0]]]]> : tensor<4x4x1x1xf32>
  slice.param @conv1.bias : tensor<4xf32> init(zeros) = dense<[0.1, 0.2, 0.3, 0.4]> : tensor<4xf32>
  slice.param @conv2.weight : tensor<4x2x3x3xf32> init(msra)
  slice.param @conv2.bias : tensor<4xf32> init(zeros)
  slice.param @conv3.weight : tensor<4x4x1x1xf32> init(msra) = dense<[[[[1.0]], [[2.0]], [[3.0]], [[4.0]]], [[[5.0]], [[6.0]], [[7.0]], [[8.0]]], [[[9.0]], [[10.0]], [[11.0]], [[12.0]]], [[[13.0]], [[14.0]], [[15.0]], [[16.0]]]]> : tensor<4x4x1x1xf32>
  slice.param @conv3.bias : tensor<4xf32> init(zeros) = dense<[0.5, 0.6, 0.7, 0.8]> : tensor<4xf32>
  slice.param @fc.weight : tensor<10x4xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  // expected-remark @below {{raise-branches: raised 1 block(s) (1 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 1 head(s); 0 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x10xf32> {
    %w0 = slice.get_param @stem.weight : tensor<4x3x3x3xf32>
    %s0 = slice.conv2d %x, %w0 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>
    %s = slice.relu %s0 : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @conv1.weight : tensor<4x4x1x1xf32>
    %b1 = slice.get_param @conv1.bias : tensor<4xf32>
    %a0 = slice.conv2d %s, %w1, %b1 : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>, tensor<4xf32>
    %a = slice.relu %a0 : tensor<?x4x8x8xf32>
    %w2 = slice.get_param @conv2.weight : tensor<4x2x3x3xf32>
    %b2 = slice.get_param @conv2.bias : tensor<4xf32>
    %c0 = slice.conv2d %a, %w2, %b2 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<4x2x3x3xf32>, tensor<4xf32>
    %c = slice.relu %c0 : tensor<?x4x8x8xf32>
    %w3 = slice.get_param @conv3.weight : tensor<4x4x1x1xf32>
    %b3 = slice.get_param @conv3.bias : tensor<4xf32>
    %o = slice.conv2d %c, %w3, %b3 : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>, tensor<4xf32>
    // expected-remark @below {{raised residual block: 2 branches (the groups of its grouped convolution), identity batch_norm adds the last layer's bias, then the shortcut}}
    %sum = slice.add %o, %s : tensor<?x4x8x8xf32>
    %y = slice.relu %sum : tensor<?x4x8x8xf32>
    %g = slice.global_avg_pool %y : tensor<?x4x8x8xf32>
    %f = slice.flatten %g : tensor<?x4x1x1xf32>
    %wf = slice.get_param @fc.weight : tensor<10x4xf32>
    %bf = slice.get_param @fc.bias : tensor<10xf32>
    // expected-remark @below {{raised classifier head: relu global_avg_pool flatten linear}}
    %l = slice.linear %f, %wf, %bf : tensor<?x4xf32>, tensor<10x4xf32>, tensor<10xf32>
    return %l : tensor<?x10xf32>
  }
}


// -----

// ResNet bottleneck with projection, BatchNorm kept (training-mode export).
// The dense 3x3 conv cannot be split with the 1x1 conv before it: conv1
// (+bn1, relu) stays shared in front of the block; conv2-bn2-relu-conv3 is
// the two-layer block y = V relu(U a), cardinality 8 over 2 middle channels
// giving 2 branches. bn3 normalises the branch sum, so it follows the
// block, then the projection shortcut is added.
// CHECK-LABEL: module @resnet_bottleneck
// CHECK:       slice.param @bn2.var.branch1 : tensor<1xf32> init(ones) buffer = dense<2.000000e+00> : tensor<1xf32>
// CHECK-NEXT:  slice.param @bn2.var.branch2 : tensor<1xf32> init(ones) buffer = dense<3.000000e+00> : tensor<1xf32>
// CHECK:       %[[C1:.*]] = slice.conv2d %arg0, %{{.*}} : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
// CHECK:       %[[N1:.*]] = slice.batch_norm %[[C1]]
// CHECK-NEXT:  %[[A:.*]] = slice.relu %[[N1]] : tensor<?x2x8x8xf32>
// CHECK:       %[[SC:.*]] = slice.batch_norm %{{.*}} : tensor<?x16x4x4xf32>, tensor<16xf32>
// CHECK-NEXT:  %[[Y:.*]] = slice.block add(%[[A]] : tensor<?x2x8x8xf32>) {
// CHECK-NEXT:  ^bb0(%[[IN:.*]]: tensor<?x2x8x8xf32>):
// CHECK-NEXT:    %[[W2:.*]] = slice.get_param @conv2.weight.branch1 : tensor<1x2x3x3xf32>
// CHECK-NEXT:    %[[C2:.*]] = slice.conv2d %[[IN]], %[[W2]] {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : tensor<?x2x8x8xf32>, tensor<1x2x3x3xf32>
// CHECK-NEXT:    slice.get_param @bn2.scale.branch1 : tensor<1xf32>
// CHECK-NEXT:    slice.get_param @bn2.bias.branch1 : tensor<1xf32>
// CHECK-NEXT:    slice.get_param @bn2.mean.branch1 : tensor<1xf32>
// CHECK-NEXT:    slice.get_param @bn2.var.branch1 : tensor<1xf32>
// CHECK-NEXT:    %[[N2:.*]] = slice.batch_norm %[[C2]], {{.*}} : tensor<?x1x4x4xf32>, tensor<1xf32>
// CHECK-NEXT:    %[[R2:.*]] = slice.relu %[[N2]] : tensor<?x1x4x4xf32>
// CHECK-NEXT:    %[[W3:.*]] = slice.get_param @conv3.weight.branch1 : tensor<16x1x1x1xf32>
// CHECK-NEXT:    %[[C3:.*]] = slice.conv2d %[[R2]], %[[W3]] : tensor<?x1x4x4xf32>, tensor<16x1x1x1xf32>
// CHECK-NEXT:    slice.yield %[[C3]] : tensor<?x16x4x4xf32>
// CHECK-NEXT:  }, {
// CHECK:         slice.get_param @conv3.weight.branch2 : tensor<16x1x1x1xf32>
// CHECK:       {{^ *}}}{{$}}
// CHECK-NEXT:  %[[N3:.*]] = slice.batch_norm %[[Y]], {{.*}} : tensor<?x16x4x4xf32>, tensor<16xf32>
// CHECK-NEXT:  %[[SUM:.*]] = slice.add %[[N3]], %[[SC]] : tensor<?x16x4x4xf32>
// CHECK-NEXT:  slice.head subnet 1 level 1 (%[[SUM]] : tensor<?x16x4x4xf32>)
// With cardinality 1 there is nothing to split (and no head without a
// block).
// CARD1-LABEL: module @resnet_bottleneck
// CARD1-NOT:   slice.block
// CARD1-NOT:   slice.head

module @resnet_bottleneck attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<2x8x1x1xf32> init(msra)
  slice.param @bn1.scale : tensor<2xf32> init(ones)
  slice.param @bn1.bias : tensor<2xf32> init(zeros)
  slice.param @bn1.mean : tensor<2xf32> init(zeros) buffer
  slice.param @bn1.var : tensor<2xf32> init(ones) buffer
  slice.param @conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @bn2.scale : tensor<2xf32> init(ones)
  slice.param @bn2.bias : tensor<2xf32> init(zeros)
  slice.param @bn2.mean : tensor<2xf32> init(zeros) buffer
  slice.param @bn2.var : tensor<2xf32> init(ones) buffer = dense<[2.0, 3.0]> : tensor<2xf32>
  slice.param @conv3.weight : tensor<16x2x1x1xf32> init(msra)
  slice.param @bn3.scale : tensor<16xf32> init(ones)
  slice.param @bn3.bias : tensor<16xf32> init(zeros)
  slice.param @bn3.mean : tensor<16xf32> init(zeros) buffer
  slice.param @bn3.var : tensor<16xf32> init(ones) buffer
  slice.param @down.weight : tensor<16x8x1x1xf32> init(msra)
  slice.param @down.bn.scale : tensor<16xf32> init(ones)
  slice.param @down.bn.bias : tensor<16xf32> init(zeros)
  slice.param @down.bn.mean : tensor<16xf32> init(zeros) buffer
  slice.param @down.bn.var : tensor<16xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x16xf32> init(uniform)
  // expected-remark @below {{raise-branches: raised 1 block(s) (1 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 1 head(s); 0 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x10xf32> {
    %w1 = slice.get_param @conv1.weight : tensor<2x8x1x1xf32>
    %c1 = slice.conv2d %x, %w1 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
    %s1 = slice.get_param @bn1.scale : tensor<2xf32>
    %b1 = slice.get_param @bn1.bias : tensor<2xf32>
    %m1 = slice.get_param @bn1.mean : tensor<2xf32>
    %v1 = slice.get_param @bn1.var : tensor<2xf32>
    %n1 = slice.batch_norm %c1, %s1, %b1, %m1, %v1 : tensor<?x2x8x8xf32>, tensor<2xf32>
    %a = slice.relu %n1 : tensor<?x2x8x8xf32>
    %w2 = slice.get_param @conv2.weight : tensor<2x2x3x3xf32>
    %c2 = slice.conv2d %a, %w2 {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<2x2x3x3xf32>
    %s2 = slice.get_param @bn2.scale : tensor<2xf32>
    %b2 = slice.get_param @bn2.bias : tensor<2xf32>
    %m2 = slice.get_param @bn2.mean : tensor<2xf32>
    %v2 = slice.get_param @bn2.var : tensor<2xf32>
    %n2 = slice.batch_norm %c2, %s2, %b2, %m2, %v2 : tensor<?x2x4x4xf32>, tensor<2xf32>
    %r2 = slice.relu %n2 : tensor<?x2x4x4xf32>
    %w3 = slice.get_param @conv3.weight : tensor<16x2x1x1xf32>
    %c3 = slice.conv2d %r2, %w3 : tensor<?x2x4x4xf32>, tensor<16x2x1x1xf32>
    %s3 = slice.get_param @bn3.scale : tensor<16xf32>
    %b3 = slice.get_param @bn3.bias : tensor<16xf32>
    %m3 = slice.get_param @bn3.mean : tensor<16xf32>
    %v3 = slice.get_param @bn3.var : tensor<16xf32>
    %n3 = slice.batch_norm %c3, %s3, %b3, %m3, %v3 : tensor<?x16x4x4xf32>, tensor<16xf32>
    %wd = slice.get_param @down.weight : tensor<16x8x1x1xf32>
    %cd = slice.conv2d %x, %wd {strides = array<i64: 2, 2>} : tensor<?x8x8x8xf32>, tensor<16x8x1x1xf32>
    %sd = slice.get_param @down.bn.scale : tensor<16xf32>
    %bd = slice.get_param @down.bn.bias : tensor<16xf32>
    %md = slice.get_param @down.bn.mean : tensor<16xf32>
    %vd = slice.get_param @down.bn.var : tensor<16xf32>
    %nd = slice.batch_norm %cd, %sd, %bd, %md, %vd : tensor<?x16x4x4xf32>, tensor<16xf32>
    // expected-remark @below {{raised residual block: 2 branches (cardinality 8 over 2 middle channels), batch_norm after the branch sum, then the shortcut}}
    %sum = slice.add %n3, %nd : tensor<?x16x4x4xf32>
    %y = slice.relu %sum : tensor<?x16x4x4xf32>
    %g = slice.global_avg_pool %y : tensor<?x16x4x4xf32>
    %f = slice.flatten %g : tensor<?x16x1x1xf32>
    %wf = slice.get_param @fc.weight : tensor<10x16xf32>
    // expected-remark @below {{raised classifier head: relu global_avg_pool flatten linear}}
    %l = slice.linear %f, %wf : tensor<?x16xf32>, tensor<10x16xf32>
    return %l : tensor<?x10xf32>
  }
}


// -----

// A basic block without BatchNorm or biases: the shortcut becomes the
// block's residual, the ReLU after the sum goes into the head.
// CHECK-LABEL: module @basic_plain
// CARD1-LABEL: module @basic_plain
// CHECK:       %[[P:.*]] = slice.relu %arg0
// CHECK-NEXT:  %[[Y:.*]] = slice.block add(%[[P]] : tensor<?x4x8x8xf32>) residual(%[[P]] : tensor<?x4x8x8xf32>) {
// CHECK:         slice.get_param @conv1.weight.branch1 : tensor<1x4x3x3xf32>
// CHECK:         slice.get_param @conv2.weight.branch1 : tensor<4x1x3x3xf32>
// CHECK:       }, {
// CHECK:         slice.get_param @conv1.weight.branch2 : tensor<1x4x3x3xf32>
// CHECK:         slice.get_param @conv2.weight.branch2 : tensor<4x1x3x3xf32>
// CHECK:       {{^ *}}}{{$}}
// CHECK-NEXT:  slice.head subnet 1 level 1 (%[[Y]] : tensor<?x4x8x8xf32>)

module @basic_plain attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<2x4x3x3xf32> init(msra)
  slice.param @conv2.weight : tensor<4x2x3x3xf32> init(msra)
  slice.param @fc.weight : tensor<10x4xf32> init(uniform)
  // expected-remark @below {{raise-branches: raised 1 block(s) (1 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 1 head(s); 0 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @conv1.weight : tensor<2x4x3x3xf32>
    %c1 = slice.conv2d %p, %w1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<2x4x3x3xf32>
    %a = slice.relu %c1 : tensor<?x2x8x8xf32>
    %w2 = slice.get_param @conv2.weight : tensor<4x2x3x3xf32>
    %c2 = slice.conv2d %a, %w2 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<4x2x3x3xf32>
    // expected-remark @below {{raised residual block: 2 branches (cardinality 8 over 2 middle channels), the shortcut is its residual}}
    %sum = slice.add %p, %c2 : tensor<?x4x8x8xf32>
    %y = slice.relu %sum : tensor<?x4x8x8xf32>
    %g = slice.global_avg_pool %y : tensor<?x4x8x8xf32>
    %f = slice.flatten %g : tensor<?x4x1x1xf32>
    %wf = slice.get_param @fc.weight : tensor<10x4xf32>
    // expected-remark @below {{raised classifier head: relu global_avg_pool flatten linear}}
    %l = slice.linear %f, %wf : tensor<?x4xf32>, tensor<10x4xf32>
    return %l : tensor<?x10xf32>
  }
}


// -----

// MobileNetV2 (BatchNorm folded, ReLU6): an inverted residual and a
// strided block without one, each split by groups of its 2 expanded
// channels (the depthwise conv keeps one group per channel in a branch).
// The second block's identity batch_norm goes into the head.
// CHECK-LABEL: module @mobilenet
// CHECK:       %[[S:.*]] = slice.clip
// CHECK-NEXT:  %[[Y:.*]] = slice.block add(%[[S]] : tensor<?x4x8x8xf32>) {
// CHECK:         slice.conv2d %{{.*}} : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>, tensor<1xf32>
// CHECK:         slice.conv2d %{{.*}} {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x8x8xf32>, tensor<1x1x3x3xf32>, tensor<1xf32>
// CHECK:         slice.conv2d %{{.*}} : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
// CHECK:       %[[N:.*]] = slice.batch_norm %[[Y]], {{.*}} {epsilon = 7.62939453125E-6 : f64}
// CHECK-NEXT:  %[[SUM:.*]] = slice.add %[[S]], %[[N]] : tensor<?x4x8x8xf32>
// CHECK-NEXT:  %[[Y2:.*]] = slice.block add(%[[SUM]] : tensor<?x4x8x8xf32>) {
// CHECK:         slice.conv2d %{{.*}} {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : tensor<?x1x8x8xf32>, tensor<1x1x3x3xf32>, tensor<1xf32>
// CHECK:         slice.yield %{{.*}} : tensor<?x6x4x4xf32>
// CHECK:       slice.head subnet 1 level 1 (%[[Y2]] : tensor<?x6x4x4xf32>) {
// CHECK-NEXT:  ^bb0(%[[F:.*]]: tensor<?x6x4x4xf32>):
// CHECK:         slice.batch_norm %[[F]], {{.*}} {epsilon = 7.62939453125E-6 : f64}
// Only residual sums and heads: the strided block stays flat.
// ONLY-LABEL:  module @mobilenet
// ONLY:        slice.block add
// ONLY-NOT:    slice.block
// ONLY:        slice.head

module @mobilenet attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @stem.weight : tensor<4x3x3x3xf32> init(msra)
  slice.param @stem.bias : tensor<4xf32> init(zeros)
  slice.param @a.expand.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @a.expand.bias : tensor<2xf32> init(zeros)
  slice.param @a.dw.weight : tensor<2x1x3x3xf32> init(msra)
  slice.param @a.dw.bias : tensor<2xf32> init(zeros)
  slice.param @a.project.weight : tensor<4x2x1x1xf32> init(msra)
  slice.param @a.project.bias : tensor<4xf32> init(zeros)
  slice.param @b.expand.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @b.expand.bias : tensor<2xf32> init(zeros)
  slice.param @b.dw.weight : tensor<2x1x3x3xf32> init(msra)
  slice.param @b.dw.bias : tensor<2xf32> init(zeros)
  slice.param @b.project.weight : tensor<6x2x1x1xf32> init(msra)
  slice.param @b.project.bias : tensor<6xf32> init(zeros)
  slice.param @fc.weight : tensor<10x6xf32> init(uniform)
  // expected-remark @below {{raise-branches: raised 2 block(s) (1 residual, 1 grouped, 0 mlp, 0 concat, 0 dense) and 1 head(s); 0 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x10xf32> {
    %w0 = slice.get_param @stem.weight : tensor<4x3x3x3xf32>
    %b0 = slice.get_param @stem.bias : tensor<4xf32>
    %c0 = slice.conv2d %x, %w0, %b0 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<4xf32>
    %s = slice.clip %c0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x4x8x8xf32>
    %we = slice.get_param @a.expand.weight : tensor<2x4x1x1xf32>
    %be = slice.get_param @a.expand.bias : tensor<2xf32>
    %e0 = slice.conv2d %s, %we, %be : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>, tensor<2xf32>
    %e = slice.clip %e0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x2x8x8xf32>
    %wd = slice.get_param @a.dw.weight : tensor<2x1x3x3xf32>
    %bd = slice.get_param @a.dw.bias : tensor<2xf32>
    %d0 = slice.conv2d %e, %wd, %bd {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<2x1x3x3xf32>, tensor<2xf32>
    %d = slice.clip %d0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x2x8x8xf32>
    %wp = slice.get_param @a.project.weight : tensor<4x2x1x1xf32>
    %bp = slice.get_param @a.project.bias : tensor<4xf32>
    %p = slice.conv2d %d, %wp, %bp : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>, tensor<4xf32>
    // expected-remark @below {{raised residual block: 2 branches (cardinality 8 over 2 middle channels), identity batch_norm adds the last layer's bias, then the shortcut}}
    %y = slice.add %s, %p : tensor<?x4x8x8xf32>
    %we2 = slice.get_param @b.expand.weight : tensor<2x4x1x1xf32>
    %be2 = slice.get_param @b.expand.bias : tensor<2xf32>
    %e20 = slice.conv2d %y, %we2, %be2 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>, tensor<2xf32>
    %e2 = slice.clip %e20 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x2x8x8xf32>
    %wd2 = slice.get_param @b.dw.weight : tensor<2x1x3x3xf32>
    %bd2 = slice.get_param @b.dw.bias : tensor<2xf32>
    %d20 = slice.conv2d %e2, %wd2, %bd2 {groups = 2 : i64, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<2x1x3x3xf32>, tensor<2xf32>
    %d2 = slice.clip %d20 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x2x4x4xf32>
    %wp2 = slice.get_param @b.project.weight : tensor<6x2x1x1xf32>
    %bp2 = slice.get_param @b.project.bias : tensor<6xf32>
    // expected-remark @below {{raised grouped block: 2 branches (cardinality 8 over 2 middle channels), identity batch_norm adds the last layer's bias}}
    %p2 = slice.conv2d %d2, %wp2, %bp2 : tensor<?x2x4x4xf32>, tensor<6x2x1x1xf32>, tensor<6xf32>
    %g = slice.global_avg_pool %p2 : tensor<?x6x4x4xf32>
    %f = slice.flatten %g : tensor<?x6x1x1xf32>
    %wf = slice.get_param @fc.weight : tensor<10x6xf32>
    // expected-remark @below {{raised classifier head: batch_norm global_avg_pool flatten linear}}
    %l = slice.linear %f, %wf : tensor<?x6xf32>, tensor<10x6xf32>
    return %l : tensor<?x10xf32>
  }
}


// -----

// Inception paths from one input (one holding an Inception-v3 style nested
// concat, one an avg_pool, one a bare max_pool) and a SqueezeNet fire
// module: concat blocks, one region per path, ops moved as they are. The
// bare max_pool passes the input's channels through: it is the residual,
// computed in front of the block.
// CHECK-LABEL: module @inception
// CHECK:       %[[S:.*]] = slice.relu %arg0
// CHECK-NEXT:  %[[MP:.*]] = slice.max_pool %[[S]]
// CHECK-NEXT:  %[[B:.*]] = slice.block concat(%[[S]] : tensor<?x4x8x8xf32>) residual(%[[MP]] : tensor<?x4x8x8xf32>) {
// CHECK:         slice.get_param @b1.weight
// CHECK:         slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// CHECK-NEXT:  }, {
// CHECK:         slice.get_param @b2.weight
// CHECK:         %[[IN:.*]] = slice.concat %{{.*}}, %{{.*}} : tensor<?x2x8x8xf32>, tensor<?x2x8x8xf32>
// CHECK-NEXT:    slice.yield %[[IN]] : tensor<?x4x8x8xf32>
// CHECK-NEXT:  }, {
// CHECK-NEXT:  ^bb0(%[[A:.*]]: tensor<?x4x8x8xf32>):
// CHECK-NEXT:    slice.avg_pool %[[A]] {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>}
// CHECK:         slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// CHECK-NEXT:  }
// CHECK-NEXT:  slice.get_param @squeeze.weight
// CHECK-NEXT:  slice.conv2d %[[B]], {{.*}} : tensor<?x12x8x8xf32>
// CHECK:       %[[Q:.*]] = slice.relu
// CHECK-NEXT:  %[[FIRE:.*]] = slice.block concat(%[[Q]] : tensor<?x2x8x8xf32>) {
// CHECK:       slice.head subnet 1 level 1 (%[[FIRE]] : tensor<?x8x8x8xf32>)
// ONLY-LABEL:  module @inception
// ONLY-NOT:    slice.block
// ONLY-NOT:    slice.head

module @inception attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2x.weight : tensor<2x2x1x3xf32> init(msra)
  slice.param @b2y.weight : tensor<2x2x3x1xf32> init(msra)
  slice.param @b3.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @squeeze.weight : tensor<2x12x1x1xf32> init(msra)
  slice.param @e1.weight : tensor<4x2x1x1xf32> init(msra)
  slice.param @e3.weight : tensor<4x2x3x3xf32> init(msra)
  slice.param @fc.weight : tensor<10x8xf32> init(uniform)
  // expected-remark @below {{raise-branches: raised 2 block(s) (0 residual, 0 grouped, 0 mlp, 2 concat, 0 dense) and 1 head(s); 0 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %s = slice.relu %x : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @b1.weight : tensor<2x4x1x1xf32>
    %c1 = slice.conv2d %s, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %p1 = slice.relu %c1 : tensor<?x2x8x8xf32>
    %w2 = slice.get_param @b2.weight : tensor<2x4x1x1xf32>
    %c2 = slice.conv2d %s, %w2 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %a2 = slice.relu %c2 : tensor<?x2x8x8xf32>
    %w2x = slice.get_param @b2x.weight : tensor<2x2x1x3xf32>
    %c2x = slice.conv2d %a2, %w2x {padding = array<i64: 0, 1, 0, 1>} : tensor<?x2x8x8xf32>, tensor<2x2x1x3xf32>
    %w2y = slice.get_param @b2y.weight : tensor<2x2x3x1xf32>
    %c2y = slice.conv2d %a2, %w2y {padding = array<i64: 1, 0, 1, 0>} : tensor<?x2x8x8xf32>, tensor<2x2x3x1xf32>
    %p2 = slice.concat %c2x, %c2y : tensor<?x2x8x8xf32>, tensor<?x2x8x8xf32>
    %ap = slice.avg_pool %s {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, count_include_pad = true} : tensor<?x4x8x8xf32>
    %w3 = slice.get_param @b3.weight : tensor<2x4x1x1xf32>
    %p3 = slice.conv2d %ap, %w3 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %p4 = slice.max_pool %s {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>
    // expected-remark @below {{raised concat block: 3 parallel paths from one input; the pass-through path (max_pool of the input) is its residual, first in the result}}
    %cat = slice.concat %p1, %p2, %p3, %p4 : tensor<?x2x8x8xf32>, tensor<?x4x8x8xf32>, tensor<?x2x8x8xf32>, tensor<?x4x8x8xf32>
    %wq = slice.get_param @squeeze.weight : tensor<2x12x1x1xf32>
    %cq = slice.conv2d %cat, %wq : tensor<?x12x8x8xf32>, tensor<2x12x1x1xf32>
    %q = slice.relu %cq : tensor<?x2x8x8xf32>
    %we1 = slice.get_param @e1.weight : tensor<4x2x1x1xf32>
    %ce1 = slice.conv2d %q, %we1 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
    %r1 = slice.relu %ce1 : tensor<?x4x8x8xf32>
    %we3 = slice.get_param @e3.weight : tensor<4x2x3x3xf32>
    %ce3 = slice.conv2d %q, %we3 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<4x2x3x3xf32>
    %r3 = slice.relu %ce3 : tensor<?x4x8x8xf32>
    // expected-remark @below {{raised concat block: 2 parallel paths from one input}}
    %fire = slice.concat %r1, %r3 : tensor<?x4x8x8xf32>, tensor<?x4x8x8xf32>
    %g = slice.global_avg_pool %fire : tensor<?x8x8x8xf32>
    %f = slice.flatten %g : tensor<?x8x1x1xf32>
    %wf = slice.get_param @fc.weight : tensor<10x8xf32>
    // expected-remark @below {{raised classifier head: global_avg_pool flatten linear}}
    %l = slice.linear %f, %wf : tensor<?x8xf32>, tensor<10x8xf32>
    return %l : tensor<?x10xf32>
  }
}


// -----

// Inception-v3's E block as the ONNX export gives it: the nested concats
// flattened into one of 4 operands, two of which read one shared
// intermediate %a. Those two form one path that computes %a and
// concatenates them; the max_pool is the residual: 2 regions.
// CHECK-LABEL: module @inception_e
// CHECK:       %[[S:.*]] = slice.relu %arg0
// CHECK-NEXT:  %[[MP:.*]] = slice.max_pool %[[S]]
// CHECK-NEXT:  slice.block concat(%[[S]] : tensor<?x4x8x8xf32>) residual(%[[MP]] : tensor<?x4x8x8xf32>) {
// CHECK:         slice.get_param @b1.weight
// CHECK:       }, {
// CHECK-NEXT:  ^bb0(%[[IN:.*]]: tensor<?x4x8x8xf32>):
// CHECK-NEXT:    %[[W:.*]] = slice.get_param @b2.weight
// CHECK-NEXT:    %[[C:.*]] = slice.conv2d %[[IN]], %[[W]]
// CHECK-NEXT:    %[[A:.*]] = slice.relu %[[C]]
// CHECK:         %[[X:.*]] = slice.conv2d %[[A]], {{.*}} tensor<2x2x1x3xf32>
// CHECK:         %[[Y:.*]] = slice.conv2d %[[A]], {{.*}} tensor<2x2x3x1xf32>
// CHECK-NEXT:    %[[CAT:.*]] = slice.concat %[[X]], %[[Y]] : tensor<?x2x8x8xf32>, tensor<?x2x8x8xf32>
// CHECK-NEXT:    slice.yield %[[CAT]] : tensor<?x4x8x8xf32>
// CHECK-NEXT:  }
// CHECK-NEXT:  slice.head
module @inception_e attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2x.weight : tensor<2x2x1x3xf32> init(msra)
  slice.param @b2y.weight : tensor<2x2x3x1xf32> init(msra)
  slice.param @fc.weight : tensor<10x10xf32> init(uniform)
  // expected-remark @below {{raise-branches: raised 1 block(s) (0 residual, 0 grouped, 0 mlp, 1 concat, 0 dense) and 1 head(s); 0 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %s = slice.relu %x : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @b1.weight : tensor<2x4x1x1xf32>
    %p1 = slice.conv2d %s, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %w2 = slice.get_param @b2.weight : tensor<2x4x1x1xf32>
    %c2 = slice.conv2d %s, %w2 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %a = slice.relu %c2 : tensor<?x2x8x8xf32>
    %wx = slice.get_param @b2x.weight : tensor<2x2x1x3xf32>
    %px = slice.conv2d %a, %wx {padding = array<i64: 0, 1, 0, 1>} : tensor<?x2x8x8xf32>, tensor<2x2x1x3xf32>
    %wy = slice.get_param @b2y.weight : tensor<2x2x3x1xf32>
    %py = slice.conv2d %a, %wy {padding = array<i64: 1, 0, 1, 0>} : tensor<?x2x8x8xf32>, tensor<2x2x3x1xf32>
    %pm = slice.max_pool %s {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>
    // expected-remark @below {{raised concat block: 2 parallel paths from one input (4 concat operands; paths sharing a value concatenate theirs); the pass-through path (max_pool of the input) is its residual, first in the result}}
    %cat = slice.concat %p1, %px, %py, %pm : tensor<?x2x8x8xf32>, tensor<?x2x8x8xf32>, tensor<?x2x8x8xf32>, tensor<?x4x8x8xf32>
    %g = slice.global_avg_pool %cat : tensor<?x10x8x8xf32>
    %f = slice.flatten %g : tensor<?x10x1x1xf32>
    %wf = slice.get_param @fc.weight : tensor<10x10xf32>
    // expected-remark @below {{raised classifier head: global_avg_pool flatten linear}}
    %l = slice.linear %f, %wf : tensor<?x10xf32>, tensor<10x10xf32>
    return %l : tensor<?x10xf32>
  }
}

// -----

// DenseNet as exported: every layer concatenates all earlier features
// (even just one). concat(x0, x1, x2) is re-associated to
// concat(concat(x0, x1), x2) and concat(x0) folds away; each layer
// becomes concat(x, F(x)): a concat block with residual(x) whose branches
// are the output rows of F's last conv (2 new features: 2 branches), reading
// F's shared front (BN-ReLU), which stays in front of the block.
// CHECK-LABEL: module @densenet
// ONLY-LABEL:  module @densenet
// CHECK:       slice.param @l1.conv.weight.branch1 : tensor<1x4x3x3xf32>
// CHECK-NEXT:  slice.param @l1.conv.weight.branch2 : tensor<1x4x3x3xf32>
// CHECK:       %[[X0:.*]] = slice.relu %arg0
// CHECK:       %[[N1:.*]] = slice.batch_norm %[[X0]]
// CHECK-NEXT:  %[[R1:.*]] = slice.relu %[[N1]]
// CHECK-NEXT:  %[[Y1:.*]] = slice.block concat(%[[R1]] : tensor<?x4x8x8xf32>) residual(%[[X0]] : tensor<?x4x8x8xf32>) {
// CHECK:         slice.get_param @l1.conv.weight.branch1
// CHECK:         slice.yield %{{.*}} : tensor<?x1x8x8xf32>
// CHECK-NEXT:  }, {
// CHECK:         slice.get_param @l1.conv.weight.branch2
// CHECK:         slice.yield %{{.*}} : tensor<?x1x8x8xf32>
// CHECK-NEXT:  }
// CHECK:       %[[N2:.*]] = slice.batch_norm %[[Y1]]
// CHECK-NEXT:  %[[R2:.*]] = slice.relu %[[N2]]
// CHECK-NEXT:  %[[Y2:.*]] = slice.block concat(%[[R2]] : tensor<?x6x8x8xf32>) residual(%[[Y1]] : tensor<?x6x8x8xf32>) {
// CHECK:         slice.get_param @l2.conv.weight.branch1
// CHECK:       slice.head subnet 1 level 1 (%[[Y2]] : tensor<?x8x8x8xf32>)

module @densenet attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @l1.bn.scale : tensor<4xf32> init(ones)
  slice.param @l1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @l1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @l1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @l1.conv.weight : tensor<2x4x3x3xf32> init(msra)
  slice.param @l2.bn.scale : tensor<6xf32> init(ones)
  slice.param @l2.bn.bias : tensor<6xf32> init(zeros)
  slice.param @l2.bn.mean : tensor<6xf32> init(zeros) buffer
  slice.param @l2.bn.var : tensor<6xf32> init(ones) buffer
  slice.param @l2.conv.weight : tensor<2x6x3x3xf32> init(msra)
  slice.param @fc.weight : tensor<10x8xf32> init(uniform)
  // expected-remark @below {{raise-branches: raised 2 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 2 dense) and 1 head(s); 0 candidate(s) left flat; 2 concat(s) re-associated}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %x0 = slice.relu %x : tensor<?x4x8x8xf32>
    %in1 = slice.concat %x0 : tensor<?x4x8x8xf32>
    %s1 = slice.get_param @l1.bn.scale : tensor<4xf32>
    %b1 = slice.get_param @l1.bn.bias : tensor<4xf32>
    %m1 = slice.get_param @l1.bn.mean : tensor<4xf32>
    %v1 = slice.get_param @l1.bn.var : tensor<4xf32>
    %n1 = slice.batch_norm %in1, %s1, %b1, %m1, %v1 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %r1 = slice.relu %n1 : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @l1.conv.weight : tensor<2x4x3x3xf32>
    %x1 = slice.conv2d %r1, %w1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<2x4x3x3xf32>
    // expected-remark @below {{raised dense layer: concat(x, F(x)) with the 2 new features of F's last convolution split into 2 branches (cardinality 8); its earlier layers stay shared, in front of the block}}
    %in2 = slice.concat %x0, %x1 : tensor<?x4x8x8xf32>, tensor<?x2x8x8xf32>
    %s2 = slice.get_param @l2.bn.scale : tensor<6xf32>
    %b2 = slice.get_param @l2.bn.bias : tensor<6xf32>
    %m2 = slice.get_param @l2.bn.mean : tensor<6xf32>
    %v2 = slice.get_param @l2.bn.var : tensor<6xf32>
    %n2 = slice.batch_norm %in2, %s2, %b2, %m2, %v2 : tensor<?x6x8x8xf32>, tensor<6xf32>
    %r2 = slice.relu %n2 : tensor<?x6x8x8xf32>
    %w2 = slice.get_param @l2.conv.weight : tensor<2x6x3x3xf32>
    %x2 = slice.conv2d %r2, %w2 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x6x8x8xf32>, tensor<2x6x3x3xf32>
    // expected-remark @below {{raised dense layer: concat(x, F(x)) with the 2 new features of F's last convolution split into 2 branches (cardinality 8); its earlier layers stay shared, in front of the block}}
    %out = slice.concat %x0, %x1, %x2 : tensor<?x4x8x8xf32>, tensor<?x2x8x8xf32>, tensor<?x2x8x8xf32>
    %g = slice.global_avg_pool %out : tensor<?x8x8x8xf32>
    %f = slice.flatten %g : tensor<?x8x1x1xf32>
    %wf = slice.get_param @fc.weight : tensor<10x8xf32>
    // expected-remark @below {{raised classifier head: global_avg_pool flatten linear}}
    %l = slice.linear %f, %wf : tensor<?x8xf32>, tensor<10x8xf32>
    return %l : tensor<?x10xf32>
  }
}


// -----

// A Gemm MLP, linear-relu-linear: 4 branches of one hidden unit each; the
// last bias moves into an identity batch_norm over features, which is all
// that is left for the head.
// CHECK-LABEL: module @mlp
// CHECK:       slice.param @fc1.weight.branch1 : tensor<1x16xf32> init(uniform) = dense<1.000000e+00> : tensor<1x16xf32>
// CHECK:       slice.param @fc1.weight.branch4 : tensor<1x16xf32> init(uniform) = dense<4.000000e+00> : tensor<1x16xf32>
// CHECK:       %[[F:.*]] = slice.flatten %arg0
// CHECK-NEXT:  %[[Y:.*]] = slice.block add(%[[F]] : tensor<?x16xf32>) {
// CHECK:         slice.linear %{{.*}} : tensor<?x16xf32>, tensor<1x16xf32>, tensor<1xf32>
// CHECK-NEXT:    slice.relu
// CHECK-NEXT:    slice.get_param @fc2.weight.branch1 : tensor<10x1xf32>
// CHECK-NEXT:    slice.linear %{{.*}} : tensor<?x1xf32>, tensor<10x1xf32>
// CHECK-COUNT-3: }, {
// CHECK:       slice.head subnet 1 level 1 (%[[Y]] : tensor<?x10xf32>)
// CHECK:         slice.batch_norm %{{.*}} : tensor<?x10xf32>, tensor<10xf32>

module @mlp attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @fc1.weight : tensor<4x16xf32> init(uniform) = dense<[[1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], [2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0], [3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0], [4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0]]> : tensor<4x16xf32>
  slice.param @fc1.bias : tensor<4xf32> init(zeros)
  slice.param @fc2.weight : tensor<10x4xf32> init(uniform)
  slice.param @fc2.bias : tensor<10xf32> init(zeros)
  // expected-remark @below {{raise-branches: raised 1 block(s) (0 residual, 0 grouped, 1 mlp, 0 concat, 0 dense) and 1 head(s); 0 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x1x4x4xf32>) -> tensor<?x10xf32> {
    %f = slice.flatten %x : tensor<?x1x4x4xf32>
    %w1 = slice.get_param @fc1.weight : tensor<4x16xf32>
    %b1 = slice.get_param @fc1.bias : tensor<4xf32>
    %h0 = slice.linear %f, %w1, %b1 : tensor<?x16xf32>, tensor<4x16xf32>, tensor<4xf32>
    %h = slice.relu %h0 : tensor<?x4xf32>
    %w2 = slice.get_param @fc2.weight : tensor<10x4xf32>
    %b2 = slice.get_param @fc2.bias : tensor<10xf32>
    // expected-remark @below {{raised mlp block: 4 branches (cardinality 8 over 4 middle channels), identity batch_norm adds the last layer's bias}}
    // expected-remark @below {{raised classifier head: batch_norm}}
    %l = slice.linear %h, %w2, %b2 : tensor<?x4xf32>, tensor<10x4xf32>, tensor<10xf32>
    return %l : tensor<?x10xf32>
  }
}


// -----

// Left flat: a residual branch of one conv: nothing to split.
// CHECK-LABEL: module @one_layer
// CHECK-NOT:   slice.block add

module @one_layer attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv.weight : tensor<4x4x3x3xf32> init(msra)
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %w = slice.get_param @conv.weight : tensor<4x4x3x3xf32>
    %c = slice.conv2d %p, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<4x4x3x3xf32>
    // expected-remark @below {{left flat (residual): it has one layer; before it is a value read 2 times}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.add %c, %p : tensor<?x4x8x8xf32>
    return %y : tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: a depthwise conv first: no dense first layer to split by rows.
// CHECK-LABEL: module @first_grouped
// CHECK-NOT:   slice.block add

module @first_grouped attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @dw.weight : tensor<4x1x3x3xf32> init(msra)
  slice.param @project.weight : tensor<4x4x1x1xf32> init(msra)
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %wd = slice.get_param @dw.weight : tensor<4x1x3x3xf32>
    %d = slice.conv2d %p, %wd {groups = 4 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<4x1x3x3xf32>
    %r = slice.relu %d : tensor<?x4x8x8xf32>
    %wp = slice.get_param @project.weight : tensor<4x4x1x1xf32>
    %c = slice.conv2d %r, %wp : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>
    // expected-remark @below {{left flat (residual): its first layer is grouped}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.add %c, %p : tensor<?x4x8x8xf32>
    return %y : tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: a grouped last conv cannot sum branches.
// CHECK-LABEL: module @last_grouped
// CHECK-NOT:   slice.block add

module @last_grouped attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<4x4x1x1xf32> init(msra)
  slice.param @conv2.weight : tensor<4x2x3x3xf32> init(msra)
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @conv1.weight : tensor<4x4x1x1xf32>
    %a = slice.conv2d %p, %w1 : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>
    %r = slice.relu %a : tensor<?x4x8x8xf32>
    %w2 = slice.get_param @conv2.weight : tensor<4x2x3x3xf32>
    %c = slice.conv2d %r, %w2 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<4x2x3x3xf32>
    // expected-remark @below {{left flat (residual): its last layer is grouped}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.add %c, %p : tensor<?x4x8x8xf32>
    return %y : tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: a block reading the model input (in the IS form, sub-network 1
// would see only some of the image's channels).
// CHECK-LABEL: module @model_input
// CHECK-NOT:   slice.block add

module @model_input attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @conv2.weight : tensor<4x2x1x1xf32> init(msra)
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    %w1 = slice.get_param @conv1.weight : tensor<2x4x1x1xf32>
    %a = slice.conv2d %x, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %r = slice.relu %a : tensor<?x2x8x8xf32>
    %w2 = slice.get_param @conv2.weight : tensor<4x2x1x1xf32>
    %c = slice.conv2d %r, %w2 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
    // expected-remark @below {{left flat (residual): its first layer reads the model input}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.add %c, %x : tensor<?x4x8x8xf32>
    return %y : tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: a bias before the batch_norm of the sum.
// CHECK-LABEL: module @bias_before_batch_norm
// CHECK-NOT:   slice.block add

module @bias_before_batch_norm attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @conv2.weight : tensor<4x2x1x1xf32> init(msra)
  slice.param @conv2.bias : tensor<4xf32> init(zeros)
  slice.param @bn.scale : tensor<4xf32> init(ones)
  slice.param @bn.bias : tensor<4xf32> init(zeros)
  slice.param @bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @bn.var : tensor<4xf32> init(ones) buffer
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @conv1.weight : tensor<2x4x1x1xf32>
    %a = slice.conv2d %p, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %r = slice.relu %a : tensor<?x2x8x8xf32>
    %w2 = slice.get_param @conv2.weight : tensor<4x2x1x1xf32>
    %b2 = slice.get_param @conv2.bias : tensor<4xf32>
    %c = slice.conv2d %r, %w2, %b2 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>, tensor<4xf32>
    %s = slice.get_param @bn.scale : tensor<4xf32>
    %b = slice.get_param @bn.bias : tensor<4xf32>
    %m = slice.get_param @bn.mean : tensor<4xf32>
    %v = slice.get_param @bn.var : tensor<4xf32>
    %n = slice.batch_norm %c, %s, %b, %m, %v : tensor<?x4x8x8xf32>, tensor<4xf32>
    // expected-remark @below {{left flat (residual): its last layer has a bias and is followed by batch_norm}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.add %n, %p : tensor<?x4x8x8xf32>
    return %y : tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: an 11-channel middle layer and cardinality 8.
// CHECK-LABEL: module @no_divisor
// CHECK-NOT:   slice.block add

module @no_divisor attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<11x4x1x1xf32> init(msra)
  slice.param @conv2.weight : tensor<4x11x1x1xf32> init(msra)
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @conv1.weight : tensor<11x4x1x1xf32>
    %a = slice.conv2d %p, %w1 : tensor<?x4x8x8xf32>, tensor<11x4x1x1xf32>
    %r = slice.relu %a : tensor<?x11x8x8xf32>
    %w2 = slice.get_param @conv2.weight : tensor<4x11x1x1xf32>
    %c = slice.conv2d %r, %w2 : tensor<?x11x8x8xf32>, tensor<4x11x1x1xf32>
    // expected-remark @below {{left flat (residual): its middle width 11 has no divisor in [2, cardinality = 8]}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.add %c, %p : tensor<?x4x8x8xf32>
    return %y : tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: a weight computed by an op rather than read from a slice.param.
// CHECK-LABEL: module @computed_weight
// CHECK-NOT:   slice.block add

module @computed_weight attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @conv2.weight : tensor<4x2x1x1xf32> init(msra)
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @conv1.weight : tensor<2x4x1x1xf32>
    %a = slice.conv2d %p, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %r = slice.relu %a : tensor<?x2x8x8xf32>
    %w2p = slice.get_param @conv2.weight : tensor<4x2x1x1xf32>
    %w2 = slice.relu %w2p : tensor<4x2x1x1xf32>
    %c = slice.conv2d %r, %w2 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
    // expected-remark @below {{left flat (residual): the weights of 'slice.conv2d' are not slice.param reads}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.add %c, %p : tensor<?x4x8x8xf32>
    return %y : tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: MobileNetV2's first block (depthwise first); its chain starts
// at the stem conv, which reads the model input.
// CHECK-LABEL: module @grouped_reads_input
// CHECK-NOT:   slice.block add

module @grouped_reads_input attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @stem.weight : tensor<4x3x3x3xf32> init(msra)
  slice.param @dw.weight : tensor<4x1x3x3xf32> init(msra)
  slice.param @project.weight : tensor<2x4x1x1xf32> init(msra)
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x2x8x8xf32> {
    %w0 = slice.get_param @stem.weight : tensor<4x3x3x3xf32>
    %c0 = slice.conv2d %x, %w0 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x8x8xf32>, tensor<4x3x3x3xf32>
    %s = slice.clip %c0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x4x8x8xf32>
    %wd = slice.get_param @dw.weight : tensor<4x1x3x3xf32>
    %d0 = slice.conv2d %s, %wd {groups = 4 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<4x1x3x3xf32>
    %d = slice.clip %d0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x4x8x8xf32>
    %wp = slice.get_param @project.weight : tensor<2x4x1x1xf32>
    // expected-remark @below {{left flat (grouped): its first layer reads the model input}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %p = slice.conv2d %d, %wp : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    return %p : tensor<?x2x8x8xf32>
  }
}


// -----

// Left flat: concatenated paths from two different values.
// CHECK-LABEL: module @concat_two_inputs
// CHECK-NOT:   slice.block add

module @concat_two_inputs attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 3 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> (tensor<?x8x8x8xf32>, tensor<?x4x8x8xf32>) {
    %a = slice.relu %x : tensor<?x4x8x8xf32>
    %b = slice.max_pool %x {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>
    %pa = slice.relu %a : tensor<?x4x8x8xf32>
    %pb = slice.relu %b : tensor<?x4x8x8xf32>
    // expected-remark @below {{left flat (concat): its paths read 2 values computed outside them, not one common input}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.concat %pa, %pb : tensor<?x4x8x8xf32>, tensor<?x4x8x8xf32>
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %z = slice.add %a, %b : tensor<?x4x8x8xf32>
    return %y, %z : tensor<?x8x8x8xf32>, tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: a concat operand (not the first) that is read elsewhere too.
// CHECK-LABEL: module @concat_operand_read_elsewhere
// CHECK-NOT:   slice.block add

module @concat_operand_read_elsewhere attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x8x8x8xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %q = slice.max_pool %p {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>
    // expected-remark @below {{left flat (concat): operand #1 is read elsewhere too, so it is no path of its own}}
    // expected-remark @below {{left flat (head): no block was raised, so the classifier tail would be the whole model}}
    %y = slice.concat %q, %p : tensor<?x4x8x8xf32>, tensor<?x4x8x8xf32>
    return %y : tensor<?x8x8x8xf32>
  }
}


// -----

// Left flat: a path holding a block: blocks do not nest.
// CHECK-LABEL: module @concat_path_holds_block

// CHECK:       slice.block add
// CHECK-NOT:   slice.block
// CHECK:       slice.concat

module @concat_path_holds_block attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv.weight : tensor<4x4x1x1xf32> init(msra)
  // expected-remark @below {{raise-branches: raised 0 block(s) (0 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x8x8x8xf32> {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %b = slice.block add(%p : tensor<?x4x8x8xf32>) residual(%p : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @conv.weight : tensor<4x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>
      slice.yield %c : tensor<?x4x8x8xf32>
    }
    %m = slice.max_pool %p {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>
    // expected-remark @below {{left flat (concat): path #0 holds 'slice.block'}}
    // expected-remark @below {{left flat (head): the result is computed from several inputs by 'slice.concat'}}
    %y = slice.concat %b, %m : tensor<?x4x8x8xf32>, tensor<?x4x8x8xf32>
    return %y : tensor<?x8x8x8xf32>
  }
}


// -----

// Left flat: a classifier on the model input (its tail has no block before
// it), and a block's output as a result.
// CHECK-LABEL: module @head_reaches_input

// CHECK:       slice.block add
// CHECK-NOT:   slice.head

module @head_reaches_input attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @conv2.weight : tensor<4x2x1x1xf32> init(msra)
  slice.param @fc.weight : tensor<10x4xf32> init(uniform)
  // expected-remark @below {{raise-branches: raised 1 block(s) (1 residual, 0 grouped, 0 mlp, 0 concat, 0 dense) and 0 head(s); 2 candidate(s) left flat}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x4x8x8xf32>) {
    %p = slice.relu %x : tensor<?x4x8x8xf32>
    %w1 = slice.get_param @conv1.weight : tensor<2x4x1x1xf32>
    %a = slice.conv2d %p, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
    %r = slice.relu %a : tensor<?x2x8x8xf32>
    %w2 = slice.get_param @conv2.weight : tensor<4x2x1x1xf32>
    %c = slice.conv2d %r, %w2 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
    // expected-remark @below {{raised residual block: 2 branches (cardinality 8 over 2 middle channels), the shortcut is its residual}}
    // expected-remark @below {{left flat (head): the result is a block's output}}
    %y = slice.add %c, %p : tensor<?x4x8x8xf32>
    %g = slice.global_avg_pool %x : tensor<?x4x8x8xf32>
    %f = slice.flatten %g : tensor<?x4x1x1xf32>
    %wf = slice.get_param @fc.weight : tensor<10x4xf32>
    // expected-remark @below {{left flat (head): the classifier tail reaches the model input}}
    %l = slice.linear %f, %wf : tensor<?x4xf32>, tensor<10x4xf32>
    return %l, %y : tensor<?x10xf32>, tensor<?x4x8x8xf32>
  }
}


// -----

// Left flat: not a plain model: a warning, nothing changes.
// CHECK-LABEL: module @already_anytime
// CHECK-NOT:   slice.block add

// expected-warning @below {{--slice-raise-branches raises plain models; this one is in the inclusive form and stays as it is}}
module @already_anytime attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    return %x : tensor<?x4x8x8xf32>
  }
}
