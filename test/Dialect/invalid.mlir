// RUN: slice-opt %s --split-input-file --verify-diagnostics

//===----------------------------------------------------------------------===//
// #slice.anytime, #slice.block_sparse and discardable slice.* attributes
//===----------------------------------------------------------------------===//

// anytime: no sub-network.
// expected-error @+1 {{anytime model needs at least one sub-network, got 0}}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 0>} {}

// -----

// anytime: no label level.
// expected-error @+1 {{anytime model needs at least one label level, got 0}}
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2, levels = 0>} {}

// -----

// anytime: a plain model with K > 1.
// expected-error @+1 {{a plain model has exactly one sub-network, got 2}}
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 2>} {}

// -----

// slice.anytime on an op other than builtin.module.
// expected-error @+1 {{'slice.anytime' belongs on the model's builtin.module}}
func.func @anytime_on_func() attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  return
}

// -----

// slice.anytime holding something else.
// expected-error @+1 {{'slice.anytime' must be a #slice.anytime attribute}}
module attributes {slice.anytime = 2 : i64} {}

// -----

// slice.macs must be an integer.
// expected-error @+1 {{'slice.macs' must be an integer}}
module attributes {slice.macs = "many"} {}

// -----

// slice.params must be an integer.
// expected-error @+1 {{'slice.params' must be an integer}}
module attributes {slice.params = array<i64: 1>} {}

// -----

// slice.subnet_macs must be an array<i64>.
// expected-error @+1 {{'slice.subnet_macs' must be an array<i64>}}
module attributes {slice.subnet_macs = 100 : i64} {}

// -----

// slice.subnet_params must be an array<i64>.
// expected-error @+1 {{'slice.subnet_params' must be an array<i64>}}
module attributes {slice.subnet_params = [1, 2]} {}

// -----

