

// head body without a block.
func.func @head_empty(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{head body is empty}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
  }
  return
}

