

// Inference runs before operand types are verified: unranked inputs get a
// diagnostic, not a crash.
func.func @concat_unranked(%a: tensor<*xf32>) {
  // expected-error @+1 {{concat input #0 must be a ranked tensor, got tensor<*xf32>}}
  %0 = slice.concat %a : tensor<*xf32>
  return
}