// Unknown slice.* attribute.
// expected-error @+1 {{unknown slice attribute 'slice.anytme'}}
module attributes {slice.anytme = #slice.anytime<form = inclusive, subnets = 2>} {}

// -----

// block_sparse: a non-positive channel group.
func.func @block_sparse_group(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{block_sparse channel groups must be positive, got 0}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [8, 0], out = [4, 4], mask = [1, 0, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// block_sparse: mask of the wrong size.
func.func @block_sparse_mask_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{block_sparse mask has 3 entries, expected out x in = 2 x 2}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 4], mask = [1, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// block_sparse: mask entries other than 0 and 1.
func.func @block_sparse_mask_bit(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{block_sparse mask entries must be 0 or 1, got 2}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 4], mask = [1, 0, 2, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.param, slice.get_param
//===----------------------------------------------------------------------===//

// -----

// param with a dynamic shape.
// expected-error @+1 {{'slice.param' op parameter 'w' must have a static shape, got 'tensor<?x4xf32>'}}
slice.param @w : tensor<?x4xf32> init(zeros)

// -----

// param whose stored value has another shape.
// expected-error @+1 {{'slice.param' op stored value of 'b' has type 'tensor<2xf32>', expected 'tensor<4xf32>'}}
slice.param @b : tensor<4xf32> init(zeros) = dense<1.0> : tensor<2xf32>

// -----

// param_slice of a row that does not exist.
func.func @param_slice_row(%p: tensor<2x4xf32>) {
  // expected-error @+1 {{param_slice row 2 is not a row of tensor<2x4xf32>}}
  %0 = slice.param_slice %p {row = 2 : i64, sizes = array<i64: 4>} : tensor<2x4xf32>
  return
}

// -----

// param_slice wider than its input.
func.func @param_slice_sizes(%p: tensor<8x4xf32>) {
  // expected-error @+1 {{param_slice offsets [0, 0] and sizes [8, 5] do not fit inside tensor<8x4xf32>}}
  %0 = slice.param_slice %p {sizes = array<i64: 8, 5>} : tensor<8x4xf32>
  return
}

// -----

// param_slice rows past the end.
func.func @param_slice_offsets(%p: tensor<8x4xf32>) {
  // expected-error @+1 {{param_slice offsets [6, 0] and sizes [4, 4] do not fit inside tensor<8x4xf32>}}
  %0 = slice.param_slice %p {offsets = array<i64: 6, 0>, sizes = array<i64: 4, 4>} : tensor<8x4xf32>
  return
}

// -----

// param_slice sizes for too few dimensions.
func.func @param_slice_rank(%p: tensor<8x4xf32>) {
  // expected-error @+1 {{param_slice sizes [8] must give 2 dimensions}}
  %0 = slice.param_slice %p {sizes = array<i64: 8>} : tensor<8x4xf32>
  return
}

// -----

// param_concat of parameters that differ outside the axis.
func.func @param_concat_shapes(%a: tensor<2x4xf32>, %b: tensor<2x5xf32>) {
  // expected-error @+1 {{param_concat inputs tensor<2x4xf32> and tensor<2x5xf32> differ outside axis 0}}
  %0 = slice.param_concat %a, %b {axis = 0 : i64} : tensor<2x4xf32>, tensor<2x5xf32>
  return
}

// -----

// param_concat along an axis the parameters do not have.
func.func @param_concat_axis(%a: tensor<2x4xf32>) {
  // expected-error @+1 {{param_concat axis 2 is not a dimension of tensor<2x4xf32>}}
  %0 = slice.param_concat %a, %a {axis = 2 : i64} : tensor<2x4xf32>, tensor<2x4xf32>
  return
}

// -----

// get_param of an undefined symbol.
func.func @get_param_unknown() {
  // expected-error @+1 {{'slice.get_param' op 'missing' does not name a slice.param}}
  %0 = slice.get_param @missing : tensor<4xf32>
  return
}

// -----

// get_param with a type other than the declared one.
slice.param @b : tensor<4xf32> init(zeros)
func.func @get_param_type() {
  // expected-error @+1 {{'slice.get_param' op type 'tensor<8xf32>' differs from the declared type 'tensor<4xf32>' of 'b'}}
  %0 = slice.get_param @b : tensor<8xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.conv2d
//===----------------------------------------------------------------------===//

// -----

// conv2d input not NCHW.
func.func @conv_input_rank(%x: tensor<8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d input must have rank 4, got tensor<8x4x4xf32>}}
  %0 = slice.conv2d %x, %w : tensor<8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// conv2d weight not OIHW.
func.func @conv_weight_rank(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8xf32>) {
  // expected-error @+1 {{conv2d weight (OIHW) must have rank 4, got tensor<8x8xf32>}}
  %0 = slice.conv2d %x, %w : tensor<1x8x4x4xf32>, tensor<8x8xf32>
  return
}

// -----

// conv2d weight with a dynamic dimension.
func.func @conv_weight_dynamic(%x: tensor<1x8x4x4xf32>, %w: tensor<?x8x1x1xf32>) {
  // expected-error @+1 {{conv2d weight must have a static shape, got tensor<?x8x1x1xf32>}}
  %0 = slice.conv2d %x, %w : tensor<1x8x4x4xf32>, tensor<?x8x1x1xf32>
  return
}

// -----

// conv2d input with dynamic channels.
func.func @conv_input_channels_dynamic(%x: tensor<1x?x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d input channels must be static}}
  %0 = slice.conv2d %x, %w : tensor<1x?x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// conv2d groups = 0.
func.func @conv_groups_zero(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d groups must be positive, got 0}}
  %0 = slice.conv2d %x, %w {groups = 0 : i64} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// conv2d input channels not divisible by groups.
func.func @conv_groups_cin(%x: tensor<1x6x4x4xf32>, %w: tensor<8x1x1x1xf32>) {
  // expected-error @+1 {{conv2d input channels 6 are not divisible by groups 4}}
  %0 = slice.conv2d %x, %w {groups = 4 : i64} : tensor<1x6x4x4xf32>, tensor<8x1x1x1xf32>
  return
}

// -----

// conv2d output channels not divisible by groups.
func.func @conv_groups_cout(%x: tensor<1x8x4x4xf32>, %w: tensor<6x2x1x1xf32>) {
  // expected-error @+1 {{conv2d output channels 6 are not divisible by groups 4}}
  %0 = slice.conv2d %x, %w {groups = 4 : i64} : tensor<1x8x4x4xf32>, tensor<6x2x1x1xf32>
  return
}

// -----

// conv2d weight expects other input channels.
func.func @conv_weight_cin(%x: tensor<1x8x4x4xf32>, %w: tensor<8x4x1x1xf32>) {
  // expected-error @+1 {{conv2d weight expects 16 input channels (4 per group x 4 groups), input has 8}}
  %0 = slice.conv2d %x, %w {groups = 4 : i64} : tensor<1x8x4x4xf32>, tensor<8x4x1x1xf32>
  return
}

// -----

// conv2d bias of rank 2.
func.func @conv_bias_rank(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>, %b: tensor<8x1xf32>) {
  // expected-error @+1 {{conv2d bias must have rank 1, got tensor<8x1xf32>}}
  %0 = slice.conv2d %x, %w, %b : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>, tensor<8x1xf32>
  return
}

// -----

// conv2d bias of the wrong length.
func.func @conv_bias_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{conv2d bias has 4 entries, expected 8 output channels}}
  %0 = slice.conv2d %x, %w, %b : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>, tensor<4xf32>
  return
}

// -----

// conv2d block_sparse with groups.
func.func @conv_block_sparse_groups(%x: tensor<1x8x4x4xf32>, %w: tensor<8x4x1x1xf32>) {
  // expected-error @+1 {{conv2d block_sparse requires groups = 1, got 2}}
  %0 = slice.conv2d %x, %w {groups = 2 : i64, block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 4], mask = [1, 0, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x4x1x1xf32>
  return
}

// -----

// conv2d block_sparse input groups do not cover the input channels.
func.func @conv_block_sparse_in(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d block_sparse input groups [4, 2] sum to 6, input has 8 channels}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 2], out = [4, 4], mask = [1, 0, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// conv2d block_sparse output groups do not cover the output channels.
func.func @conv_block_sparse_out(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{conv2d block_sparse output groups [4, 8] sum to 12, weight has 8 output channels}}
  %0 = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 8], mask = [1, 0, 1, 1]>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// conv2d strides with three entries.
