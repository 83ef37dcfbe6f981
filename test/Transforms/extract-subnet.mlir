// RUN: slice-opt %s --split-input-file --extract-subnet=k=1 | FileCheck %s --check-prefix=K1
// RUN: slice-opt %s --split-input-file --extract-subnet=k=2 | FileCheck %s --check-prefix=K2
// RUN: slice-opt %s --split-input-file --pass-pipeline='builtin.module(extract-subnet{k=1})' | FileCheck %s --check-prefix=K1
// RUN: slice-opt %s --split-input-file --slice-flops=print-table=false | FileCheck %s --check-prefix=FLOPS

// Anytime models built by the passes from the zoo's plain model
// (L = 3, W = 16, C = 4, B = 4; stage widths 16, 32, 64 on 32, 16, 8 maps).
// RUN: slice-zoo --blocks=3 --width=16 --cardinality=4 -o %t.zoo.mlir
// RUN: slice-opt %t.zoo.mlir -o %t.plain.mlir
// RUN: slice-opt %t.zoo.mlir --inclusive=K=2 | slice-opt --extract-subnet=k=1 > %t.i1.mlir
// RUN: FileCheck %s --check-prefix=ZOO-I1 < %t.i1.mlir
// RUN: grep -c "\^bb0" %t.i1.mlir | FileCheck %s --check-prefix=REGIONS7
// RUN: slice-opt %t.zoo.mlir --inclusive-sparse=K=2 | slice-opt --extract-subnet=k=1 > %t.is1.mlir
// RUN: FileCheck %s --check-prefix=ZOO-IS1 < %t.is1.mlir
// RUN: grep -c "\^bb0" %t.is1.mlir | FileCheck %s --check-prefix=REGIONS7
// RUN: slice-opt %t.zoo.mlir --shallow-exits=K=2 | slice-opt --extract-subnet=k=1 | FileCheck %s --check-prefix=ZOO-SH1
// Sub-network K of the I-form and of the shallow model is the original.
// RUN: slice-opt %t.zoo.mlir --inclusive=K=2 | slice-opt --extract-subnet=k=2 | diff %t.plain.mlir -
// RUN: slice-opt %t.zoo.mlir --shallow-exits=K=2 | slice-opt --extract-subnet=k=2 | diff %t.plain.mlir -

// --extract-subnet=k: sub-network k as a plain model: its branches, row k
// of per-sub-network BatchNorm, head k; channels it never reads sliced away
// (stored values along); unused parameters erased.

// I-form, K = 2: C_1 = 2 of 4 branches per block (3 blocks + 1 head = 7
// regions); per-sub-network BN parameters become row 1 ([C]); head 1 only.
// REGIONS7: {{^}}7{{$}}
// ZOO-I1:      module @resnext_cifar_L3_W16_B4_C4 attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// ZOO-I1-NOT:  branch3
// ZOO-I1:      slice.param @stage2.block1.bn.scale : tensor<32xf32> init(ones)
// ZOO-I1:      slice.param @stage2.block1.branch1.bn1.scale : tensor<8xf32> init(ones)
// ZOO-I1-NOT:  branch3
// ZOO-I1:      slice.param @head.fc.weight.subnet1 : tensor<10x64xf32>
// ZOO-I1-NOT:  @head.fc.weight :
// ZOO-I1:      func.func @forward(%{{.*}}: tensor<?x3x32x32xf32>) -> tensor<?x10xf32>
// ZOO-I1-NOT:  subnet_branches
// ZOO-I1:      slice.block add(%{{.*}} : tensor<?x16x32x32xf32>) residual(%{{.*}} : tensor<?x16x32x32xf32>) {
// ZOO-I1:      slice.batch_norm {{.*}} : tensor<?x32x16x16xf32>, tensor<32xf32>
// ZOO-I1:      slice.block add(%{{.*}} : tensor<?x32x16x16xf32>) residual(%{{.*}} : tensor<?x32x16x16xf32>) {
// ZOO-I1:      slice.block add(%{{.*}} : tensor<?x64x8x8xf32>) residual(%{{.*}} : tensor<?x64x8x8xf32>) {
// ZOO-I1:      %[[H:.*]] = slice.head subnet 1 level 1
// ZOO-I1-NOT:  slice.head
// ZOO-I1:      return %[[H]] : tensor<?x10xf32>

