

// global_avg_pool input not NCHW.
func.func @global_avg_pool_rank(%x: tensor<2x16xf32>) {
  // expected-error @+1 {{global_avg_pool input must have rank 4, got tensor<2x16xf32>}}
  %0 = slice.global_avg_pool %x : tensor<2x16xf32>
  return
}

