// RUN: slice-opt %s --split-input-file --inclusive-sparse=K=3 --verify-diagnostics
// RUN: not slice-opt %s --split-input-file --inclusive-sparse 2>&1 | FileCheck %s --check-prefix=MISSING-K
// RUN: not slice-opt %s --split-input-file --inclusive-sparse=K=0 2>&1 | FileCheck %s --check-prefix=MISSING-K
// RUN: slice-zoo --blocks=3 --width=8 --cardinality=2 | not slice-opt --inclusive-sparse=K=3 2>&1 | FileCheck %s --check-prefix=ZOO-C
// RUN: slice-zoo --blocks=3 --width=2 --cardinality=4 | not slice-opt --inclusive-sparse=K=3 2>&1 | FileCheck %s --check-prefix=ZOO-W

// Errors of --inclusive-sparse, each case with K = 3.
// MISSING-K: error: --inclusive-sparse needs the number of sub-networks, e.g. --inclusive-sparse=K=6

// K larger than a block's cardinality or width names the block.
// Zoo models name their layers instead of file positions: the error reads
// `<file>: <layer>: error: ...`, never `<unknown>:0: ... loc("...")`.
// ZOO-C: {{^}}<stdin>: stage1.block1: error: 'slice.block' op has 2 branches, fewer than K = 3 sub-networks (every sub-network takes at least one branch of every block: choose K <= 2, or a model with more branches, e.g. slice-zoo --cardinality)
// ZOO-W: {{^}}<stdin>: stage1.block1: error: 'slice.block' op has 2 channels, fewer than K = 3 channel groups