// IS-form, K = 2: groups [8, 8], [16, 16], [32, 32]; branch groups
// ceil(2i/4) = [1, 1, 2, 2]. Sub-network 1 is the first half of every
// feature: the stem keeps 8 of 16 weight rows, blocks are ?x8x.., ?x16x..,
// ?x32x.., padding is ungrouped again, branches 1 and 2 run (7 regions)
// without channel slices, and head 1 reads 32 of 64 channels.
// ZOO-IS1:      module @resnext_cifar_L3_W16_B4_C4 attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// ZOO-IS1-NEXT: slice.param @stem.weight : tensor<8x3x3x3xf32>
// ZOO-IS1-NEXT: slice.param @stage1.block1.bn.scale : tensor<8xf32>
// ZOO-IS1:      slice.param @stage1.block1.branch1.conv1.weight : tensor<4x8x1x1xf32>
// ZOO-IS1:      slice.param @stage1.block1.branch1.conv3.weight : tensor<8x4x1x1xf32>
// ZOO-IS1:      slice.param @stage1.block1.branch2.conv3.weight : tensor<8x4x1x1xf32>
// ZOO-IS1-NOT:  branch3
// ZOO-IS1:      slice.param @stage3.block1.branch1.conv1.weight : tensor<16x32x1x1xf32>
// ZOO-IS1:      slice.param @head.bn.scale.subnet1 : tensor<32xf32>
// ZOO-IS1:      slice.param @head.fc.weight.subnet1 : tensor<10x32xf32>
// ZOO-IS1:      func.func @forward(%{{.*}}: tensor<?x3x32x32xf32>) -> tensor<?x10xf32>
// ZOO-IS1-NOT:  channel_slice
// ZOO-IS1:      slice.conv2d {{.*}} : tensor<?x3x32x32xf32>, tensor<8x3x3x3xf32>
// ZOO-IS1-NOT:  channel_slice
// ZOO-IS1:      slice.block add(%{{.*}} : tensor<?x8x32x32xf32>) residual(%{{.*}} : tensor<?x8x32x32xf32>) {
// ZOO-IS1-NOT:  channel_slice
// ZOO-IS1:      slice.pad_channels %{{.*}} {pads = array<i64: 8>} : tensor<?x8x16x16xf32>
// ZOO-IS1:      slice.block add(%{{.*}} : tensor<?x16x16x16xf32>) residual(%{{.*}} : tensor<?x16x16x16xf32>) {
// ZOO-IS1:      slice.pad_channels %{{.*}} {pads = array<i64: 16>} : tensor<?x16x8x8xf32>
// ZOO-IS1:      slice.block add(%{{.*}} : tensor<?x32x8x8xf32>) residual(%{{.*}} : tensor<?x32x8x8xf32>) {
// ZOO-IS1-NOT:  channel_slice
// ZOO-IS1:      slice.head subnet 1 level 1 (%{{.*}} : tensor<?x32x8x8xf32>)
// ZOO-IS1:      slice.linear {{.*}} : tensor<?x32xf32>, tensor<10x32xf32>, tensor<10xf32>
// ZOO-IS1-NOT:  slice.head

// Shallow, L = 3, K = 2: exit 1 follows block 2; block 3 and the final head
// are gone.
// ZOO-SH1:      module @resnext_cifar_L3_W16_B4_C4 attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// ZOO-SH1-NOT:  stage3
// ZOO-SH1-NOT:  @head.
// ZOO-SH1:      slice.param @exit1.fc.weight : tensor<10x32xf32>
// ZOO-SH1:      func.func @forward(%{{.*}}: tensor<?x3x32x32xf32>) -> tensor<?x10xf32>
// ZOO-SH1:      slice.block add(%{{.*}} : tensor<?x16x32x32xf32>)
// ZOO-SH1:      %[[B2:.*]] = slice.block add(%{{.*}} : tensor<?x32x16x16xf32>)
// ZOO-SH1-NOT:  slice.block
// ZOO-SH1:      %[[E:.*]] = slice.head subnet 1 level 1 (%[[B2]] : tensor<?x32x16x16xf32>)
// ZOO-SH1-NOT:  slice.block
// ZOO-SH1:      return %[[E]] : tensor<?x10xf32>

// A tiny I-form model whose per-sub-network BatchNorm rows differ.
// K1-LABEL: module @tiny_inclusive
// K1-SAME:  attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// K1-NEXT:  slice.param @bn.scale : tensor<8xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00, 8.000000e+00]> : tensor<8xf32>
// K1-NEXT:  slice.param @bn.bias : tensor<8xf32> init(zeros){{$}}
// K1-NEXT:  slice.param @bn.mean : tensor<8xf32> init(zeros) buffer = dense<5.000000e-01> : tensor<8xf32>
// K1-NEXT:  slice.param @bn.var : tensor<8xf32> init(ones) buffer{{$}}
// K1-NEXT:  slice.param @b1.conv1 : tensor<2x8x1x1xf32>
// K1-NEXT:  slice.param @b1.conv2 : tensor<2x2x3x3xf32>
// K1-NEXT:  slice.param @b1.conv3 : tensor<8x2x1x1xf32>
// K1-NEXT:  slice.param @head1.fc : tensor<10x8xf32>
// K1-NEXT:  func.func @forward(%[[X:.*]]: tensor<?x8x8x8xf32>) -> tensor<?x10xf32>
// K1:       slice.batch_norm %[[X]], {{.*}} : tensor<?x8x8x8xf32>, tensor<8xf32>
// K1:       %[[Y:.*]] = slice.block add(%{{.*}} : tensor<?x8x8x8xf32>) residual(%[[X]] : tensor<?x8x8x8xf32>) {
// K1-NEXT:  ^bb0
// K1-NEXT:  slice.get_param @b1.conv1
// K1:       slice.yield %{{.*}} : tensor<?x8x8x8xf32>
// K1-NEXT:  }
// K1-NEXT:  %[[H:.*]] = slice.head subnet 1 level 1 (%[[Y]] : tensor<?x8x8x8xf32>)
// K1:       slice.get_param @head1.fc : tensor<10x8xf32>
// K1:       return %[[H]] : tensor<?x10xf32>

