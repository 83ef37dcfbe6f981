

// slice.subnet_macs must be an array<i64>.
// expected-error @+1 {{'slice.subnet_macs' must be an array<i64>}}
module attributes {slice.subnet_macs = 100 : i64} {}

