// RUN: slice-opt %s --split-input-file --verify-diagnostics

//===----------------------------------------------------------------------===//
// #slice.anytime, #slice.block_sparse and discardable slice.* attributes
//===----------------------------------------------------------------------===//

// anytime: no sub-network.
// expected-error @+1 {{anytime model needs at least one sub-network, got 0}}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 0>} {}

