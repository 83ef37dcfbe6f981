

// get_param of an undefined symbol.
func.func @get_param_unknown() {
  // expected-error @+1 {{'slice.get_param' op 'missing' does not name a slice.param}}
  %0 = slice.get_param @missing : tensor<4xf32>
  return
}

