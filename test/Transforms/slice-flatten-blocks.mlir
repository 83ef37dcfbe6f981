// RUN: slice-opt %s --split-input-file --slice-flatten-blocks | FileCheck %s

// --slice-flatten-blocks writes out what every block and head computes.

// An add block: the residual plus every branch, branches inlined on the
// block's input. A head is inlined; the result it computed keeps its
// sub-network and label level.
// CHECK-LABEL: func.func @add_block(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4x2x2xf32>) -> (tensor<?x4x2x2xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64})
// CHECK-NOT:     slice.block
// CHECK:         %[[W1:.*]] = slice.get_param @w1
// CHECK:         %[[B1:.*]] = slice.conv2d %[[X]], %[[W1]]
// CHECK:         %[[W2:.*]] = slice.get_param @w2
// CHECK:         %[[B2:.*]] = slice.conv2d %[[X]], %[[W2]]
// CHECK:         %[[S:.*]] = slice.add %[[X]], %[[B1]]
// CHECK:         %[[Y:.*]] = slice.add %[[S]], %[[B2]]
// CHECK:         %[[R:.*]] = slice.relu %[[Y]]
// CHECK-NOT:     slice.head
// CHECK:         return %[[R]]
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @w1 : tensor<4x4x1x1xf32> init(msra)
  slice.param @w2 : tensor<4x4x1x1xf32> init(msra)
  func.func @add_block(%x: tensor<?x4x2x2xf32>) -> tensor<?x4x2x2xf32> {
    %y = slice.block add(%x : tensor<?x4x2x2xf32>) residual(%x : tensor<?x4x2x2xf32>) {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %w = slice.get_param @w1 : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<?x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<?x4x2x2xf32>
    }, {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %w = slice.get_param @w2 : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<?x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<?x4x2x2xf32>
    }
    %l = slice.head subnet 1 level 1 (%y : tensor<?x4x2x2xf32>) {
    ^bb0(%f: tensor<?x4x2x2xf32>):
      %r = slice.relu %f : tensor<?x4x2x2xf32>
      slice.yield %r : tensor<?x4x2x2xf32>
    }
    return %l : tensor<?x4x2x2xf32>
  }
}

// -----

// IS form, K = 2: channel group g is the residual's group g plus the
// branches of group g; the groups are concatenated. Head 1 reads group 1
// itself, so nothing of group 2 is computed for it.
// CHECK-LABEL: func.func @is_block(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4x2x2xf32>) -> (tensor<?x2x2x2xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64}, tensor<?x4x2x2xf32> {slice.level = 1 : i64, slice.subnet = 2 : i64})
// CHECK:         %[[G:.*]] = slice.channel_slice %[[X]] {offset = 0 : i64, size = 2 : i64}
// CHECK:         %[[O1:.*]] = slice.conv2d %[[G]]
// CHECK:         %[[O2:.*]] = slice.conv2d %[[X]]
// CHECK:         %[[R1:.*]] = slice.channel_slice %[[X]] {offset = 0 : i64, size = 2 : i64}
// CHECK:         %[[S1:.*]] = slice.add %[[R1]], %[[O1]] : tensor<?x2x2x2xf32>
// CHECK:         %[[R2:.*]] = slice.channel_slice %[[X]] {offset = 2 : i64, size = 2 : i64}
// CHECK:         %[[S2:.*]] = slice.add %[[R2]], %[[O2]] : tensor<?x2x2x2xf32>
// CHECK:         %[[Y:.*]] = slice.concat %[[S1]], %[[S2]]
// CHECK:         return %[[S1]], %[[Y]]
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1 : tensor<2x2x1x1xf32> init(msra)
  slice.param @b2 : tensor<2x4x1x1xf32> init(msra)
  func.func @is_block(%x: tensor<?x4x2x2xf32>) -> (tensor<?x2x2x2xf32>, tensor<?x4x2x2xf32>) {
    %y = slice.block add(%x : tensor<?x4x2x2xf32>) residual(%x : tensor<?x4x2x2xf32>)
        attributes {partition = array<i64: 2, 2>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %g = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x4x2x2xf32>
      %w = slice.get_param @b1 : tensor<2x2x1x1xf32>
      %o = slice.conv2d %g, %w : tensor<?x2x2x2xf32>, tensor<2x2x1x1xf32>
      slice.yield %o : tensor<?x2x2x2xf32>
    }, {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %w = slice.get_param @b2 : tensor<2x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<?x4x2x2xf32>, tensor<2x4x1x1xf32>
      slice.yield %o : tensor<?x2x2x2xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y : tensor<?x4x2x2xf32>) {
    ^bb0(%f: tensor<?x4x2x2xf32>):
      %p = slice.channel_slice %f {offset = 0 : i64, size = 2 : i64} : tensor<?x4x2x2xf32>
      slice.yield %p : tensor<?x2x2x2xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<?x4x2x2xf32>) {
    ^bb0(%f: tensor<?x4x2x2xf32>):
      slice.yield %f : tensor<?x4x2x2xf32>
    }
    return %l1, %l2 : tensor<?x2x2x2xf32>, tensor<?x4x2x2xf32>
  }
}