func.func @conv_strides_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{strides must have 2 entries [sh, sw], got 3}}
  %0 = slice.conv2d %x, %w {strides = array<i64: 1, 1, 1>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// conv2d dilations with one entry.
func.func @conv_dilations_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{dilations must have 2 entries [dh, dw], got 1}}
  %0 = slice.conv2d %x, %w {dilations = array<i64: 2>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// conv2d padding with two entries (it is [top, left, bottom, right]).
func.func @conv_padding_size(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x3x3xf32>) {
  // expected-error @+1 {{padding must have 4 entries [top, left, bottom, right], got 2}}
  %0 = slice.conv2d %x, %w {padding = array<i64: 1, 1>} : tensor<1x8x4x4xf32>, tensor<8x8x3x3xf32>
  return
}

// -----

// conv2d stride 0.
func.func @conv_stride_zero(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x1x1xf32>) {
  // expected-error @+1 {{kernel, strides and dilations must be positive, got 0}}
  %0 = slice.conv2d %x, %w {strides = array<i64: 1, 0>} : tensor<1x8x4x4xf32>, tensor<8x8x1x1xf32>
  return
}

// -----

// conv2d negative padding.
func.func @conv_padding_negative(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x3x3xf32>) {
  // expected-error @+1 {{padding must be non-negative, got -1}}
  %0 = slice.conv2d %x, %w {padding = array<i64: 1, 1, -1, 1>} : tensor<1x8x4x4xf32>, tensor<8x8x3x3xf32>
  return
}

// -----

// conv2d window larger than the padded input.
func.func @conv_window_too_large(%x: tensor<1x8x4x4xf32>, %w: tensor<8x8x3x3xf32>) {
  // expected-error @+1 {{window of extent 5 along width does not fit the padded input of extent 4}}
  %0 = slice.conv2d %x, %w {dilations = array<i64: 1, 2>} : tensor<1x8x4x4xf32>, tensor<8x8x3x3xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.batch_norm
//===----------------------------------------------------------------------===//

// -----

// batch_norm input without a channel dimension.
func.func @bn_input_rank(%x: tensor<16xf32>, %p: tensor<16xf32>) {
  // expected-error @+1 {{batch_norm input needs a channel dimension, got tensor<16xf32>}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<16xf32>, tensor<16xf32>
  return
}

// -----

// batch_norm input with dynamic channels.
func.func @bn_input_channels_dynamic(%x: tensor<2x?xf32>, %p: tensor<16xf32>) {
  // expected-error @+1 {{batch_norm input channels must be static}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x?xf32>, tensor<16xf32>
  return
}

// -----

// batch_norm parameters neither [C] nor [K, C].
func.func @bn_param_rank(%x: tensor<2x16xf32>, %p: tensor<1x2x16xf32>) {
  // expected-error @+1 {{batch_norm parameters must be [C] (shared) or [K, C] (per sub-network), got tensor<1x2x16xf32>}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16xf32>, tensor<1x2x16xf32>
  return
}

// -----

// batch_norm parameters for other channels.
func.func @bn_param_channels(%x: tensor<2x16x4x4xf32>, %p: tensor<8xf32>) {
  // expected-error @+1 {{batch_norm parameters have 8 channels, input has 16}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16x4x4xf32>, tensor<8xf32>
  return
}

// -----

// batch_norm epsilon = 0.
func.func @bn_epsilon(%x: tensor<2x16xf32>, %p: tensor<16xf32>) {
  // expected-error @+1 {{batch_norm epsilon must be positive}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p {epsilon = 0.0 : f64} : tensor<2x16xf32>, tensor<16xf32>
  return
}

// -----

// batch_norm momentum outside [0, 1].
func.func @bn_momentum(%x: tensor<2x16xf32>, %p: tensor<16xf32>) {
  // expected-error @+1 {{batch_norm momentum must be in [0, 1]}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p {momentum = 1.5 : f64} : tensor<2x16xf32>, tensor<16xf32>
  return
}

// -----

// Per-sub-network batch_norm without an anytime description.
func.func @bn_per_subnet_no_anytime(%x: tensor<2x16xf32>, %p: tensor<2x16xf32>) {
  // expected-error @+1 {{'slice.batch_norm' op has 2 per-sub-network parameter sets but the module has no 'slice.anytime' description}}
  %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16xf32>, tensor<2x16xf32>
  return
}

// -----

// Per-sub-network batch_norm in an IS-form module.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @bn_per_subnet_form(%x: tensor<2x16xf32>, %p: tensor<2x16xf32>) {
    // expected-error @+1 {{'slice.batch_norm' op per-sub-network parameters belong to the inclusive form; this module is inclusive_sparse (shared BatchNorm keeps IS sub-features reusable)}}
    %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16xf32>, tensor<2x16xf32>
    return
  }
}

// -----

// Per-sub-network batch_norm with K' != K parameter sets.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>} {
  func.func @bn_per_subnet_count(%x: tensor<2x16xf32>, %p: tensor<2x16xf32>) {
    // expected-error @+1 {{'slice.batch_norm' op has 2 per-sub-network parameter sets, the model has K = 3}}
    %0 = slice.batch_norm %x, %p, %p, %p, %p : tensor<2x16xf32>, tensor<2x16xf32>
    return
  }
}

