

// head body ending in another terminator.
func.func @head_terminator(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{head body must end in slice.yield}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    func.return %in : tensor<2x8xf32>
  }
  return
}

