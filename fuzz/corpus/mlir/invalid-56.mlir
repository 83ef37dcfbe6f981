

// concat with dynamic channels.
func.func @concat_channels_dynamic(%x: tensor<2x16xf32>, %y: tensor<2x?xf32>) {
  // expected-error @+1 {{concat input channels must be static}}
  %0 = slice.concat %x, %y : tensor<2x16xf32>, tensor<2x?xf32>
  return
}

//===----------------------------------------------------------------------===//
// Pools, flatten, linear
//===----------------------------------------------------------------------===//

