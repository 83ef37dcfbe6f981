

// block with neither branches nor residual (generic form).
func.func @block_nothing() {
  // expected-error @+2 {{block needs at least one branch or a residual}}
  // expected-error @+1 {{'slice.block' op failed to infer returned types}}
  %0 = "slice.block"() <{aggregation = 0 : i32, operandSegmentSizes = array<i32: 0, 0>}> : () -> tensor<2x8xf32>
  return
}

