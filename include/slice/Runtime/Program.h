//===- Program.h - a slice model as plain data for the runtime --*- C++ -*-===//
//
// The bridge between the MLIR side (no exceptions) and the LibTorch side
// (exceptions): a model's parameters and ops as plain C++ data. Neither MLIR
// nor LibTorch headers are needed to include this file.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_RUNTIME_PROGRAM_H
#define SLICE_RUNTIME_PROGRAM_H

#include <cstdint>
#include <string>
#include <vector>

namespace slice::rt {

enum class Init { Msra, Zeros, Ones, Normal, Uniform };
enum class Form { Plain, Inclusive, InclusiveSparse, Shallow };

struct ParamSpec {
  std::string name;
  std::vector<int64_t> shape;
  Init init = Init::Zeros;
  /// Not trained by gradient (BatchNorm running statistics).
  bool buffer = false;
  /// Stored value (row-major); empty when created from `init`.
  std::vector<float> value;
};

/// The ops of a flat model (blocks and heads are flattened by the compiler
/// before a program is built; see slice/Lowering/FlatModel.h).
enum class OpKind {
  GetParam,
  ParamSlice,
  ParamConcat,
  Conv,
  BatchNorm,
  Relu,
  Clip,
  Add,
  Concat,
  AvgPool,
  MaxPool,
  GlobalAvgPool,
  Flatten,
  Linear,
  PadChannels,
  ChannelSlice,
};

struct Instr {
  OpKind kind = OpKind::Relu;
  /// Where the op came from (layer name or file:line), for errors.
  std::string location;
  int result = -1;
  /// Value ids; -1 for an absent optional operand (a conv's bias). Weights
  /// and BatchNorm parameters are values too (GetParam, ParamSlice,
  /// ParamConcat results).
  std::vector<int> operands;
  // get_param: index into Program::params
  int param = -1;
  // param_slice: row of dimension 0 (-1: none), then a box
  int64_t row = -1;
  std::vector<int64_t> offsets, sizes;
  // conv2d, pools
  std::vector<int64_t> kernel, strides, padding, dilations;
  int64_t groups = 1;
  bool ceilMode = false, countIncludePad = true;
  std::vector<int64_t> sparseIn, sparseOut, sparseMask;
  // batch_norm
  double epsilon = 1e-5, momentum = 0.1;
  // clip
  double min = 0, max = 0;
  // flatten, param_concat
  int64_t axis = 1;
  // pad_channels, channel_slice
  std::vector<int64_t> padGroups, pads;
  int64_t offset = 0, size = 0;
};

/// One forward pass: ops over numbered values, from its inputs (the image
/// first; an anytime step's state after it) to its results.
struct Pass {
  std::vector<int> inputs;
  std::vector<Instr> body;
  std::vector<int> results;
};

/// Step k of anytime growth (buildAnytimeSteps): from the image and the
/// state earlier steps left, sub-network k's outputs and the new state.
struct Step {
  /// Results: the step's outputs, then its state; inputs: the image, then
  /// the state it reads.
  Pass pass;
  /// The Program::outputs its first results are.
  std::vector<int> outputs;
  /// State ids (shared by all steps) of the pass's state inputs and of its
  /// state results.
  std::vector<int> stateIn, stateOut;
  /// Multiply-adds per image the step computes, and those only its own
  /// answer needs (growing to K computes sub-network K's plus the earlier
  /// steps' head MACs).
  int64_t macs = 0, headMacs = 0;
};

struct OutputInfo {
  int64_t subnet = 1, level = 1, classes = 0;
  /// The output's name (the dialect's outputName: "logits", "logits.k2",
  /// ...), for files and reports.
  std::string name;
  /// Computed by `passes[pass]` as its result number `result`.
  int pass = 0, result = 0;
};

struct Program {
  std::string name;
  Form form = Form::Plain;
  int64_t subnets = 1, levels = 1;
  std::vector<ParamSpec> params;
  /// The I form: K passes, pass k-1 computing sub-network k's outputs;
  /// other forms: one pass computing every output.
  std::vector<Pass> passes;
  /// Anytime growth, when built with ProgramOptions::steps: K steps.
  std::vector<Step> steps;
  std::vector<OutputInfo> outputs;
  int numValues = 0;
  /// Input image shape without the batch: C, H, W.
  std::vector<int64_t> inputShape;
  /// Multiply-adds per image of each sub-network k = 1..K.
  std::vector<int64_t> subnetMacs, subnetParams;
  /// Label levels (slice.taxonomy): names per level, and the parent of
  /// every label of level d in level d+1. Empty for a single level.
  std::vector<std::vector<std::string>> labelNames;
  std::vector<std::vector<int64_t>> labelParents;
  /// Per-channel input normalisation the model was trained with (empty for
  /// an untrained model).
  std::vector<float> inputMean, inputStd;
};

} // namespace slice::rt

#endif // SLICE_RUNTIME_PROGRAM_H
