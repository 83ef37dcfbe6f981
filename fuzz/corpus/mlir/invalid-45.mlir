

// batch_norm parameters for other channels.
func.func @bn_param_channels(%x: tensor<2x16x4x4xf32>, %p: tensor<8xf32>) {
  // expected-error @+1 {{batch_norm parameters have 8 channels, input has 16}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16x4x4xf32>, tensor<8xf32>
  return
}

