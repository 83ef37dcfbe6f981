

// Per-sub-network batch_norm in an IS-form module.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @bn_per_subnet_form(%x: tensor<2x16xf32>, %p: tensor<2x16xf32>) {
    // expected-error @+1 {{'slice.batch_norm' op per-sub-network parameters belong to the inclusive form; this module is inclusive_sparse (shared BatchNorm keeps IS sub-features reusable)}}
    %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16xf32>, tensor<2x16xf32>
    return
  }
}