//===----------------------------------------------------------------------===//
// slice.clip, slice.concat
//===----------------------------------------------------------------------===//

// -----

// clip with min > max.
func.func @clip_min_max(%x: tensor<2x16xf32>) {
  // expected-error @+1 {{'slice.clip' op min 6.000000e+00 exceeds max 5.000000e-01}}
  %0 = slice.clip %x {min = 6.0 : f64, max = 0.5 : f64} : tensor<2x16xf32>
  return
}

// -----

// concat of nothing (generic form: the custom form cannot spell it).
func.func @concat_empty() {
  // expected-error @+2 {{concat needs at least one input}}
  // expected-error @+1 {{'slice.concat' op failed to infer returned types}}
  %0 = "slice.concat"() : () -> tensor<2x16xf32>
  return
}

// -----

// concat of rank-1 tensors.
func.func @concat_rank1(%x: tensor<16xf32>) {
  // expected-error @+1 {{concat inputs need a channel dimension, got tensor<16xf32>}}
  %0 = slice.concat %x, %x : tensor<16xf32>, tensor<16xf32>
  return
}

// -----

// concat of tensors of different ranks.
func.func @concat_rank_mismatch(%x: tensor<2x16xf32>, %y: tensor<2x16x1x1xf32>) {
  // expected-error @+1 {{concat input #1 has rank 4, input #0 has rank 2}}
  %0 = slice.concat %x, %y : tensor<2x16xf32>, tensor<2x16x1x1xf32>
  return
}

// -----

// concat of tensors that differ outside the channel dimension.
func.func @concat_spatial_mismatch(%x: tensor<?x16x8x8xf32>, %y: tensor<?x8x8x4xf32>) {
  // expected-error @+1 {{concat input #1 has 4 in dimension 3, input #0 has 8; only channels (dimension 1) may differ}}
  %0 = slice.concat %x, %y : tensor<?x16x8x8xf32>, tensor<?x8x8x4xf32>
  return
}

// -----

// concat with dynamic channels.
func.func @concat_channels_dynamic(%x: tensor<2x16xf32>, %y: tensor<2x?xf32>) {
  // expected-error @+1 {{concat input channels must be static}}
  %0 = slice.concat %x, %y : tensor<2x16xf32>, tensor<2x?xf32>
  return
}

//===----------------------------------------------------------------------===//
// Pools, flatten, linear
//===----------------------------------------------------------------------===//

// -----

// avg_pool input not NCHW.
func.func @avg_pool_rank(%x: tensor<2x16xf32>) {
  // expected-error @+1 {{avg_pool input must have rank 4, got tensor<2x16xf32>}}
  %0 = slice.avg_pool %x {kernel = array<i64: 2, 2>} : tensor<2x16xf32>
  return
}

// -----

// avg_pool without a kernel.
func.func @avg_pool_no_kernel(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{avg_pool needs a 'kernel' attribute}}
  %0 = slice.avg_pool %x {strides = array<i64: 2, 2>} : tensor<2x16x8x8xf32>
  return
}

// -----

// avg_pool padding as large as the kernel.
func.func @avg_pool_padding(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{avg_pool padding must be smaller than the kernel}}
  %0 = slice.avg_pool %x {kernel = array<i64: 3, 2>, padding = array<i64: 1, 0, 0, 2>} : tensor<2x16x8x8xf32>
  return
}

// -----

// avg_pool kernel with three entries.
func.func @avg_pool_kernel_size(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{kernel must have 2 entries [kh, kw], got 3}}
  %0 = slice.avg_pool %x {kernel = array<i64: 2, 2, 2>} : tensor<2x16x8x8xf32>
  return
}

// -----

// avg_pool window larger than the input.
func.func @avg_pool_window(%x: tensor<2x16x2x8xf32>) {
  // expected-error @+1 {{window of extent 3 along height does not fit the padded input of extent 2}}
  %0 = slice.avg_pool %x {kernel = array<i64: 3, 3>} : tensor<2x16x2x8xf32>
  return
}

// -----

// max_pool input not NCHW.
func.func @max_pool_rank(%x: tensor<2x16x8xf32>) {
  // expected-error @+1 {{max_pool input must have rank 4, got tensor<2x16x8xf32>}}
  %0 = slice.max_pool %x {kernel = array<i64: 2, 2>} : tensor<2x16x8xf32>
  return
}

// -----

// max_pool without a kernel.
func.func @max_pool_no_kernel(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{max_pool needs a 'kernel' attribute}}
  %0 = slice.max_pool %x : tensor<2x16x8x8xf32>
  return
}

// -----

// max_pool with a zero kernel extent.
func.func @max_pool_kernel_zero(%x: tensor<2x16x8x8xf32>) {
  // expected-error @+1 {{kernel, strides and dilations must be positive, got 0}}
  %0 = slice.max_pool %x {kernel = array<i64: 0, 2>} : tensor<2x16x8x8xf32>
  return
}

// -----

