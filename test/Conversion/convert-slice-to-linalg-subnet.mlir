// RUN: slice-opt %s --split-input-file --convert-slice-to-linalg=k=all | FileCheck %s --check-prefix=ALL
// RUN: slice-opt %s --split-input-file --convert-slice-to-linalg=k=1 | FileCheck %s --check-prefix=K1
// RUN: slice-opt %s --split-input-file --convert-slice-to-linalg="k=2 params=constants" | FileCheck %s --check-prefix=CONST

// k=<k> runs the --extract-subnet specialisation first and emits
// @forward_k<k>: the code for sub-network k contains only what k runs.

// I-form, K = 2: sub-network 1 runs branch 1 and head 1 with row 1 of the
// BatchNorm parameters; sub-network 2 runs both branches and head 2.
// ALL-LABEL: func.func @forward_k1(
// ALL-SAME:    %{{.*}}: tensor<?x4x2x2xf32> {slice.input}
// ALL-SAME:    {slice.param = "bn.scale"}, %{{[^:]*}}: tensor<4xf32> {slice.param = "bn.bias"}
// ALL-SAME:    {slice.param = "b1.conv"}
// ALL-NOT:     b2.conv
// ALL-SAME:    {slice.param = "head1.fc"}
// ALL-SAME:    -> (tensor<?x3xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64})
// ALL-SAME:    attributes {llvm.emit_c_interface, slice.subnet = 1 : i64, slice.subnets = 2 : i64}
// ALL-COUNT-1: linalg.conv_2d_nchw_fchw
// ALL-NOT:     linalg.conv_2d_nchw_fchw
// ALL:         linalg.matmul
// ALL:         return
// ALL-LABEL: func.func @forward_k2(
// ALL-SAME:    {slice.param = "b1.conv"}, %{{[^:]*}}: tensor<4x4x1x1xf32> {slice.param = "b2.conv"}, %{{[^:]*}}: tensor<3x4xf32> {slice.param = "head2.fc"}
// ALL-SAME:    -> (tensor<?x3xf32> {slice.level = 1 : i64, slice.subnet = 2 : i64})
// ALL-COUNT-2: linalg.conv_2d_nchw_fchw
// ALL-NOT:     linalg.conv_2d_nchw_fchw
// ALL:         return

// K1-LABEL: func.func @forward_k1(
// K1-NOT:   func.func @forward_k2
// K1-NOT:   func.func @forward(

// With stored values and params=constants: constants instead of arguments
// (row 2 of the per-sub-network BatchNorm).
// CONST-LABEL: func.func @forward_k2(%{{[^:]*}}: tensor<?x4x2x2xf32> {slice.input}) -> (tensor<?x3xf32>
// CONST:         arith.constant dense<[5.000000e+00, 6.000000e+00, 7.000000e+00, 8.000000e+00]> : tensor<4xf32>
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @bn.scale : tensor<2x4xf32> init(ones) = dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]> : tensor<2x4xf32>
  slice.param @bn.bias : tensor<2x4xf32> init(zeros) = dense<0.0> : tensor<2x4xf32>
  slice.param @bn.mean : tensor<2x4xf32> init(zeros) buffer = dense<0.0> : tensor<2x4xf32>
  slice.param @bn.var : tensor<2x4xf32> init(ones) buffer = dense<1.0> : tensor<2x4xf32>
  slice.param @b1.conv : tensor<4x4x1x1xf32> init(msra) = dense<0.5> : tensor<4x4x1x1xf32>
  slice.param @b2.conv : tensor<4x4x1x1xf32> init(msra) = dense<0.25> : tensor<4x4x1x1xf32>
  slice.param @head1.fc : tensor<3x4xf32> init(uniform) = dense<1.0> : tensor<3x4xf32>
  slice.param @head2.fc : tensor<3x4xf32> init(uniform) = dense<2.0> : tensor<3x4xf32>
  func.func @forward(%x: tensor<?x4x2x2xf32>) -> (tensor<?x3xf32>, tensor<?x3xf32>) {
    %s = slice.get_param @bn.scale : tensor<2x4xf32>
    %b = slice.get_param @bn.bias : tensor<2x4xf32>
    %m = slice.get_param @bn.mean : tensor<2x4xf32>
    %v = slice.get_param @bn.var : tensor<2x4xf32>
    %n = slice.batch_norm %x, %s, %b, %m, %v : tensor<?x4x2x2xf32>, tensor<2x4xf32>
    %y = slice.block add(%n : tensor<?x4x2x2xf32>) residual(%x : tensor<?x4x2x2xf32>)
        attributes {subnet_branches = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %w = slice.get_param @b1.conv : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<?x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<?x4x2x2xf32>
    }, {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %w = slice.get_param @b2.conv : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<?x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<?x4x2x2xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y : tensor<?x4x2x2xf32>) {
    ^bb0(%f: tensor<?x4x2x2xf32>):
      %g = slice.global_avg_pool %f : tensor<?x4x2x2xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @head1.fc : tensor<3x4xf32>
      %l = slice.linear %fl, %w : tensor<?x4xf32>, tensor<3x4xf32>
      slice.yield %l : tensor<?x3xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<?x4x2x2xf32>) {
    ^bb0(%f: tensor<?x4x2x2xf32>):
      %g = slice.global_avg_pool %f : tensor<?x4x2x2xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @head2.fc : tensor<3x4xf32>
      %l = slice.linear %fl, %w : tensor<?x4xf32>, tensor<3x4xf32>
      slice.yield %l : tensor<?x3xf32>
    }
    return %l1, %l2 : tensor<?x3xf32>, tensor<?x3xf32>
  }
}

