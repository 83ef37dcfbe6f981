

// expected-error @+1 {{'slice.taxonomy' op has 2 levels of names but 0 parent maps (expected 1)}}
slice.taxonomy {names = [["a", "b"], ["x"]], parents = []}

