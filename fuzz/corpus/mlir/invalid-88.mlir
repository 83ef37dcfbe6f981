

// block branch yielding nothing.
func.func @block_branch_yield_none(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{branch #0 must yield exactly one tensor, yields 0}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    "slice.yield"() : () -> ()
  }
  return
}

