

// subnet_branches without an inclusive module.
func.func @block_subnet_branches_no_anytime(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op subnet_branches belong to a module in the inclusive form ('slice.anytime' with form = inclusive)}}
  %0 = slice.block add (%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1>} {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

