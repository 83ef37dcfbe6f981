

// clip with min > max.
func.func @clip_min_max(%x: tensor<2x16xf32>) {
  // expected-error @+1 {{'slice.clip' op min 6.000000e+00 exceeds max 5.000000e-01}}
  %0 = slice.clip %x {min = 6.0 : f64, max = 0.5 : f64} : tensor<2x16xf32>
  return
}

