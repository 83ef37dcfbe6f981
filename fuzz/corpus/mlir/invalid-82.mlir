

// channel_slice of no channels.
func.func @channel_slice_empty(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{channel_slice [2, 2) is not inside the 8 input channels}}
  %0 = slice.channel_slice %x {offset = 2 : i64, size = 0 : i64} : tensor<2x8xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.block
//===----------------------------------------------------------------------===//

