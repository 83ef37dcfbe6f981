

// A branch that lost its `^bb0(...)` header names `%in`; MLIR's parser
// resolves it against a later branch's argument. It is an error at the use.
func.func @block_branch_uses_sibling(%x: tensor<2x8xf32>) {
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
    // expected-error @+1 {{branch #1 uses a value defined in branch #2; a branch reads only its own entry block arguments (did a branch lose its `^bb0(...)` header?)}}
    %r = slice.relu %in : tensor<2x8xf32>
    slice.yield %r : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

