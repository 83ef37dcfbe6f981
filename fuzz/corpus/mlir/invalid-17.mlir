

// param_slice rows past the end.
func.func @param_slice_offsets(%p: tensor<8x4xf32>) {
  // expected-error @+1 {{param_slice offsets [6, 0] and sizes [4, 4] do not fit inside tensor<8x4xf32>}}
  %0 = slice.param_slice %p {offsets = array<i64: 6, 0>, sizes = array<i64: 4, 4>} : tensor<8x4xf32>
  return
}

