// RUN: slice-opt %s --split-input-file --hierarchical-heads=taxonomy=%S/Inputs/tax-ok.txt | FileCheck %s
// RUN: slice-opt %s --split-input-file --pass-pipeline='builtin.module(hierarchical-heads{taxonomy=%S/Inputs/tax-ok.txt})' | FileCheck %s

// Taxonomy: 4 classes -> {x, y} -> {top}: D = 3 levels of 4, 2, 1 labels.
// Every head gets level-2 and level-3 siblings whose classifier has 2 and 1
// outputs, with their own parameters.

// CHECK-LABEL: module @two_subnets
// CHECK-SAME: slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2, levels = 3>
// CHECK: slice.taxonomy {names = {{\[}}["a", "b", "c", "d"], ["x", "y"], ["top"]], parents = [array<i64: 0, 0, 1, 1>, array<i64: 0, 0>]}
// CHECK-DAG: slice.param @fc1.w.level2 : tensor<2x4xf32> init(uniform)
// CHECK-DAG: slice.param @fc1.w.level3 : tensor<1x4xf32> init(uniform)
// CHECK-DAG: slice.param @fc2.w.level2 : tensor<2x8xf32> init(uniform)
// CHECK-LABEL: func.func @forward
// CHECK-SAME: -> (tensor<?x4xf32>, tensor<?x2xf32>, tensor<?x1xf32>, tensor<?x4xf32>, tensor<?x2xf32>, tensor<?x1xf32>)
// CHECK: %[[H11:.*]] = slice.head subnet 1 level 1
// CHECK: %[[H12:.*]] = slice.head subnet 1 level 2
// CHECK: slice.get_param @fc1.w.level2 : tensor<2x4xf32>
// CHECK: %[[H13:.*]] = slice.head subnet 1 level 3
// CHECK: %[[H21:.*]] = slice.head subnet 2 level 1
// CHECK: %[[H22:.*]] = slice.head subnet 2 level 2
// CHECK: %[[H23:.*]] = slice.head subnet 2 level 3
// CHECK: return %[[H11]], %[[H12]], %[[H13]], %[[H21]], %[[H22]], %[[H23]]
module @two_subnets attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @fc1.w : tensor<4x4xf32> init(uniform)
  slice.param @fc2.w : tensor<4x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x8x2x2xf32>) -> (tensor<?x4xf32>, tensor<?x4xf32>) {
    %h1 = slice.head subnet 1 level 1 (%x : tensor<?x8x2x2xf32>) {
    ^bb0(%f: tensor<?x8x2x2xf32>):
      %s = slice.channel_slice %f {offset = 0 : i64, size = 4 : i64} : tensor<?x8x2x2xf32>
      %g = slice.global_avg_pool %s : tensor<?x4x2x2xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @fc1.w : tensor<4x4xf32>
      %l = slice.linear %fl, %w : tensor<?x4xf32>, tensor<4x4xf32>
      slice.yield %l : tensor<?x4xf32>
    }
    %h2 = slice.head subnet 2 level 1 (%x : tensor<?x8x2x2xf32>) {
    ^bb0(%f: tensor<?x8x2x2xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x2x2xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @fc2.w : tensor<4x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<4x8xf32>
      slice.yield %l : tensor<?x4xf32>
    }
    return %h1, %h2 : tensor<?x4xf32>, tensor<?x4xf32>
  }
}

// -----

// A classifier that is a 1x1 convolution followed by ReLU, global pooling
// and a flatten (SqueezeNet's): the siblings' convolutions get 2 and 1
// output channels, and what follows them the new width.
// CHECK-LABEL: module @conv_classifier
// CHECK-DAG: slice.param @cls.w.level2 : tensor<2x8x1x1xf32> init(msra)
// CHECK-DAG: slice.param @cls.b.level2 : tensor<2xf32> init(zeros)
// CHECK-DAG: slice.param @cls.w.level3 : tensor<1x8x1x1xf32> init(msra)
// CHECK: slice.head subnet 1 level 2
// CHECK: slice.conv2d {{.*}} : tensor<?x8x2x2xf32>, tensor<2x8x1x1xf32>, tensor<2xf32>
// CHECK: slice.relu {{.*}} : tensor<?x2x2x2xf32>
// CHECK: slice.global_avg_pool {{.*}} : tensor<?x2x2x2xf32>
// CHECK: slice.flatten {{.*}} : tensor<?x2x1x1xf32>
// CHECK: slice.yield {{.*}} : tensor<?x2xf32>
module @conv_classifier attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @cls.w : tensor<4x8x1x1xf32> init(msra)
  slice.param @cls.b : tensor<4xf32> init(zeros)
  func.func @forward(%x: tensor<?x8x2x2xf32>) -> tensor<?x4xf32> {
    %h = slice.head subnet 1 level 1 (%x : tensor<?x8x2x2xf32>) {
    ^bb0(%f: tensor<?x8x2x2xf32>):
      %w = slice.get_param @cls.w : tensor<4x8x1x1xf32>
      %b = slice.get_param @cls.b : tensor<4xf32>
      %c = slice.conv2d %f, %w, %b : tensor<?x8x2x2xf32>, tensor<4x8x1x1xf32>, tensor<4xf32>
      %r = slice.relu %c : tensor<?x4x2x2xf32>
      %g = slice.global_avg_pool %r : tensor<?x4x2x2xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      slice.yield %fl : tensor<?x4xf32>
    }
    return %h : tensor<?x4xf32>
  }
}
