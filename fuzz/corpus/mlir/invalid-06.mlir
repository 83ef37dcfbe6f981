

// slice.params must be an integer.
// expected-error @+1 {{'slice.params' must be an integer}}
module attributes {slice.params = array<i64: 1>} {}

