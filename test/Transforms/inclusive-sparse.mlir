// RUN: slice-opt %s --split-input-file --inclusive-sparse=K=3 | FileCheck %s
// RUN: slice-opt %s --split-input-file --pass-pipeline='builtin.module(inclusive-sparse{K=3})' | FileCheck %s
// RUN: slice-opt %s --split-input-file --inclusive-sparse=K=4 | FileCheck %s --check-prefix=K4
// RUN: slice-opt %s --split-input-file --inclusive-sparse=K=3 | slice-opt --split-input-file --verify-interruptible -o /dev/null 2>&1 | count 0
// RUN: slice-opt %s --split-input-file --inclusive-sparse=K=4 | slice-opt --split-input-file --verify-interruptible -o /dev/null 2>&1 | count 0
// RUN: slice-opt %s --split-input-file --inclusive-sparse=K=3 --slice-flops=print-table=false | FileCheck %s --check-prefix=FLOPS
// RUN: slice-opt %s --split-input-file --inclusive-sparse=K=1 | FileCheck %s --check-prefix=K1

// The design card's command, verbatim, on the paper's IS-ResNeXt
// (L = 15, W = 96, C = 18), its pass-pipeline spelling, and the checker.
// RUN: slice-zoo --preset=is-resnext -o %t.zoo.mlir
// RUN: slice-opt --inclusive-sparse=K=6 %t.zoo.mlir > %t.is6.mlir
// RUN: FileCheck %s --check-prefix=CARD < %t.is6.mlir
// RUN: slice-opt %t.zoo.mlir --pass-pipeline='builtin.module(inclusive-sparse{K=6})' | diff %t.is6.mlir -
// RUN: slice-opt %t.is6.mlir --verify-interruptible -o /dev/null 2>&1 | count 0

// The zoo's concat models: DenseNet-BC and Inception, checked interruptible.
// RUN: slice-zoo densenet-bc --layers=2 --growth=6 --cardinality=3 --image-size=8 | slice-opt --inclusive-sparse=K=3 --verify-interruptible | FileCheck %s --check-prefix=DENSENET
// RUN: slice-zoo inception --blocks=3 --width=2 --cardinality=6 --stem-width=6 --image-size=8 | slice-opt --inclusive-sparse=K=3 --verify-interruptible | FileCheck %s --check-prefix=INCEPTION

// --inclusive-sparse=K (paper section 3.2): features split into K channel
// groups; branch i of C gets group g_i = ceil(iK/C), reads groups 1..g_i
// (a channel_slice prefix, first-layer weight columns sliced) and writes
// group g_i only (last-layer weight rows sliced); head k reads groups 1..k.

// CARD:      module @resnext_cifar_L15_W96_B4_C18 attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 6>}
// CARD:      func.func @forward(%{{.*}}: tensor<?x3x32x32xf32>{{.*}}) -> (tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>)
// W = 96 in 6 groups of 16; 18 branches, 3 per group.
// CARD:      slice.block add(%{{.*}} : tensor<?x96x32x32xf32>) residual(%{{.*}} : tensor<?x96x32x32xf32>) attributes {branch_groups = array<i64: 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6>, partition = array<i64: 16, 16, 16, 16, 16, 16>}
// CARD-NEXT: ^bb0(%[[IN:.*]]: tensor<?x96x32x32xf32>{{.*}}):
// CARD-NEXT: %[[S:.*]] = slice.channel_slice %[[IN]] {offset = 0 : i64, size = 16 : i64} : tensor<?x96x32x32xf32>
// CARD-NEXT: %[[W:.*]] = slice.get_param @stage1.block1.branch1.conv1.weight : tensor<4x16x1x1xf32>
// CARD-NEXT: slice.conv2d %[[S]], %[[W]] : tensor<?x16x32x32xf32>, tensor<4x16x1x1xf32>
// CARD:      slice.get_param @stage1.block1.branch1.conv3.weight : tensor<16x4x1x1xf32>
// CARD:      slice.yield %{{.*}} : tensor<?x16x32x32xf32>
// Branch 4 (group 2) reads 32 channels.
// CARD:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 32 : i64} : tensor<?x96x32x32xf32>
// CARD-NEXT: slice.get_param @stage1.block1.branch4.conv1.weight : tensor<4x32x1x1xf32>
// Branch 18 (group 6) reads everything.
// CARD:      slice.get_param @stage1.block1.branch17.conv3.weight : tensor<16x4x1x1xf32>
// CARD:      ^bb0(%[[IN18:.*]]: tensor<?x96x32x32xf32>{{.*}}):
// CARD-NEXT: slice.get_param @stage1.block1.branch18.conv1.weight : tensor<4x96x1x1xf32>
// CARD-NEXT: slice.conv2d %[[IN18]], {{.*}} : tensor<?x96x32x32xf32>, tensor<4x96x1x1xf32>
// Between stages every group is padded in place.
// CARD:      slice.pad_channels %{{.*}} {groups = array<i64: 16, 16, 16, 16, 16, 16>, pads = array<i64: 16, 16, 16, 16, 16, 16>} : tensor<?x96x16x16xf32>
// CARD:      attributes {branch_groups = array<i64: 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6>, partition = array<i64: 32, 32, 32, 32, 32, 32>}
// CARD:      slice.pad_channels %{{.*}} {groups = array<i64: 32, 32, 32, 32, 32, 32>, pads = array<i64: 32, 32, 32, 32, 32, 32>} : tensor<?x192x8x8xf32>
// CARD:      attributes {branch_groups = array<i64: 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6>, partition = array<i64: 64, 64, 64, 64, 64, 64>}
// Head k reads 64k of the 384 final channels.
// CARD:      %[[H1:.*]] = slice.head subnet 1 level 1 (%{{.*}} : tensor<?x384x8x8xf32>)
// CARD:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 64 : i64} : tensor<?x384x8x8xf32>
// CARD:      slice.linear {{.*}} : tensor<?x64xf32>, tensor<10x64xf32>, tensor<10xf32>
// CARD:      slice.head subnet 5 level 1
// CARD:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 320 : i64} : tensor<?x384x8x8xf32>
// CARD:      slice.linear {{.*}} : tensor<?x320xf32>, tensor<10x320xf32>, tensor<10xf32>
// CARD:      %[[H6:.*]] = slice.head subnet 6 level 1 (%{{.*}} : tensor<?x384x8x8xf32>)
// CARD-NOT:  slice.channel_slice
// CARD:      slice.linear {{.*}} : tensor<?x384xf32>, tensor<10x384xf32>, tensor<10xf32>
// CARD:      return %[[H1]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %[[H6]] :

