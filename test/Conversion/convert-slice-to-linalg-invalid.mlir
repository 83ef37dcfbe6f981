// RUN: slice-opt %s --split-input-file --verify-diagnostics --convert-slice-to-linalg
// RUN: not slice-opt %s --split-input-file --convert-slice-to-linalg=k=3 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not slice-opt %s --split-input-file --convert-slice-to-linalg=params=inline 2>&1 | FileCheck %s --check-prefix=PARAMS
// RUN: not slice-opt %s --split-input-file --convert-slice-to-linalg=params=constants 2>&1 | FileCheck %s --check-prefix=CONST

// RANGE: error: k=3: expected 'all' or a sub-network in [1, 2]
// PARAMS: error: params=inline: expected 'arguments' or 'constants'
// CONST: error: params=constants needs stored values, but @w has none (init msra); lower with params=arguments or store trained weights

// The I form computes one sub-network per pass: it needs subnet.
// expected-error @+1 {{an I-form model computes one sub-network per forward pass; lower with k=<k> or k=all}}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @w : tensor<4x4x1x1xf32> init(msra)
  func.func @forward(%x: tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32> {
    %y = slice.block add(%x : tensor<1x4x2x2xf32>) attributes {subnet_branches = array<i64: 1, 2>} {
    ^bb0(%in: tensor<1x4x2x2xf32>):
      %w = slice.get_param @w : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<1x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<1x4x2x2xf32>
    }, {
    ^bb0(%in: tensor<1x4x2x2xf32>):
      slice.yield %in : tensor<1x4x2x2xf32>
    }
    return %y : tensor<1x4x2x2xf32>
  }
}

// -----

// Only the batch may be dynamic.
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  // expected-error @+1 {{the lowering needs static sizes except the batch (dimension 0), got 'tensor<1x4x?x2xf32>'}}
  func.func @forward(%x: tensor<1x4x?x2xf32>) -> tensor<1x4x?x2xf32> {
    %y = slice.relu %x : tensor<1x4x?x2xf32>
    return %y : tensor<1x4x?x2xf32>
  }
}

// -----

// A slice model has one function.
// expected-error @+1 {{a slice model has exactly one function, found 2}}
module {
  func.func @a(%x: tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32> {
    return %x : tensor<1x4x2x2xf32>
  }
  func.func @b(%x: tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32> {
    return %x : tensor<1x4x2x2xf32>
  }
}

// -----

// Lowered as it is, with parameters as function arguments: fine.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @w : tensor<4x4x1x1xf32> init(msra)
  func.func @forward(%x: tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32> {
    %w = slice.get_param @w : tensor<4x4x1x1xf32>
    %y = slice.conv2d %x, %w : tensor<1x4x2x2xf32>, tensor<4x4x1x1xf32>
    return %y : tensor<1x4x2x2xf32>
  }
}
