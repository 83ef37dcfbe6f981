

// param with a dynamic shape.
// expected-error @+1 {{'slice.param' op parameter 'w' must have a static shape, got 'tensor<?x4xf32>'}}
slice.param @w : tensor<?x4xf32> init(zeros)

