

// get_param with a type other than the declared one.
slice.param @b : tensor<4xf32> init(zeros)
func.func @get_param_type() {
  // expected-error @+1 {{'slice.get_param' op type 'tensor<8xf32>' differs from the declared type 'tensor<4xf32>' of 'b'}}
  %0 = slice.get_param @b : tensor<8xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.conv2d
//===----------------------------------------------------------------------===//

