

// slice.anytime holding something else.
// expected-error @+1 {{'slice.anytime' must be a #slice.anytime attribute}}
module attributes {slice.anytime = 2 : i64} {}

