

// avg_pool without a kernel.
func.func @avg_pool_no_kernel(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{avg_pool needs a 'kernel' attribute}}
  %0 = slice.avg_pool %x {strides = array<i64: 2, 2>} : tensor<2x16x8x8xf32>
  return
}

