

// concat of rank-1 tensors.
func.func @concat_rank1(%x: tensor<16xf32>) {
  // expected-error @+1 {{concat inputs need a channel dimension, got tensor<16xf32>}}
  %0 = slice.concat %x, %x : tensor<16xf32>, tensor<16xf32>
  return
}

