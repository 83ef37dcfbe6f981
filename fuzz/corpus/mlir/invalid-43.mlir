

// batch_norm input with dynamic channels.
func.func @bn_input_channels_dynamic(%x: tensor<2x?xf32>, %p: tensor<16xf32>) {
  // expected-error @+1 {{batch_norm input channels must be static}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x?xf32>, tensor<16xf32>
  return
}

