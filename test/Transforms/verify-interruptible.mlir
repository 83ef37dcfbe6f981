// RUN: slice-opt %s --split-input-file --verify-interruptible --verify-diagnostics | FileCheck %s

// IS models the pass builds from zoo shapes pass the check, and the IR is
// left as it was.
// RUN: slice-zoo --preset=fashion | slice-opt --inclusive-sparse=K=3 -o %t.fashion.mlir
// RUN: FileCheck %s --check-prefix=FASHION < %t.fashion.mlir
// RUN: slice-opt %t.fashion.mlir --verify-interruptible -o %t.fashion.v.mlir 2>&1 | count 0
// RUN: diff %t.fashion.mlir %t.fashion.v.mlir
// RUN: slice-zoo --blocks=3 --width=16 --cardinality=4 | slice-opt --inclusive-sparse=K=2 -o %t.cifar.mlir
// RUN: FileCheck %s --check-prefix=CIFAR < %t.cifar.mlir
// RUN: slice-opt %t.cifar.mlir --verify-interruptible -o %t.cifar.v.mlir 2>&1 | count 0
// RUN: diff %t.cifar.mlir %t.cifar.v.mlir
// RUN: slice-zoo resnext-imagenet --blocks=4 --width=16 --cardinality=4 --image-size=64 | slice-opt --inclusive-sparse=K=4 -o %t.imagenet.mlir
// RUN: FileCheck %s --check-prefix=IMAGENET < %t.imagenet.mlir
// RUN: slice-opt %t.imagenet.mlir --verify-interruptible -o %t.imagenet.v.mlir 2>&1 | count 0
// RUN: diff %t.imagenet.mlir %t.imagenet.v.mlir

// --verify-interruptible: sub-network k may read only channel groups 1..k
// of every partitioned feature. A violation is an error at the reading op
// with a note at the feature.

// FASHION: #slice.anytime<form = inclusive_sparse, subnets = 3>
// FASHION: partition = array<i64: 16, 16, 16>
// FASHION: slice.pad_channels {{.*}}groups = array<i64: 16, 16, 16>
// FASHION: partition = array<i64: 64, 64, 64>
// CIFAR: #slice.anytime<form = inclusive_sparse, subnets = 2>
// CIFAR: attributes {branch_groups = array<i64: 1, 1, 2, 2>, partition = array<i64: 8, 8>}
// IMAGENET: #slice.anytime<form = inclusive_sparse, subnets = 4>
// IMAGENET: attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 4, 4, 4, 4>}
// IMAGENET: attributes {branch_groups = array<i64: 1, 2, 3, 4>, partition = array<i64: 32, 32, 32, 32>}

// The design note's IS block (K = 2): passes, unchanged.
// CHECK-LABEL: module @good
// CHECK: slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64}

