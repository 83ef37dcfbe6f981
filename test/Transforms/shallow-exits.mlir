// RUN: slice-opt %s --split-input-file --shallow-exits=K=2 | FileCheck %s
// RUN: slice-opt %s --split-input-file --pass-pipeline='builtin.module(shallow-exits{K=2})' | FileCheck %s
// RUN: slice-zoo resnext-imagenet --blocks=4 --width=8 --cardinality=2 --image-size=64 --classes=10 -o %t.zoo.mlir
// RUN: slice-opt %t.zoo.mlir --shallow-exits=K=3 | FileCheck %s --check-prefix=ZOO3
// RUN: slice-opt %t.zoo.mlir --shallow-exits=K=2 | FileCheck %s --check-prefix=ZOO2
// RUN: slice-opt %t.zoo.mlir --shallow-exits=K=1 | FileCheck %s --check-prefix=ZOO1

// --shallow-exits=K (the baseline of paper section 4.1): exit k follows
// block L - floor((K-k)(L-1)/K); the last exit is the model's own head.
// Exits are BN-ReLU-GAP-FC heads with parameters exit<k>.*.

// The zoo's 4-stage ImageNet-style model at 64x64: blocks of width 8, 16,
// 32, 64 on 16x16, 8x8, 4x4, 2x2 maps.
// L = 4, K = 3: exits after blocks 4 - floor(2*3/3) = 2 and
// 4 - floor(1*3/3) = 3, then the final head.
// ZOO3:      module @resnext_imagenet_L4_W8_B4_C2 attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 3>}
// ZOO3-DAG:  slice.param @exit1.bn.scale : tensor<16xf32> init(ones)
// ZOO3-DAG:  slice.param @exit1.bn.bias : tensor<16xf32> init(zeros)
// ZOO3-DAG:  slice.param @exit1.bn.mean : tensor<16xf32> init(zeros) buffer
// ZOO3-DAG:  slice.param @exit1.bn.var : tensor<16xf32> init(ones) buffer
// ZOO3-DAG:  slice.param @exit1.fc.weight : tensor<10x16xf32> init(uniform)
// ZOO3-DAG:  slice.param @exit1.fc.bias : tensor<10xf32> init(zeros)
// ZOO3-DAG:  slice.param @exit2.bn.scale : tensor<32xf32> init(ones)
// ZOO3-DAG:  slice.param @exit2.bn.var : tensor<32xf32> init(ones) buffer
// ZOO3-DAG:  slice.param @exit2.fc.weight : tensor<10x32xf32> init(uniform)
// ZOO3-DAG:  slice.param @head.fc.weight : tensor<10x64xf32> init(uniform)
// ZOO3:      func.func @forward(%{{.*}}) -> (tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>)
// ZOO3:      %[[B1:.*]] = slice.block add(%{{.*}} : tensor<?x8x16x16xf32>)
// ZOO3-NOT:  slice.head
// ZOO3:      %[[B2:.*]] = slice.block add(%{{.*}} : tensor<?x16x8x8xf32>)
// ZOO3-NOT:  slice.head
// ZOO3:      %[[E1:.*]] = slice.head subnet 1 level 1 (%[[B2]] : tensor<?x16x8x8xf32>)
// ZOO3-NEXT: ^bb0(%[[F1:.*]]: tensor<?x16x8x8xf32>):
// ZOO3-NEXT: %[[S:.*]] = slice.get_param @exit1.bn.scale : tensor<16xf32>
// ZOO3-NEXT: %[[B:.*]] = slice.get_param @exit1.bn.bias : tensor<16xf32>
// ZOO3-NEXT: %[[M:.*]] = slice.get_param @exit1.bn.mean : tensor<16xf32>
// ZOO3-NEXT: %[[V:.*]] = slice.get_param @exit1.bn.var : tensor<16xf32>
// ZOO3-NEXT: %[[N:.*]] = slice.batch_norm %[[F1]], %[[S]], %[[B]], %[[M]], %[[V]] : tensor<?x16x8x8xf32>, tensor<16xf32>
// ZOO3-NEXT: %[[R:.*]] = slice.relu %[[N]] : tensor<?x16x8x8xf32>
// ZOO3-NEXT: %[[G:.*]] = slice.global_avg_pool %[[R]] : tensor<?x16x8x8xf32>
// ZOO3-NEXT: %[[FL:.*]] = slice.flatten %[[G]] : tensor<?x16x1x1xf32>
// ZOO3-NEXT: %[[W:.*]] = slice.get_param @exit1.fc.weight : tensor<10x16xf32>
// ZOO3-NEXT: %[[FB:.*]] = slice.get_param @exit1.fc.bias : tensor<10xf32>
// ZOO3-NEXT: %[[L:.*]] = slice.linear %[[FL]], %[[W]], %[[FB]] : tensor<?x16xf32>, tensor<10x16xf32>, tensor<10xf32>
// ZOO3-NEXT: slice.yield %[[L]] : tensor<?x10xf32>
// ZOO3-NEXT: }
// ZOO3-NEXT: slice.avg_pool %[[B2]]
// ZOO3:      %[[B3:.*]] = slice.block add(%{{.*}} : tensor<?x32x4x4xf32>)
// ZOO3-NOT:  slice.head
// ZOO3:      %[[E2:.*]] = slice.head subnet 2 level 1 (%[[B3]] : tensor<?x32x4x4xf32>)
// ZOO3-NEXT: ^bb0(%[[F2:.*]]: tensor<?x32x4x4xf32>):
// ZOO3-NEXT: %[[S:.*]] = slice.get_param @exit2.bn.scale : tensor<32xf32>
// ZOO3-NEXT: %[[B:.*]] = slice.get_param @exit2.bn.bias : tensor<32xf32>
// ZOO3-NEXT: %[[M:.*]] = slice.get_param @exit2.bn.mean : tensor<32xf32>
// ZOO3-NEXT: %[[V:.*]] = slice.get_param @exit2.bn.var : tensor<32xf32>
// ZOO3-NEXT: %[[N:.*]] = slice.batch_norm %[[F2]], %[[S]], %[[B]], %[[M]], %[[V]] : tensor<?x32x4x4xf32>, tensor<32xf32>
// ZOO3-NEXT: %[[R:.*]] = slice.relu %[[N]] : tensor<?x32x4x4xf32>
// ZOO3-NEXT: %[[G:.*]] = slice.global_avg_pool %[[R]] : tensor<?x32x4x4xf32>
// ZOO3-NEXT: %[[FL:.*]] = slice.flatten %[[G]] : tensor<?x32x1x1xf32>
// ZOO3-NEXT: %[[W:.*]] = slice.get_param @exit2.fc.weight : tensor<10x32xf32>
// ZOO3-NEXT: %[[FB:.*]] = slice.get_param @exit2.fc.bias : tensor<10xf32>
// ZOO3-NEXT: %[[L:.*]] = slice.linear %[[FL]], %[[W]], %[[FB]] : tensor<?x32xf32>, tensor<10x32xf32>, tensor<10xf32>
// ZOO3-NEXT: slice.yield %[[L]] : tensor<?x10xf32>
// ZOO3-NEXT: }
// ZOO3:      %[[B4:.*]] = slice.block add(%{{.*}} : tensor<?x64x2x2xf32>)
// ZOO3-NOT:  slice.head
// ZOO3:      %[[H:.*]] = slice.head subnet 3 level 1 (%[[B4]] : tensor<?x64x2x2xf32>)
// ZOO3:      slice.get_param @head.fc.weight : tensor<10x64xf32>
// ZOO3:      return %[[E1]], %[[E2]], %[[H]] : tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>

