

// param_slice of a row that does not exist.
func.func @param_slice_row(%p: tensor<2x4xf32>) {
  // expected-error @+1 {{param_slice row 2 is not a row of tensor<2x4xf32>}}
  %0 = slice.param_slice %p {row = 2 : i64, sizes = array<i64: 4>} : tensor<2x4xf32>
  return
}

