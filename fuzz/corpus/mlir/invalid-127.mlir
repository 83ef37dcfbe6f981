

// expected-error @+1 {{stored value of 'b' has type 'vector<4xf32>', expected 'tensor<4xf32>'}}
slice.param @b : tensor<4xf32> init(zeros) = dense<1.0> : vector<4xf32>