// A stem, three blocks of C = 4 (W = 6, 12, 18), a grouped down-scaling
// (average pool + zero channels) and a dense 1x1 projection on the trunk.
// Stored weights are sliced along.
// CHECK-LABEL: module @is_model
// CHECK-SAME: attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 3>}
// The stem reads the image, not the trunk: unchanged, stored value too.
// CHECK-NEXT: slice.param @stem.weight : tensor<6x3x1x1xf32> init(msra) = dense<{{.*}}1.700000e+01]]]]> : tensor<6x3x1x1xf32>
// BatchNorm stays shared.
// CHECK-NEXT: slice.param @b1.bn.scale : tensor<6xf32> init(ones)
// Group 1 of [2, 2, 2]: input columns 0..1 of [[0..5], [6..11]]; output rows 0..1.
// CHECK:      slice.param @b1.br1.conv1 : tensor<2x2x1x1xf32> init(msra) = dense<{{\[\[\[\[}}0.000000e+00]], {{\[\[}}1.000000e+00]]], {{\[\[\[}}6.000000e+00]], {{\[\[}}7.000000e+00]]]]> : tensor<2x2x1x1xf32>
// CHECK-NEXT: slice.param @b1.br1.bn.scale : tensor<2xf32> init(ones)
// CHECK:      slice.param @b1.br1.conv2 : tensor<2x2x1x1xf32> init(msra){{$}}
// Group 2: input columns 0..3; output rows 2..3 of [[0, 1], [2, 3], ..., [10, 11]].
// CHECK-NEXT: slice.param @b1.br2.conv1 : tensor<2x4x1x1xf32> init(msra){{$}}
// CHECK-NEXT: slice.param @b1.br2.conv2 : tensor<2x2x1x1xf32> init(msra) = dense<{{\[\[\[\[}}4.000000e+00]], {{\[\[}}5.000000e+00]]], {{\[\[\[}}6.000000e+00]], {{\[\[}}7.000000e+00]]]]> : tensor<2x2x1x1xf32>
// CHECK-NEXT: slice.param @b1.br3.conv1 : tensor<2x6x1x1xf32>
// CHECK-NEXT: slice.param @b1.br3.conv2 : tensor<2x2x1x1xf32>
// CHECK-NEXT: slice.param @b1.br4.conv1 : tensor<2x6x1x1xf32>
// CHECK-NEXT: slice.param @b1.br4.conv2 : tensor<2x2x1x1xf32>
// CHECK-NEXT: slice.param @b2.bn.scale : tensor<12xf32>
// CHECK:      slice.param @b2.br1.conv1 : tensor<2x4x1x1xf32>
// CHECK-NEXT: slice.param @b2.br1.conv2 : tensor<4x2x1x1xf32>
// CHECK-NEXT: slice.param @b2.br2.conv1 : tensor<2x8x1x1xf32>
// CHECK-NEXT: slice.param @b2.br2.conv2 : tensor<4x2x1x1xf32>
// CHECK-NEXT: slice.param @b2.br3.conv1 : tensor<2x12x1x1xf32>
// CHECK-NEXT: slice.param @b2.br3.conv2 : tensor<4x2x1x1xf32>
// CHECK-NEXT: slice.param @b2.br4.conv1 : tensor<2x12x1x1xf32>
// CHECK-NEXT: slice.param @b2.br4.conv2 : tensor<4x2x1x1xf32>
// The projection keeps its dense weight; the pattern is an attribute.
// CHECK-NEXT: slice.param @proj.weight : tensor<18x12x1x1xf32>
// CHECK-NEXT: slice.param @b3.bn.scale : tensor<18xf32>
// CHECK:      slice.param @b3.br1.conv1 : tensor<2x6x1x1xf32>
// CHECK-NEXT: slice.param @b3.br1.conv2 : tensor<6x2x1x1xf32>
// CHECK-NEXT: slice.param @b3.br2.conv1 : tensor<2x12x1x1xf32>
// CHECK-NEXT: slice.param @b3.br2.conv2 : tensor<6x2x1x1xf32>
// CHECK-NEXT: slice.param @b3.br3.conv1 : tensor<2x18x1x1xf32>
// Heads 1 and 2 get prefixes of the head's parameters, stored values too.
// CHECK-DAG:  slice.param @head.bn.scale : tensor<18xf32> init(ones) = dense<[1.000000e+00, {{.*}}, 1.800000e+01]> : tensor<18xf32>
// CHECK-DAG:  slice.param @head.bn.scale.subnet2 : tensor<12xf32> init(ones) = dense<[1.000000e+00, {{.*}}, 1.100000e+01, 1.200000e+01]> : tensor<12xf32>
// CHECK-DAG:  slice.param @head.bn.scale.subnet1 : tensor<6xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00]> : tensor<6xf32>
// CHECK-DAG:  slice.param @head.bn.var.subnet1 : tensor<6xf32> init(ones) buffer
// CHECK-DAG:  slice.param @fc.weight : tensor<10x18xf32>
// CHECK-DAG:  slice.param @fc.weight.subnet2 : tensor<10x12xf32>
// CHECK-DAG:  slice.param @fc.weight.subnet1 : tensor<10x6xf32>
// CHECK-DAG:  slice.param @fc.bias.subnet1 : tensor<10xf32>
// CHECK:      func.func @forward(%{{.*}}: tensor<?x3x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>)
// CHECK:      %[[STEM:.*]] = slice.conv2d %{{.*}}, %{{.*}} : tensor<?x3x8x8xf32>, tensor<6x3x1x1xf32>
// CHECK:      slice.batch_norm %[[STEM]], {{.*}} : tensor<?x6x8x8xf32>, tensor<6xf32>
// CHECK:      %[[Y1:.*]] = slice.block add(%{{.*}} : tensor<?x6x8x8xf32>) residual(%[[STEM]] : tensor<?x6x8x8xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 2, 2, 2>}
// CHECK-NEXT: ^bb0(%[[IN:.*]]: tensor<?x6x8x8xf32>):
// CHECK-NEXT: %[[S:.*]] = slice.channel_slice %[[IN]] {offset = 0 : i64, size = 2 : i64} : tensor<?x6x8x8xf32>
// CHECK-NEXT: %[[W:.*]] = slice.get_param @b1.br1.conv1 : tensor<2x2x1x1xf32>
// CHECK-NEXT: slice.conv2d %[[S]], %[[W]] : tensor<?x2x8x8xf32>, tensor<2x2x1x1xf32>
// CHECK:      slice.batch_norm {{.*}} : tensor<?x2x8x8xf32>, tensor<2xf32>
// CHECK:      slice.get_param @b1.br1.conv2 : tensor<2x2x1x1xf32>
// CHECK:      slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0(%[[IN:.*]]: tensor<?x6x8x8xf32>):
// CHECK-NEXT: slice.channel_slice %[[IN]] {offset = 0 : i64, size = 4 : i64} : tensor<?x6x8x8xf32>
// CHECK-NEXT: slice.get_param @b1.br2.conv1 : tensor<2x4x1x1xf32>
// CHECK:      slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0(%[[IN:.*]]: tensor<?x6x8x8xf32>):
// CHECK-NEXT: slice.get_param @b1.br3.conv1 : tensor<2x6x1x1xf32>
// CHECK:      slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0(%[[IN:.*]]: tensor<?x6x8x8xf32>):
// CHECK-NEXT: slice.get_param @b1.br4.conv1 : tensor<2x6x1x1xf32>
// CHECK:      slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %[[D:.*]] = slice.avg_pool %[[Y1]]
// CHECK-NEXT: %[[P:.*]] = slice.pad_channels %[[D]] {groups = array<i64: 2, 2, 2>, pads = array<i64: 2, 2, 2>} : tensor<?x6x4x4xf32>
// CHECK:      %[[Y2:.*]] = slice.block add(%{{.*}} : tensor<?x12x4x4xf32>) residual(%[[P]] : tensor<?x12x4x4xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 4, 4, 4>}
// CHECK:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x12x4x4xf32>
// CHECK:      slice.yield %{{.*}} : tensor<?x4x4x4xf32>
// CHECK:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 8 : i64} : tensor<?x12x4x4xf32>
// CHECK:      %[[R:.*]] = slice.conv2d %[[Y2]], %{{.*}} {block_sparse = #slice.block_sparse<in = [4, 4, 4], out = [6, 6, 6], mask = [1, 0, 0, 1, 1, 0, 1, 1, 1]>} : tensor<?x12x4x4xf32>, tensor<18x12x1x1xf32>
// CHECK:      %[[Y3:.*]] = slice.block add(%{{.*}} : tensor<?x18x4x4xf32>) residual(%[[R]] : tensor<?x18x4x4xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 6, 6, 6>}
// CHECK:      %[[H1:.*]] = slice.head subnet 1 level 1 (%[[Y3]] : tensor<?x18x4x4xf32>)
// CHECK-NEXT: ^bb0(%[[F:.*]]: tensor<?x18x4x4xf32>):
// CHECK-NEXT: %[[PRE:.*]] = slice.channel_slice %[[F]] {offset = 0 : i64, size = 6 : i64} : tensor<?x18x4x4xf32>
// CHECK-NEXT: slice.get_param @head.bn.scale.subnet1 : tensor<6xf32>
// CHECK:      slice.batch_norm %[[PRE]], {{.*}} : tensor<?x6x4x4xf32>, tensor<6xf32>
// CHECK:      slice.get_param @fc.weight.subnet1 : tensor<10x6xf32>
// CHECK:      slice.linear {{.*}} : tensor<?x6xf32>, tensor<10x6xf32>, tensor<10xf32>
// CHECK:      %[[H2:.*]] = slice.head subnet 2 level 1 (%[[Y3]] : tensor<?x18x4x4xf32>)
// CHECK-NEXT: ^bb0(%[[F:.*]]: tensor<?x18x4x4xf32>):
// CHECK-NEXT: slice.channel_slice %[[F]] {offset = 0 : i64, size = 12 : i64} : tensor<?x18x4x4xf32>
// CHECK:      slice.linear {{.*}} : tensor<?x12xf32>, tensor<10x12xf32>, tensor<10xf32>
// CHECK:      %[[H3:.*]] = slice.head subnet 3 level 1 (%[[Y3]] : tensor<?x18x4x4xf32>)
// CHECK-NEXT: ^bb0(%[[F:.*]]: tensor<?x18x4x4xf32>):
// CHECK-NEXT: slice.get_param @head.bn.scale : tensor<18xf32>
// CHECK:      slice.batch_norm %[[F]], {{.*}} : tensor<?x18x4x4xf32>, tensor<18xf32>
// CHECK:      slice.get_param @fc.weight : tensor<10x18xf32>
// CHECK:      return %[[H1]], %[[H2]], %[[H3]] : tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>

