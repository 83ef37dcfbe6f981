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

enum class OpKind {
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
  Block,
  Head,
};

struct Instr;

/// A sequence of ops over numbered values; `args` are bound by the caller.
struct Region {
  std::vector<int> args;
  std::vector<Instr> body;
  std::vector<int> results;
};

struct Instr {
  OpKind kind = OpKind::Relu;
  /// Where the op came from (layer name or file:line), for errors.
  std::string location;
  int result = -1;
  std::vector<int> operands;
  /// Indices into Program::params; -1 for an absent optional (conv bias).
  std::vector<int> params;

  // conv2d, pools
  std::vector<int64_t> kernel, strides, padding, dilations;
  int64_t groups = 1;
  bool ceilMode = false, countIncludePad = true;
  std::vector<int64_t> sparseIn, sparseOut, sparseMask;
  // batch_norm
  double epsilon = 1e-5, momentum = 0.1;
  bool perSubnet = false;
  // clip
  double min = 0, max = 0;
  // flatten
  int64_t axis = 1;
  // pad_channels, channel_slice
  std::vector<int64_t> padGroups, pads;
  int64_t offset = 0, size = 0;
  // block
  bool concat = false;
  int residual = -1;
  std::vector<Region> branches;
  std::vector<int64_t> subnetBranches, partition, branchGroups;
  // concat block layout: residual channels per group (r_g; one group when
  // the block has no partition) and every branch's width.
  std::vector<int64_t> residualGroups, branchWidths;
  // head
  int64_t subnet = 1, level = 1;
};

struct OutputInfo {
  int64_t subnet = 1, level = 1, classes = 0;
  /// The output's name (the dialect's outputName: "logits", "logits.k2",
  /// ...), for files and reports.
  std::string name;
};

struct Program {
  std::string name;
  Form form = Form::Plain;
  int64_t subnets = 1, levels = 1;
  std::vector<ParamSpec> params;
  /// args = {image}; results = the model's outputs.
  Region main;
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
