// RUN: slice-opt %s --split-input-file --inclusive=K=2 --verify-diagnostics | FileCheck %s
// RUN: slice-opt %s --split-input-file --pass-pipeline='builtin.module(inclusive{K=2})' --verify-diagnostics | FileCheck %s
// RUN: slice-zoo --blocks=3 --width=8 --cardinality=4 -o %t.zoo.mlir
// RUN: slice-opt %t.zoo.mlir --inclusive=K=4 | FileCheck %s --check-prefix=ZOO4
// RUN: slice-opt %t.zoo.mlir --inclusive=K=3 2>%t.remarks | FileCheck %s --check-prefix=ZOO3
// RUN: FileCheck %s --check-prefix=ZOO3-REMARK < %t.remarks
// RUN: slice-opt %t.zoo.mlir --inclusive=K=1 | FileCheck %s --check-prefix=ZOO1
// RUN: slice-zoo densenet-bc --layers=2 --growth=4 --cardinality=2 --image-size=8 | slice-opt --inclusive=K=2 | FileCheck %s --check-prefix=DENSENET
// RUN: slice-zoo inception --blocks=3 --width=2 --cardinality=4 --stem-width=4 --image-size=8 | slice-opt --inclusive=K=2 | FileCheck %s --check-prefix=INCEPTION

// --inclusive=K (paper section 3.1): sub-network k runs the first
// C_k = round(kC/K) branches of every block; BatchNorms after the first
// block see a width-dependent input and get [K, C] parameters; heads 1..K-1
// are copies of the classifier, head K is the original.

