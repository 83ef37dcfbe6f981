// RUN: slice-opt %s --split-input-file --inclusive=K=3 --verify-diagnostics
// RUN: not slice-opt %s --split-input-file --inclusive 2>&1 | FileCheck %s --check-prefix=MISSING-K
// RUN: not slice-opt %s --split-input-file --inclusive=K=0 2>&1 | FileCheck %s --check-prefix=MISSING-K
// RUN: slice-zoo --blocks=3 --width=8 --cardinality=2 | not slice-opt --inclusive=K=3 2>&1 | FileCheck %s --check-prefix=ZOO
// RUN: slice-zoo --blocks=3 --width=8 --cardinality=2 | not slice-opt --inclusive=k=2 2>&1 | FileCheck %s --check-prefix=LOWER-K

// Errors of --inclusive. The first RUN checks each case's diagnostic with
// K = 3; a missing (or non-positive) K fails on every case before anything
// else is looked at.
// k for K: MLIR's option parser's words, without its tag, and the rule.
// LOWER-K: {{^}}<stdin>: error: pass option: no such option k (options are case-sensitive: K=<n> is how many sub-networks a form has, k=<n> which sub-network a pass works on)
// LOWER-K-NOT: <unknown>
// MISSING-K: error: --inclusive needs the number of sub-networks, e.g. --inclusive=K=8

// K > C is an error at the block, which the zoo names by its location.
// ZOO: {{^}}<stdin>: stage1.block1: error: 'slice.block' op has 2 branches, fewer than K = 3 sub-networks (every sub-network takes at least one branch of every block: choose K <= 2, or a model with more branches, e.g. slice-zoo --cardinality)

// Block 1 has C = 3 >= K branches, block 2 only C = 2: the error names block 2.
module @too_few_branches attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
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
      %v8 = slice.get_param @b1.br1.conv1 : tensor<1x4x1x1xf32>
      %v9 = slice.conv2d %in, %v8 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v10 = slice.relu %v9 : tensor<?x1x8x8xf32>
      %v11 = slice.get_param @b1.br1.conv2 : tensor<4x1x1x1xf32>
      %v12 = slice.conv2d %v10, %v11 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v12 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v13 = slice.get_param @b1.br2.conv1 : tensor<1x4x1x1xf32>
      %v14 = slice.conv2d %in, %v13 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v15 = slice.relu %v14 : tensor<?x1x8x8xf32>
      %v16 = slice.get_param @b1.br2.conv2 : tensor<4x1x1x1xf32>
      %v17 = slice.conv2d %v15, %v16 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v17 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v18 = slice.get_param @b1.br3.conv1 : tensor<1x4x1x1xf32>
      %v19 = slice.conv2d %in, %v18 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v20 = slice.relu %v19 : tensor<?x1x8x8xf32>
      %v21 = slice.get_param @b1.br3.conv2 : tensor<4x1x1x1xf32>
      %v22 = slice.conv2d %v20, %v21 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v22 : tensor<?x4x8x8xf32>
    }
    %v23 = slice.get_param @b2.bn.scale : tensor<4xf32>
    %v24 = slice.get_param @b2.bn.bias : tensor<4xf32>
    %v25 = slice.get_param @b2.bn.mean : tensor<4xf32>
    %v26 = slice.get_param @b2.bn.var : tensor<4xf32>
    %v27 = slice.batch_norm %v7, %v23, %v24, %v25, %v26 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v28 = slice.relu %v27 : tensor<?x4x8x8xf32>
    // expected-error @+1 {{'slice.block' op has 2 branches, fewer than K = 3 sub-networks}}
    %v29 = slice.block add(%v28 : tensor<?x4x8x8xf32>) residual(%v7 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v30 = slice.get_param @b2.br1.conv1 : tensor<1x4x1x1xf32>
      %v31 = slice.conv2d %in, %v30 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v32 = slice.relu %v31 : tensor<?x1x8x8xf32>
      %v33 = slice.get_param @b2.br1.conv2 : tensor<4x1x1x1xf32>
      %v34 = slice.conv2d %v32, %v33 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v34 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v35 = slice.get_param @b2.br2.conv1 : tensor<1x4x1x1xf32>
      %v36 = slice.conv2d %in, %v35 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v37 = slice.relu %v36 : tensor<?x1x8x8xf32>
      %v38 = slice.get_param @b2.br2.conv2 : tensor<4x1x1x1xf32>
      %v39 = slice.conv2d %v37, %v38 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v39 : tensor<?x4x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v29 : tensor<?x4x8x8xf32>) {
    ^bb0(%f: tensor<?x4x8x8xf32>):
      %v40 = slice.get_param @head.bn.scale : tensor<4xf32>
      %v41 = slice.get_param @head.bn.bias : tensor<4xf32>
      %v42 = slice.get_param @head.bn.mean : tensor<4xf32>
      %v43 = slice.get_param @head.bn.var : tensor<4xf32>
      %v44 = slice.batch_norm %f, %v40, %v41, %v42, %v43 : tensor<?x4x8x8xf32>, tensor<4xf32>
      %v45 = slice.relu %v44 : tensor<?x4x8x8xf32>
      %g = slice.global_avg_pool %v45 : tensor<?x4x8x8xf32>
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

// Concat blocks narrow their result in thinner sub-networks ([3, 4, 5]
// channels here); a grouped convolution cannot read a prefix of its input.
module @grouped_reader attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @dw : tensor<5x1x1x1xf32> init(msra)
  func.func @forward(%x: tensor<?x2x8x8xf32>) -> tensor<?x5x8x8xf32> {
    %y = slice.block concat(%x : tensor<?x2x8x8xf32>) residual(%x : tensor<?x2x8x8xf32>) {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 1 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }
    %w = slice.get_param @dw : tensor<5x1x1x1xf32>
    // expected-error @+1 {{'slice.conv2d' op reads a feature whose width varies between sub-networks ([3, 4, 5] channels in sub-networks 1..3): only a dense convolution (groups = 1) can read the leading channels of its input}}
    %c = slice.conv2d %y, %w {groups = 5 : i64} : tensor<?x5x8x8xf32>, tensor<5x1x1x1xf32>
    return %c : tensor<?x5x8x8xf32>
  }
}

