

// channel_slice without size.
func.func @channel_slice_no_size(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{channel_slice needs 'offset' and 'size' attributes}}
  %0 = slice.channel_slice %x {offset = 0 : i64} : tensor<2x8xf32>
  return
}

