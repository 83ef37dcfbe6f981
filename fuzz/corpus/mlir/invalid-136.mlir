

// expected-error @+1 {{'slice.held_out' holds out 200 of 100 images}}
module attributes {slice.held_out = array<i64: 100, 200, 0>} {
}
