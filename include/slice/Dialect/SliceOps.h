//===- SliceOps.h - slice operations ----------------------------*- C++ -*-===//
#ifndef SLICE_DIALECT_SLICEOPS_H
#define SLICE_DIALECT_SLICEOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "slice/Dialect/SliceDialect.h"

namespace mlir::slice {
/// Channels [begin, end) of a feature (dimension 1).
struct ChannelRange {
  int64_t begin = 0, end = 0;
  bool empty() const { return end <= begin; }
  int64_t size() const { return empty() ? 0 : end - begin; }
  bool operator==(const ChannelRange &o) const {
    return begin == o.begin && end == o.end;
  }
};

/// Where the parts of a concat block's result lie (`BlockOp::getConcatLayout`).
/// Without a partition there is one group: the residual, then every branch
/// in order. With `partition` / `branch_groups` the result is laid out group
/// by group: the residual's share of group g (r_g channels, taken from the
/// residual in order), then the branches of group g in order.
struct ConcatLayout {
  /// Per group: its first result channel, its residual channels r_g, and
  /// the residual channel they start at.
  llvm::SmallVector<int64_t> groupStart, residualWidth, residualStart;
  /// Per branch: its first result channel and its width.
  llvm::SmallVector<int64_t> branchStart, branchWidth;

  size_t numGroups() const { return groupStart.size(); }
  /// The result channel holding residual channel `c`.
  int64_t residualPosition(int64_t c) const;
  /// How many leading residual channels lie within the first `d` result
  /// channels (they are always a prefix of the residual).
  int64_t residualWithin(int64_t d) const;
};
} // namespace mlir::slice

namespace mlir::OpTrait::slice {
/// Each result element reads the input elements at its own position (and
/// per-channel parameters); see SliceInterfaces.td.
template <typename ConcreteType>
class Pointwise : public TraitBase<ConcreteType, Pointwise> {};
} // namespace mlir::OpTrait::slice

#include "slice/Dialect/SliceInterfaces.h.inc"

namespace mlir::slice {
/// The feature an op hands on channel by channel: the single feature
/// operand of a channel-wise op (ReLU, clip, BatchNorm, pools), else null.
inline Value getChannelWiseInput(Operation *op) {
  auto channelWise = dyn_cast<ChannelWiseOpInterface>(op);
  return channelWise ? channelWise.getSingleFeature() : Value();
}

/// Whether `op` is pointwise (ReLU, clip, add, BatchNorm).
inline bool isPointwise(Operation *op) {
  return op->hasTrait<OpTrait::slice::Pointwise>();
}
} // namespace mlir::slice

#define GET_OP_CLASSES
#include "slice/Dialect/SliceOps.h.inc"

#endif // SLICE_DIALECT_SLICEOPS_H
