

// head body taking no argument.
func.func @head_body_no_arg(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.head' op body must take one argument of the input type 'tensor<2x8xf32>'}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
    %c = arith.constant dense<0.0> : tensor<2x8xf32>
    slice.yield %c : tensor<2x8xf32>
  }
  return
}