// L = 4, K = 2: one exit after block 4 - floor(1*3/2) = 3.
// ZOO2:      #slice.anytime<form = shallow, subnets = 2>
// ZOO2-NOT:  @exit2
// ZOO2:      slice.param @exit1.bn.scale : tensor<32xf32>
// ZOO2-NOT:  @exit2
// ZOO2:      func.func @forward(%{{.*}}) -> (tensor<?x10xf32>, tensor<?x10xf32>)
// ZOO2-NOT:  slice.head
// ZOO2:      %[[B3:.*]] = slice.block add(%{{.*}} : tensor<?x32x4x4xf32>)
// ZOO2-NOT:  slice.block
// ZOO2:      %[[E1:.*]] = slice.head subnet 1 level 1 (%[[B3]] : tensor<?x32x4x4xf32>)
// ZOO2:      slice.block add(%{{.*}} : tensor<?x64x2x2xf32>)
// ZOO2:      %[[H:.*]] = slice.head subnet 2 level 1
// ZOO2:      return %[[E1]], %[[H]] :

// K = 1: no exit, the model's head is sub-network 1.
// ZOO1:      #slice.anytime<form = shallow, subnets = 1>
// ZOO1-NOT:  @exit
// ZOO1:      func.func @forward(%{{.*}}) -> tensor<?x10xf32>
// ZOO1:      slice.head subnet 1 level 1 (%{{.*}} : tensor<?x64x2x2xf32>)
// ZOO1-NOT:  slice.head

