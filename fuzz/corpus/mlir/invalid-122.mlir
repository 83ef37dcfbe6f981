

// head for sub-network 0.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @head_subnet_range(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.head' op subnet 0 is outside [1, 2]}}
    %0 = slice.head subnet 0 level 1 (%x : tensor<2x8xf32>) {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

