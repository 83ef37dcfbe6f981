// RUN: slice-opt %s --split-input-file --slice-flatten-blocks --verify-diagnostics -o /dev/null

// The I form runs other branches in every sub-network: no single meaning.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @w1 : tensor<4x4x1x1xf32> init(msra)
  slice.param @w2 : tensor<4x4x1x1xf32> init(msra)
  func.func @inclusive(%x: tensor<?x4x2x2xf32>) -> tensor<?x4x2x2xf32> {
    // expected-error @+1 {{'slice.block' op runs a different set of branches in every sub-network (subnet_branches); specialise the model to one sub-network first (--extract-subnet=k=<k>)}}
    %y = slice.block add(%x : tensor<?x4x2x2xf32>) residual(%x : tensor<?x4x2x2xf32>)
        attributes {subnet_branches = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %w = slice.get_param @w1 : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<?x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<?x4x2x2xf32>
    }, {
    ^bb0(%in: tensor<?x4x2x2xf32>):
      %w = slice.get_param @w2 : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<?x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<?x4x2x2xf32>
    }
    return %y : tensor<?x4x2x2xf32>
  }
}
