

// anytime: no label level.
// expected-error @+1 {{anytime model needs at least one label level, got 0}}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2, levels = 0>} {}

