

// avg_pool window larger than the input.
func.func @avg_pool_window(%x: tensor<2x16x2x8xf32>) {
  // expected-error @+1 {{window of extent 3 along height does not fit the padded input of extent 2}}
  %0 = slice.avg_pool %x {kernel = array<i64: 3, 3>} : tensor<2x16x2x8xf32>
  return
}

