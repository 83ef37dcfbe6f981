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