// L = 3, K = 2: the exit follows block 3 - floor(1*2/2) = 2, right after it,
// before block 3's pre-activation.
// CHECK-LABEL: module @three_blocks
// CHECK-SAME:  attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2>}
// CHECK:       slice.param @exit1.bn.scale : tensor<4xf32> init(ones)
// CHECK:       slice.param @exit1.fc.weight : tensor<10x4xf32> init(uniform)
// CHECK-NOT:   slice.param @exit2
// CHECK:       func.func @forward(%[[X:.*]]: tensor<?x4x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>)
// CHECK:       %[[Y1:.*]] = slice.block add(%{{.*}} : tensor<?x4x8x8xf32>) residual(%[[X]] : tensor<?x4x8x8xf32>)
// CHECK-NOT:   slice.head
// CHECK:       %[[Y2:.*]] = slice.block add(%{{.*}} : tensor<?x4x8x8xf32>) residual(%[[Y1]] : tensor<?x4x8x8xf32>)
// CHECK-NOT:   slice.get_param @b3
// CHECK:       %[[E1:.*]] = slice.head subnet 1 level 1 (%[[Y2]] : tensor<?x4x8x8xf32>)
// CHECK-NEXT: ^bb0(%[[F:.*]]: tensor<?x4x8x8xf32>):
// CHECK-NEXT: %[[S:.*]] = slice.get_param @exit1.bn.scale : tensor<4xf32>
// CHECK-NEXT: %[[B:.*]] = slice.get_param @exit1.bn.bias : tensor<4xf32>
// CHECK-NEXT: %[[M:.*]] = slice.get_param @exit1.bn.mean : tensor<4xf32>
// CHECK-NEXT: %[[V:.*]] = slice.get_param @exit1.bn.var : tensor<4xf32>
// CHECK-NEXT: %[[N:.*]] = slice.batch_norm %[[F]], %[[S]], %[[B]], %[[M]], %[[V]] : tensor<?x4x8x8xf32>, tensor<4xf32>
// CHECK-NEXT: %[[R:.*]] = slice.relu %[[N]] : tensor<?x4x8x8xf32>
// CHECK-NEXT: %[[G:.*]] = slice.global_avg_pool %[[R]] : tensor<?x4x8x8xf32>
// CHECK-NEXT: %[[FL:.*]] = slice.flatten %[[G]] : tensor<?x4x1x1xf32>
// CHECK-NEXT: %[[W:.*]] = slice.get_param @exit1.fc.weight : tensor<10x4xf32>
// CHECK-NEXT: %[[FB:.*]] = slice.get_param @exit1.fc.bias : tensor<10xf32>
// CHECK-NEXT: %[[L:.*]] = slice.linear %[[FL]], %[[W]], %[[FB]] : tensor<?x4xf32>, tensor<10x4xf32>, tensor<10xf32>
// CHECK-NEXT: slice.yield %[[L]] : tensor<?x10xf32>
// CHECK-NEXT: }
// CHECK-NEXT:  slice.get_param @b3.bn.scale
// CHECK:       %[[Y3:.*]] = slice.block add(%{{.*}} : tensor<?x4x8x8xf32>) residual(%[[Y2]] : tensor<?x4x8x8xf32>)
// CHECK:       %[[H:.*]] = slice.head subnet 2 level 1 (%[[Y3]] : tensor<?x4x8x8xf32>)
// CHECK-NEXT:  ^bb0
// CHECK-NEXT:  slice.get_param @head.bn.scale : tensor<4xf32>
// CHECK:       return %[[E1]], %[[H]] : tensor<?x10xf32>, tensor<?x10xf32>

