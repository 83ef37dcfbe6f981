

// expected-error @+1 {{'slice.taxonomy' op parents[0] has 3, outside the 2 labels of level 2}}
slice.taxonomy {names = [["a", "b", "c"], ["x", "y"]], parents = [array<i64: 0, 1, 3>]}

