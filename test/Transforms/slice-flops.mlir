// RUN: slice-opt %s --split-input-file --slice-flops 2>%t.table | FileCheck %s
// RUN: FileCheck %s --check-prefix=TABLE < %t.table
// RUN: slice-opt %s --split-input-file --slice-flops=print-table=false 2>&1 >/dev/null | FileCheck %s --check-prefix=QUIET --implicit-check-not="slice-flops @" --implicit-check-not=model:

// Hand counts throughout: conv MACs = Hout*Wout*Cout*(Cin/groups)*kh*kw,
// linear MACs = out*in, per image; BatchNorm statistics are not parameters.

// Strided, padded 3x3 conv: Hout = Wout = (32 + 1 + 1 - 3) / 2 + 1 = 16.
// MACs = 16*16*16*8*3*3 = 294912, params = 16*8*3*3 = 1152.
// CHECK-LABEL: module @strided
// CHECK-SAME: slice.macs = 294912 : i64
// CHECK-SAME: slice.params = 1152 : i64
// CHECK-SAME: slice.subnet_macs = array<i64: 294912>
// CHECK-SAME: slice.subnet_params = array<i64: 1152>
// CHECK: slice.conv2d
// CHECK-SAME: slice.macs = 294912 : i64, slice.params = 1152 : i64
// TABLE-LABEL: slice-flops @strided_fn
// TABLE: conv2d #0 conv2d 294912 1152
// TABLE: total 294912 1152
// TABLE: model: 294912 MACs, 1152 parameters
module @strided {
  slice.param @w : tensor<16x8x3x3xf32> init(msra)
  func.func @strided_fn(%x: tensor<?x8x32x32xf32>) -> tensor<?x16x16x16xf32> {
    %w = slice.get_param @w : tensor<16x8x3x3xf32>
    %y = slice.conv2d %x, %w {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x8x32x32xf32>, tensor<16x8x3x3xf32>
    return %y : tensor<?x16x16x16xf32>
  }
}

// -----

// Grouped conv (ResNeXt's 3x3 layer): 8x8 output, Cout 32, Cin/groups = 4.
// MACs = 8*8*32*4*3*3 = 73728; params = 32*4*9 = 1152.
// CHECK-LABEL: module @grouped
// CHECK-SAME: slice.macs = 73728 : i64
// CHECK-SAME: slice.params = 1152 : i64
module @grouped {
  slice.param @w : tensor<32x4x3x3xf32> init(msra)
  func.func @grouped_fn(%x: tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32> {
    %w = slice.get_param @w : tensor<32x4x3x3xf32>
    %y = slice.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>, groups = 8 : i64} : tensor<1x32x8x8xf32>, tensor<32x4x3x3xf32>
    return %y : tensor<1x32x8x8xf32>
  }
}

// -----

// Block-lower-triangular 1x1 conv over 2 groups: present blocks (1,1), (2,1),
// (2,2), each 32 out x 16 in: MACs = 8*8*3*32*16 = 98304; only present
// blocks are parameters: 3*32*16 = 1536 (the dense weight holds 2048).
// CHECK-LABEL: module @block_sparse
// CHECK-SAME: slice.macs = 98304 : i64
// CHECK-SAME: slice.params = 1536 : i64
module @block_sparse {
  slice.param @w : tensor<64x32x1x1xf32> init(msra)
  func.func @block_sparse_fn(%x: tensor<?x32x8x8xf32>) -> tensor<?x64x8x8xf32> {
    %w = slice.get_param @w : tensor<64x32x1x1xf32>
    %y = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [16, 16], out = [32, 32], mask = [1, 0, 1, 1]>} : tensor<?x32x8x8xf32>, tensor<64x32x1x1xf32>
    return %y : tensor<?x64x8x8xf32>
  }
}

// -----