// K2-LABEL: module @tiny_inclusive
// K2-SAME:  attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// K2-NEXT:  slice.param @bn.scale : tensor<8xf32> init(ones) = dense<[1.100000e+01, 1.200000e+01, 1.300000e+01, 1.400000e+01, 1.500000e+01, 1.600000e+01, 1.700000e+01, 1.800000e+01]> : tensor<8xf32>
// K2-NEXT:  slice.param @bn.bias : tensor<8xf32> init(zeros){{$}}
// K2-NEXT:  slice.param @bn.mean : tensor<8xf32> init(zeros) buffer = dense<-5.000000e-01> : tensor<8xf32>
// K2:       slice.param @b2.conv3 : tensor<8x2x1x1xf32>
// K2-NEXT:  slice.param @head2.fc : tensor<10x8xf32>
// K2-NEXT:  func.func @forward(%[[X:.*]]: tensor<?x8x8x8xf32>) -> tensor<?x10xf32>
// K2:       slice.block add(%{{.*}} : tensor<?x8x8x8xf32>) residual(%[[X]] : tensor<?x8x8x8xf32>) {
// K2-NEXT:  ^bb0
// K2-NEXT:  slice.get_param @b1.conv1
// K2:       }, {
// K2-NEXT:  ^bb0
// K2-NEXT:  slice.get_param @b2.conv1
// K2:       slice.head subnet 1 level 1
// K2:       slice.get_param @head2.fc : tensor<10x8xf32>
// K2-NOT:   slice.head

// Hand counts, per image on 8x8: a branch is 1x1 8->2 (64*2*8 = 1024),
// 3x3 2->2 (64*2*2*9 = 2304) and 1x1 2->8 (1024): 4352; a head 10*8 = 80.
// Sub-network 1: 1 branch + head 1 = 4432; sub-network 2: 2 branches +
// head 2 = 8784; the model: 8704 + 160 = 8864. Parameters: BN scale and
// bias row 8 + 8, a branch 16 + 36 + 16 = 68, a head 80: 164 and 232.
// FLOPS-LABEL: module @tiny_inclusive
// FLOPS-SAME:  slice.macs = 8864 : i64
// FLOPS-SAME:  slice.subnet_macs = array<i64: 4432, 8784>, slice.subnet_params = array<i64: 164, 232>