module @three_blocks attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.bn.scale : tensor<4xf32> init(ones)
  slice.param @b1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b1.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.bn.scale : tensor<4xf32> init(ones)
  slice.param @b2.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b2.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b2.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b2.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b3.bn.scale : tensor<4xf32> init(ones)
  slice.param @b3.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b3.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b3.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b3.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b3.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b3.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b3.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<4xf32> init(ones)
  slice.param @head.bn.bias : tensor<4xf32> init(zeros)
  slice.param @head.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x4xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %v1 = slice.get_param @b1.bn.scale : tensor<4xf32>
    %v2 = slice.get_param @b1.bn.bias : tensor<4xf32>
    %v3 = slice.get_param @b1.bn.mean : tensor<4xf32>
    %v4 = slice.get_param @b1.bn.var : tensor<4xf32>
    %v5 = slice.batch_norm %x, %v1, %v2, %v3, %v4 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v6 = slice.relu %v5 : tensor<?x4x8x8xf32>
    %v7 = slice.block add(%v6 : tensor<?x4x8x8xf32>) residual(%x : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v8 = slice.get_param @b1.br1.conv1 : tensor<1x4x1x1xf32>
      %v9 = slice.conv2d %in, %v8 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v10 = slice.get_param @b1.br1.conv2 : tensor<4x1x1x1xf32>
      %v11 = slice.conv2d %v9, %v10 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v11 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v12 = slice.get_param @b1.br2.conv1 : tensor<1x4x1x1xf32>
      %v13 = slice.conv2d %in, %v12 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v14 = slice.get_param @b1.br2.conv2 : tensor<4x1x1x1xf32>
      %v15 = slice.conv2d %v13, %v14 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v15 : tensor<?x4x8x8xf32>
    }
    %v16 = slice.get_param @b2.bn.scale : tensor<4xf32>
    %v17 = slice.get_param @b2.bn.bias : tensor<4xf32>
    %v18 = slice.get_param @b2.bn.mean : tensor<4xf32>
    %v19 = slice.get_param @b2.bn.var : tensor<4xf32>
    %v20 = slice.batch_norm %v7, %v16, %v17, %v18, %v19 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v21 = slice.relu %v20 : tensor<?x4x8x8xf32>
    %v22 = slice.block add(%v21 : tensor<?x4x8x8xf32>) residual(%v7 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v23 = slice.get_param @b2.br1.conv1 : tensor<1x4x1x1xf32>
      %v24 = slice.conv2d %in, %v23 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v25 = slice.get_param @b2.br1.conv2 : tensor<4x1x1x1xf32>
      %v26 = slice.conv2d %v24, %v25 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v26 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v27 = slice.get_param @b2.br2.conv1 : tensor<1x4x1x1xf32>
      %v28 = slice.conv2d %in, %v27 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v29 = slice.get_param @b2.br2.conv2 : tensor<4x1x1x1xf32>
      %v30 = slice.conv2d %v28, %v29 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v30 : tensor<?x4x8x8xf32>
    }
    %v31 = slice.get_param @b3.bn.scale : tensor<4xf32>
    %v32 = slice.get_param @b3.bn.bias : tensor<4xf32>
    %v33 = slice.get_param @b3.bn.mean : tensor<4xf32>
    %v34 = slice.get_param @b3.bn.var : tensor<4xf32>
    %v35 = slice.batch_norm %v22, %v31, %v32, %v33, %v34 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v36 = slice.relu %v35 : tensor<?x4x8x8xf32>
    %v37 = slice.block add(%v36 : tensor<?x4x8x8xf32>) residual(%v22 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v38 = slice.get_param @b3.br1.conv1 : tensor<1x4x1x1xf32>
      %v39 = slice.conv2d %in, %v38 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v40 = slice.get_param @b3.br1.conv2 : tensor<4x1x1x1xf32>
      %v41 = slice.conv2d %v39, %v40 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v41 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v42 = slice.get_param @b3.br2.conv1 : tensor<1x4x1x1xf32>
      %v43 = slice.conv2d %in, %v42 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v44 = slice.get_param @b3.br2.conv2 : tensor<4x1x1x1xf32>
      %v45 = slice.conv2d %v43, %v44 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v45 : tensor<?x4x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v37 : tensor<?x4x8x8xf32>) {
    ^bb0(%f: tensor<?x4x8x8xf32>):
      %v46 = slice.get_param @head.bn.scale : tensor<4xf32>
      %v47 = slice.get_param @head.bn.bias : tensor<4xf32>
      %v48 = slice.get_param @head.bn.mean : tensor<4xf32>
      %v49 = slice.get_param @head.bn.var : tensor<4xf32>
      %v50 = slice.batch_norm %f, %v46, %v47, %v48, %v49 : tensor<?x4x8x8xf32>, tensor<4xf32>
      %v51 = slice.relu %v50 : tensor<?x4x8x8xf32>
      %g = slice.global_avg_pool %v51 : tensor<?x4x8x8xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x4xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x4xf32>, tensor<10x4xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// L = 4, K = 2: the exit follows block 4 - floor(1*3/2) = 3.
// CHECK-LABEL: module @four_blocks
// CHECK-NOT:   slice.head
// CHECK:       slice.get_param @b3.bn.scale
// CHECK-NOT:   slice.head
// CHECK:       %[[Y3:.*]] = slice.block add(%{{.*}}) residual(%{{.*}}) {
// CHECK-NEXT:  ^bb0
// CHECK-NEXT:  slice.get_param @b3.br1.conv1
// CHECK-NOT:   slice.get_param @b4
// CHECK:       %[[E1:.*]] = slice.head subnet 1 level 1 (%[[Y3]] : tensor<?x4x8x8xf32>)
// CHECK:       slice.get_param @b4.bn.scale
// CHECK:       %[[Y4:.*]] = slice.block add
// CHECK:       %[[H:.*]] = slice.head subnet 2 level 1 (%[[Y4]] : tensor<?x4x8x8xf32>)
// CHECK:       return %[[E1]], %[[H]] : tensor<?x10xf32>, tensor<?x10xf32>

module @four_blocks attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.bn.scale : tensor<4xf32> init(ones)
  slice.param @b1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b1.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.bn.scale : tensor<4xf32> init(ones)
  slice.param @b2.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b2.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b2.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b2.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b3.bn.scale : tensor<4xf32> init(ones)
  slice.param @b3.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b3.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b3.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b3.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b3.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b3.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b3.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b4.bn.scale : tensor<4xf32> init(ones)
  slice.param @b4.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b4.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b4.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b4.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b4.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b4.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b4.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<4xf32> init(ones)
  slice.param @head.bn.bias : tensor<4xf32> init(zeros)
  slice.param @head.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x4xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %v1 = slice.get_param @b1.bn.scale : tensor<4xf32>
    %v2 = slice.get_param @b1.bn.bias : tensor<4xf32>
    %v3 = slice.get_param @b1.bn.mean : tensor<4xf32>
    %v4 = slice.get_param @b1.bn.var : tensor<4xf32>
    %v5 = slice.batch_norm %x, %v1, %v2, %v3, %v4 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v6 = slice.relu %v5 : tensor<?x4x8x8xf32>
    %v7 = slice.block add(%v6 : tensor<?x4x8x8xf32>) residual(%x : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v8 = slice.get_param @b1.br1.conv1 : tensor<1x4x1x1xf32>
      %v9 = slice.conv2d %in, %v8 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v10 = slice.get_param @b1.br1.conv2 : tensor<4x1x1x1xf32>
      %v11 = slice.conv2d %v9, %v10 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v11 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v12 = slice.get_param @b1.br2.conv1 : tensor<1x4x1x1xf32>
      %v13 = slice.conv2d %in, %v12 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v14 = slice.get_param @b1.br2.conv2 : tensor<4x1x1x1xf32>
      %v15 = slice.conv2d %v13, %v14 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v15 : tensor<?x4x8x8xf32>
    }
    %v16 = slice.get_param @b2.bn.scale : tensor<4xf32>
    %v17 = slice.get_param @b2.bn.bias : tensor<4xf32>
    %v18 = slice.get_param @b2.bn.mean : tensor<4xf32>
    %v19 = slice.get_param @b2.bn.var : tensor<4xf32>
    %v20 = slice.batch_norm %v7, %v16, %v17, %v18, %v19 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v21 = slice.relu %v20 : tensor<?x4x8x8xf32>
    %v22 = slice.block add(%v21 : tensor<?x4x8x8xf32>) residual(%v7 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v23 = slice.get_param @b2.br1.conv1 : tensor<1x4x1x1xf32>
      %v24 = slice.conv2d %in, %v23 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v25 = slice.get_param @b2.br1.conv2 : tensor<4x1x1x1xf32>
      %v26 = slice.conv2d %v24, %v25 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v26 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v27 = slice.get_param @b2.br2.conv1 : tensor<1x4x1x1xf32>
      %v28 = slice.conv2d %in, %v27 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v29 = slice.get_param @b2.br2.conv2 : tensor<4x1x1x1xf32>
      %v30 = slice.conv2d %v28, %v29 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v30 : tensor<?x4x8x8xf32>
    }
    %v31 = slice.get_param @b3.bn.scale : tensor<4xf32>
    %v32 = slice.get_param @b3.bn.bias : tensor<4xf32>
    %v33 = slice.get_param @b3.bn.mean : tensor<4xf32>
    %v34 = slice.get_param @b3.bn.var : tensor<4xf32>
    %v35 = slice.batch_norm %v22, %v31, %v32, %v33, %v34 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v36 = slice.relu %v35 : tensor<?x4x8x8xf32>
    %v37 = slice.block add(%v36 : tensor<?x4x8x8xf32>) residual(%v22 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v38 = slice.get_param @b3.br1.conv1 : tensor<1x4x1x1xf32>
      %v39 = slice.conv2d %in, %v38 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v40 = slice.get_param @b3.br1.conv2 : tensor<4x1x1x1xf32>
      %v41 = slice.conv2d %v39, %v40 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v41 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v42 = slice.get_param @b3.br2.conv1 : tensor<1x4x1x1xf32>
      %v43 = slice.conv2d %in, %v42 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v44 = slice.get_param @b3.br2.conv2 : tensor<4x1x1x1xf32>
      %v45 = slice.conv2d %v43, %v44 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v45 : tensor<?x4x8x8xf32>
    }
    %v46 = slice.get_param @b4.bn.scale : tensor<4xf32>
    %v47 = slice.get_param @b4.bn.bias : tensor<4xf32>
    %v48 = slice.get_param @b4.bn.mean : tensor<4xf32>
    %v49 = slice.get_param @b4.bn.var : tensor<4xf32>
    %v50 = slice.batch_norm %v37, %v46, %v47, %v48, %v49 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v51 = slice.relu %v50 : tensor<?x4x8x8xf32>
    %v52 = slice.block add(%v51 : tensor<?x4x8x8xf32>) residual(%v37 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v53 = slice.get_param @b4.br1.conv1 : tensor<1x4x1x1xf32>
      %v54 = slice.conv2d %in, %v53 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v55 = slice.get_param @b4.br1.conv2 : tensor<4x1x1x1xf32>
      %v56 = slice.conv2d %v54, %v55 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v56 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v57 = slice.get_param @b4.br2.conv1 : tensor<1x4x1x1xf32>
      %v58 = slice.conv2d %in, %v57 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v59 = slice.get_param @b4.br2.conv2 : tensor<4x1x1x1xf32>
      %v60 = slice.conv2d %v58, %v59 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v60 : tensor<?x4x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v52 : tensor<?x4x8x8xf32>) {
    ^bb0(%f: tensor<?x4x8x8xf32>):
      %v61 = slice.get_param @head.bn.scale : tensor<4xf32>
      %v62 = slice.get_param @head.bn.bias : tensor<4xf32>
      %v63 = slice.get_param @head.bn.mean : tensor<4xf32>
      %v64 = slice.get_param @head.bn.var : tensor<4xf32>
      %v65 = slice.batch_norm %f, %v61, %v62, %v63, %v64 : tensor<?x4x8x8xf32>, tensor<4xf32>
      %v66 = slice.relu %v65 : tensor<?x4x8x8xf32>
      %g = slice.global_avg_pool %v66 : tensor<?x4x8x8xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x4xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x4xf32>, tensor<10x4xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// Blocks raised from a flat import end before their epilogue: the branch
// sum is normalised, the shortcut added and activated outside the block.
// The exit reads the block's feature at the end of that epilogue.
// CHECK-LABEL: module @epilogues
// CHECK:       slice.block add
// CHECK:       %[[Y2:.*]] = slice.block add
// CHECK:       %[[N2:.*]] = slice.batch_norm %[[Y2]]
// CHECK:       %[[A2:.*]] = slice.add %[[N2]]
// CHECK:       %[[H2:.*]] = slice.relu %[[A2]]
// CHECK-NEXT:  slice.head subnet 1 level 1 (%[[H2]] : tensor<?x4x8x8xf32>)
module @epilogues attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.conv : tensor<4x4x1x1xf32> init(msra)
  slice.param @b1.bn.scale : tensor<4xf32> init(ones)
  slice.param @b1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b2.conv : tensor<4x4x1x1xf32> init(msra)
  slice.param @b2.bn.scale : tensor<4xf32> init(ones)
  slice.param @b2.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b2.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b2.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b3.conv : tensor<4x4x1x1xf32> init(msra)
  slice.param @b3.bn.scale : tensor<4xf32> init(ones)
  slice.param @b3.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b3.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b3.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x4xf32> init(uniform)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %y1 = slice.block add(%x : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @b1.conv : tensor<4x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>
      slice.yield %c : tensor<?x4x8x8xf32>
    }
    %s1 = slice.get_param @b1.bn.scale : tensor<4xf32>
    %b1 = slice.get_param @b1.bn.bias : tensor<4xf32>
    %m1 = slice.get_param @b1.bn.mean : tensor<4xf32>
    %v1 = slice.get_param @b1.bn.var : tensor<4xf32>
    %n1 = slice.batch_norm %y1, %s1, %b1, %m1, %v1 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %a1 = slice.add %n1, %x : tensor<?x4x8x8xf32>
    %h1 = slice.relu %a1 : tensor<?x4x8x8xf32>
    %y2 = slice.block add(%h1 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @b2.conv : tensor<4x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>
      slice.yield %c : tensor<?x4x8x8xf32>
    }
    %s2 = slice.get_param @b2.bn.scale : tensor<4xf32>
    %b2 = slice.get_param @b2.bn.bias : tensor<4xf32>
    %m2 = slice.get_param @b2.bn.mean : tensor<4xf32>
    %v2 = slice.get_param @b2.bn.var : tensor<4xf32>
    %n2 = slice.batch_norm %y2, %s2, %b2, %m2, %v2 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %a2 = slice.add %n2, %h1 : tensor<?x4x8x8xf32>
    %h2 = slice.relu %a2 : tensor<?x4x8x8xf32>
    %y3 = slice.block add(%h2 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @b3.conv : tensor<4x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<4x4x1x1xf32>
      slice.yield %c : tensor<?x4x8x8xf32>
    }
    %s3 = slice.get_param @b3.bn.scale : tensor<4xf32>
    %b3 = slice.get_param @b3.bn.bias : tensor<4xf32>
    %m3 = slice.get_param @b3.bn.mean : tensor<4xf32>
    %v3 = slice.get_param @b3.bn.var : tensor<4xf32>
    %n3 = slice.batch_norm %y3, %s3, %b3, %m3, %v3 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %a3 = slice.add %n3, %h2 : tensor<?x4x8x8xf32>
    %h3 = slice.relu %a3 : tensor<?x4x8x8xf32>
    %logits = slice.head subnet 1 level 1 (%h3 : tensor<?x4x8x8xf32>) {
    ^bb0(%f: tensor<?x4x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x4x8x8xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %fw = slice.get_param @fc.weight : tensor<10x4xf32>
      %l = slice.linear %fl, %fw : tensor<?x4xf32>, tensor<10x4xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}
