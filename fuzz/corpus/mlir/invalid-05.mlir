

// slice.macs must be an integer.
// expected-error @+1 {{'slice.macs' must be an integer}}
module attributes {slice.macs = "many"} {}