// K = 4 does not divide W = 6: the first 6 mod 4 = 2 groups get one more
// channel, [2, 2, 1, 1]; padded to 12: [3, 3, 3, 3]; projected to 18:
// [5, 5, 4, 4].
// K4-LABEL:  module @is_model
// K4:        attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 2, 2, 1, 1>}
// K4:        slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x6x8x8xf32>
// K4:        slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// K4:        slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x6x8x8xf32>
// K4:        slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// K4:        slice.channel_slice %{{.*}} {offset = 0 : i64, size = 5 : i64} : tensor<?x6x8x8xf32>
// K4:        slice.yield %{{.*}} : tensor<?x1x8x8xf32>
// K4:        slice.yield %{{.*}} : tensor<?x1x8x8xf32>
// K4:        slice.pad_channels %{{.*}} {groups = array<i64: 2, 2, 1, 1>, pads = array<i64: 1, 1, 2, 2>} : tensor<?x6x4x4xf32>
// K4:        attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 3, 3, 3, 3>}
// K4:        block_sparse = #slice.block_sparse<in = [3, 3, 3, 3], out = [5, 5, 4, 4], mask = [1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1]>
// K4:        attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 5, 5, 4, 4>}
// K4:        slice.head subnet 1 level 1
// K4-NEXT:   ^bb0
// K4-NEXT:   slice.channel_slice %{{.*}} {offset = 0 : i64, size = 5 : i64} : tensor<?x18x4x4xf32>
// K4:        slice.head subnet 2 level 1
// K4-NEXT:   ^bb0
// K4-NEXT:   slice.channel_slice %{{.*}} {offset = 0 : i64, size = 10 : i64} : tensor<?x18x4x4xf32>
// K4:        slice.head subnet 3 level 1
// K4-NEXT:   ^bb0
// K4-NEXT:   slice.channel_slice %{{.*}} {offset = 0 : i64, size = 14 : i64} : tensor<?x18x4x4xf32>
// K4:        slice.linear {{.*}} : tensor<?x14xf32>, tensor<10x14xf32>, tensor<10xf32>
// K4:        slice.head subnet 4 level 1
// K4-NEXT:   ^bb0
// K4-NOT:    slice.channel_slice
// K4:        return

// K = 1 is allowed: one group, every branch in it, the original head.
// K1-LABEL: module @is_model
// K1-SAME:  #slice.anytime<form = inclusive_sparse, subnets = 1>
// K1:       func.func @forward(%{{.*}}: tensor<?x3x8x8xf32>) -> tensor<?x10xf32>
// K1-NOT:   slice.channel_slice
// K1:       attributes {branch_groups = array<i64: 1, 1, 1, 1>, partition = array<i64: 6>}
// K1:       slice.head subnet 1 level 1
// K1-NOT:   slice.head

// Hand counts, per image (1x1 convs: pixels * out * in):
//   stem 64*6*3 = 1152; block 1 (64 px, partition [2, 2, 2]): branches
//   64*2*(2+2), 64*2*(4+2), 64*2*(6+2) twice = 512 + 768 + 2*1024 = 3328;
//   block 2 (16 px, [4, 4, 4], B = 2): 16*2*(4+4) + 16*2*(8+4) + 2*16*2*(12+4)
//   = 256 + 384 + 1024 = 1664; projection: 6 of 9 blocks of 6x4 on 16 px
//   = 2304; block 3 ([6, 6, 6]): 16*2*(6+6) + 16*2*(12+6) + 2*16*2*(18+6)
//   = 384 + 576 + 1536 = 2496; heads 60 + 120 + 180.
//   model 1152 + 3328 + 1664 + 2304 + 2496 + 360 = 11304.
//   Sub-network 1: stem 64*2*3 = 384, branch 1 of each block 512 + 256 + 384,
//   projection block (1,1) 384, head 60: 1980. Its parameters: stem 6,
//   BN scale+bias 4 + 8 + 12, block 1 branch 1 4 + 4 (BN) + 4, block 2
//   8 + 8, projection 24, block 3 12 + 12, head BN 12 + fc 60 + 10: 188.
//   Sub-network 2: stem 768, blocks 1280 + 640 + 960, projection 3 blocks
//   1152, head 120: 4920. Sub-network 3: the model less heads 1, 2: 11124.
// FLOPS-LABEL: module @is_model
// FLOPS-SAME:  slice.macs = 11304 : i64
// FLOPS-SAME:  slice.subnet_macs = array<i64: 1980, 4920, 11124>
// FLOPS-SAME:  slice.subnet_params = array<i64: 188,
// FLOPS:       slice.conv2d {{.*}}block_sparse{{.*}}slice.macs = 2304 : i64

