

// param_slice wider than its input.
func.func @param_slice_sizes(%p: tensor<8x4xf32>) {
  // expected-error @+1 {{param_slice offsets [0, 0] and sizes [8, 5] do not fit inside tensor<8x4xf32>}}
  %0 = slice.param_slice %p {sizes = array<i64: 8, 5>} : tensor<8x4xf32>
  return
}

