

// block branch without a body.
func.func @block_branch_empty(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{branch #0 is empty}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  }
  return
}

