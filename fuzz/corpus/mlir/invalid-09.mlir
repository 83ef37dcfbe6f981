

// Unknown slice.* attribute.
// expected-error @+1 {{unknown slice attribute 'slice.anytme'}}
module attributes {slice.anytme = #slice.anytime<form = inclusive, subnets = 2>} {}

