

module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 1>} {
  func.func @partition_rank1(%r: tensor<4xf32>) {
    // expected-error @+1 {{a channel partition needs a result with channels, got 'tensor<4xf32>'}}
    %0 = "slice.block"(%r) <{aggregation = 0 : i32, operandSegmentSizes = array<i32: 0, 1>, partition = array<i64: 4>, branch_groups = array<i64>}> : (tensor<4xf32>) -> tensor<4xf32>
    return
  }
}

