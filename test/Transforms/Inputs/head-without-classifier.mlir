// A head whose scores come from no layer: nothing to resize per level.
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  func.func @forward(%x: tensor<?x4x2x2xf32>) -> tensor<?x4xf32> {
    %h = slice.head subnet 1 level 1 (%x : tensor<?x4x2x2xf32>) {
    ^bb0(%f: tensor<?x4x2x2xf32>):
      %g = slice.global_avg_pool %f : tensor<?x4x2x2xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      slice.yield %fl : tensor<?x4xf32>
    }
    return %h : tensor<?x4xf32>
  }
}
