

// anytime: a plain model with K > 1.
// expected-error @+1 {{a plain model has exactly one sub-network, got 2}}
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 2>} {}

