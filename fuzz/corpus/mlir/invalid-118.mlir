

// head body yielding two values.
func.func @head_yield_count(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{head body must yield exactly one tensor, yields 2}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in, %in : tensor<2x8xf32>, tensor<2x8xf32>
  }
  return
}

