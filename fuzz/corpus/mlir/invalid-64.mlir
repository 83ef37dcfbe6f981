

// max_pool with a zero kernel extent.
func.func @max_pool_kernel_zero(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{kernel, strides and dilations must be positive, got 0}}
  %0 = slice.max_pool %x {kernel = array<i64: 0, 2>} : tensor<2x16x8x8xf32>
  return
}