// Two blocks of C = 4 branches on a W = 4 trunk, pre-activation BN-ReLU
// before each block, a BN inside every branch. K = 2: C_k = [2, 4].
// Only what follows block 1 depends on k: @b2.bn and the branch BNs of
// block 2 become [2, C]; @b1.bn and block 1's branch BNs stay [C]. Stored
// values are stacked, one copy per sub-network.
// CHECK-LABEL: module @two_blocks
// CHECK-SAME: attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>}
// CHECK-NEXT: slice.param @b1.bn.scale : tensor<4xf32> init(ones){{$}}
// CHECK-NEXT: slice.param @b1.bn.bias : tensor<4xf32> init(zeros){{$}}
// CHECK-NEXT: slice.param @b1.bn.mean : tensor<4xf32> init(zeros) buffer{{$}}
// CHECK-NEXT: slice.param @b1.bn.var : tensor<4xf32> init(ones) buffer{{$}}
// CHECK-NEXT: slice.param @b1.br1.conv1 : tensor<2x4x1x1xf32> init(msra)
// CHECK-NEXT: slice.param @b1.br1.bn.scale : tensor<2xf32> init(ones)
// CHECK-NEXT: slice.param @b1.br1.bn.bias : tensor<2xf32> init(zeros)
// CHECK-NEXT: slice.param @b1.br1.bn.mean : tensor<2xf32> init(zeros) buffer
// CHECK-NEXT: slice.param @b1.br1.bn.var : tensor<2xf32> init(ones) buffer
// CHECK-NEXT: slice.param @b1.br1.conv2 : tensor<4x2x1x1xf32> init(msra)
// CHECK:      slice.param @b1.br4.bn.var : tensor<2xf32> init(ones) buffer
// CHECK-NEXT: slice.param @b1.br4.conv2 : tensor<4x2x1x1xf32> init(msra)
// CHECK-NEXT: slice.param @b2.bn.scale : tensor<2x4xf32> init(ones) = dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00], [1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]]> : tensor<2x4xf32>
// CHECK-NEXT: slice.param @b2.bn.bias : tensor<2x4xf32> init(zeros){{$}}
// CHECK-NEXT: slice.param @b2.bn.mean : tensor<2x4xf32> init(zeros) buffer{{$}}
// CHECK-NEXT: slice.param @b2.bn.var : tensor<2x4xf32> init(ones) buffer{{$}}
// CHECK-NEXT: slice.param @b2.br1.conv1 : tensor<2x4x1x1xf32> init(msra)
// CHECK-NEXT: slice.param @b2.br1.bn.scale : tensor<2x2xf32> init(ones)
// CHECK-NEXT: slice.param @b2.br1.bn.bias : tensor<2x2xf32> init(zeros)
// CHECK-NEXT: slice.param @b2.br1.bn.mean : tensor<2x2xf32> init(zeros) buffer = dense<{{\[\[}}5.000000e-01, -5.000000e-01], [5.000000e-01, -5.000000e-01]]> : tensor<2x2xf32>
// CHECK-NEXT: slice.param @b2.br1.bn.var : tensor<2x2xf32> init(ones) buffer
// CHECK-NEXT: slice.param @b2.br1.conv2 : tensor<4x2x1x1xf32> init(msra)
// CHECK:      slice.param @b2.br4.bn.var : tensor<2x2xf32> init(ones) buffer
// CHECK-NEXT: slice.param @b2.br4.conv2 : tensor<4x2x1x1xf32> init(msra)
// Head parameters: the original (head K) and a copy for head 1.
// CHECK-NEXT: slice.param @head.bn.scale : tensor<4xf32> init(ones)
// CHECK-NEXT: slice.param @head.bn.scale.subnet1 : tensor<4xf32> init(ones)
// CHECK-NEXT: slice.param @head.bn.bias : tensor<4xf32> init(zeros)
// CHECK-NEXT: slice.param @head.bn.bias.subnet1 : tensor<4xf32> init(zeros)
// CHECK-NEXT: slice.param @head.bn.mean : tensor<4xf32> init(zeros) buffer
// CHECK-NEXT: slice.param @head.bn.mean.subnet1 : tensor<4xf32> init(zeros) buffer
// CHECK-NEXT: slice.param @head.bn.var : tensor<4xf32> init(ones) buffer
// CHECK-NEXT: slice.param @head.bn.var.subnet1 : tensor<4xf32> init(ones) buffer
// CHECK-NEXT: slice.param @fc.weight : tensor<10x4xf32> init(uniform)
// CHECK-NEXT: slice.param @fc.weight.subnet1 : tensor<10x4xf32> init(uniform)
// CHECK-NEXT: slice.param @fc.bias : tensor<10xf32> init(zeros)
// CHECK-NEXT: slice.param @fc.bias.subnet1 : tensor<10xf32> init(zeros)
// CHECK-NEXT: func.func @forward(%[[X:.*]]: tensor<?x4x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>)
// CHECK:      slice.batch_norm %[[X]], {{.*}} : tensor<?x4x8x8xf32>, tensor<4xf32>
// CHECK:      %[[Y1:.*]] = slice.block add(%{{.*}} : tensor<?x4x8x8xf32>) residual(%[[X]] : tensor<?x4x8x8xf32>) attributes {subnet_branches = array<i64: 2, 4>}
// CHECK-COUNT-4: slice.batch_norm {{.*}} : tensor<?x2x8x8xf32>, tensor<2xf32>
// CHECK-NOT:  tensor<2x2xf32>
// CHECK:      slice.get_param @b2.bn.scale : tensor<2x4xf32>
// CHECK:      slice.batch_norm %[[Y1]], {{.*}} : tensor<?x4x8x8xf32>, tensor<2x4xf32>
// CHECK:      %[[Y2:.*]] = slice.block add(%{{.*}} : tensor<?x4x8x8xf32>) residual(%[[Y1]] : tensor<?x4x8x8xf32>) attributes {subnet_branches = array<i64: 2, 4>}
// CHECK-COUNT-4: slice.batch_norm {{.*}} : tensor<?x2x8x8xf32>, tensor<2x2xf32>
// CHECK-NOT:  tensor<2xf32>
// CHECK:      %[[H1:.*]] = slice.head subnet 1 level 1 (%[[Y2]] : tensor<?x4x8x8xf32>)
// CHECK-NEXT: ^bb0(%[[F1:.*]]: tensor<?x4x8x8xf32>):
// CHECK-NEXT: slice.get_param @head.bn.scale.subnet1 : tensor<4xf32>
// CHECK-NEXT: slice.get_param @head.bn.bias.subnet1 : tensor<4xf32>
// CHECK-NEXT: slice.get_param @head.bn.mean.subnet1 : tensor<4xf32>
// CHECK-NEXT: slice.get_param @head.bn.var.subnet1 : tensor<4xf32>
// CHECK-NEXT: slice.batch_norm %[[F1]], {{.*}} : tensor<?x4x8x8xf32>, tensor<4xf32>
// CHECK:      slice.get_param @fc.weight.subnet1 : tensor<10x4xf32>
// CHECK-NEXT: slice.get_param @fc.bias.subnet1 : tensor<10xf32>
// CHECK:      %[[H2:.*]] = slice.head subnet 2 level 1 (%[[Y2]] : tensor<?x4x8x8xf32>)
// CHECK-NEXT: ^bb0(%[[F2:.*]]: tensor<?x4x8x8xf32>):
// CHECK-NEXT: slice.get_param @head.bn.scale : tensor<4xf32>
// CHECK-NEXT: slice.get_param @head.bn.bias : tensor<4xf32>
// CHECK-NEXT: slice.get_param @head.bn.mean : tensor<4xf32>
// CHECK-NEXT: slice.get_param @head.bn.var : tensor<4xf32>
// CHECK-NEXT: slice.batch_norm %[[F2]], {{.*}} : tensor<?x4x8x8xf32>, tensor<4xf32>
// CHECK:      slice.get_param @fc.weight : tensor<10x4xf32>
// CHECK-NEXT: slice.get_param @fc.bias : tensor<10xf32>
// CHECK:      return %[[H1]], %[[H2]] : tensor<?x10xf32>, tensor<?x10xf32>

// The zoo's 3-stage model (L = 3, W = 8, C = 4): BN parameters of stages 2
// and 3 (after the first block) become [K, C]; stage 1's stay [C].
// ZOO4:      module @resnext_cifar_L3_W8_B4_C4 attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 4>}
// ZOO4:      slice.param @stage1.block1.bn.scale : tensor<8xf32>
// ZOO4:      slice.param @stage1.block1.branch1.bn1.scale : tensor<4xf32>
// ZOO4:      slice.param @stage2.block1.bn.scale : tensor<4x16xf32>
// ZOO4:      slice.param @stage2.block1.branch1.bn1.scale : tensor<4x8xf32>
// ZOO4:      slice.param @stage3.block1.bn.scale : tensor<4x32xf32>
// ZOO4:      slice.param @stage3.block1.branch4.bn2.var : tensor<4x16xf32>
// ZOO4:      slice.param @head.bn.scale : tensor<32xf32>
// ZOO4-DAG:  slice.param @head.bn.scale.subnet1 : tensor<32xf32>
// ZOO4-DAG:  slice.param @head.bn.scale.subnet2 : tensor<32xf32>
// ZOO4-DAG:  slice.param @head.bn.scale.subnet3 : tensor<32xf32>
// ZOO4-DAG:  slice.param @head.fc.weight.subnet3 : tensor<10x32xf32>
// ZOO4:      func.func @forward({{.*}}) -> (tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>, tensor<?x10xf32>)
// ZOO4-COUNT-3: attributes {subnet_branches = array<i64: 1, 2, 3, 4>}
// ZOO4:      %[[H1:.*]] = slice.head subnet 1 level 1
// ZOO4:      slice.get_param @head.fc.weight.subnet1 : tensor<10x32xf32>
// ZOO4:      %[[H2:.*]] = slice.head subnet 2 level 1
// ZOO4:      slice.get_param @head.fc.weight.subnet2 : tensor<10x32xf32>
// ZOO4:      %[[H3:.*]] = slice.head subnet 3 level 1
// ZOO4:      slice.get_param @head.fc.weight.subnet3 : tensor<10x32xf32>
// ZOO4:      %[[H4:.*]] = slice.head subnet 4 level 1
// ZOO4:      slice.get_param @head.fc.weight : tensor<10x32xf32>
// ZOO4:      return %[[H1]], %[[H2]], %[[H3]], %[[H4]] :

