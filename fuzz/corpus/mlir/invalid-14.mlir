

// param whose stored value has another shape.
// expected-error @+1 {{'slice.param' op stored value of 'b' has type 'tensor<2xf32>', expected 'tensor<4xf32>'}}
slice.param @b : tensor<4xf32> init(zeros) = dense<1.0> : tensor<2xf32>

