

// Per-sub-network batch_norm with K' != K parameter sets.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>} {
  func.func @bn_per_subnet_count(%x: tensor<2x16xf32>, %p: tensor<2x16xf32>) {
    // expected-error @+1 {{'slice.batch_norm' op has 2 per-sub-network parameter sets, the model has K = 3}}
    %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16xf32>, tensor<2x16xf32>
    return
  }
}

//===----------------------------------------------------------------------===//
// slice.clip, slice.concat
//===----------------------------------------------------------------------===//

