

// concat of tensors of different ranks.
func.func @concat_rank_mismatch(%x: tensor<2x16xf32>, %y: tensor<2x16x1x1xf32>) {
  // expected-error @+1 {{concat input #1 has rank 4, input #0 has rank 2}}
  %0 = slice.concat %x, %y : tensor<2x16xf32>, tensor<2x16x1x1xf32>
  return
}