// global_avg_pool input not NCHW.
func.func @global_avg_pool_rank(%x: tensor<2x16xf32>) {
  // expected-error @+1 {{global_avg_pool input must have rank 4, got tensor<2x16xf32>}}
  %0 = slice.global_avg_pool %x : tensor<2x16xf32>
  return
}

// -----

// flatten axis past the rank.
func.func @flatten_axis(%x: tensor<2x16x1x1xf32>) {
  // expected-error @+1 {{flatten axis 5 is outside [0, 4]}}
  %0 = slice.flatten %x {axis = 5 : i64} : tensor<2x16x1x1xf32>
  return
}

// -----

// flatten negative axis.
func.func @flatten_axis_negative(%x: tensor<2x16x1x1xf32>) {
  // expected-error @+1 {{flatten axis -1 is outside [0, 4]}}
  %0 = slice.flatten %x {axis = -1 : i64} : tensor<2x16x1x1xf32>
  return
}

// -----

// linear input not N x in.
func.func @linear_input_rank(%x: tensor<2x16x1x1xf32>, %w: tensor<10x16xf32>) {
  // expected-error @+1 {{linear input must have rank 2, got tensor<2x16x1x1xf32>}}
  %0 = slice.linear %x, %w : tensor<2x16x1x1xf32>, tensor<10x16xf32>
  return
}

// -----

// linear weight not out x in.
func.func @linear_weight_rank(%x: tensor<2x16xf32>, %w: tensor<16xf32>) {
  // expected-error @+1 {{linear weight (out x in) must have rank 2, got tensor<16xf32>}}
  %0 = slice.linear %x, %w : tensor<2x16xf32>, tensor<16xf32>
  return
}

// -----

// linear weight for other input features.
func.func @linear_features(%x: tensor<?x16xf32>, %w: tensor<10x8xf32>) {
  // expected-error @+1 {{linear weight expects 8 input features, input has 16}}
  %0 = slice.linear %x, %w : tensor<?x16xf32>, tensor<10x8xf32>
  return
}

// -----

// linear bias of rank 2.
func.func @linear_bias_rank(%x: tensor<?x16xf32>, %w: tensor<10x16xf32>, %b: tensor<1x10xf32>) {
  // expected-error @+1 {{linear bias must have rank 1, got tensor<1x10xf32>}}
  %0 = slice.linear %x, %w, %b : tensor<?x16xf32>, tensor<10x16xf32>, tensor<1x10xf32>
  return
}

// -----

// linear bias of the wrong length.
func.func @linear_bias_size(%x: tensor<?x16xf32>, %w: tensor<10x16xf32>, %b: tensor<16xf32>) {
  // expected-error @+1 {{linear bias has 16 entries, expected 10 output features}}
  %0 = slice.linear %x, %w, %b : tensor<?x16xf32>, tensor<10x16xf32>, tensor<16xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.pad_channels, slice.channel_slice
//===----------------------------------------------------------------------===//

// -----

// pad_channels of a tensor with dynamic channels.
func.func @pad_channels_dynamic(%x: tensor<2x?x4x4xf32>) {
  // expected-error @+1 {{pad_channels input needs a static channel dimension}}
  %0 = slice.pad_channels %x {pads = array<i64: 4>} : tensor<2x?x4x4xf32>
  return
}

// -----

// pad_channels without pads.
func.func @pad_channels_no_pads(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels needs a 'pads' attribute}}
  %0 = slice.pad_channels %x {groups = array<i64: 8>} : tensor<2x8x4x4xf32>
  return
}

// -----

// pad_channels with one pad per group missing.
func.func @pad_channels_pads_count(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels has 1 pads for 2 channel groups}}
  %0 = slice.pad_channels %x {groups = array<i64: 4, 4>, pads = array<i64: 4>} : tensor<2x8x4x4xf32>
  return
}

// -----

// pad_channels with an empty group.
func.func @pad_channels_group_zero(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels groups must be positive, got [8, 0]}}
  %0 = slice.pad_channels %x {groups = array<i64: 8, 0>, pads = array<i64: 4, 4>} : tensor<2x8x4x4xf32>
  return
}

// -----

// pad_channels with a negative pad.
func.func @pad_channels_pad_negative(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels pads must be non-negative, got [4, -4]}}
  %0 = slice.pad_channels %x {groups = array<i64: 4, 4>, pads = array<i64: 4, -4>} : tensor<2x8x4x4xf32>
  return
}

// -----

// pad_channels groups that do not cover the input channels.
func.func @pad_channels_groups_sum(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{pad_channels groups [4, 2] sum to 6, input has 8 channels}}
  %0 = slice.pad_channels %x {groups = array<i64: 4, 2>, pads = array<i64: 4, 4>} : tensor<2x8x4x4xf32>
  return
}

// -----

// channel_slice of a rank-1 tensor.
func.func @channel_slice_rank(%x: tensor<8xf32>) {
  // expected-error @+1 {{channel_slice input needs a static channel dimension}}
  %0 = slice.channel_slice %x {offset = 0 : i64, size = 4 : i64} : tensor<8xf32>
  return
}

// -----