// K = 3 does not divide C = 4: C_k = round(4k/3) = [1, 3, 4].
// ZOO3:      #slice.anytime<form = inclusive, subnets = 3>
// ZOO3-COUNT-3: attributes {subnet_branches = array<i64: 1, 3, 4>}
// ZOO3-REMARK: stage1.block1: remark: C = 4 branches do not split evenly into K = 3 sub-networks; C_k = [1, 3, 4]
// ZOO3-REMARK: stage2.block1: remark: C = 4 branches do not split evenly into K = 3 sub-networks; C_k = [1, 3, 4]
// ZOO3-REMARK: stage3.block1: remark: C = 4 branches do not split evenly into K = 3 sub-networks; C_k = [1, 3, 4]

// K = 1 is allowed (1 <= K <= C): one sub-network running every branch,
// one head.
// ZOO1:      module @resnext_cifar_L3_W8_B4_C4 attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 1>}
// ZOO1:      func.func @forward({{.*}}) -> tensor<?x10xf32>
// ZOO1-COUNT-3: attributes {subnet_branches = array<i64: 4>}
// ZOO1:      slice.head subnet 1 level 1
// ZOO1-NOT:  slice.head

module @two_blocks attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.bn.scale : tensor<4xf32> init(ones)
  slice.param @b1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b1.br1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.br1.bn.scale : tensor<2xf32> init(ones)
  slice.param @b1.br1.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b1.br1.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b1.br1.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b1.br1.conv2 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.br2.bn.scale : tensor<2xf32> init(ones)
  slice.param @b1.br2.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b1.br2.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b1.br2.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b1.br2.conv2 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b1.br3.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.br3.bn.scale : tensor<2xf32> init(ones)
  slice.param @b1.br3.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b1.br3.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b1.br3.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b1.br3.conv2 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b1.br4.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.br4.bn.scale : tensor<2xf32> init(ones)
  slice.param @b1.br4.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b1.br4.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b1.br4.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b1.br4.conv2 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.bn.scale : tensor<4xf32> init(ones) = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  slice.param @b2.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b2.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b2.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b2.br1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.br1.bn.scale : tensor<2xf32> init(ones)
  slice.param @b2.br1.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b2.br1.bn.mean : tensor<2xf32> init(zeros) buffer = dense<[5.000000e-01, -5.000000e-01]> : tensor<2xf32>
  slice.param @b2.br1.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b2.br1.conv2 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.br2.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.br2.bn.scale : tensor<2xf32> init(ones)
  slice.param @b2.br2.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b2.br2.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b2.br2.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b2.br2.conv2 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.br3.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.br3.bn.scale : tensor<2xf32> init(ones)
  slice.param @b2.br3.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b2.br3.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b2.br3.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b2.br3.conv2 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.br4.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.br4.bn.scale : tensor<2xf32> init(ones)
  slice.param @b2.br4.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b2.br4.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b2.br4.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b2.br4.conv2 : tensor<4x2x1x1xf32> init(msra)
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
      %v8 = slice.get_param @b1.br1.conv1 : tensor<2x4x1x1xf32>
      %v9 = slice.conv2d %in, %v8 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %v10 = slice.get_param @b1.br1.bn.scale : tensor<2xf32>
      %v11 = slice.get_param @b1.br1.bn.bias : tensor<2xf32>
      %v12 = slice.get_param @b1.br1.bn.mean : tensor<2xf32>
      %v13 = slice.get_param @b1.br1.bn.var : tensor<2xf32>
      %v14 = slice.batch_norm %v9, %v10, %v11, %v12, %v13 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v15 = slice.relu %v14 : tensor<?x2x8x8xf32>
      %v16 = slice.get_param @b1.br1.conv2 : tensor<4x2x1x1xf32>
      %v17 = slice.conv2d %v15, %v16 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %v17 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v18 = slice.get_param @b1.br2.conv1 : tensor<2x4x1x1xf32>
      %v19 = slice.conv2d %in, %v18 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %v20 = slice.get_param @b1.br2.bn.scale : tensor<2xf32>
      %v21 = slice.get_param @b1.br2.bn.bias : tensor<2xf32>
      %v22 = slice.get_param @b1.br2.bn.mean : tensor<2xf32>
      %v23 = slice.get_param @b1.br2.bn.var : tensor<2xf32>
      %v24 = slice.batch_norm %v19, %v20, %v21, %v22, %v23 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v25 = slice.relu %v24 : tensor<?x2x8x8xf32>
      %v26 = slice.get_param @b1.br2.conv2 : tensor<4x2x1x1xf32>
      %v27 = slice.conv2d %v25, %v26 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %v27 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v28 = slice.get_param @b1.br3.conv1 : tensor<2x4x1x1xf32>
      %v29 = slice.conv2d %in, %v28 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %v30 = slice.get_param @b1.br3.bn.scale : tensor<2xf32>
      %v31 = slice.get_param @b1.br3.bn.bias : tensor<2xf32>
      %v32 = slice.get_param @b1.br3.bn.mean : tensor<2xf32>
      %v33 = slice.get_param @b1.br3.bn.var : tensor<2xf32>
      %v34 = slice.batch_norm %v29, %v30, %v31, %v32, %v33 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v35 = slice.relu %v34 : tensor<?x2x8x8xf32>
      %v36 = slice.get_param @b1.br3.conv2 : tensor<4x2x1x1xf32>
      %v37 = slice.conv2d %v35, %v36 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %v37 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v38 = slice.get_param @b1.br4.conv1 : tensor<2x4x1x1xf32>
      %v39 = slice.conv2d %in, %v38 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %v40 = slice.get_param @b1.br4.bn.scale : tensor<2xf32>
      %v41 = slice.get_param @b1.br4.bn.bias : tensor<2xf32>
      %v42 = slice.get_param @b1.br4.bn.mean : tensor<2xf32>
      %v43 = slice.get_param @b1.br4.bn.var : tensor<2xf32>
      %v44 = slice.batch_norm %v39, %v40, %v41, %v42, %v43 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v45 = slice.relu %v44 : tensor<?x2x8x8xf32>
      %v46 = slice.get_param @b1.br4.conv2 : tensor<4x2x1x1xf32>
      %v47 = slice.conv2d %v45, %v46 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %v47 : tensor<?x4x8x8xf32>
    }
    %v48 = slice.get_param @b2.bn.scale : tensor<4xf32>
    %v49 = slice.get_param @b2.bn.bias : tensor<4xf32>
    %v50 = slice.get_param @b2.bn.mean : tensor<4xf32>
    %v51 = slice.get_param @b2.bn.var : tensor<4xf32>
    %v52 = slice.batch_norm %v7, %v48, %v49, %v50, %v51 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v53 = slice.relu %v52 : tensor<?x4x8x8xf32>
    %v54 = slice.block add(%v53 : tensor<?x4x8x8xf32>) residual(%v7 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v55 = slice.get_param @b2.br1.conv1 : tensor<2x4x1x1xf32>
      %v56 = slice.conv2d %in, %v55 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %v57 = slice.get_param @b2.br1.bn.scale : tensor<2xf32>
      %v58 = slice.get_param @b2.br1.bn.bias : tensor<2xf32>
      %v59 = slice.get_param @b2.br1.bn.mean : tensor<2xf32>
      %v60 = slice.get_param @b2.br1.bn.var : tensor<2xf32>
      %v61 = slice.batch_norm %v56, %v57, %v58, %v59, %v60 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v62 = slice.relu %v61 : tensor<?x2x8x8xf32>
      %v63 = slice.get_param @b2.br1.conv2 : tensor<4x2x1x1xf32>
      %v64 = slice.conv2d %v62, %v63 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %v64 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v65 = slice.get_param @b2.br2.conv1 : tensor<2x4x1x1xf32>
      %v66 = slice.conv2d %in, %v65 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %v67 = slice.get_param @b2.br2.bn.scale : tensor<2xf32>
      %v68 = slice.get_param @b2.br2.bn.bias : tensor<2xf32>
      %v69 = slice.get_param @b2.br2.bn.mean : tensor<2xf32>
      %v70 = slice.get_param @b2.br2.bn.var : tensor<2xf32>
      %v71 = slice.batch_norm %v66, %v67, %v68, %v69, %v70 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v72 = slice.relu %v71 : tensor<?x2x8x8xf32>
      %v73 = slice.get_param @b2.br2.conv2 : tensor<4x2x1x1xf32>
      %v74 = slice.conv2d %v72, %v73 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %v74 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v75 = slice.get_param @b2.br3.conv1 : tensor<2x4x1x1xf32>
      %v76 = slice.conv2d %in, %v75 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %v77 = slice.get_param @b2.br3.bn.scale : tensor<2xf32>
      %v78 = slice.get_param @b2.br3.bn.bias : tensor<2xf32>
      %v79 = slice.get_param @b2.br3.bn.mean : tensor<2xf32>
      %v80 = slice.get_param @b2.br3.bn.var : tensor<2xf32>
      %v81 = slice.batch_norm %v76, %v77, %v78, %v79, %v80 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v82 = slice.relu %v81 : tensor<?x2x8x8xf32>
      %v83 = slice.get_param @b2.br3.conv2 : tensor<4x2x1x1xf32>
      %v84 = slice.conv2d %v82, %v83 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %v84 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v85 = slice.get_param @b2.br4.conv1 : tensor<2x4x1x1xf32>
      %v86 = slice.conv2d %in, %v85 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %v87 = slice.get_param @b2.br4.bn.scale : tensor<2xf32>
      %v88 = slice.get_param @b2.br4.bn.bias : tensor<2xf32>
      %v89 = slice.get_param @b2.br4.bn.mean : tensor<2xf32>
      %v90 = slice.get_param @b2.br4.bn.var : tensor<2xf32>
      %v91 = slice.batch_norm %v86, %v87, %v88, %v89, %v90 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v92 = slice.relu %v91 : tensor<?x2x8x8xf32>
      %v93 = slice.get_param @b2.br4.conv2 : tensor<4x2x1x1xf32>
      %v94 = slice.conv2d %v92, %v93 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %v94 : tensor<?x4x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v54 : tensor<?x4x8x8xf32>) {
    ^bb0(%f: tensor<?x4x8x8xf32>):
      %v95 = slice.get_param @head.bn.scale : tensor<4xf32>
      %v96 = slice.get_param @head.bn.bias : tensor<4xf32>
      %v97 = slice.get_param @head.bn.mean : tensor<4xf32>
      %v98 = slice.get_param @head.bn.var : tensor<4xf32>
      %v99 = slice.batch_norm %f, %v95, %v96, %v97, %v98 : tensor<?x4x8x8xf32>, tensor<4xf32>
      %v100 = slice.relu %v99 : tensor<?x4x8x8xf32>
      %g = slice.global_avg_pool %v100 : tensor<?x4x8x8xf32>
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

// C = 3 does not split into K = 2: C_k = [round(1.5), 3] = [2, 3], with a
// remark on every block. Block 1 still varies with k, so @b2.bn is per
// sub-network.
// CHECK-LABEL: module @uneven
// CHECK-SAME: #slice.anytime<form = inclusive, subnets = 2>
// CHECK: slice.param @b1.bn.scale : tensor<4xf32>
// CHECK: slice.param @b2.bn.scale : tensor<2x4xf32>
// CHECK: func.func @forward(%{{.*}}: tensor<?x4x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>)
// CHECK: slice.block add{{.*}} attributes {subnet_branches = array<i64: 2, 3>}
// CHECK: slice.block add{{.*}} attributes {subnet_branches = array<i64: 2, 3>}
// CHECK: slice.head subnet 1 level 1
// CHECK: slice.head subnet 2 level 1

module @uneven attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.bn.scale : tensor<4xf32> init(ones)
  slice.param @b1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b1.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b1.br3.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br3.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.bn.scale : tensor<4xf32> init(ones)
  slice.param @b2.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b2.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b2.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b2.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.br3.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br3.conv2 : tensor<4x1x1x1xf32> init(msra)
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
    // expected-remark @+1 {{C = 3 branches do not split evenly into K = 2 sub-networks; C_k = [2, 3]}}
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
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v16 = slice.get_param @b1.br3.conv1 : tensor<1x4x1x1xf32>
      %v17 = slice.conv2d %in, %v16 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v18 = slice.get_param @b1.br3.conv2 : tensor<4x1x1x1xf32>
      %v19 = slice.conv2d %v17, %v18 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v19 : tensor<?x4x8x8xf32>
    }
    %v20 = slice.get_param @b2.bn.scale : tensor<4xf32>
    %v21 = slice.get_param @b2.bn.bias : tensor<4xf32>
    %v22 = slice.get_param @b2.bn.mean : tensor<4xf32>
    %v23 = slice.get_param @b2.bn.var : tensor<4xf32>
    %v24 = slice.batch_norm %v7, %v20, %v21, %v22, %v23 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v25 = slice.relu %v24 : tensor<?x4x8x8xf32>
    // expected-remark @+1 {{C = 3 branches do not split evenly into K = 2 sub-networks; C_k = [2, 3]}}
    %v26 = slice.block add(%v25 : tensor<?x4x8x8xf32>) residual(%v7 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v27 = slice.get_param @b2.br1.conv1 : tensor<1x4x1x1xf32>
      %v28 = slice.conv2d %in, %v27 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v29 = slice.get_param @b2.br1.conv2 : tensor<4x1x1x1xf32>
      %v30 = slice.conv2d %v28, %v29 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v30 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v31 = slice.get_param @b2.br2.conv1 : tensor<1x4x1x1xf32>
      %v32 = slice.conv2d %in, %v31 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v33 = slice.get_param @b2.br2.conv2 : tensor<4x1x1x1xf32>
      %v34 = slice.conv2d %v32, %v33 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v34 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v35 = slice.get_param @b2.br3.conv1 : tensor<1x4x1x1xf32>
      %v36 = slice.conv2d %in, %v35 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v37 = slice.get_param @b2.br3.conv2 : tensor<4x1x1x1xf32>
      %v38 = slice.conv2d %v36, %v37 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v38 : tensor<?x4x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v26 : tensor<?x4x8x8xf32>) {
    ^bb0(%f: tensor<?x4x8x8xf32>):
      %v39 = slice.get_param @head.bn.scale : tensor<4xf32>
      %v40 = slice.get_param @head.bn.bias : tensor<4xf32>
      %v41 = slice.get_param @head.bn.mean : tensor<4xf32>
      %v42 = slice.get_param @head.bn.var : tensor<4xf32>
      %v43 = slice.batch_norm %f, %v39, %v40, %v41, %v42 : tensor<?x4x8x8xf32>, tensor<4xf32>
      %v44 = slice.relu %v43 : tensor<?x4x8x8xf32>
      %g = slice.global_avg_pool %v44 : tensor<?x4x8x8xf32>
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

// K = C = 2 on a single block: C_k = [1, 2]. Nothing before the (only) block
// depends on k, so no BatchNorm becomes per-sub-network; only the head is
// copied.
// CHECK-LABEL: module @single_block
// CHECK-NOT: tensor<2x8xf32>
// CHECK-NOT: tensor<2x2xf32>
// CHECK: slice.block add{{.*}} attributes {subnet_branches = array<i64: 1, 2>}
// CHECK-NOT: tensor<2x8xf32>
// CHECK-NOT: tensor<2x2xf32>
// CHECK: slice.head subnet 1
// CHECK: slice.head subnet 2
// CHECK: return

module @single_block attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.bn.scale : tensor<8xf32> init(ones)
  slice.param @b1.bn.bias : tensor<8xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<8xf32> init(ones) buffer
  slice.param @b1.br1.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b1.br1.bn.scale : tensor<2xf32> init(ones)
  slice.param @b1.br1.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b1.br1.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b1.br1.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b1.br1.conv2 : tensor<8x2x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b1.br2.bn.scale : tensor<2xf32> init(ones)
  slice.param @b1.br2.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b1.br2.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b1.br2.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b1.br2.conv2 : tensor<8x2x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<8xf32> init(ones)
  slice.param @head.bn.bias : tensor<8xf32> init(zeros)
  slice.param @head.bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<8xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x8xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x10xf32> {
    %v1 = slice.get_param @b1.bn.scale : tensor<8xf32>
    %v2 = slice.get_param @b1.bn.bias : tensor<8xf32>
    %v3 = slice.get_param @b1.bn.mean : tensor<8xf32>
    %v4 = slice.get_param @b1.bn.var : tensor<8xf32>
    %v5 = slice.batch_norm %x, %v1, %v2, %v3, %v4 : tensor<?x8x8x8xf32>, tensor<8xf32>
    %v6 = slice.relu %v5 : tensor<?x8x8x8xf32>
    %v7 = slice.block add(%v6 : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>) {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %v8 = slice.get_param @b1.br1.conv1 : tensor<2x8x1x1xf32>
      %v9 = slice.conv2d %in, %v8 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
      %v10 = slice.get_param @b1.br1.bn.scale : tensor<2xf32>
      %v11 = slice.get_param @b1.br1.bn.bias : tensor<2xf32>
      %v12 = slice.get_param @b1.br1.bn.mean : tensor<2xf32>
      %v13 = slice.get_param @b1.br1.bn.var : tensor<2xf32>
      %v14 = slice.batch_norm %v9, %v10, %v11, %v12, %v13 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v15 = slice.relu %v14 : tensor<?x2x8x8xf32>
      %v16 = slice.get_param @b1.br1.conv2 : tensor<8x2x1x1xf32>
      %v17 = slice.conv2d %v15, %v16 : tensor<?x2x8x8xf32>, tensor<8x2x1x1xf32>
      slice.yield %v17 : tensor<?x8x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %v18 = slice.get_param @b1.br2.conv1 : tensor<2x8x1x1xf32>
      %v19 = slice.conv2d %in, %v18 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
      %v20 = slice.get_param @b1.br2.bn.scale : tensor<2xf32>
      %v21 = slice.get_param @b1.br2.bn.bias : tensor<2xf32>
      %v22 = slice.get_param @b1.br2.bn.mean : tensor<2xf32>
      %v23 = slice.get_param @b1.br2.bn.var : tensor<2xf32>
      %v24 = slice.batch_norm %v19, %v20, %v21, %v22, %v23 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v25 = slice.relu %v24 : tensor<?x2x8x8xf32>
      %v26 = slice.get_param @b1.br2.conv2 : tensor<8x2x1x1xf32>
      %v27 = slice.conv2d %v25, %v26 : tensor<?x2x8x8xf32>, tensor<8x2x1x1xf32>
      slice.yield %v27 : tensor<?x8x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v7 : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %v28 = slice.get_param @head.bn.scale : tensor<8xf32>
      %v29 = slice.get_param @head.bn.bias : tensor<8xf32>
      %v30 = slice.get_param @head.bn.mean : tensor<8xf32>
      %v31 = slice.get_param @head.bn.var : tensor<8xf32>
      %v32 = slice.batch_norm %f, %v28, %v29, %v30, %v31 : tensor<?x8x8x8xf32>, tensor<8xf32>
      %v33 = slice.relu %v32 : tensor<?x8x8x8xf32>
      %g = slice.global_avg_pool %v33 : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x8xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x8xf32>, tensor<10x8xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// Concat blocks (paper section 3.1 on DenseNet): sub-network k runs the
// first C_k branches of every dense layer, so features narrow with k. Each
// concat block gets the grouped layout: group k holds the residual channels
// sub-network k has beyond sub-network k-1, then the branches it adds, so
// sub-network k's feature is the prefix of groups 1..k. Two dense layers of
// C = 2 one-channel branches on a 2-channel input, K = 2:
//   y1 = [x0 x1 b1 | b2]              widths [3, 4], partition [3, 1]
//   y2 = [x0 x1 b1 c1 | b2 c2]        widths [4, 6], partition [4, 2]
// y2 was [x0 x1 b1 b2 c1 c2]: the head's BatchNorm and FC columns are
// reordered to match (stored values 1..6 become 1 2 3 5 4 6), so
// sub-network K is the original network. Layer 2's BatchNorm sees a
// k-dependent input: [K, C]. Head 1 reads the 4 channels of sub-network 1.
// CHECK-LABEL: module @dense_layers
// CHECK-SAME:  attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>}
// CHECK:       slice.param @l1.bn.scale : tensor<2xf32>
// CHECK:       slice.param @l2.bn.scale : tensor<2x4xf32> init(ones) = dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00], [1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]]>
// CHECK:       slice.param @head.bn.scale : tensor<6xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00, 4.000000e+00, 6.000000e+00]>
// CHECK-NEXT:  slice.param @head.bn.scale.subnet1 : tensor<4xf32> init(ones) = dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00]>
// CHECK:       slice.param @fc.weight : tensor<1x6xf32> init(uniform) = dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00, 4.000000e+00, 6.000000e+00]]>
// CHECK-NEXT:  slice.param @fc.weight.subnet1 : tensor<1x4xf32> init(uniform) = dense<{{\[\[}}1.000000e+00, 2.000000e+00, 3.000000e+00, 5.000000e+00]]>
// CHECK:       %[[Y1:.*]] = slice.block concat(%{{.*}} : tensor<?x2x8x8xf32>) residual(%{{.*}} : tensor<?x2x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 3, 1>, subnet_branches = array<i64: 1, 2>}
// CHECK:       slice.batch_norm %[[Y1]], {{.*}} : tensor<?x4x8x8xf32>, tensor<2x4xf32>
// CHECK:       %[[Y2:.*]] = slice.block concat(%{{.*}} : tensor<?x4x8x8xf32>) residual(%[[Y1]] : tensor<?x4x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 4, 2>, subnet_branches = array<i64: 1, 2>}
// CHECK:       slice.head subnet 1 level 1 (%[[Y2]] : tensor<?x6x8x8xf32>)
// CHECK-NEXT:  ^bb0(%[[F:.*]]: tensor<?x6x8x8xf32>):
// CHECK-NEXT:  %[[P:.*]] = slice.channel_slice %[[F]] {offset = 0 : i64, size = 4 : i64} : tensor<?x6x8x8xf32>
// CHECK:       slice.batch_norm %[[P]], {{.*}} : tensor<?x4x8x8xf32>, tensor<4xf32>
// CHECK:       slice.linear %{{.*}}, %{{.*}} : tensor<?x4xf32>, tensor<1x4xf32>
// CHECK:       slice.head subnet 2 level 1 (%[[Y2]] : tensor<?x6x8x8xf32>)
// CHECK-NOT:   channel_slice
// CHECK:       slice.linear %{{.*}}, %{{.*}} : tensor<?x6xf32>, tensor<1x6xf32>

module @dense_layers attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @l1.bn.scale : tensor<2xf32> init(ones)
  slice.param @l1.bn.bias : tensor<2xf32> init(zeros)
  slice.param @l1.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @l1.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @l1.br1.conv : tensor<1x2x3x3xf32> init(msra)
  slice.param @l1.br2.conv : tensor<1x2x3x3xf32> init(msra)
  slice.param @l2.bn.scale : tensor<4xf32> init(ones) = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  slice.param @l2.bn.bias : tensor<4xf32> init(zeros)
  slice.param @l2.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @l2.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @l2.br1.conv : tensor<1x4x1x1xf32> init(msra) = dense<[[[[1.0]], [[2.0]], [[3.0]], [[4.0]]]]> : tensor<1x4x1x1xf32>
  slice.param @l2.br2.conv : tensor<1x4x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<6xf32> init(ones) = dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]> : tensor<6xf32>
  slice.param @head.bn.bias : tensor<6xf32> init(zeros)
  slice.param @head.bn.mean : tensor<6xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<6xf32> init(ones) buffer
  slice.param @fc.weight : tensor<1x6xf32> init(uniform) = dense<[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]]> : tensor<1x6xf32>
  func.func @forward(%x: tensor<?x2x8x8xf32>) -> tensor<?x1xf32> {
    %s1 = slice.get_param @l1.bn.scale : tensor<2xf32>
    %b1 = slice.get_param @l1.bn.bias : tensor<2xf32>
    %m1 = slice.get_param @l1.bn.mean : tensor<2xf32>
    %v1 = slice.get_param @l1.bn.var : tensor<2xf32>
    %n1 = slice.batch_norm %x, %s1, %b1, %m1, %v1 : tensor<?x2x8x8xf32>, tensor<2xf32>
    %p1 = slice.relu %n1 : tensor<?x2x8x8xf32>
    %y1 = slice.block concat(%p1 : tensor<?x2x8x8xf32>) residual(%x : tensor<?x2x8x8xf32>) {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %w = slice.get_param @l1.br1.conv : tensor<1x2x3x3xf32>
      %c = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<1x2x3x3xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %w = slice.get_param @l1.br2.conv : tensor<1x2x3x3xf32>
      %c = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x8x8xf32>, tensor<1x2x3x3xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }
    %s2 = slice.get_param @l2.bn.scale : tensor<4xf32>
    %b2 = slice.get_param @l2.bn.bias : tensor<4xf32>
    %m2 = slice.get_param @l2.bn.mean : tensor<4xf32>
    %v2 = slice.get_param @l2.bn.var : tensor<4xf32>
    %n2 = slice.batch_norm %y1, %s2, %b2, %m2, %v2 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %p2 = slice.relu %n2 : tensor<?x4x8x8xf32>
    %y2 = slice.block concat(%p2 : tensor<?x4x8x8xf32>) residual(%y1 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @l2.br1.conv : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @l2.br2.conv : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%y2 : tensor<?x6x8x8xf32>) {
    ^bb0(%f: tensor<?x6x8x8xf32>):
      %hs = slice.get_param @head.bn.scale : tensor<6xf32>
      %hb = slice.get_param @head.bn.bias : tensor<6xf32>
      %hm = slice.get_param @head.bn.mean : tensor<6xf32>
      %hv = slice.get_param @head.bn.var : tensor<6xf32>
      %hn = slice.batch_norm %f, %hs, %hb, %hm, %hv : tensor<?x6x8x8xf32>, tensor<6xf32>
      %r = slice.relu %hn : tensor<?x6x8x8xf32>
      %g = slice.global_avg_pool %r : tensor<?x6x8x8xf32>
      %fl = slice.flatten %g : tensor<?x6x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<1x6xf32>
      %l = slice.linear %fl, %w : tensor<?x6xf32>, tensor<1x6xf32>
      slice.yield %l : tensor<?x1xf32>
    }
    return %logits : tensor<?x1xf32>
  }
}

