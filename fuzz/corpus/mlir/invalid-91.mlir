

// block branch whose arguments are not the block inputs.
func.func @block_branch_args(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op branch #0 takes ('tensor<2x4xf32>'), the block inputs are ('tensor<2x8xf32>')}}
  %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x4xf32>):
    %c = slice.concat %in, %in : tensor<2x4xf32>, tensor<2x4xf32>
    slice.yield %c : tensor<2x8xf32>
  }
  return
}

