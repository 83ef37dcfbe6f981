

// batch_norm epsilon = 0.
func.func @bn_epsilon(%x: tensor<2x16xf32>, %p: tensor<16xf32>) {
  // expected-error @+1 {{batch_norm epsilon must be positive}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p {epsilon = 0.0 : f64} : tensor<2x16xf32>, tensor<16xf32>
  return
}

