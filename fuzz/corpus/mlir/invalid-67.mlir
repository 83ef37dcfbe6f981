

// flatten negative axis.
func.func @flatten_axis_negative(%x: tensor<2x16x1x1xf32>) {
  // expected-error @+1 {{flatten axis -1 is outside [0, 4]}}
  %0 = slice.flatten %x {axis = -1 : i64} : tensor<2x16x1x1xf32>
  return
}

