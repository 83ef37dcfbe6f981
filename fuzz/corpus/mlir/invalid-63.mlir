

// max_pool without a kernel.
func.func @max_pool_no_kernel(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{max_pool needs a 'kernel' attribute}}
  %0 = slice.max_pool %x : tensor<2x16x8x8xf32>
  return
}

