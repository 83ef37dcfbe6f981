

// channel_slice of a rank-1 tensor.
func.func @channel_slice_rank(%x: tensor<8xf32>) {
  // expected-error @+1 {{channel_slice input needs a static channel dimension}}
  %0 = slice.channel_slice %x {offset = 0 : i64, size = 4 : i64} : tensor<8xf32>
  return
}

