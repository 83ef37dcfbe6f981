

// concat block whose branches differ outside the channels.
func.func @block_concat_mismatch(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{concat block input #1 has 2 in dimension 2, input #0 has 4; only channels (dimension 1) may differ}}
  %0 = slice.block concat (%x : tensor<2x8x4x4xf32>) residual(%x : tensor<2x8x4x4xf32>) {
  ^bb0(%in: tensor<2x8x4x4xf32>):
    %p = slice.max_pool %in {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<2x8x4x4xf32>
    slice.yield %p : tensor<2x8x2x2xf32>
  }
  return
}

