// RUN: slice-opt %s --split-input-file --extract-subnet=k=3 --verify-diagnostics
// RUN: not slice-opt %s --split-input-file --extract-subnet 2>&1 | FileCheck %s --check-prefix=MISSING-K
// RUN: not slice-opt %s --split-input-file --extract-subnet=k=0 2>&1 | FileCheck %s --check-prefix=MISSING-K
// RUN: slice-zoo --blocks=3 --width=8 --cardinality=2 | slice-opt --inclusive=K=2 | not slice-opt --extract-subnet=k=3 2>&1 | FileCheck %s --check-prefix=ZOO

// Errors of --extract-subnet, each case with k = 3.
// MISSING-K: error: --extract-subnet needs the sub-network, e.g. --extract-subnet=k=2
// ZOO: error: sub-network 3 does not exist: the model has K = 2

// k > K.
// expected-error @+1 {{sub-network 3 does not exist: the model has K = 2}}
module @inclusive_k2 attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x8x8x8xf32> {
    return %x : tensor<?x8x8x8xf32>
  }
}

// -----

// A plain model has one sub-network.
// expected-error @+1 {{sub-network 3 does not exist: the model has K = 1}}
module @plain attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x8x8x8xf32> {
    return %x : tensor<?x8x8x8xf32>
  }
}

// -----

// So has a module without slice.anytime.
// expected-error @+1 {{sub-network 3 does not exist: the model has K = 1}}
module @no_anytime {
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x8x8x8xf32> {
    return %x : tensor<?x8x8x8xf32>
  }
}

// -----

// K = 3 but no head of sub-network 3 among the results.
// expected-error @+1 {{no output belongs to sub-network 3}}
module @missing_head attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 3>} {
  slice.param @fc1 : tensor<10x8xf32> init(uniform)
  slice.param @fc2 : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %e1 = slice.head subnet 1 level 1 (%x : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @fc1 : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %e2 = slice.head subnet 2 level 1 (%x : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @fc2 : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %e1, %e2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}