// K = 3 > C = 2.
module @too_few_branches attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.br1.conv1 : tensor<1x6x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<6x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x6x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<6x1x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<6xf32> init(ones)
  slice.param @head.bn.bias : tensor<6xf32> init(zeros)
  slice.param @head.bn.mean : tensor<6xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<6xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x6xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x6x8x8xf32>) -> tensor<?x10xf32> {
    // expected-error @+1 {{'slice.block' op has 2 branches, fewer than K = 3 sub-networks}}
    %v1 = slice.block add(%x : tensor<?x6x8x8xf32>) residual(%x : tensor<?x6x8x8xf32>) {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v2 = slice.get_param @b1.br1.conv1 : tensor<1x6x1x1xf32>
      %v3 = slice.conv2d %in, %v2 : tensor<?x6x8x8xf32>, tensor<1x6x1x1xf32>
      %v4 = slice.relu %v3 : tensor<?x1x8x8xf32>
      %v5 = slice.get_param @b1.br1.conv2 : tensor<6x1x1x1xf32>
      %v6 = slice.conv2d %v4, %v5 : tensor<?x1x8x8xf32>, tensor<6x1x1x1xf32>
      slice.yield %v6 : tensor<?x6x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v7 = slice.get_param @b1.br2.conv1 : tensor<1x6x1x1xf32>
      %v8 = slice.conv2d %in, %v7 : tensor<?x6x8x8xf32>, tensor<1x6x1x1xf32>
      %v9 = slice.relu %v8 : tensor<?x1x8x8xf32>
      %v10 = slice.get_param @b1.br2.conv2 : tensor<6x1x1x1xf32>
      %v11 = slice.conv2d %v9, %v10 : tensor<?x1x8x8xf32>, tensor<6x1x1x1xf32>
      slice.yield %v11 : tensor<?x6x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v1 : tensor<?x6x8x8xf32>) {
    ^bb0(%f: tensor<?x6x8x8xf32>):
      %v12 = slice.get_param @head.bn.scale : tensor<6xf32>
      %v13 = slice.get_param @head.bn.bias : tensor<6xf32>
      %v14 = slice.get_param @head.bn.mean : tensor<6xf32>
      %v15 = slice.get_param @head.bn.var : tensor<6xf32>
      %v16 = slice.batch_norm %f, %v12, %v13, %v14, %v15 : tensor<?x6x8x8xf32>, tensor<6xf32>
      %v17 = slice.relu %v16 : tensor<?x6x8x8xf32>
      %g = slice.global_avg_pool %v17 : tensor<?x6x8x8xf32>
      %fl = slice.flatten %g : tensor<?x6x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x6xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x6xf32>, tensor<10x6xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// K = 3 > W = 2 (C = 4 is enough).
module @narrow_trunk attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.br1.conv1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<2x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<2x1x1x1xf32> init(msra)
  slice.param @b1.br3.conv1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @b1.br3.conv2 : tensor<2x1x1x1xf32> init(msra)
  slice.param @b1.br4.conv1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @b1.br4.conv2 : tensor<2x1x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<2xf32> init(ones)
  slice.param @head.bn.bias : tensor<2xf32> init(zeros)
  slice.param @head.bn.mean : tensor<2xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<2xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x2xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x2x8x8xf32>) -> tensor<?x10xf32> {
    // expected-error @+1 {{'slice.block' op has 2 channels, fewer than K = 3 channel groups}}
    %v1 = slice.block add(%x : tensor<?x2x8x8xf32>) residual(%x : tensor<?x2x8x8xf32>) {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %v2 = slice.get_param @b1.br1.conv1 : tensor<1x2x1x1xf32>
      %v3 = slice.conv2d %in, %v2 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      %v4 = slice.relu %v3 : tensor<?x1x8x8xf32>
      %v5 = slice.get_param @b1.br1.conv2 : tensor<2x1x1x1xf32>
      %v6 = slice.conv2d %v4, %v5 : tensor<?x1x8x8xf32>, tensor<2x1x1x1xf32>
      slice.yield %v6 : tensor<?x2x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %v7 = slice.get_param @b1.br2.conv1 : tensor<1x2x1x1xf32>
      %v8 = slice.conv2d %in, %v7 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      %v9 = slice.relu %v8 : tensor<?x1x8x8xf32>
      %v10 = slice.get_param @b1.br2.conv2 : tensor<2x1x1x1xf32>
      %v11 = slice.conv2d %v9, %v10 : tensor<?x1x8x8xf32>, tensor<2x1x1x1xf32>
      slice.yield %v11 : tensor<?x2x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %v12 = slice.get_param @b1.br3.conv1 : tensor<1x2x1x1xf32>
      %v13 = slice.conv2d %in, %v12 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      %v14 = slice.relu %v13 : tensor<?x1x8x8xf32>
      %v15 = slice.get_param @b1.br3.conv2 : tensor<2x1x1x1xf32>
      %v16 = slice.conv2d %v14, %v15 : tensor<?x1x8x8xf32>, tensor<2x1x1x1xf32>
      slice.yield %v16 : tensor<?x2x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %v17 = slice.get_param @b1.br4.conv1 : tensor<1x2x1x1xf32>
      %v18 = slice.conv2d %in, %v17 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      %v19 = slice.relu %v18 : tensor<?x1x8x8xf32>
      %v20 = slice.get_param @b1.br4.conv2 : tensor<2x1x1x1xf32>
      %v21 = slice.conv2d %v19, %v20 : tensor<?x1x8x8xf32>, tensor<2x1x1x1xf32>
      slice.yield %v21 : tensor<?x2x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v1 : tensor<?x2x8x8xf32>) {
    ^bb0(%f: tensor<?x2x8x8xf32>):
      %v22 = slice.get_param @head.bn.scale : tensor<2xf32>
      %v23 = slice.get_param @head.bn.bias : tensor<2xf32>
      %v24 = slice.get_param @head.bn.mean : tensor<2xf32>
      %v25 = slice.get_param @head.bn.var : tensor<2xf32>
      %v26 = slice.batch_norm %f, %v22, %v23, %v24, %v25 : tensor<?x2x8x8xf32>, tensor<2xf32>
      %v27 = slice.relu %v26 : tensor<?x2x8x8xf32>
      %g = slice.global_avg_pool %v27 : tensor<?x2x8x8xf32>
      %fl = slice.flatten %g : tensor<?x2x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x2xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x2xf32>, tensor<10x2xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// A block (raised bottleneck) reading 2 middle channels: K = 3 groups do
// not fit its input, although the 6 output channels would.
module @narrow_input attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @proj : tensor<2x6x1x1xf32> init(msra)
  slice.param @b1.br1.conv1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<6x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<6x1x1x1xf32> init(msra)
  slice.param @b1.br3.conv1 : tensor<1x2x1x1xf32> init(msra)
  slice.param @b1.br3.conv2 : tensor<6x1x1x1xf32> init(msra)
  slice.param @fc.weight : tensor<10x6xf32> init(uniform)
  func.func @forward(%x: tensor<?x6x8x8xf32>) -> tensor<?x10xf32> {
    %wp = slice.get_param @proj : tensor<2x6x1x1xf32>
    %a = slice.conv2d %x, %wp : tensor<?x6x8x8xf32>, tensor<2x6x1x1xf32>
    // expected-error @+1 {{'slice.block' op input #0 has 2 channels, fewer than K = 3 channel groups}}
    %v1 = slice.block add(%a : tensor<?x2x8x8xf32>) {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %w1 = slice.get_param @b1.br1.conv1 : tensor<1x2x1x1xf32>
      %c1 = slice.conv2d %in, %w1 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      %w2 = slice.get_param @b1.br1.conv2 : tensor<6x1x1x1xf32>
      %c2 = slice.conv2d %c1, %w2 : tensor<?x1x8x8xf32>, tensor<6x1x1x1xf32>
      slice.yield %c2 : tensor<?x6x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %w1 = slice.get_param @b1.br2.conv1 : tensor<1x2x1x1xf32>
      %c1 = slice.conv2d %in, %w1 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      %w2 = slice.get_param @b1.br2.conv2 : tensor<6x1x1x1xf32>
      %c2 = slice.conv2d %c1, %w2 : tensor<?x1x8x8xf32>, tensor<6x1x1x1xf32>
      slice.yield %c2 : tensor<?x6x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %w1 = slice.get_param @b1.br3.conv1 : tensor<1x2x1x1xf32>
      %c1 = slice.conv2d %in, %w1 : tensor<?x2x8x8xf32>, tensor<1x2x1x1xf32>
      %w2 = slice.get_param @b1.br3.conv2 : tensor<6x1x1x1xf32>
      %c2 = slice.conv2d %c1, %w2 : tensor<?x1x8x8xf32>, tensor<6x1x1x1xf32>
      slice.yield %c2 : tensor<?x6x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v1 : tensor<?x6x8x8xf32>) {
    ^bb0(%f: tensor<?x6x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x6x8x8xf32>
      %fl = slice.flatten %g : tensor<?x6x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x6xf32>
      %l = slice.linear %fl, %w : tensor<?x6xf32>, tensor<10x6xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// A dense layer's grouped layout reorders its result ([x0 b1 | x1 b2 |
// x2 b3] was [x0 x1 x2 b1 b2 b3]); a grouped convolution cannot follow.
module @grouped_reader attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @dw : tensor<6x1x1x1xf32> init(msra)
  func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x6x8x8xf32> {
    %y = slice.block concat(%x : tensor<?x3x8x8xf32>) residual(%x : tensor<?x3x8x8xf32>) {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x3x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %s = slice.channel_slice %in {offset = 1 : i64, size = 1 : i64} : tensor<?x3x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %s = slice.channel_slice %in {offset = 2 : i64, size = 1 : i64} : tensor<?x3x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }
    %w = slice.get_param @dw : tensor<6x1x1x1xf32>
    // expected-error @+1 {{'slice.conv2d' op cannot follow the reordered channels of its input (a concat block's grouped layout): only a dense convolution (groups = 1) can reorder its input columns}}
    %c = slice.conv2d %y, %w {groups = 6 : i64} : tensor<?x6x8x8xf32>, tensor<6x1x1x1xf32>
    return %c : tensor<?x6x8x8xf32>
  }
}

// -----

// Concatenation outside a concat block would put group 1 of the second
// input after every group of the first.
module @concat_op attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x6x8x8xf32> {
    %y = slice.block add(%x : tensor<?x3x8x8xf32>) residual(%x : tensor<?x3x8x8xf32>) {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      slice.yield %in : tensor<?x3x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      slice.yield %in : tensor<?x3x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      slice.yield %in : tensor<?x3x8x8xf32>
    }
    // expected-error @+1 {{'slice.concat' op would mix the channel groups of the trunk; concatenate features in a concat block}}
    %c = slice.concat %y, %y : tensor<?x3x8x8xf32>, tensor<?x3x8x8xf32>
    return %c : tensor<?x6x8x8xf32>
  }
}

// -----

// A concat block with fewer branches than sub-networks.
module @concat_too_few_branches attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x5x8x8xf32> {
    // expected-error @+1 {{'slice.block' op has 2 branches, fewer than K = 3 sub-networks}}
    %y = slice.block concat(%x : tensor<?x3x8x8xf32>) residual(%x : tensor<?x3x8x8xf32>) {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x3x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %s = slice.channel_slice %in {offset = 1 : i64, size = 1 : i64} : tensor<?x3x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }
    return %y : tensor<?x5x8x8xf32>
  }
}

// -----

// A grouped convolution on the trunk cannot become block-triangular.
module @grouped_projection attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.br1.conv1 : tensor<1x6x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<6x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x6x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<6x1x1x1xf32> init(msra)
  slice.param @b1.br3.conv1 : tensor<1x6x1x1xf32> init(msra)
  slice.param @b1.br3.conv2 : tensor<6x1x1x1xf32> init(msra)
  slice.param @proj.weight : tensor<12x3x1x1xf32> init(msra)
  slice.param @b2.br1.conv1 : tensor<1x12x1x1xf32> init(msra)
  slice.param @b2.br1.conv2 : tensor<12x1x1x1xf32> init(msra)
  slice.param @b2.br2.conv1 : tensor<1x12x1x1xf32> init(msra)
  slice.param @b2.br2.conv2 : tensor<12x1x1x1xf32> init(msra)
  slice.param @b2.br3.conv1 : tensor<1x12x1x1xf32> init(msra)
  slice.param @b2.br3.conv2 : tensor<12x1x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<12xf32> init(ones)
  slice.param @head.bn.bias : tensor<12xf32> init(zeros)
  slice.param @head.bn.mean : tensor<12xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<12xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x12xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x6x8x8xf32>) -> tensor<?x10xf32> {
    %v1 = slice.block add(%x : tensor<?x6x8x8xf32>) residual(%x : tensor<?x6x8x8xf32>) {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v2 = slice.get_param @b1.br1.conv1 : tensor<1x6x1x1xf32>
      %v3 = slice.conv2d %in, %v2 : tensor<?x6x8x8xf32>, tensor<1x6x1x1xf32>
      %v4 = slice.relu %v3 : tensor<?x1x8x8xf32>
      %v5 = slice.get_param @b1.br1.conv2 : tensor<6x1x1x1xf32>
      %v6 = slice.conv2d %v4, %v5 : tensor<?x1x8x8xf32>, tensor<6x1x1x1xf32>
      slice.yield %v6 : tensor<?x6x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v7 = slice.get_param @b1.br2.conv1 : tensor<1x6x1x1xf32>
      %v8 = slice.conv2d %in, %v7 : tensor<?x6x8x8xf32>, tensor<1x6x1x1xf32>
      %v9 = slice.relu %v8 : tensor<?x1x8x8xf32>
      %v10 = slice.get_param @b1.br2.conv2 : tensor<6x1x1x1xf32>
      %v11 = slice.conv2d %v9, %v10 : tensor<?x1x8x8xf32>, tensor<6x1x1x1xf32>
      slice.yield %v11 : tensor<?x6x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x6x8x8xf32>):
      %v12 = slice.get_param @b1.br3.conv1 : tensor<1x6x1x1xf32>
      %v13 = slice.conv2d %in, %v12 : tensor<?x6x8x8xf32>, tensor<1x6x1x1xf32>
      %v14 = slice.relu %v13 : tensor<?x1x8x8xf32>
      %v15 = slice.get_param @b1.br3.conv2 : tensor<6x1x1x1xf32>
      %v16 = slice.conv2d %v14, %v15 : tensor<?x1x8x8xf32>, tensor<6x1x1x1xf32>
      slice.yield %v16 : tensor<?x6x8x8xf32>
    }
    %v17 = slice.get_param @proj.weight : tensor<12x3x1x1xf32>
    // expected-error @+1 {{'slice.conv2d' op on the channel-partitioned trunk must be a dense convolution to become block-triangular}}
    %v18 = slice.conv2d %v1, %v17 {groups = 2 : i64} : tensor<?x6x8x8xf32>, tensor<12x3x1x1xf32>
    %v19 = slice.block add(%v18 : tensor<?x12x8x8xf32>) residual(%v18 : tensor<?x12x8x8xf32>) {
    ^bb0(%in: tensor<?x12x8x8xf32>):
      %v20 = slice.get_param @b2.br1.conv1 : tensor<1x12x1x1xf32>
      %v21 = slice.conv2d %in, %v20 : tensor<?x12x8x8xf32>, tensor<1x12x1x1xf32>
      %v22 = slice.relu %v21 : tensor<?x1x8x8xf32>
      %v23 = slice.get_param @b2.br1.conv2 : tensor<12x1x1x1xf32>
      %v24 = slice.conv2d %v22, %v23 : tensor<?x1x8x8xf32>, tensor<12x1x1x1xf32>
      slice.yield %v24 : tensor<?x12x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x12x8x8xf32>):
      %v25 = slice.get_param @b2.br2.conv1 : tensor<1x12x1x1xf32>
      %v26 = slice.conv2d %in, %v25 : tensor<?x12x8x8xf32>, tensor<1x12x1x1xf32>
      %v27 = slice.relu %v26 : tensor<?x1x8x8xf32>
      %v28 = slice.get_param @b2.br2.conv2 : tensor<12x1x1x1xf32>
      %v29 = slice.conv2d %v27, %v28 : tensor<?x1x8x8xf32>, tensor<12x1x1x1xf32>
      slice.yield %v29 : tensor<?x12x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x12x8x8xf32>):
      %v30 = slice.get_param @b2.br3.conv1 : tensor<1x12x1x1xf32>
      %v31 = slice.conv2d %in, %v30 : tensor<?x12x8x8xf32>, tensor<1x12x1x1xf32>
      %v32 = slice.relu %v31 : tensor<?x1x8x8xf32>
      %v33 = slice.get_param @b2.br3.conv2 : tensor<12x1x1x1xf32>
      %v34 = slice.conv2d %v32, %v33 : tensor<?x1x8x8xf32>, tensor<12x1x1x1xf32>
      slice.yield %v34 : tensor<?x12x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v19 : tensor<?x12x8x8xf32>) {
    ^bb0(%f: tensor<?x12x8x8xf32>):
      %v35 = slice.get_param @head.bn.scale : tensor<12xf32>
      %v36 = slice.get_param @head.bn.bias : tensor<12xf32>
      %v37 = slice.get_param @head.bn.mean : tensor<12xf32>
      %v38 = slice.get_param @head.bn.var : tensor<12xf32>
      %v39 = slice.batch_norm %f, %v35, %v36, %v37, %v38 : tensor<?x12x8x8xf32>, tensor<12xf32>
      %v40 = slice.relu %v39 : tensor<?x12x8x8xf32>
      %g = slice.global_avg_pool %v40 : tensor<?x12x8x8xf32>
      %fl = slice.flatten %g : tensor<?x12x1x1xf32>
      %w = slice.get_param @fc.weight : tensor<10x12xf32>
      %fb = slice.get_param @fc.bias : tensor<10xf32>
      %l = slice.linear %fl, %w, %fb : tensor<?x12xf32>, tensor<10x12xf32>, tensor<10xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %logits : tensor<?x10xf32>
  }
}

