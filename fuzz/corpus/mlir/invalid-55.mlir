

// concat of tensors that differ outside the channel dimension.
func.func @concat_spatial_mismatch(%x: tensor<?x16x8x8xf32>, %y: tensor<?x8x8x4xf32>) {
  // expected-error @+1 {{concat input #1 has 4 in dimension 3, input #0 has 8; only channels (dimension 1) may differ}}
  %0 = slice.concat %x, %y : tensor<?x16x8x8xf32>, tensor<?x8x8x4xf32>
  return
}

