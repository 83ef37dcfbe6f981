// RUN: not slice-opt %s --slice-raise-branches=cardinality=0 2>&1 | FileCheck %s --check-prefix=CARD
// RUN: not slice-opt %s --slice-raise-branches=cardinality=-3 2>&1 | FileCheck %s --check-prefix=NEGATIVE
// RUN: not slice-opt %s --slice-raise-branches=patterns=residual,inception 2>&1 | FileCheck %s --check-prefix=PATTERN
// RUN: not slice-opt %s --pass-pipeline='builtin.module(slice-raise-branches{patterns=heads})' 2>&1 | FileCheck %s --check-prefix=PIPELINE

// --slice-raise-branches fails only on bad options; a graph it does not
// recognise stays flat (slice-raise-branches.mlir).
// CARD: error: --slice-raise-branches needs cardinality >= 1, got 0
// NEGATIVE: error: --slice-raise-branches needs cardinality >= 1, got -3
// PATTERN: error: --slice-raise-branches: unknown pattern 'inception' (known: residual, grouped, mlp, concat, dense, head)
// PIPELINE: error: --slice-raise-branches: unknown pattern 'heads'

module @any attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  func.func @forward(%x: tensor<?x4x8x8xf32>) -> tensor<?x4x8x8xf32> {
    return %x : tensor<?x4x8x8xf32>
  }
}
