

// batch_norm input without a channel dimension.
func.func @bn_input_rank(%x: tensor<16xf32>, %p: tensor<16xf32>) {
  // expected-error @+1 {{batch_norm input needs a channel dimension, got tensor<16xf32>}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<16xf32>, tensor<16xf32>
  return
}

