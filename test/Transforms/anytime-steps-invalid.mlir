// RUN: slice-opt %s --split-input-file --anytime-steps --verify-diagnostics -o /dev/null

// The I form's sub-networks share no features: growth is refused up front.
// expected-error @+1 {{an I-form model cannot grow sub-network k into k+1: its sub-networks share no features (each has its own BatchNorm statistics, paper section 3.2); make it with --inclusive-sparse or --shallow-exits}}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @w1 : tensor<4x4x1x1xf32> init(msra)
  slice.param @w2 : tensor<4x4x1x1xf32> init(msra)
  func.func @forward(%x: tensor<?x4x2x2xf32>) -> tensor<?x4x2x2xf32> {
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

