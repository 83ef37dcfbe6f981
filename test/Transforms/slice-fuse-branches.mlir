// RUN: slice-opt %s --split-input-file --slice-fuse-branches | FileCheck %s

// --slice-fuse-branches: branches with the same chain of layers on the same
// channels, in the same channel group, become one branch whose weights are
// param_concat of the members'.

// Three bottleneck branches of an add block: first convolutions stacked
// (axis 0), BatchNorm parameters side by side, the middle convolution
// grouped three times as much, the last convolutions side by side along
// their input columns (axis 1): one convolution sums the branches.
// CHECK-LABEL: func.func @bottlenecks(
// CHECK:         slice.block add(%{{.*}} : tensor<?x8x4x4xf32>) residual(%{{.*}} : tensor<?x8x4x4xf32>) {
// CHECK:         ^bb0(%[[IN:.*]]: tensor<?x8x4x4xf32>):
// CHECK-DAG:       %[[A1:.*]] = slice.get_param @b1.conv1
// CHECK-DAG:       %[[A2:.*]] = slice.get_param @b2.conv1
// CHECK-DAG:       %[[A3:.*]] = slice.get_param @b3.conv1
// CHECK:           %[[A:.*]] = slice.param_concat %[[A1]], %[[A2]], %[[A3]] {axis = 0 : i64} : tensor<2x8x1x1xf32>, tensor<2x8x1x1xf32>, tensor<2x8x1x1xf32>
// CHECK:           %[[C1:.*]] = slice.conv2d %[[IN]], %[[A]] : tensor<?x8x4x4xf32>, tensor<6x8x1x1xf32>
// CHECK:           slice.param_concat {{.*}} {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>, tensor<2xf32>
// CHECK:           %[[N:.*]] = slice.batch_norm %[[C1]], {{.*}} {epsilon = 1.000000e-03 : f64} : tensor<?x6x4x4xf32>, tensor<6xf32>
// CHECK:           %[[R:.*]] = slice.relu %[[N]] : tensor<?x6x4x4xf32>
// CHECK:           %[[B:.*]] = slice.param_concat {{.*}} {axis = 0 : i64} : tensor<2x1x3x3xf32>, tensor<2x1x3x3xf32>, tensor<2x1x3x3xf32>
// CHECK:           %[[C2:.*]] = slice.conv2d %[[R]], %[[B]] {groups = 6 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x6x4x4xf32>, tensor<6x1x3x3xf32>
// CHECK:           %[[D:.*]] = slice.param_concat {{.*}} {axis = 1 : i64} : tensor<8x2x1x1xf32>, tensor<8x2x1x1xf32>, tensor<8x2x1x1xf32>
// CHECK:           %[[C3:.*]] = slice.conv2d %[[C2]], %[[D]] : tensor<?x6x4x4xf32>, tensor<8x6x1x1xf32>
// CHECK:           slice.yield %[[C3]] : tensor<?x8x4x4xf32>
// CHECK-NEXT:    }
// CHECK-NOT:     ^bb0
module {
  slice.param @b1.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b1.bn.scale : tensor<2xf32> init(ones)
  slice.param @b1.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b1.conv2 : tensor<2x1x3x3xf32> init(msra)
  slice.param @b1.conv3 : tensor<8x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.bn.scale : tensor<2xf32> init(ones)
  slice.param @b2.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b2.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b2.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b2.conv2 : tensor<2x1x3x3xf32> init(msra)
  slice.param @b2.conv3 : tensor<8x2x1x1xf32> init(msra)
  slice.param @b3.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b3.bn.scale : tensor<2xf32> init(ones)
  slice.param @b3.bn.bias : tensor<2xf32> init(zeros)
  slice.param @b3.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @b3.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @b3.conv2 : tensor<2x1x3x3xf32> init(msra)
  slice.param @b3.conv3 : tensor<8x2x1x1xf32> init(msra)
  func.func @bottlenecks(%x: tensor<?x8x4x4xf32>) -> tensor<?x8x4x4xf32> {
    %y = slice.block add(%x : tensor<?x8x4x4xf32>) residual(%x : tensor<?x8x4x4xf32>) {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %w1 = slice.get_param @b1.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x4x4xf32>, tensor<2x8x1x1xf32>
      %s = slice.get_param @b1.bn.scale : tensor<2xf32>
      %b = slice.get_param @b1.bn.bias : tensor<2xf32>
      %m = slice.get_param @b1.bn.mean : tensor<2xf32>
      %v = slice.get_param @b1.bn.var : tensor<2xf32>
      %n = slice.batch_norm %a, %s, %b, %m, %v {epsilon = 1.0e-3 : f64} : tensor<?x2x4x4xf32>, tensor<2xf32>
      %r = slice.relu %n : tensor<?x2x4x4xf32>
      %w2 = slice.get_param @b1.conv2 : tensor<2x1x3x3xf32>
      %c = slice.conv2d %r, %w2 {padding = array<i64: 1, 1, 1, 1>, groups = 2 : i64} : tensor<?x2x4x4xf32>, tensor<2x1x3x3xf32>
      %w3 = slice.get_param @b1.conv3 : tensor<8x2x1x1xf32>
      %o = slice.conv2d %c, %w3 : tensor<?x2x4x4xf32>, tensor<8x2x1x1xf32>
      slice.yield %o : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %w1 = slice.get_param @b2.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x4x4xf32>, tensor<2x8x1x1xf32>
      %s = slice.get_param @b2.bn.scale : tensor<2xf32>
      %b = slice.get_param @b2.bn.bias : tensor<2xf32>
      %m = slice.get_param @b2.bn.mean : tensor<2xf32>
      %v = slice.get_param @b2.bn.var : tensor<2xf32>
      %n = slice.batch_norm %a, %s, %b, %m, %v {epsilon = 1.0e-3 : f64} : tensor<?x2x4x4xf32>, tensor<2xf32>
      %r = slice.relu %n : tensor<?x2x4x4xf32>
      %w2 = slice.get_param @b2.conv2 : tensor<2x1x3x3xf32>
      %c = slice.conv2d %r, %w2 {padding = array<i64: 1, 1, 1, 1>, groups = 2 : i64} : tensor<?x2x4x4xf32>, tensor<2x1x3x3xf32>
      %w3 = slice.get_param @b2.conv3 : tensor<8x2x1x1xf32>
      %o = slice.conv2d %c, %w3 : tensor<?x2x4x4xf32>, tensor<8x2x1x1xf32>
      slice.yield %o : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %w1 = slice.get_param @b3.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x4x4xf32>, tensor<2x8x1x1xf32>
      %s = slice.get_param @b3.bn.scale : tensor<2xf32>
      %b = slice.get_param @b3.bn.bias : tensor<2xf32>
      %m = slice.get_param @b3.bn.mean : tensor<2xf32>
      %v = slice.get_param @b3.bn.var : tensor<2xf32>
      %n = slice.batch_norm %a, %s, %b, %m, %v {epsilon = 1.0e-3 : f64} : tensor<?x2x4x4xf32>, tensor<2xf32>
      %r = slice.relu %n : tensor<?x2x4x4xf32>
      %w2 = slice.get_param @b3.conv2 : tensor<2x1x3x3xf32>
      %c = slice.conv2d %r, %w2 {padding = array<i64: 1, 1, 1, 1>, groups = 2 : i64} : tensor<?x2x4x4xf32>, tensor<2x1x3x3xf32>
      %w3 = slice.get_param @b3.conv3 : tensor<8x2x1x1xf32>
      %o = slice.conv2d %c, %w3 : tensor<?x2x4x4xf32>, tensor<8x2x1x1xf32>
      slice.yield %o : tensor<?x8x4x4xf32>
    }
    return %y : tensor<?x8x4x4xf32>
  }
}

