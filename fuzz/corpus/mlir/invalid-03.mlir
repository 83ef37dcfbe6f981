

// slice.anytime on an op other than builtin.module.
// expected-error @+1 {{'slice.anytime' belongs on the model's builtin.module}}
func.func @anytime_on_func() attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  return
}

