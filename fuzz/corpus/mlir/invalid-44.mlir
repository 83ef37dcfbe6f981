

// batch_norm parameters neither [C] nor [K, C].
func.func @bn_param_rank(%x: tensor<2x16xf32>, %p: tensor<1x2x16xf32>) {
  // expected-error @+1 {{batch_norm parameters must be [C] (shared) or [K, C] (per sub-network), got tensor<1x2x16xf32>}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16xf32>, tensor<1x2x16xf32>
  return
}