// A block of two branches and a classifier head; a weight read twice counts
// its MACs twice and its parameters once.
// branch 1: conv 1x1 16->4 on 8x8: 8*8*4*16 = 4096 MACs, 64 params
//           conv 1x1 4->16:         8*8*16*4 = 4096 MACs, 64 params
// branch 2: the same two weights again: 8192 MACs, 0 new params
// block: 16384 MACs, 128 params
// pre-activation BN: 16 + 16 params; head BN 16 + 16, fc 10x16 + 10 = 170
// head: 160 MACs, 202 params; model: 16544 MACs, 362 params.
// CHECK-LABEL: module @block_and_head
// CHECK-SAME: slice.macs = 16544 : i64
// CHECK-SAME: slice.params = 362 : i64
// CHECK: func.func @block_and_head_fn
// CHECK-SAME: attributes {slice.macs = 16544 : i64, slice.params = 362 : i64}
// CHECK: slice.block add{{.*}} attributes {slice.macs = 16384 : i64, slice.params = 128 : i64}
// CHECK: slice.conv2d {{.*}} {slice.macs = 4096 : i64, slice.params = 64 : i64}
// CHECK: slice.head subnet 1 level 1 {{.*}} attributes {slice.macs = 160 : i64, slice.params = 202 : i64}
// CHECK: slice.linear {{.*}} {slice.macs = 160 : i64, slice.params = 170 : i64}
// TABLE-LABEL: slice-flops @block_and_head_fn
// TABLE: batch_norm #0 batch_norm 0 32
// TABLE: block #1 block 16384 128
// TABLE: head #2 head 160 202
// TABLE: total 16544 362
module @block_and_head {
  slice.param @bn.scale : tensor<16xf32> init(ones)
  slice.param @bn.bias : tensor<16xf32> init(zeros)
  slice.param @bn.mean : tensor<16xf32> init(zeros) buffer
  slice.param @bn.var : tensor<16xf32> init(ones) buffer
  slice.param @down : tensor<4x16x1x1xf32> init(msra)
  slice.param @up : tensor<16x4x1x1xf32> init(msra)
  slice.param @head.scale : tensor<16xf32> init(ones)
  slice.param @head.bias : tensor<16xf32> init(zeros)
  slice.param @head.mean : tensor<16xf32> init(zeros) buffer
  slice.param @head.var : tensor<16xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x16xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @block_and_head_fn(%x: tensor<?x16x8x8xf32>) -> tensor<?x10xf32> {
    %s = slice.get_param @bn.scale : tensor<16xf32>
    %b = slice.get_param @bn.bias : tensor<16xf32>
    %m = slice.get_param @bn.mean : tensor<16xf32>
    %v = slice.get_param @bn.var : tensor<16xf32>
    %n = slice.batch_norm %x, %s, %b, %m, %v : tensor<?x16x8x8xf32>, tensor<16xf32>
    %p = slice.relu %n : tensor<?x16x8x8xf32>
    %y = slice.block add(%p : tensor<?x16x8x8xf32>) residual(%x : tensor<?x16x8x8xf32>) {
    ^bb0(%in: tensor<?x16x8x8xf32>):
      %d = slice.get_param @down : tensor<4x16x1x1xf32>
      %a = slice.conv2d %in, %d : tensor<?x16x8x8xf32>, tensor<4x16x1x1xf32>
      %u = slice.get_param @up : tensor<16x4x1x1xf32>
      %c = slice.conv2d %a, %u : tensor<?x4x8x8xf32>, tensor<16x4x1x1xf32>
      slice.yield %c : tensor<?x16x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x16x8x8xf32>):
      %d = slice.get_param @down : tensor<4x16x1x1xf32>
      %a = slice.conv2d %in, %d : tensor<?x16x8x8xf32>, tensor<4x16x1x1xf32>
      %u = slice.get_param @up : tensor<16x4x1x1xf32>
      %c = slice.conv2d %a, %u : tensor<?x4x8x8xf32>, tensor<16x4x1x1xf32>
      slice.yield %c : tensor<?x16x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%y : tensor<?x16x8x8xf32>) {
    ^bb0(%f: tensor<?x16x8x8xf32>):
      %hs = slice.get_param @head.scale : tensor<16xf32>
      %hb = slice.get_param @head.bias : tensor<16xf32>
      %hm = slice.get_param @head.mean : tensor<16xf32>
      %hv = slice.get_param @head.var : tensor<16xf32>
      %hn = slice.batch_norm %f, %hs, %hb, %hm, %hv : tensor<?x16x8x8xf32>, tensor<16xf32>
      %hr = slice.relu %hn : tensor<?x16x8x8xf32>
      %g = slice.global_avg_pool %hr : tensor<?x16x8x8xf32>
      %fl = slice.flatten %g : tensor<?x16x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x16xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x16xf32>, tensor<10x16xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// I-form concat blocks (inclusive.mlir's @paths after --inclusive=K=2):
// sub-network 1 runs path 1 of each block, and block 2's path 1 reads only
// the 2 channels block 1 yields in it.
// block 1 (8x8): path 1 1x1 3->2: 384, path 2 3x3 3->2: 3456.
// block 2 (4x4): path 1 1x1 ->2 on 2 (sub-network 1) or 4 channels: 64,
// 128; path 2 on 4: 128. Heads 5x2 = 10, 5x4 = 20.
// Sub-network 1: 384 + 64 + 10 = 458; 2: 3840 + 256 + 20 = 4116.
// CHECK-LABEL: module @concat_inclusive
// CHECK-SAME:  slice.macs = 4126 : i64
// CHECK-SAME:  slice.subnet_macs = array<i64: 458, 4116>
// CHECK:       slice.block concat{{.*}}slice.macs = 3840 : i64
// CHECK:       slice.block concat{{.*}}slice.macs = 256 : i64
module @concat_inclusive attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @b1.p1.conv : tensor<2x3x1x1xf32> init(msra)
  slice.param @b1.p2.conv : tensor<2x3x3x3xf32> init(msra)
  slice.param @b2.p1.conv : tensor<2x4x1x1xf32> init(msra)
  slice.param @b2.p1.bn.scale : tensor<2x2xf32> init(ones)
  slice.param @b2.p1.bn.bias : tensor<2x2xf32> init(zeros)
  slice.param @b2.p1.bn.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @b2.p1.bn.var : tensor<2x2xf32> init(ones) buffer
  slice.param @b2.p2.conv : tensor<2x4x1x1xf32> init(msra)
  slice.param @fc.weight : tensor<5x4xf32> init(uniform)
  slice.param @fc.weight.subnet1 : tensor<5x2xf32> init(uniform)
  func.func @forward(%arg0: tensor<?x3x8x8xf32>) -> (tensor<?x5xf32>, tensor<?x5xf32>) {
    %0 = slice.block concat(%arg0 : tensor<?x3x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 2, 2>, subnet_branches = array<i64: 1, 2>} {
    ^bb0(%arg1: tensor<?x3x8x8xf32>):
      %5 = slice.get_param @b1.p1.conv : tensor<2x3x1x1xf32>
      %6 = slice.conv2d %arg1, %5 : tensor<?x3x8x8xf32>, tensor<2x3x1x1xf32>
      %7 = slice.relu %6 : tensor<?x2x8x8xf32>
      slice.yield %7 : tensor<?x2x8x8xf32>
    }, {
    ^bb0(%arg1: tensor<?x3x8x8xf32>):
      %5 = slice.get_param @b1.p2.conv : tensor<2x3x3x3xf32>
      %6 = slice.conv2d %arg1, %5 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x8x8xf32>, tensor<2x3x3x3xf32>
      %7 = slice.relu %6 : tensor<?x2x8x8xf32>
      slice.yield %7 : tensor<?x2x8x8xf32>
    }
    %1 = slice.max_pool %0 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x8x8xf32>
    %2 = slice.block concat(%1 : tensor<?x4x4x4xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 2, 2>, subnet_branches = array<i64: 1, 2>} {
    ^bb0(%arg1: tensor<?x4x4x4xf32>):
      %5 = slice.get_param @b2.p1.conv : tensor<2x4x1x1xf32>
      %6 = slice.conv2d %arg1, %5 : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      %7 = slice.get_param @b2.p1.bn.scale : tensor<2x2xf32>
      %8 = slice.get_param @b2.p1.bn.bias : tensor<2x2xf32>
      %9 = slice.get_param @b2.p1.bn.mean : tensor<2x2xf32>
      %10 = slice.get_param @b2.p1.bn.var : tensor<2x2xf32>
      %11 = slice.batch_norm %6, %7, %8, %9, %10 : tensor<?x2x4x4xf32>, tensor<2x2xf32>
      slice.yield %11 : tensor<?x2x4x4xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x4x4xf32>):
      %5 = slice.max_pool %arg1 {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x4x4xf32>
      %6 = slice.get_param @b2.p2.conv : tensor<2x4x1x1xf32>
      %7 = slice.conv2d %5, %6 : tensor<?x4x4x4xf32>, tensor<2x4x1x1xf32>
      slice.yield %7 : tensor<?x2x4x4xf32>
    }
    %3 = slice.head subnet 1 level 1 (%2 : tensor<?x4x4x4xf32>) {
    ^bb0(%arg1: tensor<?x4x4x4xf32>):
      %5 = slice.channel_slice %arg1 {offset = 0 : i64, size = 2 : i64} : tensor<?x4x4x4xf32>
      %6 = slice.global_avg_pool %5 : tensor<?x2x4x4xf32>
      %7 = slice.flatten %6 : tensor<?x2x1x1xf32>
      %8 = slice.get_param @fc.weight.subnet1 : tensor<5x2xf32>
      %9 = slice.linear %7, %8 : tensor<?x2xf32>, tensor<5x2xf32>
      slice.yield %9 : tensor<?x5xf32>
    }
    %4 = slice.head subnet 2 level 1 (%2 : tensor<?x4x4x4xf32>) {
    ^bb0(%arg1: tensor<?x4x4x4xf32>):
      %5 = slice.global_avg_pool %arg1 : tensor<?x4x4x4xf32>
      %6 = slice.flatten %5 : tensor<?x4x1x1xf32>
      %7 = slice.get_param @fc.weight : tensor<5x4xf32>
      %8 = slice.linear %6, %7 : tensor<?x4xf32>, tensor<5x4xf32>
      slice.yield %8 : tensor<?x5xf32>
    }
    return %3, %4 : tensor<?x5xf32>, tensor<?x5xf32>
  }
}


// -----

// A dynamic image size cannot be counted: say so rather than report 0.
// CHECK-LABEL: module @dynamic_size
module @dynamic_size {
  slice.param @w : tensor<4x2x1x1xf32> init(msra)
  func.func @dynamic_size_fn(%x: tensor<1x2x?x?xf32>) -> tensor<1x4x?x?xf32> {
    %w = slice.get_param @w : tensor<4x2x1x1xf32>
    // TABLE: warning: output height/width are dynamic: its multiply-adds are not counted
    // QUIET: warning: output height/width are dynamic
    %y = slice.conv2d %x, %w : tensor<1x2x?x?xf32>, tensor<4x2x1x1xf32>
    return %y : tensor<1x4x?x?xf32>
  }
}

// -----

// Counts beyond 2^63 - 1 saturate instead of overflowing: 3e9 x 3e9 pixels
// times 4 x 2 channel pairs is 7.2e19 multiply-adds.
// CHECK-LABEL: module @huge_size
// CHECK-SAME: slice.macs = 9223372036854775807 : i64
// CHECK-SAME: slice.params = 8 : i64
module @huge_size {
  slice.param @w : tensor<4x2x1x1xf32> init(msra)
  func.func @huge_size_fn(%x: tensor<1x2x3000000000x3000000000xf32>) -> tensor<1x4x3000000000x3000000000xf32> {
    %w = slice.get_param @w : tensor<4x2x1x1xf32>
    %y = slice.conv2d %x, %w : tensor<1x2x3000000000x3000000000xf32>, tensor<4x2x1x1xf32>
    return %y : tensor<1x4x3000000000x3000000000xf32>
  }
}
