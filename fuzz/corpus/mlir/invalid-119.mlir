

// head body taking another type than the input.
func.func @head_body_arg(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.head' op body must take one argument of the input type 'tensor<2x8xf32>'}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<?x8xf32>):
    slice.yield %in : tensor<?x8xf32>
  }
  return
}

