

// linear bias of the wrong length.
func.func @linear_bias_size(%x: tensor<?x16xf32>, %w: tensor<10x16xf32>, %b: tensor<16xf32>) {
  // expected-error @+1 {{linear bias has 16 entries, expected 10 output features}}
  %0 = slice.linear %x, %w, %b : tensor<?x16xf32>, tensor<10x16xf32>, tensor<16xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.pad_channels, slice.channel_slice
//===----------------------------------------------------------------------===//

