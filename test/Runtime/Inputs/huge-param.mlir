// A model whose classifier weight needs ~292 GiB (errors.test: out of
// memory is said in words, naming the parameter).
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @fc : tensor<100000000x784xf32> init(uniform)
  func.func @forward(%x: tensor<?x1x28x28xf32>) -> tensor<?x100000000xf32> {
    %q = slice.flatten %x : tensor<?x1x28x28xf32>
    %f = slice.get_param @fc : tensor<100000000x784xf32>
    %y = slice.linear %q, %f : tensor<?x784xf32>, tensor<100000000x784xf32>
    return %y : tensor<?x100000000xf32>
  }
}
