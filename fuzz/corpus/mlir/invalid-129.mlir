

// expected-error @+1 {{'slice.taxonomy' op level 2 has 2 labels, not fewer than level 1}}
slice.taxonomy {names = [["a", "b"], ["x", "y"]], parents = [array<i64: 0, 1>]}

