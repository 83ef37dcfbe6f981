

// channel_slice past the last channel.
func.func @channel_slice_bounds(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{channel_slice [4, 12) is not inside the 8 input channels}}
  %0 = slice.channel_slice %x {offset = 4 : i64, size = 8 : i64} : tensor<2x8xf32>
  return
}

