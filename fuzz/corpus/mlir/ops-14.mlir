

// I-form block: sub-network k runs the first subnet_branches[k-1] branches.

// CHECK: module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>} {
  // CHECK-LABEL: func.func @block_inclusive(
  // CHECK: %[[B:.*]] = slice.block add(%{{.*}} : tensor<?x8x4x4xf32>) residual(%{{.*}} : tensor<?x8x4x4xf32>) attributes {subnet_branches = array<i64: 1, 1, 2>} {
  // CHECK: slice.relu
  // CHECK: }, {
  // CHECK: slice.clip
  // CHECK-NEXT: slice.yield %{{.*}} : tensor<?x8x4x4xf32>
  // CHECK-NEXT: }
  // CHECK-NEXT: return %[[B]] : tensor<?x8x4x4xf32>
  func.func @block_inclusive(%x: tensor<?x8x4x4xf32>) -> tensor<?x8x4x4xf32> {
    %0 = slice.block add (%x : tensor<?x8x4x4xf32>) residual(%x : tensor<?x8x4x4xf32>) attributes {subnet_branches = array<i64: 1, 1, 2>} {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %r = slice.relu %in : tensor<?x8x4x4xf32>
      slice.yield %r : tensor<?x8x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x4xf32>):
      %c = slice.clip %in {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x8x4x4xf32>
      slice.yield %c : tensor<?x8x4x4xf32>
    }
    return %0 : tensor<?x8x4x4xf32>
  }
}

