

// block branch yielding two values.
func.func @block_branch_yield_count(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{branch #0 must yield exactly one tensor, yields 2}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in, %in : tensor<2x8xf32>, tensor<2x8xf32>
  }
  return
}