module @tiny_inclusive attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @bn.scale : tensor<2x8xf32> init(ones) = dense<[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0], [11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0]]> : tensor<2x8xf32>
  slice.param @bn.bias : tensor<2x8xf32> init(zeros)
  slice.param @bn.mean : tensor<2x8xf32> init(zeros) buffer = dense<[[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [-0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5]]> : tensor<2x8xf32>
  slice.param @bn.var : tensor<2x8xf32> init(ones) buffer
  slice.param @b1.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b1.conv2 : tensor<2x2x3x3xf32> init(msra)
  slice.param @b1.conv3 : tensor<8x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.conv2 : tensor<2x2x3x3xf32> init(msra)
  slice.param @b2.conv3 : tensor<8x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x8xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %s = slice.get_param @bn.scale : tensor<2x8xf32>
    %b = slice.get_param @bn.bias : tensor<2x8xf32>
    %m = slice.get_param @bn.mean : tensor<2x8xf32>
    %v = slice.get_param @bn.var : tensor<2x8xf32>
    %n = slice.batch_norm %x, %s, %b, %m, %v : tensor<?x8x8x8xf32>, tensor<2x8xf32>
    %p = slice.relu %n : tensor<?x8x8x8xf32>
    %y = slice.block add(%p : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>)
        attributes {subnet_branches = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w1 = slice.get_param @b1.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
      %w2 = slice.get_param @b1.conv2 : tensor<2x2x3x3xf32>
      %c = slice.conv2d %a, %w2 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<2x2x3x3xf32>
      %w3 = slice.get_param @b1.conv3 : tensor<8x2x1x1xf32>
      %o = slice.conv2d %c, %w3 : tensor<?x2x8x8xf32>, tensor<8x2x1x1xf32>
      slice.yield %o : tensor<?x8x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w1 = slice.get_param @b2.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
      %w2 = slice.get_param @b2.conv2 : tensor<2x2x3x3xf32>
      %c = slice.conv2d %a, %w2 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<2x2x3x3xf32>
      %w3 = slice.get_param @b2.conv3 : tensor<8x2x1x1xf32>
      %o = slice.conv2d %c, %w3 : tensor<?x2x8x8xf32>, tensor<8x2x1x1xf32>
      slice.yield %o : tensor<?x8x8x8xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @head1.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @head2.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %l1, %l2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

// -----

// A tiny IS model, K = 2, W = 8 in groups [4, 4], with a stem. Sub-network 1
// keeps stem rows 0..3 (stored values along), the BN prefix [1, 2, 3, 4],
// branch 1 (no slice left: its input is exactly group 1) and head 1.
// K1-LABEL: module @tiny_sparse
// K1-SAME:  attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// K1-NEXT:  slice.param @stem : tensor<4x3x1x1xf32> init(msra) = dense<{{\[\[\[\[}}0.000000e+00]], {{\[\[}}1.000000e+00]], {{\[\[}}2.000000e+00]]], {{\[\[\[}}3.000000e+00]], {{\[\[}}4.000000e+00]], {{\[\[}}5.000000e+00]]], {{\[\[\[}}6.000000e+00]], {{\[\[}}7.000000e+00]], {{\[\[}}8.000000e+00]]], {{\[\[\[}}9.000000e+00]], {{\[\[}}1.000000e+01]], {{\[\[}}1.100000e+01]]]]> : tensor<4x3x1x1xf32>
// K1-NEXT:  slice.param @bn.scale : tensor<4xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
// K1-NEXT:  slice.param @bn.bias : tensor<4xf32> init(zeros)
// K1-NEXT:  slice.param @bn.mean : tensor<4xf32> init(zeros) buffer
// K1-NEXT:  slice.param @bn.var : tensor<4xf32> init(ones) buffer
// K1-NEXT:  slice.param @b1.conv1 : tensor<2x4x1x1xf32>
// K1-NEXT:  slice.param @b1.conv3 : tensor<4x2x1x1xf32>
// K1-NEXT:  slice.param @head1.fc : tensor<10x4xf32>
// K1-NEXT:  func.func @forward(%{{.*}}: tensor<?x3x8x8xf32>) -> tensor<?x10xf32>
// K1-NOT:   channel_slice
// K1:       %[[S:.*]] = slice.conv2d %{{.*}}, %{{.*}} : tensor<?x3x8x8xf32>, tensor<4x3x1x1xf32>
// K1:       slice.batch_norm %[[S]], {{.*}} : tensor<?x4x8x8xf32>, tensor<4xf32>
// K1:       %[[Y:.*]] = slice.block add(%{{.*}} : tensor<?x4x8x8xf32>) residual(%[[S]] : tensor<?x4x8x8xf32>) {
// K1-NEXT:  ^bb0(%[[IN:.*]]: tensor<?x4x8x8xf32>):
// K1-NEXT:  %[[W:.*]] = slice.get_param @b1.conv1 : tensor<2x4x1x1xf32>
// K1-NEXT:  slice.conv2d %[[IN]], %[[W]] : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
// K1:       slice.yield %{{.*}} : tensor<?x4x8x8xf32>
// K1-NEXT:  }
// K1-NEXT:  %[[H:.*]] = slice.head subnet 1 level 1 (%[[Y]] : tensor<?x4x8x8xf32>)
// K1-NOT:   channel_slice
// K1:       return %[[H]] : tensor<?x10xf32>

// Sub-network K = 2 is the whole IS model with head 2 only; the groups stay
// (branch 1 still writes group 1).
// K2-LABEL: module @tiny_sparse
// K2-SAME:  attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// K2-NEXT:  slice.param @stem : tensor<8x3x1x1xf32>
// K2-NEXT:  slice.param @bn.scale : tensor<8xf32>
// K2-NOT:   @head1.fc
// K2:       func.func @forward(%{{.*}}: tensor<?x3x8x8xf32>) -> tensor<?x10xf32>
// K2:       slice.block add(%{{.*}} : tensor<?x8x8x8xf32>) residual(%{{.*}} : tensor<?x8x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 4, 4>}
// K2:       slice.head subnet 1 level 1
// K2:       slice.get_param @head2.fc : tensor<10x8xf32>
// K2-NOT:   slice.head

// Stem 64*8*3 = 1536; branch 1 64*2*4 + 64*4*2 = 1024; branch 2 64*2*8 +
// 64*4*2 = 1536; heads 40, 80: model 4216. Sub-network 1: stem rows 0..3
// 768, branch 1, head 1: 1832; sub-network 2: 1536 + 1024 + 1536 + 80 =
// 4176. Parameters of 1: stem 12, BN 4 + 4, branch 1 8 + 8, head 40 = 76.
// FLOPS-LABEL: module @tiny_sparse
// FLOPS-SAME:  slice.macs = 4216 : i64
// FLOPS-SAME:  slice.subnet_macs = array<i64: 1832, 4176>, slice.subnet_params = array<i64: 76, 160>

module @tiny_sparse attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @stem : tensor<8x3x1x1xf32> init(msra) = dense<[[[[0.0]], [[1.0]], [[2.0]]], [[[3.0]], [[4.0]], [[5.0]]], [[[6.0]], [[7.0]], [[8.0]]], [[[9.0]], [[10.0]], [[11.0]]], [[[12.0]], [[13.0]], [[14.0]]], [[[15.0]], [[16.0]], [[17.0]]], [[[18.0]], [[19.0]], [[20.0]]], [[[21.0]], [[22.0]], [[23.0]]]]> : tensor<8x3x1x1xf32>
  slice.param @bn.scale : tensor<8xf32> init(ones) = dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>
  slice.param @bn.bias : tensor<8xf32> init(zeros)
  slice.param @bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @bn.var : tensor<8xf32> init(ones) buffer
  slice.param @b1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x4xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  func.func @forward(%img: tensor<?x3x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %ws = slice.get_param @stem : tensor<8x3x1x1xf32>
    %x = slice.conv2d %img, %ws : tensor<?x3x8x8xf32>, tensor<8x3x1x1xf32>
    %s = slice.get_param @bn.scale : tensor<8xf32>
    %b = slice.get_param @bn.bias : tensor<8xf32>
    %m = slice.get_param @bn.mean : tensor<8xf32>
    %v = slice.get_param @bn.var : tensor<8xf32>
    %n = slice.batch_norm %x, %s, %b, %m, %v : tensor<?x8x8x8xf32>, tensor<8xf32>
    %p = slice.relu %n : tensor<?x8x8x8xf32>
    %y = slice.block add(%p : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %g1 = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %w1 = slice.get_param @b1.conv1 : tensor<2x4x1x1xf32>
      %a = slice.conv2d %g1, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %w3 = slice.get_param @b1.conv3 : tensor<4x2x1x1xf32>
      %o = slice.conv2d %a, %w3 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w1 = slice.get_param @b2.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
      %w3 = slice.get_param @b2.conv3 : tensor<4x2x1x1xf32>
      %o = slice.conv2d %a, %w3 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x8x8xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %pre = slice.channel_slice %f {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %g = slice.global_avg_pool %pre : tensor<?x4x8x8xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @head1.fc : tensor<10x4xf32>
      %l = slice.linear %fl, %w : tensor<?x4xf32>, tensor<10x4xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @head2.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %l1, %l2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

// -----

// Shallow exits, K = 2, one block each: sub-network 1 is block 1 and exit 1.
// K1-LABEL: module @tiny_shallow
// K1-SAME:  attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// K1-NEXT:  slice.param @blk1.conv : tensor<8x8x3x3xf32>
// K1-NEXT:  slice.param @exit1.fc : tensor<10x8xf32>
// K1-NEXT:  func.func @forward(%{{.*}}: tensor<?x8x8x8xf32>) -> tensor<?x10xf32>
// K1:       %[[Y1:.*]] = slice.block add
// K1-NOT:   slice.block
// K1:       %[[E:.*]] = slice.head subnet 1 level 1 (%[[Y1]] : tensor<?x8x8x8xf32>)
// K1-NOT:   slice.block
// K1:       return %[[E]] : tensor<?x10xf32>

// K2-LABEL: module @tiny_shallow
// K2-NEXT:  slice.param @blk1.conv : tensor<8x8x3x3xf32>
// K2-NEXT:  slice.param @blk2.conv : tensor<8x8x3x3xf32>
// K2-NEXT:  slice.param @exit2.fc : tensor<10x8xf32>
// K2-NEXT:  func.func @forward(%{{.*}}: tensor<?x8x8x8xf32>) -> tensor<?x10xf32>
// K2:       slice.block add
// K2:       %[[Y2:.*]] = slice.block add
// K2:       %[[E:.*]] = slice.head subnet 1 level 1 (%[[Y2]] : tensor<?x8x8x8xf32>)
// K2:       slice.get_param @exit2.fc
// K2:       return %[[E]] : tensor<?x10xf32>

// A block: 64*8*8*9 = 36864 MACs, 576 parameters; an exit 80.
// FLOPS-LABEL: module @tiny_shallow
// FLOPS-SAME:  slice.macs = 73888 : i64
// FLOPS-SAME:  slice.subnet_macs = array<i64: 36944, 73808>, slice.subnet_params = array<i64: 656, 1232>

module @tiny_shallow attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2>} {
  slice.param @blk1.conv : tensor<8x8x3x3xf32> init(msra)
  slice.param @blk2.conv : tensor<8x8x3x3xf32> init(msra)
  slice.param @exit1.fc : tensor<10x8xf32> init(uniform)
  slice.param @exit2.fc : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %y1 = slice.block add(%x : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>) {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w = slice.get_param @blk1.conv : tensor<8x8x3x3xf32>
      %o = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x8x8x8xf32>, tensor<8x8x3x3xf32>
      slice.yield %o : tensor<?x8x8x8xf32>
    }
    %e1 = slice.head subnet 1 level 1 (%y1 : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @exit1.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %y2 = slice.block add(%y1 : tensor<?x8x8x8xf32>) residual(%y1 : tensor<?x8x8x8xf32>) {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w = slice.get_param @blk2.conv : tensor<8x8x3x3xf32>
      %o = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x8x8x8xf32>, tensor<8x8x3x3xf32>
      slice.yield %o : tensor<?x8x8x8xf32>
    }
    %e2 = slice.head subnet 2 level 1 (%y2 : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @exit2.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %e1, %e2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

// -----

// I-form dense layers (test/Transforms/inclusive.mlir's @dense_layers after
// --inclusive=K=2): grouped concat blocks y1 = [x0 x1 b1 | b2],
// y2 = [x0 x1 b1 c1 | b2 c2]. Sub-network 1 keeps branch 1 of each layer
// and the first group: y1 has 3 channels, so layer 2's BatchNorm keeps row
// 1's first 3 entries and its branch conv its first 3 input columns; one
// group left, the blocks are plain concat blocks.
// K1-LABEL: module @dense_inclusive
// K1-SAME:  attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>}
// K1:       slice.param @l1.br1.conv : tensor<1x2x3x3xf32>
// K1-NEXT:  slice.param @l2.bn.scale : tensor<3xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]>
// K1:       slice.param @l2.br1.conv : tensor<1x3x1x1xf32> init(msra) = dense<{{\[\[\[\[}}1.000000e+00]], {{\[\[}}2.000000e+00]], {{\[\[}}3.000000e+00]]]]>
// K1-NEXT:  slice.param @head.bn.scale.subnet1 : tensor<4xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00]>
// K1-NOT:   l1.br2
// K1:       %[[Y1:.*]] = slice.block concat(%{{.*}} : tensor<?x2x8x8xf32>) residual(%{{.*}} : tensor<?x2x8x8xf32>) {
// K1:       slice.batch_norm %[[Y1]], {{.*}} : tensor<?x3x8x8xf32>, tensor<3xf32>
// K1:       %[[Y2:.*]] = slice.block concat(%{{.*}} : tensor<?x3x8x8xf32>) residual(%[[Y1]] : tensor<?x3x8x8xf32>) {
// K1:       slice.head subnet 1 level 1 (%[[Y2]] : tensor<?x4x8x8xf32>)
// K1-NOT:   channel_slice
// K1:       return

// Sub-network 2 is the original network, in the grouped layout.
// K2-LABEL: module @dense_inclusive
// K2:       slice.param @l2.bn.scale : tensor<4xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]>
// K2:       slice.param @head.bn.scale : tensor<6xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00, 4.000000e+00, 6.000000e+00]>
// K2:       slice.block concat({{.*}} attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 3, 1>}
// K2:       slice.block concat({{.*}} attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 4, 2>}

// 8x8 maps: a layer-1 branch 64 * 2 * 9 = 1152, a layer-2 branch reads
// 3 (sub-network 1) or 4 channels: 192, 256; heads 4, 6.
// FLOPS-LABEL: module @dense_inclusive
// FLOPS-SAME:  slice.subnet_macs = array<i64: 1348, 2822>

module @dense_inclusive attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @l1.bn.scale : tensor<2xf32> init(ones)
  slice.param @l1.bn.bias : tensor<2xf32> init(zeros)
  slice.param @l1.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @l1.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @l1.br1.conv : tensor<1x2x3x3xf32> init(msra)
  slice.param @l1.br2.conv : tensor<1x2x3x3xf32> init(msra)
  slice.param @l2.bn.scale : tensor<2x4xf32> init(ones) = dense<[[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00], [1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]]> : tensor<2x4xf32>
  slice.param @l2.bn.bias : tensor<2x4xf32> init(zeros)
  slice.param @l2.bn.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @l2.bn.var : tensor<2x4xf32> init(ones) buffer
  slice.param @l2.br1.conv : tensor<1x4x1x1xf32> init(msra) = dense<[[[[1.000000e+00]], [[2.000000e+00]], [[3.000000e+00]], [[4.000000e+00]]]]> : tensor<1x4x1x1xf32>
  slice.param @l2.br2.conv : tensor<1x4x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<6xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00, 4.000000e+00, 6.000000e+00]> : tensor<6xf32>
  slice.param @head.bn.scale.subnet1 : tensor<4xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00]> : tensor<4xf32>
  slice.param @head.bn.bias : tensor<6xf32> init(zeros)
  slice.param @head.bn.bias.subnet1 : tensor<4xf32> init(zeros)
  slice.param @head.bn.mean : tensor<6xf32> init(zeros) buffer
  slice.param @head.bn.mean.subnet1 : tensor<4xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<6xf32> init(ones) buffer
  slice.param @head.bn.var.subnet1 : tensor<4xf32> init(ones) buffer
  slice.param @fc.weight : tensor<1x6xf32> init(uniform) = dense<[[1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00, 4.000000e+00, 6.000000e+00]]> : tensor<1x6xf32>
  slice.param @fc.weight.subnet1 : tensor<1x4xf32> init(uniform) = dense<[[1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00]]> : tensor<1x4xf32>
  func.func @forward(%arg0: tensor<?x2x8x8xf32>) -> (tensor<?x1xf32>, tensor<?x1xf32>) {
    %0 = slice.get_param @l1.bn.scale : tensor<2xf32>
    %1 = slice.get_param @l1.bn.bias : tensor<2xf32>
    %2 = slice.get_param @l1.bn.mean : tensor<2xf32>
    %3 = slice.get_param @l1.bn.var : tensor<2xf32>
    %4 = slice.batch_norm %arg0, %0, %1, %2, %3 : tensor<?x2x8x8xf32>, tensor<2xf32>
    %5 = slice.relu %4 : tensor<?x2x8x8xf32>
    %6 = slice.block concat(%5 : tensor<?x2x8x8xf32>) residual(%arg0 : tensor<?x2x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 3, 1>, subnet_branches = array<i64: 1, 2>} {
    ^bb0(%arg1: tensor<?x2x8x8xf32>):
      %16 = slice.get_param @l1.br1.conv : tensor<1x2x3x3xf32>
      %17 = slice.conv2d %arg1, %16 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<1x2x3x3xf32>
      slice.yield %17 : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x2x8x8xf32>):
      %16 = slice.get_param @l1.br2.conv : tensor<1x2x3x3xf32>
      %17 = slice.conv2d %arg1, %16 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<1x2x3x3xf32>
      slice.yield %17 : tensor<?x1x8x8xf32>
    }
    %7 = slice.get_param @l2.bn.scale : tensor<2x4xf32>
    %8 = slice.get_param @l2.bn.bias : tensor<2x4xf32>
    %9 = slice.get_param @l2.bn.mean : tensor<2x4xf32>
    %10 = slice.get_param @l2.bn.var : tensor<2x4xf32>
    %11 = slice.batch_norm %6, %7, %8, %9, %10 : tensor<?x4x8x8xf32>, tensor<2x4xf32>
    %12 = slice.relu %11 : tensor<?x4x8x8xf32>
    %13 = slice.block concat(%12 : tensor<?x4x8x8xf32>) residual(%6 : tensor<?x4x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 4, 2>, subnet_branches = array<i64: 1, 2>} {
    ^bb0(%arg1: tensor<?x4x8x8xf32>):
      %16 = slice.get_param @l2.br1.conv : tensor<1x4x1x1xf32>
      %17 = slice.conv2d %arg1, %16 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %17 : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x8x8xf32>):
      %16 = slice.get_param @l2.br2.conv : tensor<1x4x1x1xf32>
      %17 = slice.conv2d %arg1, %16 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %17 : tensor<?x1x8x8xf32>
    }
    %14 = slice.head subnet 1 level 1 (%13 : tensor<?x6x8x8xf32>) {
    ^bb0(%arg1: tensor<?x6x8x8xf32>):
      %16 = slice.channel_slice %arg1 {offset = 0 : i64, size = 4 : i64} : tensor<?x6x8x8xf32>
      %17 = slice.get_param @head.bn.scale.subnet1 : tensor<4xf32>
      %18 = slice.get_param @head.bn.bias.subnet1 : tensor<4xf32>
      %19 = slice.get_param @head.bn.mean.subnet1 : tensor<4xf32>
      %20 = slice.get_param @head.bn.var.subnet1 : tensor<4xf32>
      %21 = slice.batch_norm %16, %17, %18, %19, %20 : tensor<?x4x8x8xf32>, tensor<4xf32>
      %22 = slice.relu %21 : tensor<?x4x8x8xf32>
      %23 = slice.global_avg_pool %22 : tensor<?x4x8x8xf32>
      %24 = slice.flatten %23 : tensor<?x4x1x1xf32>
      %25 = slice.get_param @fc.weight.subnet1 : tensor<1x4xf32>
      %26 = slice.linear %24, %25 : tensor<?x4xf32>, tensor<1x4xf32>
      slice.yield %26 : tensor<?x1xf32>
    }
    %15 = slice.head subnet 2 level 1 (%13 : tensor<?x6x8x8xf32>) {
    ^bb0(%arg1: tensor<?x6x8x8xf32>):
      %16 = slice.get_param @head.bn.scale : tensor<6xf32>
      %17 = slice.get_param @head.bn.bias : tensor<6xf32>
      %18 = slice.get_param @head.bn.mean : tensor<6xf32>
      %19 = slice.get_param @head.bn.var : tensor<6xf32>
      %20 = slice.batch_norm %arg1, %16, %17, %18, %19 : tensor<?x6x8x8xf32>, tensor<6xf32>
      %21 = slice.relu %20 : tensor<?x6x8x8xf32>
      %22 = slice.global_avg_pool %21 : tensor<?x6x8x8xf32>
      %23 = slice.flatten %22 : tensor<?x6x1x1xf32>
      %24 = slice.get_param @fc.weight : tensor<1x6xf32>
      %25 = slice.linear %23, %24 : tensor<?x6xf32>, tensor<1x6xf32>
      slice.yield %25 : tensor<?x1xf32>
    }
    return %14, %15 : tensor<?x1xf32>, tensor<?x1xf32>
  }
}


// -----

// IS-form dense layers (inclusive-sparse.mlir's @dense_layers with K = 2):
// x in groups [2, 2], y1 = [x0 x1 b1 b2 | x2 x3 b3 b4], y2 in groups
// [6, 6], a block-triangular transition. Sub-network 1 is a plain network
// on the first groups: x's first 2 channels, branches 1 and 2 of each
// layer, BatchNorm entries of y1's group 1 (stored 1 2 5 6), transition
// rows of group 1 over y2's group 1 (no longer sparse).
// K1-LABEL: module @dense_sparse
// K1:       slice.param @l2.bn.scale : tensor<4xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 5.000000e+00, 6.000000e+00]>
// K1:       slice.param @trans : tensor<3x6x1x1xf32>
// K1:       slice.param @fc.subnet1 : tensor<10x3xf32>
// K1:       %[[X1:.*]] = slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x4x8x8xf32>
// K1:       %[[Y1:.*]] = slice.block concat(%{{.*}} : tensor<?x2x8x8xf32>) residual(%{{.*}} : tensor<?x2x8x8xf32>) {
// K1:       %[[Y2:.*]] = slice.block concat(%{{.*}} : tensor<?x4x8x8xf32>) residual(%[[Y1]] : tensor<?x4x8x8xf32>) {
// K1:       slice.conv2d %[[Y2]], %{{.*}} : tensor<?x6x8x8xf32>, tensor<3x6x1x1xf32>
// K2-LABEL: module @dense_sparse
// K2:       attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 4, 4>}
// K2:       attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 6, 6>}
// K2:       block_sparse = #slice.block_sparse<in = [6, 6], out = [3, 3], mask = [1, 0, 1, 1]>

// Sub-network 1: 64 * (2 * 2 + 2 * 4 + 3 * 6) + 30 = 1950.
// FLOPS-LABEL: module @dense_sparse
// FLOPS-SAME:  slice.subnet_macs = array<i64: 1950, 5820>

module @dense_sparse attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @l1.br1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @l1.br2 : tensor<1x2x1x1xf32> init(msra)
  slice.param @l1.br3 : tensor<1x4x1x1xf32> init(msra)
  slice.param @l1.br4 : tensor<1x4x1x1xf32> init(msra)
  slice.param @l2.bn.scale : tensor<8xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 5.000000e+00, 6.000000e+00, 3.000000e+00, 4.000000e+00, 7.000000e+00, 8.000000e+00]> : tensor<8xf32>
  slice.param @l2.bn.bias : tensor<8xf32> init(zeros)
  slice.param @l2.bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @l2.bn.var : tensor<8xf32> init(ones) buffer
  slice.param @l2.br1 : tensor<1x4x1x1xf32> init(msra) = dense<[[[[1.000000e+00]], [[2.000000e+00]], [[5.000000e+00]], [[6.000000e+00]]]]> : tensor<1x4x1x1xf32>
  slice.param @l2.br2 : tensor<1x4x1x1xf32> init(msra)
  slice.param @l2.br3 : tensor<1x8x1x1xf32> init(msra)
  slice.param @l2.br4 : tensor<1x8x1x1xf32> init(msra)
  slice.param @trans : tensor<6x12x1x1xf32> init(msra)
  slice.param @fc : tensor<10x6xf32> init(uniform)
  slice.param @fc.subnet1 : tensor<10x3xf32> init(uniform)
  func.func @forward(%arg0: tensor<?x4x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %0 = slice.block concat(%arg0 : tensor<?x4x8x8xf32>) residual(%arg0 : tensor<?x4x8x8xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 4, 4>} {
    ^bb0(%arg1: tensor<?x4x8x8xf32>):
      %13 = slice.channel_slice %arg1 {offset = 0 : i64, size = 2 : i64} : tensor<?x4x8x8xf32>
      %14 = slice.get_param @l1.br1 : tensor<1x2x1x1xf32>
      %15 = slice.conv2d %13, %14 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      slice.yield %15 : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x8x8xf32>):
      %13 = slice.channel_slice %arg1 {offset = 0 : i64, size = 2 : i64} : tensor<?x4x8x8xf32>
      %14 = slice.get_param @l1.br2 : tensor<1x2x1x1xf32>
      %15 = slice.conv2d %13, %14 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      slice.yield %15 : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x8x8xf32>):
      %13 = slice.get_param @l1.br3 : tensor<1x4x1x1xf32>
      %14 = slice.conv2d %arg1, %13 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %14 : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x8x8xf32>):
      %13 = slice.get_param @l1.br4 : tensor<1x4x1x1xf32>
      %14 = slice.conv2d %arg1, %13 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %14 : tensor<?x1x8x8xf32>
    }
    %1 = slice.get_param @l2.bn.scale : tensor<8xf32>
    %2 = slice.get_param @l2.bn.bias : tensor<8xf32>
    %3 = slice.get_param @l2.bn.mean : tensor<8xf32>
    %4 = slice.get_param @l2.bn.var : tensor<8xf32>
    %5 = slice.batch_norm %0, %1, %2, %3, %4 : tensor<?x8x8x8xf32>, tensor<8xf32>
    %6 = slice.relu %5 : tensor<?x8x8x8xf32>
    %7 = slice.block concat(%6 : tensor<?x8x8x8xf32>) residual(%0 : tensor<?x8x8x8xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 6, 6>} {
    ^bb0(%arg1: tensor<?x8x8x8xf32>):
      %13 = slice.channel_slice %arg1 {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %14 = slice.get_param @l2.br1 : tensor<1x4x1x1xf32>
      %15 = slice.conv2d %13, %14 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %15 : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x8x8xf32>):
      %13 = slice.channel_slice %arg1 {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %14 = slice.get_param @l2.br2 : tensor<1x4x1x1xf32>
      %15 = slice.conv2d %13, %14 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %15 : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x8x8xf32>):
      %13 = slice.get_param @l2.br3 : tensor<1x8x1x1xf32>
      %14 = slice.conv2d %arg1, %13 : tensor<?x8x8x8xf32>, tensor<1x8x1x1xf32>
      slice.yield %14 : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x8x8xf32>):
      %13 = slice.get_param @l2.br4 : tensor<1x8x1x1xf32>
      %14 = slice.conv2d %arg1, %13 : tensor<?x8x8x8xf32>, tensor<1x8x1x1xf32>
      slice.yield %14 : tensor<?x1x8x8xf32>
    }
    %8 = slice.get_param @trans : tensor<6x12x1x1xf32>
    %9 = slice.conv2d %7, %8 {block_sparse = #slice.block_sparse<in = [6, 6], out = [3, 3], mask = [1, 0, 1, 1]>} : tensor<?x12x8x8xf32>, tensor<6x12x1x1xf32>
    %10 = slice.avg_pool %9 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x6x8x8xf32>
    %11 = slice.head subnet 1 level 1 (%10 : tensor<?x6x4x4xf32>) {
    ^bb0(%arg1: tensor<?x6x4x4xf32>):
      %13 = slice.channel_slice %arg1 {offset = 0 : i64, size = 3 : i64} : tensor<?x6x4x4xf32>
      %14 = slice.global_avg_pool %13 : tensor<?x3x4x4xf32>
      %15 = slice.flatten %14 : tensor<?x3x1x1xf32>
      %16 = slice.get_param @fc.subnet1 : tensor<10x3xf32>
      %17 = slice.linear %15, %16 : tensor<?x3xf32>, tensor<10x3xf32>
      slice.yield %17 : tensor<?x10xf32>
    }
    %12 = slice.head subnet 2 level 1 (%10 : tensor<?x6x4x4xf32>) {
    ^bb0(%arg1: tensor<?x6x4x4xf32>):
      %13 = slice.global_avg_pool %arg1 : tensor<?x6x4x4xf32>
      %14 = slice.flatten %13 : tensor<?x6x1x1xf32>
      %15 = slice.get_param @fc : tensor<10x6xf32>
      %16 = slice.linear %14, %15 : tensor<?x6xf32>, tensor<10x6xf32>
      slice.yield %16 : tensor<?x10xf32>
    }
    return %11, %12 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