// -----

// IS form: branches fuse within their channel group only, and only when
// they read the same channels (the group's input prefix).
// CHECK-LABEL: func.func @groups(
// CHECK:         slice.block add
// CHECK-SAME:      branch_groups = array<i64: 1, 2>
// CHECK:           %[[S:.*]] = slice.channel_slice %{{.*}} {offset = 0 : i64, size = 2 : i64}
// CHECK:           slice.param_concat {{.*}} {axis = 0 : i64} : tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>
// CHECK:           slice.conv2d %[[S]], {{.*}} : tensor<?x2x4x4xf32>, tensor<2x2x1x1xf32>
// CHECK:           slice.param_concat {{.*}} {axis = 1 : i64} : tensor<2x1x1x1xf32>, tensor<2x1x1x1xf32>
// CHECK:           slice.yield %{{.*}} : tensor<?x2x4x4xf32>
// CHECK:         }, {
// CHECK:           slice.param_concat {{.*}} {axis = 0 : i64} : tensor<1x4x1x1xf32>, tensor<1x4x1x1xf32>
// CHECK:           slice.yield %{{.*}} : tensor<?x2x4x4xf32>
// CHECK-NEXT:    }
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @g1a.in : tensor<1x2x1x1xf32> init(msra)
  slice.param @g1a.out : tensor<2x1x1x1xf32> init(msra)
  slice.param @g1b.in : tensor<1x2x1x1xf32> init(msra)
  slice.param @g1b.out : tensor<2x1x1x1xf32> init(msra)
  slice.param @g2a.in : tensor<1x4x1x1xf32> init(msra)
  slice.param @g2a.out : tensor<2x1x1x1xf32> init(msra)
  slice.param @g2b.in : tensor<1x4x1x1xf32> init(msra)
  slice.param @g2b.out : tensor<2x1x1x1xf32> init(msra)
  func.func @groups(%x: tensor<?x4x4x4xf32>) -> tensor<?x4x4x4xf32> {
    %y = slice.block add(%x : tensor<?x4x4x4xf32>) residual(%x : tensor<?x4x4x4xf32>)
        attributes {partition = array<i64: 2, 2>, branch_groups = array<i64: 1, 1, 2, 2>} {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x4x4x4xf32>
      %w1 = slice.get_param @g1a.in : tensor<1x2x1x1xf32>
      %a = slice.conv2d %s, %w1 : tensor<?x2x4x4xf32>, tensor<1x2x1x1xf32>
      %w2 = slice.get_param @g1a.out : tensor<2x1x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x1x4x4xf32>, tensor<2x1x1x1xf32>
      slice.yield %o : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x4x4x4xf32>
      %w1 = slice.get_param @g1b.in : tensor<1x2x1x1xf32>
      %a = slice.conv2d %s, %w1 : tensor<?x2x4x4xf32>, tensor<1x2x1x1xf32>
      %w2 = slice.get_param @g1b.out : tensor<2x1x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x1x4x4xf32>, tensor<2x1x1x1xf32>
      slice.yield %o : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @g2a.in : tensor<1x4x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x4x4x4xf32>, tensor<1x4x1x1xf32>
      %w2 = slice.get_param @g2a.out : tensor<2x1x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x1x4x4xf32>, tensor<2x1x1x1xf32>
      slice.yield %o : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @g2b.in : tensor<1x4x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x4x4x4xf32>, tensor<1x4x1x1xf32>
      %w2 = slice.get_param @g2b.out : tensor<2x1x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x1x4x4xf32>, tensor<2x1x1x1xf32>
      slice.yield %o : tensor<?x2x4x4xf32>
    }
    return %y : tensor<?x4x4x4xf32>
  }
}

