

// linear weight for other input features.
func.func @linear_features(%x: tensor<?x16xf32>, %w: tensor<10x8xf32>) {
  // expected-error @+1 {{linear weight expects 8 input features, input has 16}}
  %0 = slice.linear %x, %w : tensor<?x16xf32>, tensor<10x8xf32>
  return
}

