

// The same, followed by a parse error in a later branch: the regions parsed
// so far are freed with their uses of each other dropped (the generated
// parser freed branch #2's argument while branch #1 still used it: heap
// corruption, an abort in the next split).
func.func @block_parse_error_after_sibling_use(%x: tensor<2x8xf32>) {
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
    %r = slice.relu %in : tensor<2x8xf32>
    slice.yield %r : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
  // expected-note @+1 {{prior use here}}
  ^bb0(%in: tensor<2x8xf32>):
    // expected-error @+1 {{use of value '%in' expects different type than prior uses: 'tensor<2x9xf32>' vs 'tensor<2x8xf32>'}}
    %r = slice.relu %in : tensor<2x9xf32>
    slice.yield %r : tensor<2x8xf32>
  }
  return
}