// -----

// A concat block with a grouped layout (IS form, DenseNet layer): group by
// group, the residual's share, then the group's branches.
// CHECK-LABEL: func.func @dense_layer(
// CHECK-SAME:    %[[X:.*]]: tensor<?x4x2x2xf32>)
// CHECK:         %[[C1:.*]] = slice.conv2d
// CHECK:         %[[C2:.*]] = slice.conv2d
// CHECK:         %[[R1:.*]] = slice.channel_slice %[[X]] {offset = 0 : i64, size = 2 : i64}
// CHECK:         %[[R2:.*]] = slice.channel_slice %[[X]] {offset = 2 : i64, size = 2 : i64}
// CHECK:         %[[Y:.*]] = slice.concat %[[R1]], %[[C1]], %[[R2]], %[[C2]] : tensor<?x2x2x2xf32>, tensor<?x1x2x2xf32>, tensor<?x2x2x2xf32>, tensor<?x1x2x2xf32>
// CHECK:         return %[[Y]]
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @c1 : tensor<1x2x3x3xf32> init(msra)
  slice.param @c2 : tensor<1x4x3x3xf32> init(msra)
  func.func @dense_layer(%x: tensor<?x4x2x2xf32>) -> tensor<?x6x2x2xf32> {
    %y = slice.block concat(%x : tensor<?x4x2x2xf32>) residual(%x : tensor<?x4x2x2xf32>)
        attributes {partition = array<i64: 3, 3>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x4x2x2xf32>
      %w = slice.get_param @c1 : tensor<1x2x3x3xf32>
      %o = slice.conv2d %s, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x2x2xf32>, tensor<1x2x3x3xf32>
      slice.yield %o : tensor<?x1x2x2xf32>
    }, {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %w = slice.get_param @c2 : tensor<1x4x3x3xf32>
      %o = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x2x2xf32>, tensor<1x4x3x3xf32>
      slice.yield %o : tensor<?x1x2x2xf32>
    }
    return %y : tensor<?x6x2x2xf32>
  }
}

// -----

// Channel groups nothing writes are zeros: a leading one cut from padding,
// a trailing one padded after the last group written.
// CHECK-LABEL: func.func @zero_groups(
// CHECK:         %[[O:.*]] = slice.conv2d
// CHECK:         %[[T:.*]] = slice.pad_channels %[[O]] {pads = array<i64: 4>} : tensor<?x8x4x3xf32>
// CHECK:         %[[P:.*]] = slice.pad_channels %[[O]] {pads = array<i64: 4>} : tensor<?x8x4x3xf32>
// CHECK:         %[[Z:.*]] = slice.channel_slice %[[P]] {offset = 8 : i64, size = 4 : i64}
// CHECK:         %[[Y:.*]] = slice.concat %[[Z]], %[[T]] : tensor<?x4x4x3xf32>, tensor<?x12x4x3xf32>
// CHECK:         return %[[Y]]
module {
  slice.param @w : tensor<8x16x1x1xf32> init(msra)
  func.func @zero_groups(%x: tensor<?x16x4x3xf32>) -> tensor<?x16x4x3xf32> {
    %y = slice.block add(%x : tensor<?x16x4x3xf32>)
        attributes {partition = array<i64: 4, 8, 4>, branch_groups = array<i64: 2>} {
    ^bb0(%in: tensor<?x16x4x3xf32>):
      %w = slice.get_param @w : tensor<8x16x1x1xf32>
      %p = slice.conv2d %in, %w : tensor<?x16x4x3xf32>, tensor<8x16x1x1xf32>
      slice.yield %p : tensor<?x8x4x3xf32>
    }
    return %y : tensor<?x16x4x3xf32>
  }
}
