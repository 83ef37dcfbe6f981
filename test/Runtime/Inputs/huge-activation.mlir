// A model whose one wide layer needs ~187 GiB for its output at batch 64
// (errors.test: out of memory is said in words, at the layer).
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @w : tensor<1000000x1x3x3xf32> init(msra)
  slice.param @fc : tensor<10x1000000xf32> init(uniform)
  func.func @forward(%x: tensor<?x1x28x28xf32>) -> tensor<?x10xf32> {
    %w = slice.get_param @w : tensor<1000000x1x3x3xf32>
    %c = slice.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1000000x1x3x3xf32>
    %p = slice.global_avg_pool %c : tensor<?x1000000x28x28xf32>
    %q = slice.flatten %p : tensor<?x1000000x1x1xf32>
    %f = slice.get_param @fc : tensor<10x1000000xf32>
    %y = slice.linear %q, %f : tensor<?x1000000xf32>, tensor<10x1000000xf32>
    return %y : tensor<?x10xf32>
  }
}
