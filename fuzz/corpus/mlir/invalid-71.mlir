

// linear bias of rank 2.
func.func @linear_bias_rank(%x: tensor<?x16xf32>, %w: tensor<10x16xf32>, %b: tensor<1x10xf32>) {
  // expected-error @+1 {{linear bias must have rank 1, got tensor<1x10xf32>}}
  %0 = slice.linear %x, %w, %b : tensor<?x16xf32>, tensor<10x16xf32>, tensor<1x10xf32>
  return
}