// -----

// A concat block: runs of consecutive identical branches fuse, every layer
// after the first grouped; the fused branch yields the members' outputs
// side by side, where they lay.
// CHECK-LABEL: func.func @paths(
// CHECK:         slice.block concat
// CHECK:           slice.param_concat {{.*}} {axis = 0 : i64} : tensor<2x4x1x1xf32>, tensor<2x4x1x1xf32>
// CHECK:           %[[P:.*]] = slice.param_concat {{.*}} {axis = 0 : i64} : tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>
// CHECK:           slice.conv2d %{{.*}}, %[[P]] {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x4x4xf32>, tensor<2x2x3x3xf32>
// CHECK:           slice.yield %{{.*}} : tensor<?x2x4x4xf32>
// CHECK:         }, {
// CHECK:           slice.max_pool
// CHECK:         }
module {
  slice.param @p1.a : tensor<2x4x1x1xf32> init(msra)
  slice.param @p1.b : tensor<1x2x3x3xf32> init(msra)
  slice.param @p2.a : tensor<2x4x1x1xf32> init(msra)
  slice.param @p2.b : tensor<1x2x3x3xf32> init(msra)
  func.func @paths(%x: tensor<?x4x4x4xf32>) -> tensor<?x6x4x4xf32> {
    %y = slice.block concat(%x : tensor<?x4x4x4xf32>) {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @p1.a : tensor<2x4x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      %r = slice.relu %a : tensor<?x2x4x4xf32>
      %w2 = slice.get_param @p1.b : tensor<1x2x3x3xf32>
      %o = slice.conv2d %r, %w2 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x4x4xf32>, tensor<1x2x3x3xf32>
      slice.yield %o : tensor<?x1x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @p2.a : tensor<2x4x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      %r = slice.relu %a : tensor<?x2x4x4xf32>
      %w2 = slice.get_param @p2.b : tensor<1x2x3x3xf32>
      %o = slice.conv2d %r, %w2 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x4x4xf32>, tensor<1x2x3x3xf32>
      slice.yield %o : tensor<?x1x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %p = slice.max_pool %in {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x4x4xf32>
      slice.yield %p : tensor<?x4x4x4xf32>
    }
    return %y : tensor<?x6x4x4xf32>
  }
}

// -----

// What does not fuse stays as it is: last layers with a bias (the sum would
// count it once per branch), different padding, the I form's blocks
// (their fusable sets differ per sub-network).
// CHECK-LABEL: func.func @unchanged(
// CHECK-NOT:     slice.param_concat
// CHECK:         return
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @a.in : tensor<2x4x1x1xf32> init(msra)
  slice.param @a.out : tensor<4x2x1x1xf32> init(msra)
  slice.param @a.bias : tensor<4xf32> init(zeros)
  slice.param @b.in : tensor<2x4x1x1xf32> init(msra)
  slice.param @b.out : tensor<4x2x1x1xf32> init(msra)
  slice.param @b.bias : tensor<4xf32> init(zeros)
  slice.param @c.in : tensor<2x4x3x3xf32> init(msra)
  slice.param @d.in : tensor<2x4x3x3xf32> init(msra)
  slice.param @c.out : tensor<4x2x1x1xf32> init(msra)
  slice.param @d.out : tensor<4x2x1x1xf32> init(msra)
  func.func @unchanged(%x: tensor<?x4x4x4xf32>) -> (tensor<?x4x4x4xf32>, tensor<?x4x4x4xf32>) {
    %y = slice.block add(%x : tensor<?x4x4x4xf32>) residual(%x : tensor<?x4x4x4xf32>)
        attributes {subnet_branches = array<i64: 2, 2>} {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @a.in : tensor<2x4x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      %w2 = slice.get_param @a.out : tensor<4x2x1x1xf32>
      %b2 = slice.get_param @a.bias : tensor<4xf32>
      %o = slice.conv2d %a, %w2, %b2 : tensor<?x2x4x4xf32>, tensor<4x2x1x1xf32>, tensor<4xf32>
      slice.yield %o : tensor<?x4x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @b.in : tensor<2x4x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      %w2 = slice.get_param @b.out : tensor<4x2x1x1xf32>
      %b2 = slice.get_param @b.bias : tensor<4xf32>
      %o = slice.conv2d %a, %w2, %b2 : tensor<?x2x4x4xf32>, tensor<4x2x1x1xf32>, tensor<4xf32>
      slice.yield %o : tensor<?x4x4x4xf32>
    }
    %z = slice.block add(%y : tensor<?x4x4x4xf32>) residual(%y : tensor<?x4x4x4xf32>)
        attributes {subnet_branches = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @c.in : tensor<2x4x3x3xf32>
      %a = slice.conv2d %in, %w1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x4x4xf32>, tensor<2x4x3x3xf32>
      %w2 = slice.get_param @c.out : tensor<4x2x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x2x4x4xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @d.in : tensor<2x4x3x3xf32>
      %a = slice.conv2d %in, %w1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x4x4xf32>, tensor<2x4x3x3xf32>
      %w2 = slice.get_param @d.out : tensor<4x2x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x2x4x4xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x4x4xf32>
    }
    return %y, %z : tensor<?x4x4x4xf32>, tensor<?x4x4x4xf32>
  }
}

