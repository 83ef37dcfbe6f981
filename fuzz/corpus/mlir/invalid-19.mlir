

// param_concat of parameters that differ outside the axis.
func.func @param_concat_shapes(%a: tensor<2x4xf32>, %b: tensor<2x5xf32>) {
  // expected-error @+1 {{param_concat inputs tensor<2x4xf32> and tensor<2x5xf32> differ outside axis 0}}
  %0 = slice.param_concat %a, %b {axis = 0 : i64} : tensor<2x4xf32>, tensor<2x5xf32>
  return
}