// channel_slice without size.
func.func @channel_slice_no_size(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{channel_slice needs 'offset' and 'size' attributes}}
  %0 = slice.channel_slice %x {offset = 0 : i64} : tensor<2x8xf32>
  return
}

// -----

// channel_slice past the last channel.
func.func @channel_slice_bounds(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{channel_slice [4, 12) is not inside the 8 input channels}}
  %0 = slice.channel_slice %x {offset = 4 : i64, size = 8 : i64} : tensor<2x8xf32>
  return
}

// -----

// channel_slice of no channels.
func.func @channel_slice_empty(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{channel_slice [2, 2) is not inside the 8 input channels}}
  %0 = slice.channel_slice %x {offset = 2 : i64, size = 0 : i64} : tensor<2x8xf32>
  return
}

//===----------------------------------------------------------------------===//
// slice.block
//===----------------------------------------------------------------------===//

// -----

// block branch without a body.
func.func @block_branch_empty(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{branch #0 is empty}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  }
  return
}

// -----

// A branch that lost its `^bb0(...)` header names `%in`; MLIR's parser
// resolves it against a later branch's argument. It is an error at the use.
func.func @block_branch_uses_sibling(%x: tensor<2x8xf32>) {
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
    // expected-error @+1 {{branch #1 uses a value defined in branch #2; a branch reads only its own entry block arguments (did a branch lose its `^bb0(...)` header?)}}
    %r = slice.relu %in : tensor<2x8xf32>
    slice.yield %r : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

// -----

// The same, followed by a parse error in a later branch: the regions parsed
// so far are freed with their uses of each other dropped (the generated
// parser freed branch #2's argument while branch #1 still used it: heap
// corruption, an abort in the next split).
func.func @block_parse_error_after_sibling_use(%x: tensor<2x8xf32>) {
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
    %r = slice.relu %in : tensor<2x8xf32>
    slice.yield %r : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
  // expected-note @+1 {{prior use here}}
  ^bb0(%in: tensor<2x8xf32>):
    // expected-error @+1 {{use of value '%in' expects different type than prior uses: 'tensor<2x9xf32>' vs 'tensor<2x8xf32>'}}
    %r = slice.relu %in : tensor<2x9xf32>
    slice.yield %r : tensor<2x8xf32>
  }
  return
}

// -----

// block branch ending in another terminator.
func.func @block_branch_terminator(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{branch #1 must end in slice.yield}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    func.return %in : tensor<2x8xf32>
  }
  return
}

// -----

// block branch yielding two values.
func.func @block_branch_yield_count(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{branch #0 must yield exactly one tensor, yields 2}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in, %in : tensor<2x8xf32>, tensor<2x8xf32>
  }
  return
}

// -----

// block branch yielding nothing.
func.func @block_branch_yield_none(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{branch #0 must yield exactly one tensor, yields 0}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    "slice.yield"() : () -> ()
  }
  return
}

// -----

// block with neither branches nor residual (generic form).
func.func @block_nothing() {
  // expected-error @+2 {{block needs at least one branch or a residual}}
  // expected-error @+1 {{'slice.block' op failed to infer returned types}}
  %0 = "slice.block"() <{aggregation = 0 : i32, operandSegmentSizes = array<i32: 0, 0>}> : () -> tensor<2x8xf32>
  return
}

// -----

// concat block whose branches differ outside the channels.
func.func @block_concat_mismatch(%x: tensor<2x8x4x4xf32>) {
  // expected-error @+1 {{concat block input #1 has 2 in dimension 2, input #0 has 4; only channels (dimension 1) may differ}}
  %0 = slice.block concat (%x : tensor<2x8x4x4xf32>) residual(%x : tensor<2x8x4x4xf32>) {
  ^bb0(%in: tensor<2x8x4x4xf32>):
    %p = slice.max_pool %in {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<2x8x4x4xf32>
    slice.yield %p : tensor<2x8x2x2xf32>
  }
  return
}

// -----

// block branch whose arguments are not the block inputs.
func.func @block_branch_args(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op branch #0 takes ('tensor<2x4xf32>'), the block inputs are ('tensor<2x8xf32>')}}
  %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x4xf32>):
    %c = slice.concat %in, %in : tensor<2x4xf32>, tensor<2x4xf32>
    slice.yield %c : tensor<2x8xf32>
  }
  return
}

// -----

// add block branch with a type other than the result.
func.func @block_add_mismatch(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op branch #1 yields 'tensor<2x4xf32>', an add block needs 'tensor<2x8xf32>'}}
  %0 = slice.block add (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
    slice.yield %s : tensor<2x4xf32>
  }
  return
}

// -----

// block both inclusive and inclusive-sparse.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 1>} {
  func.func @block_both_forms(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op a block is either inclusive (subnet_branches) or inclusive-sparse (partition), not both}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1>, partition = array<i64: 8>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// subnet_branches without an inclusive module.
