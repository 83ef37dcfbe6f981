

// expected-error @+1 {{'slice.taxonomy' op a label of level 2 has no label of level 1 below it}}
slice.taxonomy {names = [["a", "b", "c"], ["x", "y"]], parents = [array<i64: 0, 0, 0>]}

