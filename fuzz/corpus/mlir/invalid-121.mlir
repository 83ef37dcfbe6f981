

// head for sub-network 2 without an anytime description.
func.func @head_subnet_no_anytime(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.head' op subnet 2 is outside [1, 1] (no 'slice.anytime' on the module: K = 1)}}
  %0 = slice.head subnet 2 level 1 (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

