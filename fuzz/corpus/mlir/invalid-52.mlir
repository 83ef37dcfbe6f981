

// concat of nothing (generic form: the custom form cannot spell it).
func.func @concat_empty() {
  // expected-error @+2 {{concat needs at least one input}}
  // expected-error @+1 {{'slice.concat' op failed to infer returned types}}
  %0 = "slice.concat"() : () -> tensor<2x16xf32>
  return
}