// (a) group-1 branch reads the full input.
module @good attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x4xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %p = slice.relu %x : tensor<?x8x8x8xf32>
    %y = slice.block add(%p : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %w1 = slice.get_param @b1.conv1 : tensor<2x4x1x1xf32>
      %a = slice.conv2d %s, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
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

// (a) Branch 1 (group 1) reads the whole input: no channel_slice, a 2x8
// weight. Sub-network 1 thus reads group 2 of the pre-activation and, through
// it, of the block's input.
module @branch_reads_all attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b1.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x4xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  // expected-note @+1 {{the partitioned feature}}
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    // expected-error @+2 {{sub-network 1 reads channel group 2 (channels up to 8) of a block argument, but may read only groups 1..1 (4 channels)}}
    // expected-note @+1 {{the partitioned feature}}
    %p = slice.relu %x : tensor<?x8x8x8xf32>
    // expected-error @+5 {{sub-network 1 reads channel group 2 (channels up to 8) of the result of 'slice.relu', but may read only groups 1..1 (4 channels)}}
    %y = slice.block add(%p : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w1 = slice.get_param @b1.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
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

// (b) Head 1 reads the whole feature.
// (a) group-1 branch reads the full input.
module @head_reads_all attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x8xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  // expected-note @+1 {{the partitioned feature}}
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %p = slice.relu %x : tensor<?x8x8x8xf32>
    // expected-error @+2 {{sub-network 1 reads channel group 2 (channels up to 8) of a block argument, but may read only groups 1..1 (4 channels)}}
    // expected-note @+1 {{the partitioned feature}}
    %y = slice.block add(%p : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %w1 = slice.get_param @b1.conv1 : tensor<2x4x1x1xf32>
      %a = slice.conv2d %s, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
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
    // expected-error @+3 {{sub-network 1 reads channel group 2 (channels up to 8) of the result of 'slice.block', but may read only groups 1..1 (4 channels)}}
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

// (c) Wrong branch_groups: branch 2 reads all of the input but is assigned
// to group 1, so sub-network 1 runs it.
// (a) group-1 branch reads the full input.
module @wrong_groups attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x4xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  // expected-note @+1 {{the partitioned feature}}
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    // expected-error @+2 {{sub-network 1 reads channel group 2 (channels up to 8) of a block argument, but may read only groups 1..1 (4 channels)}}
    // expected-note @+1 {{the partitioned feature}}
    %p = slice.relu %x : tensor<?x8x8x8xf32>
    // expected-error @+13 {{sub-network 1 reads channel group 2 (channels up to 8) of the result of 'slice.relu', but may read only groups 1..1 (4 channels)}}
    %y = slice.block add(%p : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1, 1>} {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %w1 = slice.get_param @b1.conv1 : tensor<2x4x1x1xf32>
      %a = slice.conv2d %s, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
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

// (d) A dense projection: output group 1 reads input group 2.
module @dense_projection attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @proj : tensor<16x8x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x8xf32> init(uniform)
  slice.param @head2.fc : tensor<10x16xf32> init(uniform)
  // expected-note @+1 {{the partitioned feature}}
  func.func @forward(%x: tensor<?x8x4x4xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %w = slice.get_param @proj : tensor<16x8x1x1xf32>
    // expected-error @+1 {{sub-network 1 reads channel group 2 (channels up to 8) of a block argument, but may read only groups 1..1 (4 channels)}}
    %r = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4], out = [8, 8], mask = [1, 1, 1, 1]>} : tensor<?x8x4x4xf32>, tensor<16x8x1x1xf32>
    %l1 = slice.head subnet 1 level 1 (%r : tensor<?x16x4x4xf32>) {
    ^bb0(%f: tensor<?x16x4x4xf32>):
      %pre = slice.channel_slice %f {offset = 0 : i64, size = 8 : i64} : tensor<?x16x4x4xf32>
      %g = slice.global_avg_pool %pre : tensor<?x8x4x4xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w1 = slice.get_param @head1.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w1 : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%r : tensor<?x16x4x4xf32>) {
    ^bb0(%f: tensor<?x16x4x4xf32>):
      %g = slice.global_avg_pool %f : tensor<?x16x4x4xf32>
      %fl = slice.flatten %g : tensor<?x16x1x1xf32>
      %w2 = slice.get_param @head2.fc : tensor<10x16xf32>
      %l = slice.linear %fl, %w2 : tensor<?x16xf32>, tensor<10x16xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %l1, %l2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

// -----

// (e) Ungrouped down-scaling: zero channels appended after both groups
// move group 2 of block 1 into group 1 of block 2.
module @ungrouped_padding attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1.conv : tensor<2x2x1x1xf32> init(msra)
  slice.param @b2.conv : tensor<4x4x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x4xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  // expected-note @+1 {{the partitioned feature}}
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %px = slice.relu %x : tensor<?x4x8x8xf32>
    // expected-error @+2 {{sub-network 1 reads channel group 2 (channels up to 4) of a block argument, but may read only groups 1..1 (2 channels)}}
    // expected-note @+1 {{the partitioned feature}}
    %y1 = slice.block add(%px : tensor<?x4x8x8xf32>) residual(%x : tensor<?x4x8x8xf32>)
        attributes {partition = array<i64: 2, 2>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x4x8x8xf32>
      %w = slice.get_param @b1.conv : tensor<2x2x1x1xf32>
      %o = slice.conv2d %s, %w : tensor<?x2x8x8xf32>, tensor<2x2x1x1xf32>
      slice.yield %o : tensor<?x2x8x8xf32>
    }
    // The pooled feature keeps the groups, and the pad reads group 2 of it.
    // expected-error @+2 {{sub-network 1 reads channel group 2 (channels up to 4) of the result of 'slice.block', but may read only groups 1..1 (2 channels)}}
    // expected-note @+1 {{the partitioned feature}}
    %d = slice.avg_pool %y1 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x8x8xf32>
    // expected-error @+1 {{sub-network 1 reads channel group 2 (channels up to 4) of the result of 'slice.avg_pool', but may read only groups 1..1 (2 channels)}}
    %p = slice.pad_channels %d {pads = array<i64: 4>} : tensor<?x4x4x4xf32>
    %y2 = slice.block add(%p : tensor<?x8x4x4xf32>) residual(%p : tensor<?x8x4x4xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x8x4x4xf32>
      %w = slice.get_param @b2.conv : tensor<4x4x1x1xf32>
      %o = slice.conv2d %s, %w : tensor<?x4x4x4xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<?x4x4x4xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y2 : tensor<?x8x4x4xf32>) {
    ^bb0(%f: tensor<?x8x4x4xf32>):
      %pre = slice.channel_slice %f {offset = 0 : i64, size = 4 : i64} : tensor<?x8x4x4xf32>
      %g = slice.global_avg_pool %pre : tensor<?x4x4x4xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w1 = slice.get_param @head1.fc : tensor<10x4xf32>
      %l = slice.linear %fl, %w1 : tensor<?x4xf32>, tensor<10x4xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y2 : tensor<?x8x4x4xf32>) {
    ^bb0(%f: tensor<?x8x4x4xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x4x4xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w2 = slice.get_param @head2.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w2 : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %l1, %l2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

// -----

// (f) Concat blocks (dense layers, --inclusive-sparse=K=2 of
// inclusive-sparse.mlir's @dense_layers): group k of a layer's result is
// the residual's group k and the branches of group k; the checker follows
// the residual's groups into the next layer and through the transition.
// CHECK-LABEL: module @dense_good
// CHECK:       partition = array<i64: 4, 4>
// CHECK:       partition = array<i64: 6, 6>

module @dense_good attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
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


// -----

// (g) Inception-style blocks have no residual: block 2's input gets the
// groups of block 1's result through the max pool. Path 1 of block 2
// (group 1) reads both groups of it.
module @paths_read_all attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1.p1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @b1.p2 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.p1 : tensor<2x2x1x1xf32> init(msra)
  slice.param @b2.p2 : tensor<2x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x2xf32> init(uniform)
  slice.param @head2.fc : tensor<10x4xf32> init(uniform)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    // expected-note @+1 {{the partitioned feature}}
    %y1 = slice.block concat(%x : tensor<?x4x8x8xf32>) attributes {partition = array<i64: 1, 1>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x4x8x8xf32>
      %w = slice.get_param @b1.p1 : tensor<1x2x1x1xf32>
      %c = slice.conv2d %s, %w : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w = slice.get_param @b1.p2 : tensor<1x4x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      slice.yield %c : tensor<?x1x8x8xf32>
    }
    // expected-error @+2 {{sub-network 1 reads channel group 2 (channels up to 2) of the result of 'slice.block', but may read only groups 1..1 (1 channels)}}
    // expected-note @+1 {{the partitioned feature}}
    %d = slice.max_pool %y1 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x2x8x8xf32>
    %y2 = slice.block concat(%d : tensor<?x2x4x4xf32>) attributes {partition = array<i64: 2, 2>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x2x4x4xf32>):
      %w = slice.get_param @b2.p1 : tensor<2x2x1x1xf32>
      // expected-error @+1 {{sub-network 1 reads channel group 2 (channels up to 2) of the result of 'slice.max_pool', but may read only groups 1..1 (1 channels)}}
      %c = slice.conv2d %in, %w : tensor<?x2x4x4xf32>, tensor<2x2x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x2x4x4xf32>):
      %w = slice.get_param @b2.p2 : tensor<2x2x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x2x4x4xf32>, tensor<2x2x1x1xf32>
      slice.yield %c : tensor<?x2x4x4xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y2 : tensor<?x4x4x4xf32>) {
    ^bb0(%f: tensor<?x4x4x4xf32>):
      %pre = slice.channel_slice %f {offset = 0 : i64, size = 2 : i64} : tensor<?x4x4x4xf32>
      %g = slice.global_avg_pool %pre : tensor<?x2x4x4xf32>
      %fl = slice.flatten %g : tensor<?x2x1x1xf32>
      %w = slice.get_param @head1.fc : tensor<10x2xf32>
      %l = slice.linear %fl, %w : tensor<?x2xf32>, tensor<10x2xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y2 : tensor<?x4x4x4xf32>) {
    ^bb0(%f: tensor<?x4x4x4xf32>):
      %g = slice.global_avg_pool %f : tensor<?x4x4x4xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @head2.fc : tensor<10x4xf32>
      %l = slice.linear %fl, %w : tensor<?x4xf32>, tensor<10x4xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %l1, %l2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

// -----

// Only IS models are checked.
// expected-error @+1 {{--verify-interruptible checks inclusive_sparse models; this one is plain}}
module @plain attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x8x8x8xf32> {
    return %x : tensor<?x8x8x8xf32>
  }
}

// -----

// expected-error @+1 {{--verify-interruptible checks inclusive_sparse models; this one is plain}}
module @no_anytime {
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x8x8x8xf32> {
    return %x : tensor<?x8x8x8xf32>
  }
}

// -----

// expected-error @+1 {{--verify-interruptible checks inclusive_sparse models; this one is inclusive}}
module @inclusive attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x8x8x8xf32> {
    return %x : tensor<?x8x8x8xf32>
  }
}

// -----

// (f) A raised bottleneck's block reads 4 middle channels, split into
// groups of their own ([2, 2]); branch 1 (group 1) reads all 4.
module @narrow_input_reads_all attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x4xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    // expected-note @+1 {{the partitioned feature}}
    %a = slice.relu %x : tensor<?x4x8x8xf32>
    %y = slice.block add(%a : tensor<?x4x8x8xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w1 = slice.get_param @b1.conv1 : tensor<2x4x1x1xf32>
      // expected-error @+1 {{sub-network 1 reads channel group 2 (channels up to 4) of the result of 'slice.relu', but may read only groups 1..1 (2 channels)}}
      %b = slice.conv2d %in, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %w3 = slice.get_param @b1.conv3 : tensor<4x2x1x1xf32>
      %o = slice.conv2d %b, %w3 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %w1 = slice.get_param @b2.conv1 : tensor<2x4x1x1xf32>
      %b = slice.conv2d %in, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %w3 = slice.get_param @b2.conv3 : tensor<4x2x1x1xf32>
      %o = slice.conv2d %b, %w3 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x8x8xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %pre = slice.channel_slice %f {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %g = slice.global_avg_pool %pre : tensor<?x4x8x8xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %fw = slice.get_param @head1.fc : tensor<10x4xf32>
      %l = slice.linear %fl, %fw : tensor<?x4xf32>, tensor<10x4xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %fw = slice.get_param @head2.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %fw : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %l1, %l2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}
