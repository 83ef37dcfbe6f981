

// block branch ending in another terminator.
func.func @block_branch_terminator(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{branch #1 must end in slice.yield}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    func.return %in : tensor<2x8xf32>
  }
  return
}