// -----

// Branches that differ in a layer's attributes stay apart, and so do last
// layers with a bias (the sum would count it once per branch).
// CHECK-LABEL: func.func @different(
// CHECK-NOT:     slice.param_concat
// CHECK:         return
module {
  slice.param @a.in : tensor<2x4x1x1xf32> init(msra)
  slice.param @a.out : tensor<4x2x1x1xf32> init(msra)
  slice.param @a.bias : tensor<4xf32> init(zeros)
  slice.param @b.in : tensor<2x4x1x1xf32> init(msra)
  slice.param @b.out : tensor<4x2x1x1xf32> init(msra)
  slice.param @b.bias : tensor<4xf32> init(zeros)
  slice.param @c.in : tensor<2x4x3x3xf32> init(msra)
  slice.param @d.in : tensor<2x4x3x3xf32> init(msra)
  slice.param @c.out : tensor<4x2x1x1xf32> init(msra)
  slice.param @d.out : tensor<4x2x1x1xf32> init(msra)
  func.func @different(%x: tensor<?x4x4x4xf32>) -> (tensor<?x4x4x4xf32>, tensor<?x4x2x2xf32>) {
    %y = slice.block add(%x : tensor<?x4x4x4xf32>) {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @a.in : tensor<2x4x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      %w2 = slice.get_param @a.out : tensor<4x2x1x1xf32>
      %b2 = slice.get_param @a.bias : tensor<4xf32>
      %o = slice.conv2d %a, %w2, %b2 : tensor<?x2x4x4xf32>, tensor<4x2x1x1xf32>, tensor<4xf32>
      slice.yield %o : tensor<?x4x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @b.in : tensor<2x4x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      %w2 = slice.get_param @b.out : tensor<4x2x1x1xf32>
      %b2 = slice.get_param @b.bias : tensor<4xf32>
      %o = slice.conv2d %a, %w2, %b2 : tensor<?x2x4x4xf32>, tensor<4x2x1x1xf32>, tensor<4xf32>
      slice.yield %o : tensor<?x4x4x4xf32>
    }
    %z = slice.block add(%x : tensor<?x4x4x4xf32>) {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @c.in : tensor<2x4x3x3xf32>
      %a = slice.conv2d %in, %w1 {padding = array<i64: 0, 0, 0, 0>} : tensor<?x4x4x4xf32>, tensor<2x4x3x3xf32>
      %w2 = slice.get_param @c.out : tensor<4x2x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x2x2x2xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x2x2xf32>
    }, {
    ^bb0(%in: tensor<?x4x4x4xf32>):
      %w1 = slice.get_param @d.in : tensor<2x4x3x3xf32>
      %a = slice.conv2d %in, %w1 {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x4x4xf32>, tensor<2x4x3x3xf32>
      %w2 = slice.get_param @d.out : tensor<4x2x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x2x2x2xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x2x2xf32>
    }
    return %y, %z : tensor<?x4x4x4xf32>, tensor<?x4x2x2xf32>
  }
}
