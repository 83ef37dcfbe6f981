

// slice.subnet_params must be an array<i64>.
// expected-error @+1 {{'slice.subnet_params' must be an array<i64>}}
module attributes {slice.subnet_params = [1, 2]} {}

