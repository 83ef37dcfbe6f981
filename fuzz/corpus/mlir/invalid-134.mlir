

module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1, levels = 3>} {
  // expected-error @+1 {{'slice.taxonomy' op has 2 levels, the model's slice.anytime says 3}}
  slice.taxonomy {names = [["a", "b"], ["x"]], parents = [array<i64: 0, 0>]}
}

