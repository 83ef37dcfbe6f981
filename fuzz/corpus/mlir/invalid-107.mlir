

// A grouped concat block of the I form needs subnet_branches.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_concat_inclusive_no_counts(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op a grouped concat block of the inclusive form needs subnet_branches}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) attributes {partition = array<i64: 8, 8>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

