

// What training records on the module: the held-out images (count, held
// out, seed) that calibration may use.
// CHECK: module attributes {slice.held_out = array<i64: 60000, 2000, 7>}
module attributes {slice.held_out = array<i64: 60000, 2000, 7>} {
}