// -----

// An add block cannot take a narrowing feature as its residual.
module @add_after_concat attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @w : tensor<5x5x1x1xf32> init(msra)
  func.func @forward(%x: tensor<?x2x8x8xf32>) -> tensor<?x5x8x8xf32> {
    %y = slice.block concat(%x : tensor<?x2x8x8xf32>) residual(%x : tensor<?x2x8x8xf32>) {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 1 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }
    // expected-error @+1 {{'slice.block' op reads a feature whose width varies between sub-networks ([3, 4, 5] channels in sub-networks 1..3): the residual of an add block must have all its channels in every sub-network}}
    %z = slice.block add(%y : tensor<?x5x8x8xf32>) residual(%y : tensor<?x5x8x8xf32>) {
    ^bb0(%in: tensor<?x5x8x8xf32>):
      %w = slice.get_param @w : tensor<5x5x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x5x8x8xf32>, tensor<5x5x1x1xf32>
      slice.yield %c : tensor<?x5x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x5x8x8xf32>):
      %w = slice.get_param @w : tensor<5x5x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x5x8x8xf32>, tensor<5x5x1x1xf32>
      slice.yield %c : tensor<?x5x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x5x8x8xf32>):
      %w = slice.get_param @w : tensor<5x5x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x5x8x8xf32>, tensor<5x5x1x1xf32>
      slice.yield %c : tensor<?x5x8x8xf32>
    }
    return %z : tensor<?x5x8x8xf32>
  }
}

// -----

// A path that passes the block's (narrowing) input through: its width
// would vary with the sub-network, which no grouped layout can place.
module @pass_through_path attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @w : tensor<2x3x1x1xf32> init(msra)
  func.func @forward(%x: tensor<?x2x8x8xf32>) -> tensor<?x7x8x8xf32> {
    %y = slice.block concat(%x : tensor<?x2x8x8xf32>) {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 1 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }
    // expected-error @+1 {{'slice.block' op branch #2 yields a feature whose width varies between sub-networks ([1, 2, 3] channels)}}
    %z = slice.block concat(%y : tensor<?x3x8x8xf32>) {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %w = slice.get_param @w : tensor<2x3x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x3x8x8xf32>, tensor<2x3x1x1xf32>
      slice.yield %c : tensor<?x2x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %w = slice.get_param @w : tensor<2x3x1x1xf32>
      %c = slice.conv2d %in, %w : tensor<?x3x8x8xf32>, tensor<2x3x1x1xf32>
      slice.yield %c : tensor<?x2x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x3x8x8xf32>):
      %p = slice.max_pool %in {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x8x8xf32>
      slice.yield %p : tensor<?x3x8x8xf32>
    }
    return %z : tensor<?x7x8x8xf32>
  }
}

// -----

// The second dense layer's grouped layout reorders its result
// ([x0 x1 b1 c1 | b2 c2 | b3 c3] was [x0 x1 b1 b2 b3 c1 c2 c3]); a
// channel_slice of it cannot follow.
module @slice_of_reordered attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  func.func @forward(%x: tensor<?x2x8x8xf32>) -> tensor<?x2x8x8xf32> {
    %y1 = slice.block concat(%x : tensor<?x2x8x8xf32>) residual(%x : tensor<?x2x8x8xf32>) {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 1 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }
    %y2 = slice.block concat(%x : tensor<?x2x8x8xf32>) residual(%y1 : tensor<?x5x8x8xf32>) {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 1 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x2x8x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x2x8x8xf32>
      slice.yield %s : tensor<?x1x8x8xf32>
    }
    // expected-error @+1 {{'slice.channel_slice' op cannot follow the reordered channels of its input (a concat block's grouped layout): it cannot permute its channels}}
    %s = slice.channel_slice %y2 {offset = 0 : i64, size = 2 : i64} : tensor<?x8x8x8xf32>
    return %s : tensor<?x2x8x8xf32>
  }
}

// -----

// A flat model (an ONNX import before raising): the error says to raise it.
// expected-error @+1 {{--inclusive found no slice.head among the function's results; the model has no slice.block or slice.head (an ONNX import or a flattened model): raise them first with --slice-raise-branches}}
module @flat attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @fc : tensor<10x4xf32> init(uniform)
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x10xf32> {
    %p = slice.global_avg_pool %x : tensor<?x4x8x8xf32>
    %f = slice.flatten %p : tensor<?x4x1x1xf32>
    %w = slice.get_param @fc : tensor<10x4xf32>
    %y = slice.linear %f, %w : tensor<?x4xf32>, tensor<10x4xf32>
    return %y : tensor<?x10xf32>
  }
}

// -----

// A model whose function returns no slice.head has no classifier to copy.
// expected-error @+1 {{--inclusive found no slice.head among the function's results}}
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
// expected-error @+1 {{--inclusive needs a plain model; this one is already in the inclusive form}}
module @already_inclusive attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>} {
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    return %x : tensor<?x4x8x8xf32>
  }
}

// -----

// expected-error @+1 {{--inclusive needs a plain model; this one is already in the shallow form}}
module @already_shallow attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2>} {
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    return %x : tensor<?x4x8x8xf32>
  }
}