func.func @block_subnet_branches_no_anytime(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op subnet_branches belong to a module in the inclusive form ('slice.anytime' with form = inclusive)}}
  %0 = slice.block add (%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1>} {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

// -----

// subnet_branches with K' != K entries.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_subnet_branches_count(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op subnet_branches has 3 entries, the model has K = 2}}
    %0 = slice.block add (%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1, 1, 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// subnet_branches decreasing.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 3>} {
  func.func @block_subnet_branches_order(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op subnet_branches [2, 1, 2] must be positive and non-decreasing (sub-network 2 has 1)}}
    %0 = slice.block add (%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 2, 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// subnet_branches where sub-network K skips branches.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_subnet_branches_last(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op sub-network K runs 1 branches, the block has 2}}
    %0 = slice.block add (%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1, 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// partition without branch_groups.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_partition_alone(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition and branch_groups go together}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// partition in an I-form module.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_partition_form(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op a channel partition does not belong to the inclusive form}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// partition with K' != K groups.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 3>} {
  func.func @block_partition_count(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition has 2 channel groups, the model has K = 3}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// A concat block's group with fewer channels than its branches yield.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_concat_group_too_small(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op group 1 of partition [2, 6] has 2 channels, fewer than the 4 its branches yield}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) attributes {partition = array<i64: 2, 6>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// A concat block's group with room for residual channels it does not have.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_concat_missing_residual(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op group 1 of partition [6, 2] leaves 2 channels to the residual, but the block has none}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) attributes {partition = array<i64: 6, 2>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// A grouped concat block whose partition does not cover its result.
func.func @block_concat_partition_sum(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op partition [4, 2] sums to 6, the block has 16 output channels}}
  %0 = slice.block concat (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 2>, branch_groups = array<i64: 1>} {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

// -----

// IS-form concat block with K' != K groups.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_concat_partition_count(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition has 3 channel groups, the model has K = 2}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4, 8>, branch_groups = array<i64: 3>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// A concat block's branch_groups out of order.
func.func @block_concat_branch_groups_order(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.block' op branch_groups [2, 1] must be non-decreasing in [1, 2] (branch #1 has 1)}}
  %0 = slice.block concat (%x : tensor<2x8xf32>) attributes {partition = array<i64: 8, 8>, branch_groups = array<i64: 2, 1>} {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }, {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

// -----

// An I-form concat block needs its grouped layout.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_concat_inclusive_plain(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op an inclusive concat block needs partition and branch_groups (its grouped layout)}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// A grouped concat block of the I form needs subnet_branches.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_concat_inclusive_no_counts(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op a grouped concat block of the inclusive form needs subnet_branches}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) attributes {partition = array<i64: 8, 8>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// I form: group k must hold the branches sub-network k adds.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @block_concat_inclusive_groups(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op branch_groups [1, 1] must follow subnet_branches [1, 2]: branch #1 first runs in sub-network 2}}
    %0 = slice.block concat (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {subnet_branches = array<i64: 1, 2>, partition = array<i64: 16, 8>, branch_groups = array<i64: 1, 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// partition with an empty group.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_partition_empty_group(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition [8, 0] must have positive group sizes}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 8, 0>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// partition that does not cover the output channels.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_partition_sum(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op partition [4, 2] sums to 6, the block has 8 output channels}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 2>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// branch_groups with a missing entry.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_branch_groups_count(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op branch_groups has 1 entries for 2 branches}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// branch_groups decreasing.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_branch_groups_order(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op branch_groups [2, 1] must be non-decreasing in [1, 2] (branch #1 has 1)}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 2, 1>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// branch_groups naming a group past K.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_branch_groups_range(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op branch_groups [3] must be non-decreasing in [1, 2] (branch #0 has 3)}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 3>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 4 : i64, size = 4 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x4xf32>
    }
    return
  }
}

// -----

// IS-form branch yielding more than its group's channels.
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  func.func @block_branch_group_type(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.block' op branch #1 feeds channel group 2 and must yield 'tensor<2x2xf32>', yields 'tensor<2x8xf32>'}}
    %0 = slice.block add (%x : tensor<2x8xf32>) residual(%x : tensor<2x8xf32>) attributes {partition = array<i64: 6, 2>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x8xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 6 : i64} : tensor<2x8xf32>
      slice.yield %s : tensor<2x6xf32>
    }, {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

// IS-form block whose branch yields no channel dimension (generic form).
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 1>} {
  func.func @block_partition_rank(%x: tensor<8xf32>) {
    // expected-error @+2 {{block branch #0 yields no channel dimension}}
    // expected-error @+1 {{'slice.block' op failed to infer returned types}}
    %0 = "slice.block"(%x) <{aggregation = 0 : i32, operandSegmentSizes = array<i32: 1, 0>, partition = array<i64: 8>, branch_groups = array<i64: 1>}> ({
    ^bb0(%in: tensor<8xf32>):
      "slice.yield"(%in) : (tensor<8xf32>) -> ()
    }) : (tensor<8xf32>) -> tensor<8xf32>
    return
  }
}

//===----------------------------------------------------------------------===//
// slice.head
//===----------------------------------------------------------------------===//

// -----

// head body without a block.
func.func @head_empty(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{head body is empty}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
  }
  return
}

// -----

// head body ending in another terminator.
func.func @head_terminator(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{head body must end in slice.yield}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    func.return %in : tensor<2x8xf32>
  }
  return
}

// -----

// head body yielding two values.
func.func @head_yield_count(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{head body must yield exactly one tensor, yields 2}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in, %in : tensor<2x8xf32>, tensor<2x8xf32>
  }
  return
}

// -----

// head body taking another type than the input.
func.func @head_body_arg(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.head' op body must take one argument of the input type 'tensor<2x8xf32>'}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<?x8xf32>):
    slice.yield %in : tensor<?x8xf32>
  }
  return
}