// -----

// No classifier among the results.
// expected-error @+1 {{--inclusive-sparse found no slice.head among the function's results}}
module @no_head attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b1.br3.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br3.conv2 : tensor<4x1x1x1xf32> init(msra)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    %v1 = slice.block add(%x : tensor<?x4x8x8xf32>) residual(%x : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v2 = slice.get_param @b1.br1.conv1 : tensor<1x4x1x1xf32>
      %v3 = slice.conv2d %in, %v2 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v4 = slice.relu %v3 : tensor<?x1x8x8xf32>
      %v5 = slice.get_param @b1.br1.conv2 : tensor<4x1x1x1xf32>
      %v6 = slice.conv2d %v4, %v5 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v6 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v7 = slice.get_param @b1.br2.conv1 : tensor<1x4x1x1xf32>
      %v8 = slice.conv2d %in, %v7 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v9 = slice.relu %v8 : tensor<?x1x8x8xf32>
      %v10 = slice.get_param @b1.br2.conv2 : tensor<4x1x1x1xf32>
      %v11 = slice.conv2d %v9, %v10 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v11 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v12 = slice.get_param @b1.br3.conv1 : tensor<1x4x1x1xf32>
      %v13 = slice.conv2d %in, %v12 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v14 = slice.relu %v13 : tensor<?x1x8x8xf32>
      %v15 = slice.get_param @b1.br3.conv2 : tensor<4x1x1x1xf32>
      %v16 = slice.conv2d %v14, %v15 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v16 : tensor<?x4x8x8xf32>
    }
    return %v1 : tensor<?x4x8x8xf32>
  }
}

// -----

// Already anytime.
// expected-error @+1 {{--inclusive-sparse needs a plain model; this one is already in the inclusive_sparse form}}
module @already_sparse attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 3>} {
  func.func @forward(%x: tensor<?x6x8x8xf32>) -> tensor<?x6x8x8xf32> {
    return %x : tensor<?x6x8x8xf32>
  }
}

// -----

// expected-error @+1 {{--inclusive-sparse needs a plain model; this one is already in the inclusive form}}
module @already_inclusive attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @forward(%x: tensor<?x6x8x8xf32>) -> tensor<?x6x8x8xf32> {
    return %x : tensor<?x6x8x8xf32>
  }
}
