

// slice.held_out: the images training held out (count, held out, seed).
// expected-error @+1 {{'slice.held_out' must be array<i64: count, held out, seed> on the module}}
module attributes {slice.held_out = array<i64: 100, 10>} {
}