// -----

// head body taking no argument.
func.func @head_body_no_arg(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.head' op body must take one argument of the input type 'tensor<2x8xf32>'}}
  %0 = slice.head subnet 1 level 1 (%x : tensor<2x8xf32>) {
    %c = arith.constant dense<0.0> : tensor<2x8xf32>
    slice.yield %c : tensor<2x8xf32>
  }
  return
}

// -----

// head for sub-network 2 without an anytime description.
func.func @head_subnet_no_anytime(%x: tensor<2x8xf32>) {
  // expected-error @+1 {{'slice.head' op subnet 2 is outside [1, 1] (no 'slice.anytime' on the module: K = 1)}}
  %0 = slice.head subnet 2 level 1 (%x : tensor<2x8xf32>) {
  ^bb0(%in: tensor<2x8xf32>):
    slice.yield %in : tensor<2x8xf32>
  }
  return
}

// -----

// head for sub-network 0.
module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  func.func @head_subnet_range(%x: tensor<2x8xf32>) {
    // expected-error @+1 {{'slice.head' op subnet 0 is outside [1, 2]}}
    %0 = slice.head subnet 0 level 1 (%x : tensor<2x8xf32>) {
    ^bb0(%in: tensor<2x8xf32>):
      slice.yield %in : tensor<2x8xf32>
    }
    return
  }
}

// -----

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

// -----

// Inference runs before operand types are verified: unranked inputs get a
// diagnostic, not a crash.
func.func @concat_unranked(%a: tensor<*xf32>) {
  // expected-error @+1 {{concat input #0 must be a ranked tensor, got tensor<*xf32>}}
  %0 = slice.concat %a : tensor<*xf32>
  return
}

// -----

func.func @concat_block_non_tensor(%x: i32) {
  // expected-error @+1 {{branch #0 must yield a ranked tensor}}
  %0 = slice.block concat (%x : i32) {
  ^bb0(%in: i32):
    slice.yield %in : i32
  }
  return
}

// -----

module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 1>} {
  func.func @partition_rank1(%r: tensor<4xf32>) {
    // expected-error @+1 {{a channel partition needs a result with channels, got 'tensor<4xf32>'}}
    %0 = "slice.block"(%r) <{aggregation = 0 : i32, operandSegmentSizes = array<i32: 0, 1>, partition = array<i64: 4>, branch_groups = array<i64>}> : (tensor<4xf32>) -> tensor<4xf32>
    return
  }
}

// -----

// expected-error @+1 {{stored value of 'b' has type 'vector<4xf32>', expected 'tensor<4xf32>'}}
slice.param @b : tensor<4xf32> init(zeros) = dense<1.0> : vector<4xf32>

// -----

// expected-error @+1 {{'slice.taxonomy' op has 2 levels of names but 0 parent maps (expected 1)}}
slice.taxonomy {names = [["a", "b"], ["x"]], parents = []}

// -----

// expected-error @+1 {{'slice.taxonomy' op level 2 has 2 labels, not fewer than level 1}}
slice.taxonomy {names = [["a", "b"], ["x", "y"]], parents = [array<i64: 0, 1>]}

// -----

// expected-error @+1 {{'slice.taxonomy' op parents[0] has 3, outside the 2 labels of level 2}}
slice.taxonomy {names = [["a", "b", "c"], ["x", "y"]], parents = [array<i64: 0, 1, 3>]}

// -----

// expected-error @+1 {{'slice.taxonomy' op a label of level 2 has no label of level 1 below it}}
slice.taxonomy {names = [["a", "b", "c"], ["x", "y"]], parents = [array<i64: 0, 0, 0>]}

// -----

// expected-error @+1 {{'slice.taxonomy' op parents[0] must map the 3 labels of level 1 (array<i64>)}}
slice.taxonomy {names = [["a", "b", "c"], ["x", "y"]], parents = [array<i64: 0, 1>]}

// -----

// expected-error @+1 {{'slice.taxonomy' op level 1 must be a non-empty list of strings}}
slice.taxonomy {names = [[1, 2]], parents = []}

// -----

module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1, levels = 3>} {
  // expected-error @+1 {{'slice.taxonomy' op has 2 levels, the model's slice.anytime says 3}}
  slice.taxonomy {names = [["a", "b"], ["x"]], parents = [array<i64: 0, 0>]}
}

// -----

// slice.held_out: the images training held out (count, held out, seed).
// expected-error @+1 {{'slice.held_out' must be array<i64: count, held out, seed> on the module}}
module attributes {slice.held_out = array<i64: 100, 10>} {
}

// -----

// expected-error @+1 {{'slice.held_out' holds out 200 of 100 images}}
module attributes {slice.held_out = array<i64: 100, 200, 0>} {
}
