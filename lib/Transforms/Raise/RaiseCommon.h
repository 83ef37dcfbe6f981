//===- RaiseCommon.h - shared state and helpers of raiseBranches *- C++ -*-===//
//
// Internal to lib/Transforms/Raise. One Raiser walks the model function's
// top-level ops; each file implements the patterns of one kind:
//   Raise.cpp     options, the order of the patterns, remarks and summary
//   Chain.cpp     chains of layers cut into branches (residual, grouped,
//                 mlp); chains without a residual sum
//   Residual.cpp  adds whose one operand ends a chain
//   Grouped.cpp   chains around a grouped convolution
//   Mlp.cpp       linear-act-linear chains
//   Concat.cpp    parallel paths from one input
//   Dense.cpp     DenseNet layers concat(x, F(x)) and their concatenations
//   Head.cpp      the classifier tail of each result
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_LIB_TRANSFORMS_RAISE_RAISECOMMON_H
#define SLICE_LIB_TRANSFORMS_RAISE_RAISECOMMON_H

#include "slice/Dialect/Model.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Transforms/Raise.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringMap.h"

#include <optional>
#include <string>

namespace mlir::slice::raise {

/// The pattern kinds, in the order of the summary.
inline constexpr StringLiteral kPatterns[] = {"residual", "grouped", "mlp",
                                              "concat",   "dense",   "head"};

inline bool isLayer(Operation *op) { return isa<LayerOpInterface>(op); }
/// BatchNorm, ReLU, clip: what may sit between a branch's layers.
inline bool isPerChannel(Operation *op) {
  return isPointwise(op) && getChannelWiseInput(op);
}

inline Value weightOf(Operation *layer) {
  return cast<LayerOpInterface>(layer).getWeight();
}

inline Value biasOf(Operation *layer) {
  return cast<LayerOpInterface>(layer).getBias();
}

inline int64_t groupsOf(Operation *layer) {
  auto conv = dyn_cast<Conv2dOp>(layer);
  return conv ? static_cast<int64_t>(conv.getGroups()) : 1;
}

inline bool isDense(Operation *layer) {
  auto conv = dyn_cast<Conv2dOp>(layer);
  return !conv || (conv.getGroups() == 1 && !conv.getBlockSparseAttr());
}

inline int64_t outWidth(Operation *layer) {
  return channelCount(layer->getResult(0));
}

/// The op's name in quotes, for remarks.
inline std::string quoted(Operation *op) {
  return ("'" + op->getName().getStringRef() + "'").str();
}

/// A read of `param` at the builder's insertion point.
GetParamOp readParam(OpBuilder &b, Location loc, ParamOp param);

/// Moves `ops` (program order) to the end of `entry`: reads of `input`
/// become the entry's argument, parameter reads are re-issued inside.
void moveInto(ArrayRef<Operation *> ops, Block *entry, Value input);

/// Layers joined by per-channel ops, each value read once by the next op:
/// the body a block's branches are cut from.
struct Chain {
  SmallVector<Operation *> ops; // program order
  SmallVector<Operation *> layers;
  Value input;
  /// What the walk back stopped at, for remarks.
  std::string stop;
};

/// How many branches a chain splits into, and why (for the remark), or the
/// error that keeps it flat.
struct Split {
  int64_t branches = 0;
  std::string how, error;
};

/// Walks back from the layer `last` through single-use layers and
/// per-channel ops.
Chain walkBack(Operation *last);

/// Cuts the chain to start at its last dense layer before the final one
/// (layers in front of a dense one cannot be split with it: they stay
/// shared, in front of the block). Returns why it cannot be a block, or "".
std::string trim(Chain &chain);

/// Whether a middle layer of `chain` is a grouped or depthwise convolution.
bool hasAnyGroupedMiddle(const Chain &chain);

/// Erases the ops of `chain` once a block computes what they did.
void eraseChain(const Chain &chain);

/// Consecutive concat operands computed in one region: its ops, and the
/// values outside it they read.
struct PathGroup {
  SmallVector<Value> ends;
  SmallVector<Operation *> ops;
  llvm::SetVector<Value> sources;

  void findSources();
};

/// The raising of one model function; see raiseBranches.
class Raiser {
public:
  Raiser(ModuleOp module, func::FuncOp func, const RaiseOptions &options)
      : module(module), func(func), body(&func.getBody().front()),
        options(options) {}

  /// Raises the function's top-level ops in the order the file comment of
  /// Raise.cpp gives, then remarks a summary at the function.
  LogicalResult run();

private:
  // Raise.cpp
  bool enabled(StringRef pattern) const;
  int64_t raisedBlocks() const;
  void leaveFlat(Location loc, StringRef what, const Twine &why);

  // Chain.cpp
  BlockOp buildBlock(const Chain &chain, int64_t branches, OpBuilder &b,
                     Location loc, Value residual);
  Value identityNorm(OpBuilder &b, Location loc, Value x, Operation *last);
  std::optional<Split> prepare(Chain &chain, Location loc, StringRef kind,
                               BatchNormOp norm);
  std::string connect(BlockOp block, const Chain &chain, BatchNormOp norm,
                      OpBuilder &b);
  void raiseChainEnd(Operation *last);
  /// Makes `chain` a block of `kind` (followed by `norm`, if any), or
  /// remarks why it stays flat.
  void raiseChain(Chain &chain, StringRef kind, BatchNormOp norm);

  // Residual.cpp
  void raiseResidual(AddOp add);

  // Grouped.cpp
  void raiseGrouped(Chain &chain, BatchNormOp norm);

  // Mlp.cpp
  void raiseMlp(Chain &chain, Value end, BatchNormOp norm);

  // Concat.cpp
  void growBackwards(SmallVector<Operation *> &ops, Operation *sink,
                     ValueRange ends);
  SmallVector<Operation *> pathOf(Value end, Operation *sink);
  void mergeSharedPaths(SmallVector<PathGroup> &groups, Operation *sink);
  std::optional<ConcatLayout> takePassThrough(SmallVector<PathGroup> &groups,
                                              Value &residual);
  void raiseConcat(ConcatOp concat);

  // Dense.cpp
  void reassociateConcats();
  BlockOp splitDenseLayer(OpBuilder &b, ConcatOp concat, Value x,
                          const PathGroup &path);

  // Head.cpp
  void raiseHead(unsigned index);

  ModuleOp module;
  func::FuncOp func;
  /// The function's body, whose top-level ops are raised.
  Block *body;
  const RaiseOptions &options;
  /// The last branch slice made of each parameter, so slices stay in
  /// branch order.
  llvm::DenseMap<Operation *, ParamOp> lastSlice;
  /// Concat blocks whose pass-through path became the residual: where
  /// their parts lay before.
  llvm::DenseMap<Operation *, ConcatLayout> reorderedConcats;
  /// Raised blocks and heads per kind.
  llvm::StringMap<int64_t> counts;
  int64_t leftFlat = 0;
  int64_t reassociated = 0;
};

} // namespace mlir::slice::raise

#endif // SLICE_LIB_TRANSFORMS_RAISE_RAISECOMMON_H
