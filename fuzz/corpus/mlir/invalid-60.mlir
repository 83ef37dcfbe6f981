

// avg_pool kernel with three entries.
func.func @avg_pool_kernel_size(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{kernel must have 2 entries [kh, kw], got 3}}
  %0 = slice.avg_pool %x {kernel = array<i64: 2, 2, 2>} : tensor<2x16x8x8xf32>
  return
}

