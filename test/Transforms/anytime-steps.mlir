// RUN: slice-opt %s --split-input-file --anytime-steps | FileCheck %s
// RUN: slice-opt %s --split-input-file --slice-flops=print-table=false | FileCheck %s --check-prefix=FLOPS

// --anytime-steps on the IS block of docs/design.md (K = 2): step 1
// computes channel group 1 of every layer and head 1, and leaves group 1 of
// the two features step 2 reads (the branches' pre-activation input, the
// block's output); step 2 computes group 2 only and head 2. The state never
// holds a group above the step's: 4 of 8 channels.
// CHECK-LABEL: func.func @step1(
// CHECK-SAME:    %[[X:.*]]: tensor<?x8x8x8xf32>)
// CHECK-SAME:    -> (tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64}, tensor<?x4x8x8xf32> {slice.state = 0 : i64}, tensor<?x4x8x8xf32> {slice.state = 1 : i64})
// CHECK-SAME:    attributes {slice.step = 1 : i64, slice.step_head_macs = 40 : i64, slice.step_macs = 1064 : i64}
// CHECK:         %[[G1:.*]] = slice.channel_slice %[[X]] {offset = 0 : i64, size = 4 : i64}
// CHECK:         slice.param_slice %{{.*}} {offsets = array<i64: 0>, sizes = array<i64: 4>} : tensor<8xf32>
// CHECK:         %[[P1:.*]] = slice.relu
// CHECK:         slice.conv2d %[[P1]], %{{.*}} : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
// CHECK:         %[[Y1:.*]] = slice.add
// CHECK:         return %{{.*}}, %[[P1]], %[[Y1]]
// CHECK-LABEL: func.func @step2(
// CHECK-SAME:    %[[X:.*]]: tensor<?x8x8x8xf32>, %[[S0:.*]]: tensor<?x4x8x8xf32> {slice.state = 0 : i64}, %[[S1:.*]]: tensor<?x4x8x8xf32> {slice.state = 1 : i64})
// CHECK-SAME:    -> (tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 2 : i64})
// CHECK-SAME:    attributes {slice.step = 2 : i64, slice.step_head_macs = 0 : i64, slice.step_macs = 1616 : i64}
// CHECK:         slice.channel_slice %[[X]] {offset = 4 : i64, size = 4 : i64}
// CHECK:         slice.param_slice %{{.*}} {offsets = array<i64: 4>, sizes = array<i64: 4>} : tensor<8xf32>
// CHECK:         %[[P2:.*]] = slice.relu
// CHECK:         %[[P:.*]] = slice.concat %[[S0]], %[[P2]]
// CHECK:         slice.conv2d %[[P]], %{{.*}} : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
// CHECK:         %[[Y2:.*]] = slice.add
// CHECK:         %[[Y:.*]] = slice.concat %[[S1]], %[[Y2]]
// CHECK:         slice.global_avg_pool %[[Y]]
// Growing to K does sub-network K's work plus head 1: 1064 + 1616 - 40.
// FLOPS: slice.subnet_macs = array<i64: 1064, 2640>
module @inclusive_sparse attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @bn.scale : tensor<8xf32> init(ones)
  slice.param @bn.bias : tensor<8xf32> init(zeros)
  slice.param @bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @bn.var : tensor<8xf32> init(ones) buffer
  slice.param @b1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x4xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
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

// A shallow-exit model: step k computes the blocks between exit k-1 and
// exit k and exit k's head; the state is the feature the next block reads.
// CHECK-LABEL: func.func @step1(
// CHECK-SAME:    -> (tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64}, tensor<?x8x8x8xf32> {slice.state = 0 : i64})
// CHECK:         slice.get_param @blk1.conv
// CHECK-NOT:     slice.get_param @blk2.conv
// CHECK:         slice.get_param @exit1.fc
// CHECK-LABEL: func.func @step2(
// CHECK-SAME:    %{{.*}}: tensor<?x8x8x8xf32>, %[[Y1:.*]]: tensor<?x8x8x8xf32> {slice.state = 0 : i64})
// CHECK-NOT:     slice.get_param @blk1.conv
// CHECK:         slice.conv2d %[[Y1]]
// FLOPS: slice.subnet_macs = array<i64: 36944, 73808>
module @shallow attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2>} {
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
