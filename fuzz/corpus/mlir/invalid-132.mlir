

// expected-error @+1 {{'slice.taxonomy' op parents[0] must map the 3 labels of level 1 (array<i64>)}}
slice.taxonomy {names = [["a", "b", "c"], ["x", "y"]], parents = [array<i64: 0, 1>]}

