

// linear weight not out x in.
func.func @linear_weight_rank(%x: tensor<2x16xf32>, %w: tensor<16xf32>) {
  // expected-error @+1 {{linear weight (out x in) must have rank 2, got tensor<16xf32>}}
  %0 = slice.linear %x, %w : tensor<2x16xf32>, tensor<16xf32>
  return
}

