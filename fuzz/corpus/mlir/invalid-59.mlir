

// avg_pool padding as large as the kernel.
func.func @avg_pool_padding(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{avg_pool padding must be smaller than the kernel}}
  %0 = slice.avg_pool %x {kernel = array<i64: 3, 2>, padding = array<i64: 1, 0, 0, 2>} : tensor<2x16x8x8xf32>
  return
}

