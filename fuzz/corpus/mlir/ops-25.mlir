

// The taxonomy of hierarchical heads.
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1, levels = 2>} {
  // CHECK: slice.taxonomy {names = {{\[}}["a", "b", "c"], ["x", "y"]], parents = [array<i64: 1, 0, 1>]}
  slice.taxonomy {names = [["a", "b", "c"], ["x", "y"]], parents = [array<i64: 1, 0, 1>]}
  // CHECK-LABEL: func.func @with_taxonomy(
  func.func @with_taxonomy(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
    return %x : tensor<2x3xf32>
  }
}