// -----

// Inception-style blocks (no residual): group k is the paths sub-network k
// adds, so the layout is the original one. Block 2 reads a narrower input
// in sub-network 1 (its convolutions use their leading columns at run
// time), so the BatchNorm inside its paths becomes [K, C].
// CHECK-LABEL: module @paths
// CHECK:       slice.param @b2.p1.bn.scale : tensor<2x2xf32>
// CHECK:       slice.param @fc.weight.subnet1 : tensor<5x2xf32>
// CHECK:       %[[Y1:.*]] = slice.block concat(%{{.*}} : tensor<?x3x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 2, 2>, subnet_branches = array<i64: 1, 2>}
// CHECK:       %[[D:.*]] = slice.max_pool %[[Y1]]
// CHECK:       slice.block concat(%[[D]] : tensor<?x4x4x4xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 2, 2>, subnet_branches = array<i64: 1, 2>}
// CHECK:       slice.conv2d %{{.*}}, %{{.*}} : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
// CHECK:       slice.batch_norm {{.*}} : tensor<?x2x4x4xf32>, tensor<2x2xf32>
// CHECK:       slice.head subnet 1 level 1
// CHECK:       slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64} : tensor<?x4x4x4xf32>

module @paths attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.p1.conv : tensor<2x3x1x1xf32> init(msra)
  slice.param @b1.p2.conv : tensor<2x3x3x3xf32> init(msra)
  slice.param @b2.p1.conv : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.p1.bn.scale : tensor<2xf32> init(ones)
  slice.param @b2.p1.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b2.p1.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b2.p1.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b2.p2.conv : tensor<2x4x1x1xf32> init(msra)
  slice.param @fc.weight : tensor<5x4xf32> init(uniform)
  func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x5xf32> {
    %y1 = slice.block concat(%x : tensor<?x3x8x8xf32>) {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %w = slice.get_param @b1.p1.conv : tensor<2x3x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x3x8x8xf32>, tensor<2x3x1x1xf32>
      %r = slice.relu %c : tensor<?x2x8x8xf32>
      slice.yield %r : tensor<?x2x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %w = slice.get_param @b1.p2.conv : tensor<2x3x3x3xf32>
      %c = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x8x8xf32>, tensor<2x3x3x3xf32>
      %r = slice.relu %c : tensor<?x2x8x8xf32>
      slice.yield %r : tensor<?x2x8x8xf32>
    }
    %d = slice.max_pool %y1 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x8x8xf32>
    %y2 = slice.block concat(%d : tensor<?x4x4x4xf32>) {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w = slice.get_param @b2.p1.conv : tensor<2x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      %s = slice.get_param @b2.p1.bn.scale : tensor<2xf32>
      %b = slice.get_param @b2.p1.bn.bias : tensor<2xf32>
      %m = slice.get_param @b2.p1.bn.mean : tensor<2xf32>
      %v = slice.get_param @b2.p1.bn.var : tensor<2xf32>
      %n = slice.batch_norm %c, %s, %b, %m, %v : tensor<?x2x4x4xf32>, tensor<2xf32>
      slice.yield %n : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %p = slice.max_pool %in {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x4x4xf32>
      %w = slice.get_param @b2.p2.conv : tensor<2x4x1x1xf32>
      %c = slice.conv2d %p, %w : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }
    %logits = slice.head subnet 1 level 1 (%y2 : tensor<?x4x4x4xf32>) {
    ^bb0(%f: tensor<?x4x4x4xf32>):
      %g = slice.global_avg_pool %f : tensor<?x4x4x4xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<5x4xf32>
      %l = slice.linear %fl, %w : tensor<?x4xf32>, tensor<5x4xf32>
      slice.yield %l : tensor<?x5xf32>
    }
    return %logits : tensor<?x5xf32>
  }
}

