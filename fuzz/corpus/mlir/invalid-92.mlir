

// add block branch with a type other than the result.
func.func @block_add_mismatch(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op branch #1 yields 'tensor<2x4xf32>', an add block needs 'tensor<2x8xf32>'}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
    slice.yield %s : tensor<2x4xf32>
  }
  return
}

