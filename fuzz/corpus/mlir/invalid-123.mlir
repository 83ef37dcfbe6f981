

// head for a label level past D.
module attributes {slice.anytime = #slice.anytime<form = shallow, subnets = 2, levels = 2>} {
  func.func @head_level_range(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.head' op level 3 is outside [1, 2]}}
    %0 = slice.head subnet 2 level 3 (%x : tensor<2x8xf32>) {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

