

// param_slice sizes for too few dimensions.
func.func @param_slice_rank(%p: tensor<8x4xf32>) {
  // expected-error @+1 {{param_slice sizes [8] must give 2 dimensions}}
  %0 = slice.param_slice %p {sizes = array<i64: 8>} : tensor<8x4xf32>
  return
}

