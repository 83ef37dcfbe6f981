

// batch_norm momentum outside [0, 1].
func.func @bn_momentum(%x: tensor<2x16xf32>, %p: tensor<16xf32>) {
  // expected-error @+1 {{batch_norm momentum must be in [0, 1]}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p {momentum = 1.5 : f64} : tensor<2x16xf32>, tensor<16xf32>
  return
}

