

// avg_pool input not NCHW.
func.func @avg_pool_rank(%x: tensor<2x16xf32>) {
  // expected-error @+1 {{avg_pool input must have rank 4, got tensor<2x16xf32>}}
  %0 = slice.avg_pool %x {kernel = array<i64: 2, 2>} : tensor<2x16xf32>
  return
}