// -----

// IS form, K = 2, groups [2, 2]: sub-network 1 computes channel group 1
// only (every tensor has 2 channels: nothing of group 2 is computed, read
// or allocated); the block-sparse projection keeps its block (1, 1).
// ALL-LABEL: func.func @forward_k1(
// ALL-SAME:    %{{[^:]*}}: tensor<2x4x2x2xf32> {slice.input}, %{{[^:]*}}: tensor<2x2x1x1xf32> {slice.param = "proj"}, %{{[^:]*}}: tensor<2x2x1x1xf32> {slice.param = "b1"}
// ALL-SAME:    -> (tensor<2x2x2x2xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64})
// ALL-NOT:     x4x2x2xf32> to
// ALL-NOT:     tensor<2x4x2x2xf32> into
// ALL-NOT:     b2
// ALL:         tensor.extract_slice %{{.*}}[0, 0, 0, 0] [2, 2, 2, 2] [1, 1, 1, 1] : tensor<2x4x2x2xf32> to tensor<2x2x2x2xf32>
// ALL-NOT:     tensor<2x4x2x2xf32>
// ALL:         return
// Sub-network 2 is the whole model: three of four projection blocks.
// ALL-LABEL: func.func @forward_k2(
// ALL-SAME:    {slice.param = "proj"}, %{{[^:]*}}: tensor<2x2x1x1xf32> {slice.param = "b1"}, %{{[^:]*}}: tensor<2x4x1x1xf32> {slice.param = "b2"}
// ALL-SAME:    -> (tensor<2x4x2x2xf32> {slice.level = 1 : i64, slice.subnet = 2 : i64})
// ALL-COUNT-5: linalg.conv_2d_nchw_fchw
// ALL-NOT:     linalg.conv_2d_nchw_fchw
// ALL:         return
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @proj : tensor<4x4x1x1xf32> init(msra) = dense<1.0> : tensor<4x4x1x1xf32>
  slice.param @b1 : tensor<2x2x1x1xf32> init(msra) = dense<1.0> : tensor<2x2x1x1xf32>
  slice.param @b2 : tensor<2x4x1x1xf32> init(msra) = dense<1.0> : tensor<2x4x1x1xf32>
  func.func @forward(%x: tensor<2x4x2x2xf32>) -> (tensor<2x2x2x2xf32>, tensor<2x4x2x2xf32>) {
    %wp = slice.get_param @proj : tensor<4x4x1x1xf32>
    %p = slice.conv2d %x, %wp {block_sparse = #slice.block_sparse<in = [2, 2], out = [2, 2], mask = [1, 0, 1, 1]>}
        : tensor<2x4x2x2xf32>, tensor<4x4x1x1xf32>
    %y = slice.block add(%p : tensor<2x4x2x2xf32>) residual(%p : tensor<2x4x2x2xf32>)
        attributes {partition = array<i64: 2, 2>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x4x2x2xf32>):
      %g = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<2x4x2x2xf32>
      %w = slice.get_param @b1 : tensor<2x2x1x1xf32>
      %o = slice.conv2d %g, %w : tensor<2x2x2x2xf32>, tensor<2x2x1x1xf32>
      slice.yield %o : tensor<2x2x2x2xf32>
    }, {
    ^bb0(%in: tensor<2x4x2x2xf32>):
      %w = slice.get_param @b2 : tensor<2x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<2x4x2x2xf32>, tensor<2x4x1x1xf32>
      slice.yield %o : tensor<2x2x2x2xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y : tensor<2x4x2x2xf32>) {
    ^bb0(%f: tensor<2x4x2x2xf32>):
      %q = slice.channel_slice %f {offset = 0 : i64, size = 2 : i64} : tensor<2x4x2x2xf32>
      %r = slice.relu %q : tensor<2x2x2x2xf32>
      slice.yield %r : tensor<2x2x2x2xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<2x4x2x2xf32>) {
    ^bb0(%f: tensor<2x4x2x2xf32>):
      %r = slice.relu %f : tensor<2x4x2x2xf32>
      slice.yield %r : tensor<2x4x2x2xf32>
    }
    return %l1, %l2 : tensor<2x2x2x2xf32>, tensor<2x4x2x2xf32>
  }
}
