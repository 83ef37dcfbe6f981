

// Per-sub-network batch_norm without an anytime description.
func.func @bn_per_subnet_no_anytime(%x: tensor<2x16xf32>, %p: tensor<2x16xf32>) {
  // expected-error @+1 {{'slice.batch_norm' op has 2 per-sub-network parameter sets but the module has no 'slice.anytime' description}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16xf32>, tensor<2x16xf32>
  return
}

