

// flatten axis past the rank.
func.func @flatten_axis(%x: tensor<2x16x1x1xf32>) {
  // expected-error @+1 {{flatten axis 5 is outside [0, 4]}}
  %0 = slice.flatten %x {axis = 5 : i64} : tensor<2x16x1x1xf32>
  return
}

