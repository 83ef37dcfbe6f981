

// param_concat along an axis the parameters do not have.
func.func @param_concat_axis(%a: tensor<2x4xf32>) {
  // expected-error @+1 {{param_concat axis 2 is not a dimension of tensor<2x4xf32>}}
  %0 = slice.param_concat %a, %a {axis = 2 : i64} : tensor<2x4xf32>, tensor<2x4xf32>
  return
}