// The zoo's DenseNet-BC (2 layers of 2 branches per dense block, growth 4,
// 8-channel stem): in every dense block the first layer's residual keeps
// its width (group 1 = 8 + 2), the second one's grows with k (12 + 4).
// Transition BNs read k-dependent features: [K, C]; their convolutions
// read the leading columns. Head 1 reads 12 of 16 channels.
// DENSENET:      slice.param @block1.layer2.bn.scale : tensor<2x12xf32>
// DENSENET:      slice.param @transition1.bn.scale : tensor<2x16xf32>
// DENSENET:      slice.param @transition1.conv.weight : tensor<8x16x1x1xf32>
// DENSENET:      slice.param @head.fc.weight.subnet1 : tensor<10x12xf32>
// DENSENET-COUNT-3: partition = array<i64: 10, 2>, subnet_branches = array<i64: 1, 2>}{{.*}}
// DENSENET:      slice.head subnet 1
// DENSENET-NEXT: ^bb0
// DENSENET-NEXT: slice.channel_slice %{{.*}} {offset = 0 : i64, size = 12 : i64} : tensor<?x16x2x2xf32>

// The zoo's Inception (C = 4 paths of every kind): sub-network 1 runs the
// 1x1 and 3x3 paths of every block.
// INCEPTION:      slice.block concat(%{{.*}} : tensor<?x4x8x8xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 4, 4>, subnet_branches = array<i64: 2, 4>}
// INCEPTION:      slice.block concat(%{{.*}} : tensor<?x8x4x4xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 8, 8>, subnet_branches = array<i64: 2, 4>}
// INCEPTION:      slice.block concat(%{{.*}} : tensor<?x16x2x2xf32>) attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 16, 16>, subnet_branches = array<i64: 2, 4>}
// INCEPTION:      slice.channel_slice %{{.*}} {offset = 0 : i64, size = 16 : i64} : tensor<?x32x2x2xf32>
