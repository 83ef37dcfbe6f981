// RUN: slice-opt %s --split-input-file --shallow-exits=K=3 --verify-diagnostics
// RUN: not slice-opt %s --split-input-file --shallow-exits 2>&1 | FileCheck %s --check-prefix=MISSING-K
// RUN: not slice-opt %s --split-input-file --shallow-exits=K=0 2>&1 | FileCheck %s --check-prefix=MISSING-K
// RUN: slice-zoo --blocks=3 --width=8 --cardinality=2 | not slice-opt --shallow-exits=K=5 2>&1 | FileCheck %s --check-prefix=ZOO

// Errors of --shallow-exits, each case with K = 3.
// MISSING-K: error: --shallow-exits needs the number of exits, e.g. --shallow-exits=K=8
// ZOO: {{^}}<stdin>: resnext_cifar_L3_W8_B4_C2: error: --shallow-exits=K=5 needs K <= L - 1 = 2 (exits follow blocks 2..L of the 3 top-level blocks)

// K = 3 > L - 1 = 2.
// expected-error @+1 {{--shallow-exits=K=3 needs K <= L - 1 = 2 (exits follow blocks 2..L of the 3 top-level blocks)}}
module @three_blocks attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.bn.scale : tensor<4xf32> init(ones)
  slice.param @b1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b1.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.bn.scale : tensor<4xf32> init(ones)
  slice.param @b2.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b2.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b2.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b2.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b3.bn.scale : tensor<4xf32> init(ones)
  slice.param @b3.bn.bias : tensor<4xf32> init(zeros)
  slice.param @b3.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @b3.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @b3.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b3.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b3.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b3.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
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
      %v10 = slice.get_param @b1.br1.conv2 : tensor<4x1x1x1xf32>
      %v11 = slice.conv2d %v9, %v10 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v11 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v12 = slice.get_param @b1.br2.conv1 : tensor<1x4x1x1xf32>
      %v13 = slice.conv2d %in, %v12 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v14 = slice.get_param @b1.br2.conv2 : tensor<4x1x1x1xf32>
      %v15 = slice.conv2d %v13, %v14 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v15 : tensor<?x4x8x8xf32>
    }
    %v16 = slice.get_param @b2.bn.scale : tensor<4xf32>
    %v17 = slice.get_param @b2.bn.bias : tensor<4xf32>
    %v18 = slice.get_param @b2.bn.mean : tensor<4xf32>
    %v19 = slice.get_param @b2.bn.var : tensor<4xf32>
    %v20 = slice.batch_norm %v7, %v16, %v17, %v18, %v19 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v21 = slice.relu %v20 : tensor<?x4x8x8xf32>
    %v22 = slice.block add(%v21 : tensor<?x4x8x8xf32>) residual(%v7 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v23 = slice.get_param @b2.br1.conv1 : tensor<1x4x1x1xf32>
      %v24 = slice.conv2d %in, %v23 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v25 = slice.get_param @b2.br1.conv2 : tensor<4x1x1x1xf32>
      %v26 = slice.conv2d %v24, %v25 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v26 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v27 = slice.get_param @b2.br2.conv1 : tensor<1x4x1x1xf32>
      %v28 = slice.conv2d %in, %v27 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v29 = slice.get_param @b2.br2.conv2 : tensor<4x1x1x1xf32>
      %v30 = slice.conv2d %v28, %v29 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v30 : tensor<?x4x8x8xf32>
    }
    %v31 = slice.get_param @b3.bn.scale : tensor<4xf32>
    %v32 = slice.get_param @b3.bn.bias : tensor<4xf32>
    %v33 = slice.get_param @b3.bn.mean : tensor<4xf32>
    %v34 = slice.get_param @b3.bn.var : tensor<4xf32>
    %v35 = slice.batch_norm %v22, %v31, %v32, %v33, %v34 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v36 = slice.relu %v35 : tensor<?x4x8x8xf32>
    %v37 = slice.block add(%v36 : tensor<?x4x8x8xf32>) residual(%v22 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v38 = slice.get_param @b3.br1.conv1 : tensor<1x4x1x1xf32>
      %v39 = slice.conv2d %in, %v38 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v40 = slice.get_param @b3.br1.conv2 : tensor<4x1x1x1xf32>
      %v41 = slice.conv2d %v39, %v40 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v41 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v42 = slice.get_param @b3.br2.conv1 : tensor<1x4x1x1xf32>
      %v43 = slice.conv2d %in, %v42 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v44 = slice.get_param @b3.br2.conv2 : tensor<4x1x1x1xf32>
      %v45 = slice.conv2d %v43, %v44 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v45 : tensor<?x4x8x8xf32>
    }
    %logits = slice.head subnet 1 level 1 (%v37 : tensor<?x4x8x8xf32>) {
    ^bb0(%f: tensor<?x4x8x8xf32>):
      %v46 = slice.get_param @head.bn.scale : tensor<4xf32>
      %v47 = slice.get_param @head.bn.bias : tensor<4xf32>
      %v48 = slice.get_param @head.bn.mean : tensor<4xf32>
      %v49 = slice.get_param @head.bn.var : tensor<4xf32>
      %v50 = slice.batch_norm %f, %v46, %v47, %v48, %v49 : tensor<?x4x8x8xf32>, tensor<4xf32>
      %v51 = slice.relu %v50 : tensor<?x4x8x8xf32>
      %g = slice.global_avg_pool %v51 : tensor<?x4x8x8xf32>
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

// No classifier among the results (L = 4 allows K = 3).
// expected-error @+1 {{--shallow-exits found no slice.head among the function's results}}
module @no_head attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @b1.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b1.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b1.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b2.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b2.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b3.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b3.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b3.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b3.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b4.br1.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b4.br1.conv2 : tensor<4x1x1x1xf32> init(msra)
  slice.param @b4.br2.conv1 : tensor<1x4x1x1xf32> init(msra)
  slice.param @b4.br2.conv2 : tensor<4x1x1x1xf32> init(msra)
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
    }
    %v12 = slice.block add(%v1 : tensor<?x4x8x8xf32>) residual(%v1 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v13 = slice.get_param @b2.br1.conv1 : tensor<1x4x1x1xf32>
      %v14 = slice.conv2d %in, %v13 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v15 = slice.relu %v14 : tensor<?x1x8x8xf32>
      %v16 = slice.get_param @b2.br1.conv2 : tensor<4x1x1x1xf32>
      %v17 = slice.conv2d %v15, %v16 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v17 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v18 = slice.get_param @b2.br2.conv1 : tensor<1x4x1x1xf32>
      %v19 = slice.conv2d %in, %v18 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v20 = slice.relu %v19 : tensor<?x1x8x8xf32>
      %v21 = slice.get_param @b2.br2.conv2 : tensor<4x1x1x1xf32>
      %v22 = slice.conv2d %v20, %v21 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v22 : tensor<?x4x8x8xf32>
    }
    %v23 = slice.block add(%v12 : tensor<?x4x8x8xf32>) residual(%v12 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v24 = slice.get_param @b3.br1.conv1 : tensor<1x4x1x1xf32>
      %v25 = slice.conv2d %in, %v24 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v26 = slice.relu %v25 : tensor<?x1x8x8xf32>
      %v27 = slice.get_param @b3.br1.conv2 : tensor<4x1x1x1xf32>
      %v28 = slice.conv2d %v26, %v27 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v28 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v29 = slice.get_param @b3.br2.conv1 : tensor<1x4x1x1xf32>
      %v30 = slice.conv2d %in, %v29 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v31 = slice.relu %v30 : tensor<?x1x8x8xf32>
      %v32 = slice.get_param @b3.br2.conv2 : tensor<4x1x1x1xf32>
      %v33 = slice.conv2d %v31, %v32 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v33 : tensor<?x4x8x8xf32>
    }
    %v34 = slice.block add(%v23 : tensor<?x4x8x8xf32>) residual(%v23 : tensor<?x4x8x8xf32>) {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v35 = slice.get_param @b4.br1.conv1 : tensor<1x4x1x1xf32>
      %v36 = slice.conv2d %in, %v35 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v37 = slice.relu %v36 : tensor<?x1x8x8xf32>
      %v38 = slice.get_param @b4.br1.conv2 : tensor<4x1x1x1xf32>
      %v39 = slice.conv2d %v37, %v38 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v39 : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x4x8x8xf32>):
      %v40 = slice.get_param @b4.br2.conv1 : tensor<1x4x1x1xf32>
      %v41 = slice.conv2d %in, %v40 : tensor<?x4x8x8xf32>, tensor<1x4x1x1xf32>
      %v42 = slice.relu %v41 : tensor<?x1x8x8xf32>
      %v43 = slice.get_param @b4.br2.conv2 : tensor<4x1x1x1xf32>
      %v44 = slice.conv2d %v42, %v43 : tensor<?x1x8x8xf32>, tensor<4x1x1x1xf32>
      slice.yield %v44 : tensor<?x4x8x8xf32>
    }
    return %v34 : tensor<?x4x8x8xf32>
  }
}

// -----

// Already anytime.
// expected-error @+1 {{--shallow-exits needs a plain model; this one is already in the inclusive form}}
module @already_inclusive attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    return %x : tensor<?x4x8x8xf32>
  }
}

// -----

// expected-error @+1 {{--shallow-exits needs a plain model; this one is already in the shallow form}}
module @already_shallow attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2>} {
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    return %x : tensor<?x4x8x8xf32>
  }
}