module @is_model attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @stem.weight : tensor<6x3x1x1xf32> init(msra) = dense<[[[[0.0]], [[1.0]], [[2.0]]], [[[3.0]], [[4.0]], [[5.0]]], [[[6.0]], [[7.0]], [[8.0]]], [[[9.0]], [[10.0]], [[11.0]]], [[[12.0]], [[13.0]], [[14.0]]], [[[15.0]], [[16.0]], [[17.0]]]]> : tensor<6x3x1x1xf32>
  slice.param @b1.bn.scale : tensor<6xf32> init(ones)
  slice.param @b1.bn.bias : tensor<6xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<6xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<6xf32> init(ones) buffer
  slice.param @b1.br1.conv1 : tensor<2x6x1x1xf32> init(msra) = dense<[[[[0.0]], [[1.0]], [[2.0]], [[3.0]], [[4.0]], [[5.0]]], [[[6.0]], [[7.0]], [[8.0]], [[9.0]], [[10.0]], [[11.0]]]]> : tensor<2x6x1x1xf32>
  slice.param @b1.br1.bn.scale : tensor<2xf32> init(ones)
  slice.param @b1.br1.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b1.br1.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b1.br1.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b1.br1.conv2 : tensor<6x2x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<2x6x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<6x2x1x1xf32> init(msra) = dense<[[[[0.0]], [[1.0]]], [[[2.0]], [[3.0]]], [[[4.0]], [[5.0]]], [[[6.0]], [[7.0]]], [[[8.0]], [[9.0]]], [[[10.0]], [[11.0]]]]> : tensor<6x2x1x1xf32>
  slice.param @b1.br3.conv1 : tensor<2x6x1x1xf32> init(msra)
  slice.param @b1.br3.conv2 : tensor<6x2x1x1xf32> init(msra)
  slice.param @b1.br4.conv1 : tensor<2x6x1x1xf32> init(msra)
  slice.param @b1.br4.conv2 : tensor<6x2x1x1xf32> init(msra)
  slice.param @b2.bn.scale : tensor<12xf32> init(ones)
  slice.param @b2.bn.bias : tensor<12xf32> init(zeros)
  slice.param @b2.bn.mean : tensor<12xf32> init(zeros) buffer
  slice.param @b2.bn.var : tensor<12xf32> init(ones) buffer
  slice.param @b2.br1.conv1 : tensor<2x12x1x1xf32> init(msra)
  slice.param @b2.br1.conv2 : tensor<12x2x1x1xf32> init(msra)
  slice.param @b2.br2.conv1 : tensor<2x12x1x1xf32> init(msra)
  slice.param @b2.br2.conv2 : tensor<12x2x1x1xf32> init(msra)
  slice.param @b2.br3.conv1 : tensor<2x12x1x1xf32> init(msra)
  slice.param @b2.br3.conv2 : tensor<12x2x1x1xf32> init(msra)
  slice.param @b2.br4.conv1 : tensor<2x12x1x1xf32> init(msra)
  slice.param @b2.br4.conv2 : tensor<12x2x1x1xf32> init(msra)
  slice.param @proj.weight : tensor<18x12x1x1xf32> init(msra)
  slice.param @b3.bn.scale : tensor<18xf32> init(ones)
  slice.param @b3.bn.bias : tensor<18xf32> init(zeros)
  slice.param @b3.bn.mean : tensor<18xf32> init(zeros) buffer
  slice.param @b3.bn.var : tensor<18xf32> init(ones) buffer
  slice.param @b3.br1.conv1 : tensor<2x18x1x1xf32> init(msra)
  slice.param @b3.br1.conv2 : tensor<18x2x1x1xf32> init(msra)
  slice.param @b3.br2.conv1 : tensor<2x18x1x1xf32> init(msra)
  slice.param @b3.br2.conv2 : tensor<18x2x1x1xf32> init(msra)
  slice.param @b3.br3.conv1 : tensor<2x18x1x1xf32> init(msra)
  slice.param @b3.br3.conv2 : tensor<18x2x1x1xf32> init(msra)
  slice.param @b3.br4.conv1 : tensor<2x18x1x1xf32> init(msra)
  slice.param @b3.br4.conv2 : tensor<18x2x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<18xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00, 8.000000e+00, 9.000000e+00, 1.000000e+01, 1.100000e+01, 1.200000e+01, 1.300000e+01, 1.400000e+01, 1.500000e+01, 1.600000e+01, 1.700000e+01, 1.800000e+01]> : tensor<18xf32>
  slice.param @head.bn.bias : tensor<18xf32> init(zeros)
  slice.param @head.bn.mean : tensor<18xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<18xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x18xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x10xf32> {
    %v1 = slice.get_param @stem.weight : tensor<6x3x1x1xf32>
    %v2 = slice.conv2d %x, %v1 : tensor<?x3x8x8xf32>, tensor<6x3x1x1xf32>
    %v3 = slice.get_param @b1.bn.scale : tensor<6xf32>
    %v4 = slice.get_param @b1.bn.bias : tensor<6xf32>
    %v5 = slice.get_param @b1.bn.mean : tensor<6xf32>
    %v6 = slice.get_param @b1.bn.var : tensor<6xf32>
    %v7 = slice.batch_norm %v2, %v3, %v4, %v5, %v6 : tensor<?x6x8x8xf32>, tensor<6xf32>
    %v8 = slice.relu %v7 : tensor<?x6x8x8xf32>
    %v9 = slice.block add(%v8 : tensor<?x6x8x8xf32>) residual(%v2 : tensor<?x6x8x8xf32>) {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v10 = slice.get_param @b1.br1.conv1 : tensor<2x6x1x1xf32>
      %v11 = slice.conv2d %in, %v10 : tensor<?x6x8x8xf32>, tensor<2x6x1x1xf32>
      %v12 = slice.get_param @b1.br1.bn.scale : tensor<2xf32>
      %v13 = slice.get_param @b1.br1.bn.bias : tensor<2xf32>
      %v14 = slice.get_param @b1.br1.bn.mean : tensor<2xf32>
      %v15 = slice.get_param @b1.br1.bn.var : tensor<2xf32>
      %v16 = slice.batch_norm %v11, %v12, %v13, %v14, %v15 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v17 = slice.relu %v16 : tensor<?x2x8x8xf32>
      %v18 = slice.get_param @b1.br1.conv2 : tensor<6x2x1x1xf32>
      %v19 = slice.conv2d %v17, %v18 : tensor<?x2x8x8xf32>, tensor<6x2x1x1xf32>
      slice.yield %v19 : tensor<?x6x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v20 = slice.get_param @b1.br2.conv1 : tensor<2x6x1x1xf32>
      %v21 = slice.conv2d %in, %v20 : tensor<?x6x8x8xf32>, tensor<2x6x1x1xf32>
      %v22 = slice.relu %v21 : tensor<?x2x8x8xf32>
      %v23 = slice.get_param @b1.br2.conv2 : tensor<6x2x1x1xf32>
      %v24 = slice.conv2d %v22, %v23 : tensor<?x2x8x8xf32>, tensor<6x2x1x1xf32>
      slice.yield %v24 : tensor<?x6x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v25 = slice.get_param @b1.br3.conv1 : tensor<2x6x1x1xf32>
      %v26 = slice.conv2d %in, %v25 : tensor<?x6x8x8xf32>, tensor<2x6x1x1xf32>
      %v27 = slice.relu %v26 : tensor<?x2x8x8xf32>
      %v28 = slice.get_param @b1.br3.conv2 : tensor<6x2x1x1xf32>
      %v29 = slice.conv2d %v27, %v28 : tensor<?x2x8x8xf32>, tensor<6x2x1x1xf32>
      slice.yield %v29 : tensor<?x6x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v30 = slice.get_param @b1.br4.conv1 : tensor<2x6x1x1xf32>
      %v31 = slice.conv2d %in, %v30 : tensor<?x6x8x8xf32>, tensor<2x6x1x1xf32>
      %v32 = slice.relu %v31 : tensor<?x2x8x8xf32>
      %v33 = slice.get_param @b1.br4.conv2 : tensor<6x2x1x1xf32>
      %v34 = slice.conv2d %v32, %v33 : tensor<?x2x8x8xf32>, tensor<6x2x1x1xf32>
      slice.yield %v34 : tensor<?x6x8x8xf32>
    }
    %v35 = slice.avg_pool %v9 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x6x8x8xf32>
    %v36 = slice.pad_channels %v35 {pads = array<i64: 6>} : tensor<?x6x4x4xf32>
    %v37 = slice.get_param @b2.bn.scale : tensor<12xf32>
    %v38 = slice.get_param @b2.bn.bias : tensor<12xf32>
    %v39 = slice.get_param @b2.bn.mean : tensor<12xf32>
    %v40 = slice.get_param @b2.bn.var : tensor<12xf32>
    %v41 = slice.batch_norm %v36, %v37, %v38, %v39, %v40 : tensor<?x12x4x4xf32>, tensor<12xf32>
    %v42 = slice.relu %v41 : tensor<?x12x4x4xf32>
    %v43 = slice.block add(%v42 : tensor<?x12x4x4xf32>) residual(%v36 : tensor<?x12x4x4xf32>) {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %v44 = slice.get_param @b2.br1.conv1 : tensor<2x12x1x1xf32>
      %v45 = slice.conv2d %in, %v44 : tensor<?x12x4x4xf32>, tensor<2x12x1x1xf32>
      %v46 = slice.relu %v45 : tensor<?x2x4x4xf32>
      %v47 = slice.get_param @b2.br1.conv2 : tensor<12x2x1x1xf32>
      %v48 = slice.conv2d %v46, %v47 : tensor<?x2x4x4xf32>, tensor<12x2x1x1xf32>
      slice.yield %v48 : tensor<?x12x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %v49 = slice.get_param @b2.br2.conv1 : tensor<2x12x1x1xf32>
      %v50 = slice.conv2d %in, %v49 : tensor<?x12x4x4xf32>, tensor<2x12x1x1xf32>
      %v51 = slice.relu %v50 : tensor<?x2x4x4xf32>
      %v52 = slice.get_param @b2.br2.conv2 : tensor<12x2x1x1xf32>
      %v53 = slice.conv2d %v51, %v52 : tensor<?x2x4x4xf32>, tensor<12x2x1x1xf32>
      slice.yield %v53 : tensor<?x12x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %v54 = slice.get_param @b2.br3.conv1 : tensor<2x12x1x1xf32>
      %v55 = slice.conv2d %in, %v54 : tensor<?x12x4x4xf32>, tensor<2x12x1x1xf32>
      %v56 = slice.relu %v55 : tensor<?x2x4x4xf32>
      %v57 = slice.get_param @b2.br3.conv2 : tensor<12x2x1x1xf32>
      %v58 = slice.conv2d %v56, %v57 : tensor<?x2x4x4xf32>, tensor<12x2x1x1xf32>
      slice.yield %v58 : tensor<?x12x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %v59 = slice.get_param @b2.br4.conv1 : tensor<2x12x1x1xf32>
      %v60 = slice.conv2d %in, %v59 : tensor<?x12x4x4xf32>, tensor<2x12x1x1xf32>
      %v61 = slice.relu %v60 : tensor<?x2x4x4xf32>
      %v62 = slice.get_param @b2.br4.conv2 : tensor<12x2x1x1xf32>
      %v63 = slice.conv2d %v61, %v62 : tensor<?x2x4x4xf32>, tensor<12x2x1x1xf32>
      slice.yield %v63 : tensor<?x12x4x4xf32>
    }
    %v64 = slice.get_param @proj.weight : tensor<18x12x1x1xf32>
    %v65 = slice.conv2d %v43, %v64 : tensor<?x12x4x4xf32>, tensor<18x12x1x1xf32>
    %v66 = slice.get_param @b3.bn.scale : tensor<18xf32>
    %v67 = slice.get_param @b3.bn.bias : tensor<18xf32>
    %v68 = slice.get_param @b3.bn.mean : tensor<18xf32>
    %v69 = slice.get_param @b3.bn.var : tensor<18xf32>
    %v70 = slice.batch_norm %v65, %v66, %v67, %v68, %v69 : tensor<?x18x4x4xf32>, tensor<18xf32>
    %v71 = slice.relu %v70 : tensor<?x18x4x4xf32>
    %v72 = slice.block add(%v71 : tensor<?x18x4x4xf32>) residual(%v65 : tensor<?x18x4x4xf32>) {
    ^bb0(%in: tensor<?x18x4x4xf32>):
      %v73 = slice.get_param @b3.br1.conv1 : tensor<2x18x1x1xf32>
      %v74 = slice.conv2d %in, %v73 : tensor<?x18x4x4xf32>, tensor<2x18x1x1xf32>
      %v75 = slice.relu %v74 : tensor<?x2x4x4xf32>
      %v76 = slice.get_param @b3.br1.conv2 : tensor<18x2x1x1xf32>
      %v77 = slice.conv2d %v75, %v76 : tensor<?x2x4x4xf32>, tensor<18x2x1x1xf32>
      slice.yield %v77 : tensor<?x18x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x18x4x4xf32>):
      %v78 = slice.get_param @b3.br2.conv1 : tensor<2x18x1x1xf32>
      %v79 = slice.conv2d %in, %v78 : tensor<?x18x4x4xf32>, tensor<2x18x1x1xf32>
      %v80 = slice.relu %v79 : tensor<?x2x4x4xf32>
      %v81 = slice.get_param @b3.br2.conv2 : tensor<18x2x1x1xf32>
      %v82 = slice.conv2d %v80, %v81 : tensor<?x2x4x4xf32>, tensor<18x2x1x1xf32>
      slice.yield %v82 : tensor<?x18x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x18x4x4xf32>):
      %v83 = slice.get_param @b3.br3.conv1 : tensor<2x18x1x1xf32>
      %v84 = slice.conv2d %in, %v83 : tensor<?x18x4x4xf32>, tensor<2x18x1x1xf32>
      %v85 = slice.relu %v84 : tensor<?x2x4x4xf32>
      %v86 = slice.get_param @b3.br3.conv2 : tensor<18x2x1x1xf32>
      %v87 = slice.conv2d %v85, %v86 : tensor<?x2x4x4xf32>, tensor<18x2x1x1xf32>
      slice.yield %v87 : tensor<?x18x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x18x4x4xf32>):
      %v88 = slice.get_param @b3.br4.conv1 : tensor<2x18x1x1xf32>
      %v89 = slice.conv2d %in, %v88 : tensor<?x18x4x4xf32>, tensor<2x18x1x1xf32>
      %v90 = slice.relu %v89 : tensor<?x2x4x4xf32>
      %v91 = slice.get_param @b3.br4.conv2 : tensor<18x2x1x1xf32>
      %v92 = slice.conv2d %v90, %v91 : tensor<?x2x4x4xf32>, tensor<18x2x1x1xf32>
      slice.yield %v92 : tensor<?x18x4x4xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v72 : tensor<?x18x4x4xf32>) {
    ^bb0(%f: tensor<?x18x4x4xf32>):
      %v93 = slice.get_param @head.bn.scale : tensor<18xf32>
      %v94 = slice.get_param @head.bn.bias : tensor<18xf32>
      %v95 = slice.get_param @head.bn.mean : tensor<18xf32>
      %v96 = slice.get_param @head.bn.var : tensor<18xf32>
      %v97 = slice.batch_norm %f, %v93, %v94, %v95, %v96 : tensor<?x18x4x4xf32>, tensor<18xf32>
      %v98 = slice.relu %v97 : tensor<?x18x4x4xf32>
      %g = slice.global_avg_pool %v98 : tensor<?x18x4x4xf32>
      %fl = slice.flatten %g : tensor<?x18x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x18xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x18xf32>, tensor<10x18xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// C = 5 branches, W = 5 channels. K = 3: partition [2, 2, 1], branch groups
// ceil(3i/5) = [1, 2, 2, 3, 3]. K = 4: partition [2, 1, 1, 1], groups
// ceil(4i/5) = [1, 2, 3, 4, 4].
// CHECK-LABEL: module @five_branches
// CHECK:      func.func @forward(%[[X:.*]]: tensor<?x5x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>)
// CHECK:      slice.block add(%{{.*}} : tensor<?x5x8x8xf32>) residual(%[[X]] : tensor<?x5x8x8xf32>) attributes {branch_groups = array<i64: 1, 2, 2, 3, 3>, partition = array<i64: 2, 2, 1>}
// CHECK:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64}
// CHECK-NEXT: slice.get_param @b1.br1.conv1 : tensor<1x2x1x1xf32>
// CHECK:      slice.get_param @b1.br1.conv2 : tensor<2x1x1x1xf32>
// CHECK:      slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// CHECK:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64}
// CHECK-NEXT: slice.get_param @b1.br2.conv1 : tensor<1x4x1x1xf32>
// CHECK:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64}
// CHECK-NEXT: slice.get_param @b1.br3.conv1 : tensor<1x4x1x1xf32>
// CHECK:      slice.get_param @b1.br3.conv2 : tensor<2x1x1x1xf32>
// CHECK-NOT:  slice.channel_slice
// CHECK:      slice.get_param @b1.br4.conv1 : tensor<1x5x1x1xf32>
// CHECK:      slice.get_param @b1.br4.conv2 : tensor<1x1x1x1xf32>
// CHECK:      slice.yield %{{.*}} : tensor<?x1x8x8xf32>
// CHECK:      slice.get_param @b1.br5.conv2 : tensor<1x1x1x1xf32>
// CHECK:      slice.head subnet 1 level 1
// CHECK-NEXT: ^bb0
// CHECK-NEXT: slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x5x8x8xf32>
// CHECK:      slice.head subnet 2 level 1
// CHECK-NEXT: ^bb0
// CHECK-NEXT: slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x5x8x8xf32>
// CHECK:      slice.head subnet 3 level 1

// K1-LABEL: module @five_branches
// K1-SAME:  #slice.anytime<form = inclusive_sparse, subnets = 1>
// K1:       attributes {branch_groups = array<i64: 1, 1, 1, 1, 1>, partition = array<i64: 5>}

// K4-LABEL:  module @five_branches
// K4:        attributes {branch_groups = array<i64: 1, 2, 3, 4, 4>, partition = array<i64: 2, 1, 1, 1>}
// K4:        slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64}
// K4:        slice.yield %{{.*}} : tensor<?x2x8x8xf32>
// K4:        slice.channel_slice %{{.*}} {offset = 0 : i64, size = 3 : i64}
// K4:        slice.yield %{{.*}} : tensor<?x1x8x8xf32>
// K4:        slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64}
// K4:        slice.yield %{{.*}} : tensor<?x1x8x8xf32>
// K4:        slice.head subnet 4 level 1

// Block: 64*(1*2 + 2*1) + 2*64*(1*4 + 2*1) + 2*64*(1*5 + 1*1) = 256 + 768
// + 768 = 1792; heads 10 * (2 + 4 + 5) = 110; model 1902. Sub-network 1:
// branch 1 and head 1: 276; 2: branches 1-3 and head 2: 1024 + 40 = 1064;
// 3: 1792 + 50 = 1842.
// FLOPS-LABEL: module @five_branches
// FLOPS-SAME:  slice.macs = 1902 : i64
// FLOPS-SAME:  slice.subnet_macs = array<i64: 276, 1064, 1842>

module @five_branches attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.bn.scale : tensor<5xf32> init(ones)
  slice.param @b1.bn.bias : tensor<5xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<5xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<5xf32> init(ones) buffer
  slice.param @b1.br1.conv1 : tensor<1x5x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<5x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x5x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<5x1x1x1xf32> init(msra)
  slice.param @b1.br3.conv1 : tensor<1x5x1x1xf32> init(msra)
  slice.param @b1.br3.conv2 : tensor<5x1x1x1xf32> init(msra)
  slice.param @b1.br4.conv1 : tensor<1x5x1x1xf32> init(msra)
  slice.param @b1.br4.conv2 : tensor<5x1x1x1xf32> init(msra)
  slice.param @b1.br5.conv1 : tensor<1x5x1x1xf32> init(msra)
  slice.param @b1.br5.conv2 : tensor<5x1x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<5xf32> init(ones)
  slice.param @head.bn.bias : tensor<5xf32> init(zeros)
  slice.param @head.bn.mean : tensor<5xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<5xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x5xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x5x8x8xf32>) -> tensor<?x10xf32> {
    %v1 = slice.get_param @b1.bn.scale : tensor<5xf32>
    %v2 = slice.get_param @b1.bn.bias : tensor<5xf32>
    %v3 = slice.get_param @b1.bn.mean : tensor<5xf32>
    %v4 = slice.get_param @b1.bn.var : tensor<5xf32>
    %v5 = slice.batch_norm %x, %v1, %v2, %v3, %v4 : tensor<?x5x8x8xf32>, tensor<5xf32>
    %v6 = slice.relu %v5 : tensor<?x5x8x8xf32>
    %v7 = slice.block add(%v6 : tensor<?x5x8x8xf32>) residual(%x : tensor<?x5x8x8xf32>) {
    ^bb0(%in: tensor<?x5x8x8xf32>):
      %v8 = slice.get_param @b1.br1.conv1 : tensor<1x5x1x1xf32>
      %v9 = slice.conv2d %in, %v8 : tensor<?x5x8x8xf32>, tensor<1x5x1x1xf32>
      %v10 = slice.get_param @b1.br1.conv2 : tensor<5x1x1x1xf32>
      %v11 = slice.conv2d %v9, %v10 : tensor<?x1x8x8xf32>, tensor<5x1x1x1xf32>
      slice.yield %v11 : tensor<?x5x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x5x8x8xf32>):
      %v12 = slice.get_param @b1.br2.conv1 : tensor<1x5x1x1xf32>
      %v13 = slice.conv2d %in, %v12 : tensor<?x5x8x8xf32>, tensor<1x5x1x1xf32>
      %v14 = slice.get_param @b1.br2.conv2 : tensor<5x1x1x1xf32>
      %v15 = slice.conv2d %v13, %v14 : tensor<?x1x8x8xf32>, tensor<5x1x1x1xf32>
      slice.yield %v15 : tensor<?x5x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x5x8x8xf32>):
      %v16 = slice.get_param @b1.br3.conv1 : tensor<1x5x1x1xf32>
      %v17 = slice.conv2d %in, %v16 : tensor<?x5x8x8xf32>, tensor<1x5x1x1xf32>
      %v18 = slice.get_param @b1.br3.conv2 : tensor<5x1x1x1xf32>
      %v19 = slice.conv2d %v17, %v18 : tensor<?x1x8x8xf32>, tensor<5x1x1x1xf32>
      slice.yield %v19 : tensor<?x5x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x5x8x8xf32>):
      %v20 = slice.get_param @b1.br4.conv1 : tensor<1x5x1x1xf32>
      %v21 = slice.conv2d %in, %v20 : tensor<?x5x8x8xf32>, tensor<1x5x1x1xf32>
      %v22 = slice.get_param @b1.br4.conv2 : tensor<5x1x1x1xf32>
      %v23 = slice.conv2d %v21, %v22 : tensor<?x1x8x8xf32>, tensor<5x1x1x1xf32>
      slice.yield %v23 : tensor<?x5x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x5x8x8xf32>):
      %v24 = slice.get_param @b1.br5.conv1 : tensor<1x5x1x1xf32>
      %v25 = slice.conv2d %in, %v24 : tensor<?x5x8x8xf32>, tensor<1x5x1x1xf32>
      %v26 = slice.get_param @b1.br5.conv2 : tensor<5x1x1x1xf32>
      %v27 = slice.conv2d %v25, %v26 : tensor<?x1x8x8xf32>, tensor<5x1x1x1xf32>
      slice.yield %v27 : tensor<?x5x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v7 : tensor<?x5x8x8xf32>) {
    ^bb0(%f: tensor<?x5x8x8xf32>):
      %v28 = slice.get_param @head.bn.scale : tensor<5xf32>
      %v29 = slice.get_param @head.bn.bias : tensor<5xf32>
      %v30 = slice.get_param @head.bn.mean : tensor<5xf32>
      %v31 = slice.get_param @head.bn.var : tensor<5xf32>
      %v32 = slice.batch_norm %f, %v28, %v29, %v30, %v31 : tensor<?x5x8x8xf32>, tensor<5xf32>
      %v33 = slice.relu %v32 : tensor<?x5x8x8xf32>
      %g = slice.global_avg_pool %v33 : tensor<?x5x8x8xf32>
      %fl = slice.flatten %g : tensor<?x5x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x5xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x5xf32>, tensor<10x5xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// Concat blocks (dense layers). The trunk x is split into K groups (K = 3:
// [2, 1, 1]); branch i of layer l reads input groups 1..g_i like an add
// block's, and the layer's result is laid out group by group: the
// residual's group k, then the branches of group k, so that groups 1..k
// stay a prefix through later layers:
//   y1 = [x0 x1 b1 | x2 b2 | x3 b3 b4]   partition [3, 2, 3]
//   y2 = [y1 group 1, c1 | y1 group 2, c2 | y1 group 3, c3 c4] [4, 3, 5]
// y1 was [x0 x1 x2 x3 b1 b2 b3 b4]: its readers follow the new order (the
// shared BatchNorm's stored values 1..8 become 1 2 5 3 6 4 7 8, layer 2's
// first columns too before branch 1 keeps 3 of them). The transition conv
// becomes block-lower-triangular over y2's groups.
// CHECK-LABEL: module @dense_layers
// CHECK:       slice.param @l1.br1 : tensor<1x2x1x1xf32>
// CHECK-NEXT:  slice.param @l1.br2 : tensor<1x3x1x1xf32>
// CHECK-NEXT:  slice.param @l1.br3 : tensor<1x4x1x1xf32>
// CHECK-NEXT:  slice.param @l1.br4 : tensor<1x4x1x1xf32>
// CHECK-NEXT:  slice.param @l2.bn.scale : tensor<8xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 5.000000e+00, 3.000000e+00, 6.000000e+00, 4.000000e+00, 7.000000e+00, 8.000000e+00]>
// CHECK:       slice.param @l2.br1 : tensor<1x3x1x1xf32> init(msra) = dense<{{\[\[\[\[}}1.000000e+00]], {{\[\[}}2.000000e+00]], {{\[\[}}5.000000e+00]]]]>
// CHECK-NEXT:  slice.param @l2.br2 : tensor<1x5x1x1xf32>
// CHECK:       %[[Y1:.*]] = slice.block concat(%[[X:.*]] : tensor<?x4x8x8xf32>) residual(%[[X]] : tensor<?x4x8x8xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 3, 2, 3>}
// CHECK-NEXT:  ^bb0(%[[IN:.*]]: tensor<?x4x8x8xf32>):
// CHECK-NEXT:  slice.channel_slice %[[IN]] {offset = 0 : i64, size = 2 : i64} : tensor<?x4x8x8xf32>
// CHECK:       slice.batch_norm %[[Y1]], {{.*}} : tensor<?x8x8x8xf32>, tensor<8xf32>
// CHECK:       %[[Y2:.*]] = slice.block concat(%{{.*}} : tensor<?x8x8x8xf32>) residual(%[[Y1]] : tensor<?x8x8x8xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 4, 3, 5>}
// CHECK-NEXT:  ^bb0(%[[IN2:.*]]: tensor<?x8x8x8xf32>):
// CHECK-NEXT:  slice.channel_slice %[[IN2]] {offset = 0 : i64, size = 3 : i64} : tensor<?x8x8x8xf32>
// CHECK:       slice.channel_slice %{{.*}} {offset = 0 : i64, size = 5 : i64} : tensor<?x8x8x8xf32>
// CHECK:       slice.conv2d %[[Y2]], %{{.*}} {block_sparse = #slice.block_sparse<in = [4, 3, 5], out = [2, 2, 2], mask = [1, 0, 0, 1, 1, 0, 1, 1, 1]>} : tensor<?x12x8x8xf32>, tensor<6x12x1x1xf32>
// CHECK:       slice.head subnet 1 level 1
// CHECK-NEXT:  ^bb0
// CHECK-NEXT:  slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x6x4x4xf32>
// K4-LABEL:    module @dense_layers
// K4:          attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 2, 2, 2, 2>}
// K4:          attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 3, 3, 3, 3>}
// K4:          block_sparse = #slice.block_sparse<in = [3, 3, 3, 3], out = [2, 2, 1, 1], mask = [1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1]>
// One group: the plain layout.
// K1-LABEL:    module @dense_layers
// K1:          slice.param @l2.bn.scale : tensor<8xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00, 8.000000e+00]>
// K1:          attributes {branch_groups = array<i64: 1, 1, 1, 1>, partition = array<i64: 8>}
// On 8x8: layer 1 64 * (2 + 3 + 4 + 4) = 832, layer 2 64 * (3 + 5 + 8 + 8)
// = 1536, transition 64 * (2*4 + 2*7 + 2*12) = 2944, heads 20 + 40 + 60.
// Sub-network 1: b1 128, c1 192, transition rows of group 1 64 * 2*4 =
// 512, head 20: 852. Sub-network 2: 320 + 512 + 64 * (8 + 14) + 40 = 2280.
// FLOPS-LABEL: module @dense_layers
// FLOPS-SAME:  slice.macs = 5432 : i64
// FLOPS-SAME:  slice.subnet_macs = array<i64: 852, 2280, 5372>

module @dense_layers attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @l1.br1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @l1.br2 : tensor<1x4x1x1xf32> init(msra)
  slice.param @l1.br3 : tensor<1x4x1x1xf32> init(msra)
  slice.param @l1.br4 : tensor<1x4x1x1xf32> init(msra)
  slice.param @l2.bn.scale : tensor<8xf32> init(ones) = dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>
  slice.param @l2.bn.bias : tensor<8xf32> init(zeros)
  slice.param @l2.bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @l2.bn.var : tensor<8xf32> init(ones) buffer
  slice.param @l2.br1 : tensor<1x8x1x1xf32> init(msra) = dense<[[[[1.0]], [[2.0]], [[3.0]], [[4.0]], [[5.0]], [[6.0]], [[7.0]], [[8.0]]]]> : tensor<1x8x1x1xf32>
  slice.param @l2.br2 : tensor<1x8x1x1xf32> init(msra)
  slice.param @l2.br3 : tensor<1x8x1x1xf32> init(msra)
  slice.param @l2.br4 : tensor<1x8x1x1xf32> init(msra)
  slice.param @trans : tensor<6x12x1x1xf32> init(msra)
  slice.param @fc : tensor<10x6xf32> init(uniform)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %y1 = slice.block concat(%x : tensor<?x4x8x8xf32>) residual(%x : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @l1.br1 : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @l1.br2 : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @l1.br3 : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @l1.br4 : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }
    %s = slice.get_param @l2.bn.scale : tensor<8xf32>
    %b = slice.get_param @l2.bn.bias : tensor<8xf32>
    %m = slice.get_param @l2.bn.mean : tensor<8xf32>
    %v = slice.get_param @l2.bn.var : tensor<8xf32>
    %n = slice.batch_norm %y1, %s, %b, %m, %v : tensor<?x8x8x8xf32>, tensor<8xf32>
    %p = slice.relu %n : tensor<?x8x8x8xf32>
    %y2 = slice.block concat(%p : tensor<?x8x8x8xf32>) residual(%y1 : tensor<?x8x8x8xf32>) {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w = slice.get_param @l2.br1 : tensor<1x8x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x8x8x8xf32>, tensor<1x8x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w = slice.get_param @l2.br2 : tensor<1x8x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x8x8x8xf32>, tensor<1x8x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w = slice.get_param @l2.br3 : tensor<1x8x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x8x8x8xf32>, tensor<1x8x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w = slice.get_param @l2.br4 : tensor<1x8x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x8x8x8xf32>, tensor<1x8x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }
    %tw = slice.get_param @trans : tensor<6x12x1x1xf32>
    %t = slice.conv2d %y2, %tw : tensor<?x12x8x8xf32>, tensor<6x12x1x1xf32>
    %d = slice.avg_pool %t {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x6x8x8xf32>
    %logits = slice.head subnet 1 level 1 (%d : tensor<?x6x4x4xf32>) {
    ^bb0(%f: tensor<?x6x4x4xf32>):
      %g = slice.global_avg_pool %f : tensor<?x6x4x4xf32>
      %fl = slice.flatten %g : tensor<?x6x1x1xf32>
      %w = slice.get_param @fc : tensor<10x6xf32>
      %l = slice.linear %fl, %w : tensor<?x6xf32>, tensor<10x6xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// Inception-style blocks (no residual): the groups are the branches' only.
// The input x has no groups of its own: an even split [2, 1, 1]; block 2
// reads block 1's groups through the max pool. Branch 2's 3x3 conv keeps 3
// input channels, the pool path's conv reads through its max pool.
// CHECK-LABEL: module @paths
// CHECK:       slice.param @b1.p1 : tensor<1x2x1x1xf32>
// CHECK-NEXT:  slice.param @b1.p2 : tensor<1x3x3x3xf32>
// CHECK:       slice.param @b2.p1 : tensor<2x1x1x1xf32>
// CHECK-NEXT:  slice.param @b2.p2 : tensor<2x2x1x1xf32>
// CHECK-NEXT:  slice.param @b2.p3 : tensor<2x4x1x1xf32>
// CHECK:       slice.block concat(%{{.*}} : tensor<?x4x8x8xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 1, 1, 2>}
// CHECK:       slice.block concat(%{{.*}} : tensor<?x4x4x4xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 2, 2, 4>}
// CHECK:       slice.head subnet 1 level 1
// CHECK-NEXT:  ^bb0
// CHECK-NEXT:  slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x8x4x4xf32>
// Sub-network 1: b1.p1 64 * 2, b2.p1 16 * 2 * 1, head 20: 180.
// Sub-network 2: + b1.p2 64 * 3 * 9 + b2.p2 16 * 2 * 2 + head 40 - 20: 1992.
// FLOPS-LABEL: module @paths
// FLOPS-SAME:  slice.subnet_macs = array<i64: 180, 1992, 2800>

module @paths attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.p1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.p2 : tensor<1x4x3x3xf32> init(msra)
  slice.param @b1.p3 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.p4 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.p1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.p2 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.p3 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.p4 : tensor<2x4x1x1xf32> init(msra)
  slice.param @fc : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %y1 = slice.block concat(%x : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @b1.p1 : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @b1.p2 : tensor<1x4x3x3xf32>
      %c = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<1x4x3x3xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @b1.p3 : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %p = slice.max_pool %in {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>
      %w = slice.get_param @b1.p4 : tensor<1x4x1x1xf32>
      %c = slice.conv2d %p, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }
    %d = slice.max_pool %y1 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x8x8xf32>
    %y2 = slice.block concat(%d : tensor<?x4x4x4xf32>) {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w = slice.get_param @b2.p1 : tensor<2x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w = slice.get_param @b2.p2 : tensor<2x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w = slice.get_param @b2.p3 : tensor<2x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %p = slice.max_pool %in {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x4x4xf32>
      %w = slice.get_param @b2.p4 : tensor<2x4x1x1xf32>
      %c = slice.conv2d %p, %w : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }
    %logits = slice.head subnet 1 level 1 (%y2 : tensor<?x8x4x4xf32>) {
    ^bb0(%f: tensor<?x8x4x4xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x4x4xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// A raised bottleneck (--slice-raise-branches): the block reads the 6
// middle channels of a shared 1x1 conv, has no residual, and its branch sum
// is normalised before the shortcut is added. The narrower input is split
// into K groups of its own ([2, 2, 2] for K = 3): branch i reads its
// groups 1..g_i; the BatchNorm after the block stays shared.
// CHECK-LABEL: module @bottleneck
// CHECK:       %[[A:.*]] = slice.relu %{{.*}} : tensor<?x6x8x8xf32>
// CHECK:       %[[Y:.*]] = slice.block add(%[[A]] : tensor<?x6x8x8xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 4, 4, 4>}
// CHECK:       slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x6x8x8xf32>
// CHECK:       slice.get_param @b.br1.conv1 : tensor<2x2x3x3xf32>
// CHECK:       slice.yield %{{.*}} : tensor<?x4x8x8xf32>
// CHECK:       slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x6x8x8xf32>
// CHECK:       slice.get_param @b.br2.conv1 : tensor<2x4x3x3xf32>
// CHECK:       slice.get_param @b.br3.conv1 : tensor<2x6x3x3xf32>
// CHECK:       slice.get_param @b.br4.conv1 : tensor<2x6x3x3xf32>
// CHECK:       %[[N:.*]] = slice.batch_norm %[[Y]], {{.*}} : tensor<?x12x8x8xf32>, tensor<12xf32>
// CHECK:       slice.add %[[N]], %{{.*}} : tensor<?x12x8x8xf32>
// K4-LABEL:    module @bottleneck
// K4:          attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 3, 3, 3, 3>}
// K4:          slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x6x8x8xf32>
// K4:          slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x6x8x8xf32>
// K4:          slice.channel_slice %{{.*}} {offset = 0 : i64, size = 5 : i64} : tensor<?x6x8x8xf32>
// K4:          slice.get_param @b.br4.conv1 : tensor<2x6x3x3xf32>
module @bottleneck attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1 : tensor<6x12x1x1xf32> init(msra)
  slice.param @b.br1.conv1 : tensor<2x6x3x3xf32> init(msra)
  slice.param @b.br1.conv2 : tensor<12x2x1x1xf32> init(msra)
  slice.param @b.br2.conv1 : tensor<2x6x3x3xf32> init(msra)
  slice.param @b.br2.conv2 : tensor<12x2x1x1xf32> init(msra)
  slice.param @b.br3.conv1 : tensor<2x6x3x3xf32> init(msra)
  slice.param @b.br3.conv2 : tensor<12x2x1x1xf32> init(msra)
  slice.param @b.br4.conv1 : tensor<2x6x3x3xf32> init(msra)
  slice.param @b.br4.conv2 : tensor<12x2x1x1xf32> init(msra)
  slice.param @bn.scale : tensor<12xf32> init(ones)
  slice.param @bn.bias : tensor<12xf32> init(zeros)
  slice.param @bn.mean : tensor<12xf32> init(zeros) buffer
  slice.param @bn.var : tensor<12xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x12xf32> init(uniform)
  func.func @forward(%x: tensor<?x12x8x8xf32>) -> tensor<?x10xf32> {
    %w = slice.get_param @conv1 : tensor<6x12x1x1xf32>
    %c = slice.conv2d %x, %w : tensor<?x12x8x8xf32>, tensor<6x12x1x1xf32>
    %a = slice.relu %c : tensor<?x6x8x8xf32>
    %y = slice.block add(%a : tensor<?x6x8x8xf32>) {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %w1 = slice.get_param @b.br1.conv1 : tensor<2x6x3x3xf32>
      %c1 = slice.conv2d %in, %w1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x6x8x8xf32>, tensor<2x6x3x3xf32>
      %r = slice.relu %c1 : tensor<?x2x8x8xf32>
      %w2 = slice.get_param @b.br1.conv2 : tensor<12x2x1x1xf32>
      %c2 = slice.conv2d %r, %w2 : tensor<?x2x8x8xf32>, tensor<12x2x1x1xf32>
      slice.yield %c2 : tensor<?x12x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %w1 = slice.get_param @b.br2.conv1 : tensor<2x6x3x3xf32>
      %c1 = slice.conv2d %in, %w1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x6x8x8xf32>, tensor<2x6x3x3xf32>
      %r = slice.relu %c1 : tensor<?x2x8x8xf32>
      %w2 = slice.get_param @b.br2.conv2 : tensor<12x2x1x1xf32>
      %c2 = slice.conv2d %r, %w2 : tensor<?x2x8x8xf32>, tensor<12x2x1x1xf32>
      slice.yield %c2 : tensor<?x12x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %w1 = slice.get_param @b.br3.conv1 : tensor<2x6x3x3xf32>
      %c1 = slice.conv2d %in, %w1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x6x8x8xf32>, tensor<2x6x3x3xf32>
      %r = slice.relu %c1 : tensor<?x2x8x8xf32>
      %w2 = slice.get_param @b.br3.conv2 : tensor<12x2x1x1xf32>
      %c2 = slice.conv2d %r, %w2 : tensor<?x2x8x8xf32>, tensor<12x2x1x1xf32>
      slice.yield %c2 : tensor<?x12x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %w1 = slice.get_param @b.br4.conv1 : tensor<2x6x3x3xf32>
      %c1 = slice.conv2d %in, %w1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x6x8x8xf32>, tensor<2x6x3x3xf32>
      %r = slice.relu %c1 : tensor<?x2x8x8xf32>
      %w2 = slice.get_param @b.br4.conv2 : tensor<12x2x1x1xf32>
      %c2 = slice.conv2d %r, %w2 : tensor<?x2x8x8xf32>, tensor<12x2x1x1xf32>
      slice.yield %c2 : tensor<?x12x8x8xf32>
    }
    %s = slice.get_param @bn.scale : tensor<12xf32>
    %b = slice.get_param @bn.bias : tensor<12xf32>
    %m = slice.get_param @bn.mean : tensor<12xf32>
    %v = slice.get_param @bn.var : tensor<12xf32>
    %n = slice.batch_norm %y, %s, %b, %m, %v : tensor<?x12x8x8xf32>, tensor<12xf32>
    %sum = slice.add %n, %x : tensor<?x12x8x8xf32>
    %out = slice.relu %sum : tensor<?x12x8x8xf32>
    %logits = slice.head subnet 1 level 1 (%out : tensor<?x12x8x8xf32>) {
    ^bb0(%f: tensor<?x12x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x12x8x8xf32>
      %fl = slice.flatten %g : tensor<?x12x1x1xf32>
      %fw = slice.get_param @fc.weight : tensor<10x12xf32>
      %l = slice.linear %fl, %fw : tensor<?x12xf32>, tensor<10x12xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// A raised DenseNet layer (--slice-raise-branches): the branches are the
// new features' rows of one conv over a bottleneck computed in front of
// the block from its residual x. The bottleneck is on the trunk: its 1x1
// conv becomes block-lower-triangular, so bottleneck group g reads x's
// groups 1..g, and branch i reads bottleneck groups 1..g_i.
// CHECK-LABEL: module @raised_dense_layer
// CHECK:       slice.batch_norm %arg0
// CHECK:       slice.conv2d {{.*}}block_sparse = #slice.block_sparse<in = [4, 4, 4], out = [4, 4, 4], mask = [1, 0, 0, 1, 1, 0, 1, 1, 1]>
// CHECK:       slice.block concat(%{{.*}} : tensor<?x12x8x8xf32>) residual(%arg0 : tensor<?x12x8x8xf32>) attributes {branch_groups = array<i64: 1, 2, 3, 3>, partition = array<i64: 5, 5, 6>}
// CHECK:       slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x12x8x8xf32>
// CHECK:       slice.get_param @l.conv2.branch1 : tensor<1x4x3x3xf32>
// CHECK:       slice.channel_slice %{{.*}} {offset = 0 : i64, size = 8 : i64} : tensor<?x12x8x8xf32>
// CHECK:       slice.get_param @l.conv2.branch2 : tensor<1x8x3x3xf32>
// CHECK:       slice.get_param @l.conv2.branch3 : tensor<1x12x3x3xf32>
// K4-LABEL:    module @raised_dense_layer
// K4:          block_sparse = #slice.block_sparse<in = [3, 3, 3, 3], out = [3, 3, 3, 3]
// K4:          attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 4, 4, 4, 4>}
module @raised_dense_layer attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @l.bn.scale : tensor<12xf32> init(ones)
  slice.param @l.bn.bias : tensor<12xf32> init(zeros)
  slice.param @l.bn.mean : tensor<12xf32> init(zeros) buffer
  slice.param @l.bn.var : tensor<12xf32> init(ones) buffer
  slice.param @l.conv1 : tensor<12x12x1x1xf32> init(msra)
  slice.param @l.conv2.branch1 : tensor<1x12x3x3xf32> init(msra)
  slice.param @l.conv2.branch2 : tensor<1x12x3x3xf32> init(msra)
  slice.param @l.conv2.branch3 : tensor<1x12x3x3xf32> init(msra)
  slice.param @l.conv2.branch4 : tensor<1x12x3x3xf32> init(msra)
  slice.param @fc.weight : tensor<10x16xf32> init(uniform)
  func.func @forward(%x: tensor<?x12x8x8xf32>) -> tensor<?x10xf32> {
    %s = slice.get_param @l.bn.scale : tensor<12xf32>
    %b = slice.get_param @l.bn.bias : tensor<12xf32>
    %m = slice.get_param @l.bn.mean : tensor<12xf32>
    %v = slice.get_param @l.bn.var : tensor<12xf32>
    %n = slice.batch_norm %x, %s, %b, %m, %v : tensor<?x12x8x8xf32>, tensor<12xf32>
    %r = slice.relu %n : tensor<?x12x8x8xf32>
    %w1 = slice.get_param @l.conv1 : tensor<12x12x1x1xf32>
    %c1 = slice.conv2d %r, %w1 : tensor<?x12x8x8xf32>, tensor<12x12x1x1xf32>
    %bott = slice.relu %c1 : tensor<?x12x8x8xf32>
    %y = slice.block concat(%bott : tensor<?x12x8x8xf32>) residual(%x : tensor<?x12x8x8xf32>) {
    ^bb0(%in: tensor<?x12x8x8xf32>):
      %w = slice.get_param @l.conv2.branch1 : tensor<1x12x3x3xf32>
      %o = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x12x8x8xf32>, tensor<1x12x3x3xf32>
      slice.yield %o : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x12x8x8xf32>):
      %w = slice.get_param @l.conv2.branch2 : tensor<1x12x3x3xf32>
      %o = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x12x8x8xf32>, tensor<1x12x3x3xf32>
      slice.yield %o : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x12x8x8xf32>):
      %w = slice.get_param @l.conv2.branch3 : tensor<1x12x3x3xf32>
      %o = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x12x8x8xf32>, tensor<1x12x3x3xf32>
      slice.yield %o : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x12x8x8xf32>):
      %w = slice.get_param @l.conv2.branch4 : tensor<1x12x3x3xf32>
      %o = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x12x8x8xf32>, tensor<1x12x3x3xf32>
      slice.yield %o : tensor<?x1x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%y : tensor<?x16x8x8xf32>) {
    ^bb0(%f: tensor<?x16x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x16x8x8xf32>
      %fl = slice.flatten %g : tensor<?x16x1x1xf32>
      %fw = slice.get_param @fc.weight : tensor<10x16xf32>
      %l = slice.linear %fl, %fw : tensor<?x16xf32>, tensor<10x16xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// The zoo's DenseNet-BC, K = 3 (3 branches of 2 channels per layer, a
// 12-channel stem in groups of 4): every layer adds 2 channels to each
// group, the transitions are block-lower-triangular over those groups.
// DENSENET:      partition = array<i64: 6, 6, 6>
// DENSENET:      partition = array<i64: 8, 8, 8>
// DENSENET:      block_sparse = #slice.block_sparse<in = [8, 8, 8], out = [4, 4, 4], mask = [1, 0, 0, 1, 1, 0, 1, 1, 1]>
// DENSENET:      partition = array<i64: 6, 6, 6>
// DENSENET:      slice.head subnet 1
// DENSENET-NEXT: ^bb0
// DENSENET-NEXT: slice.channel_slice %{{.*}} {offset = 0 : i64, size = 8 : i64} : tensor<?x24x2x2xf32>

// The zoo's Inception, K = 3: two paths per group.
// INCEPTION:     slice.block concat(%{{.*}} : tensor<?x6x8x8xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2, 3, 3>, partition = array<i64: 4, 4, 4>}
// INCEPTION:     slice.block concat(%{{.*}} : tensor<?x12x4x4xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2, 3, 3>, partition = array<i64: 8, 8, 8>}
