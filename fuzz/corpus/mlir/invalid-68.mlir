

// linear input not N x in.
func.func @linear_input_rank(%x: tensor<2x16x1x1xf32>, %w: tensor<10x16xf32>) {
  // expected-error @+1 {{linear input must have rank 2, got tensor<2x16x1x1xf32>}}
  %0 = slice.linear %x, %w : tensor<2x16x1x1xf32>, tensor<10x16xf32>
  return
}

