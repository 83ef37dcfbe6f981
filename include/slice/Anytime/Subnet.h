//===- Subnet.h - sub-network k of an anytime model -------------*- C++ -*-===//
//
// The one specialisation "sub-network k runs" that --extract-subnet, the
// per-sub-network FLOPs, the runtime and the GPU lowering share.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_ANYTIME_SUBNET_H
#define SLICE_ANYTIME_SUBNET_H

#include "slice/Dialect/Model.h"
#include "slice/Dialect/SliceOps.h"

#include "mlir/IR/OwningOpRef.h"

namespace mlir::slice {

/// How a sub-network reads the parts of the model's parameters it uses.
enum class SubnetParams {
  /// New parameters holding the parts (sliced stored values): a standalone
  /// model, as --extract-subnet writes.
  Copies,
  /// Views of the model's own parameters (`slice.param_slice`): what
  /// sub-network k trains and updates in place (the I form's passes).
  Views,
};

/// Rewrites `module` in place into sub-network `k` of its anytime form as a
/// plain model: branches sub-network k does not run are removed, per
/// sub-network BatchNorm parameters become row k, heads of other
/// sub-networks are removed (the function returns head k's outputs, one per
/// label level), channels sub-network k never reads are sliced away from
/// every weight and feature, and unused parameters are erased. Emits a
/// located error and fails when the model cannot be specialised.
LogicalResult extractSubnet(ModuleOp module, int64_t k,
                            SubnetParams params = SubnetParams::Copies);

/// A copy of `module` specialised to sub-network `k`.
FailureOr<OwningOpRef<ModuleOp>>
cloneSubnet(ModuleOp module, int64_t k,
            SubnetParams params = SubnetParams::Copies);

/// Channel demand: how many leading channels of each value sub-network k
/// reads (0 = not at all), and which op demanded the most. Computed over the
/// model as it stands, with branches and heads other sub-networks own
/// ignored.
struct ChannelDemand {
  llvm::DenseMap<Value, int64_t> channels;
  llvm::DenseMap<Value, Operation *> demandedBy;

  int64_t of(Value v) const { return channels.lookup(v); }
};

/// Computes the channel demand of sub-network `k` (1-based) over `module`.
FailureOr<ChannelDemand> computeChannelDemand(ModuleOp module, int64_t k);

/// How many channels every feature of an I-form model carries when
/// sub-network k runs. A grouped concat block yields groups 1..k only, so
/// its result, and what is computed channel-wise from it, is a prefix of the
/// static type; a dense convolution or linear layer reading it uses the
/// leading columns of its weight and has its full width again.
class SubnetWidths {
public:
  /// Hook for the --inclusive pass: called on every concat block that has
  /// `subnet_branches` but no grouped layout yet, with its residual's widths
  /// in sub-networks 1..K (empty without a residual), before its result is
  /// looked at.
  using AssignLayout = llvm::function_ref<LogicalResult(BlockOp, ArrayRef<int64_t>)>;

  /// Walks `func`; fails, naming the op, on one that cannot read a feature
  /// narrower than its type (a grouped convolution, an add whose operands
  /// differ, ...).
  static FailureOr<SubnetWidths> compute(Operation *func, int64_t subnets,
                                         AssignLayout assignLayout = nullptr);

  /// Channels of `v` in sub-network `k` (1-based).
  int64_t of(Value v, int64_t k) const;
  /// Channels of `v` in sub-networks 1..K.
  SmallVector<int64_t> of(Value v) const;
  /// Whether `v` is narrower than its type in some sub-network.
  bool varies(Value v) const { return widths.contains(v); }

private:
  explicit SubnetWidths(int64_t subnets) : subnets(subnets) {}
  LogicalResult visit(Block &block, AssignLayout assignLayout);
  LogicalResult visit(Operation *op, AssignLayout assignLayout);
  void set(Value v, ArrayRef<int64_t> w);

  int64_t subnets;
  llvm::DenseMap<Value, SmallVector<int64_t>> widths;
};

/// The channels of operand `operand` that computing channels `out` of
/// `op`'s result reads (empty when none): the one rule behind channel
/// demand, sub-network extraction and anytime steps. A layer's input: what
/// its weights connect (present blocks, whole convolution groups, or all
/// of a dense layer's input); a channel-wise op's features: `out`; a
/// concatenation, slice or grouped padding: the parts `out` covers;
/// anything else: the whole operand.
ChannelRange channelsRead(Operation *op, unsigned operand, ChannelRange out);

/// Whether branch `index` of `block` runs in sub-network `k`.
bool branchRunsIn(BlockOp block, unsigned index, int64_t k);

/// Splits `total` into `parts` groups as evenly as possible; the first
/// `total % parts` groups get one more.
SmallVector<int64_t> evenSplit(int64_t total, int64_t parts);

} // namespace mlir::slice

#endif // SLICE_ANYTIME_SUBNET_H
