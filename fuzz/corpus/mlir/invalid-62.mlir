

// max_pool input not NCHW.
func.func @max_pool_rank(%x: tensor<2x16x8xf32>) {
  // expected-error @+1 {{max_pool input must have rank 4, got tensor<2x16x8xf32>}}
  %0 = slice.max_pool %x {kernel = array<i64: 2, 2>} : tensor<2x16x8xf32>
  return
}

