

// expected-error @+1 {{'slice.taxonomy' op level 1 must be a non-empty list of strings}}
slice.taxonomy {names = [[1, 2]], parents = []}

