

func.func @concat_block_non_tensor(%x: i32) {
  // expected-error @+1 {{branch #0 must yield a ranked tensor}}
  %0 = slice.block concat (%x : i32) {
  ^bb0(%in: i32):
    slice.yield %in : i32
  }
  return
}

