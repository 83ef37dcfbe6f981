//===- InclusiveSparse.cpp - IS-ResNeXt: K interruptible sub-networks -----===//
#include "FormCommon.h"
#include "slice/Anytime/Forms.h"
#include "slice/Anytime/Rewrite.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/Params.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::slice;

namespace {
int64_t prefixOf(ArrayRef<int64_t> sizes, int64_t groups) {
  int64_t p = 0;
  for (int64_t g = 0; g < groups; ++g)
    p += sizes[g];
  return p;
}

/// Lower-triangular K x K mask: output group o reads input groups <= o.
SmallVector<int64_t> lowerTriangular(int64_t k) {
  SmallVector<int64_t> mask;
  for (int64_t o = 0; o < k; ++o)
    for (int64_t i = 0; i < k; ++i)
      mask.push_back(i <= o ? 1 : 0);
  return mask;
}

/// The IS-form rewrite of one model; `numSubnets` >= 1.
class InclusiveSparse {
public:
  InclusiveSparse(ModuleOp module, int64_t numSubnets)
      : module(module), numSubnets(numSubnets) {}

  LogicalResult run(func::FuncOp func) {
    Block &body = func.getBody().front();
    markTrunk(body);
    if (failed(groupConcatBlocks(func)))
      return failure();
    for (Operation &op : llvm::make_early_inc_range(body)) {
      LogicalResult result = success();
      if (auto block = dyn_cast<BlockOp>(op))
        result = block.getAggregation() == Aggregation::concat
                     ? sparsifyConcatBlock(block)
                     : sparsifyBlock(block);
      else if (auto pad = dyn_cast<PadChannelsOp>(op))
        result = groupPadding(pad);
      else if (auto conv = dyn_cast<Conv2dOp>(op))
        result = triangularConv(conv);
      if (failed(result))
        return failure();
    }
    if (failed(addHeads(func)))
      return failure();
    finishForm(module, AnytimeForm::inclusive_sparse, numSubnets);
    return success();
  }

private:
  /// The trunk: block operands and everything computed from them (a
  /// DenseNet layer's shared bottleneck is computed from its residual
  /// before the block). Its features carry the K channel groups; the stem's
  /// input does not.
  void markTrunk(Block &body) {
    for (BlockOp block : body.getOps<BlockOp>())
      trunk.insert(block->getOperands().begin(), block->getOperands().end());
    for (Operation &op : body) {
      if (llvm::any_of(op.getOperands(),
                       [&](Value v) { return trunk.contains(v); }) ||
          isa<BlockOp>(op))
        trunk.insert(op.getResults().begin(), op.getResults().end());
    }
  }

  /// The K channel groups of trunk feature `v`: those it was given (a
  /// block's partition, followed through channel-wise ops), else an even
  /// split.
  FailureOr<SmallVector<int64_t>> partitionOf(Operation *op, Value v) {
    auto it = groupings.find(v);
    if (it != groupings.end())
      return it->second;
    int64_t channels = channelCount(v);
    if (numSubnets > channels) {
      op->emitOpError("has ") << channels << " channels, fewer than K = "
                              << numSubnets << " channel groups";
      return failure();
    }
    return evenSplit(channels, numSubnets);
  }

  /// Branch i of C reads and yields into group ceil(iK/C).
  SmallVector<int64_t> branchGroups(int64_t branches) {
    SmallVector<int64_t> groups;
    for (int64_t i = 0; i < branches; ++i)
      groups.push_back(((i + 1) * numSubnets + branches - 1) / branches);
    return groups;
  }

  /// Gives every trunk feature its channel groups, in order, and every
  /// concat block its grouped layout: group k holds the residual's group k,
  /// then the branches of group k. The readers of the reordered features
  /// follow, so that the dense network is unchanged before sparsifying.
  LogicalResult groupConcatBlocks(func::FuncOp func) {
    llvm::DenseMap<Operation *, ConcatLayout> oldLayouts;
    for (Operation &op : func.getBody().front()) {
      if (op.getNumResults() != 1 || !trunk.contains(op.getResult(0)))
        continue;
      Value result = op.getResult(0);
      // A copy: inserting into `groupings` may move its entries.
      auto known = [&](Value v) -> std::optional<SmallVector<int64_t>> {
        auto it = groupings.find(v);
        if (it == groupings.end())
          return std::nullopt;
        return it->second;
      };
      if (auto block = dyn_cast<BlockOp>(op)) {
        if (block.getAggregation() == Aggregation::add) {
          if (block.getResidual())
            if (std::optional<SmallVector<int64_t>> g = known(block.getResidual()))
              groupings[result] = *g;
          continue;
        }
        if (failed(checkEnoughBranches(block, numSubnets)))
          return failure();
        int64_t branches = block.getNumBranches();
        SmallVector<int64_t> partition(numSubnets, 0);
        if (Value residual = block.getResidual()) {
          if (std::optional<SmallVector<int64_t>> g = known(residual))
            partition = *g;
          else
            partition = evenSplit(channelCount(residual), numSubnets);
        }
        SmallVector<int64_t> groups = branchGroups(branches);
        ConcatLayout layout = block.getConcatLayout();
        for (int64_t i = 0; i < branches; ++i)
          partition[groups[i] - 1] += layout.branchWidth[i];
        oldLayouts[block] = layout;
        OpBuilder b(block);
        block.setPartitionAttr(b.getDenseI64ArrayAttr(partition));
        block.setBranchGroupsAttr(b.getDenseI64ArrayAttr(groups));
        groupings[result] = partition;
      } else if (isa<Conv2dOp, PadChannelsOp>(op)) {
        if (channelCount(result) >= numSubnets)
          groupings[result] = evenSplit(channelCount(result), numSubnets);
      } else if (isa<ChannelWiseOpInterface>(op)) {
        if (std::optional<SmallVector<int64_t>> g = known(op.getOperand(0)))
          groupings[result] = *g;
      } else if (isa<ConcatOp>(op)) {
        return op.emitOpError("would mix the channel groups of the trunk; "
                              "concatenate features in a concat block");
      }
    }
    return followConcatLayouts(module, func, oldLayouts);
  }

  /// Branch i reads the input groups 1..g_i; the block's layout was set by
  /// groupConcatBlocks.
  LogicalResult sparsifyConcatBlock(BlockOp block) {
    ArrayRef<int64_t> groups = *block.getBranchGroups();
    for (auto [i, region] : llvm::enumerate(block.getBranches()))
      for (auto [arg, input] :
           llvm::zip(region.getArguments(), block.getInputs())) {
        FailureOr<SmallVector<int64_t>> inputGroups = partitionOf(block, input);
        if (failed(inputGroups) ||
            failed(readPrefixOnly(module, arg,
                                  prefixOf(*inputGroups, groups[i]))))
          return failure();
      }
    return success();
  }

  LogicalResult sparsifyBlock(BlockOp block) {
    if (failed(checkEnoughBranches(block, numSubnets)))
      return failure();
    int64_t branches = block.getNumBranches();
    FailureOr<SmallVector<int64_t>> partition = partitionOf(block, block);
    if (failed(partition))
      return failure();
    // Each input has groups of its own: those of the trunk feature it is
    // (through channel-wise ops), else an even split (an input narrower or
    // wider than the output: a raised bottleneck reads its middle features).
    SmallVector<SmallVector<int64_t>> inputPartitions;
    for (auto [i, input] : llvm::enumerate(block.getInputs())) {
      int64_t channels = channelCount(input);
      if (numSubnets > channels)
        return block.emitOpError("input #")
               << i << " has " << channels << " channels, fewer than K = "
               << numSubnets << " channel groups";
      FailureOr<SmallVector<int64_t>> groups = partitionOf(block, input);
      if (failed(groups))
        return failure();
      inputPartitions.push_back(*groups);
    }
    SmallVector<int64_t> groups = branchGroups(branches);
    for (int64_t i = 0; i < branches; ++i) {
      int64_t group = groups[i];
      Region &region = block.getBranches()[i];
      for (auto [arg, inputPartition] :
           llvm::zip(region.getArguments(), inputPartitions))
        if (failed(readPrefixOnly(module, arg,
                                  prefixOf(inputPartition, group))))
          return failure();
      auto yield = cast<YieldOp>(region.front().getTerminator());
      yieldChannelRange(module, yield, prefixOf(*partition, group - 1),
                        (*partition)[group - 1]);
    }
    MLIRContext *context = module.getContext();
    block.setPartitionAttr(DenseI64ArrayAttr::get(context, *partition));
    block.setBranchGroupsAttr(DenseI64ArrayAttr::get(context, groups));
    return success();
  }

  /// Widening between stages pads every group in place.
  LogicalResult groupPadding(PadChannelsOp pad) {
    if (!trunk.contains(pad.getInput()))
      return success();
    if (pad.getGroups() && pad.getGroups()->size() != 1)
      return pad.emitOpError("is already grouped");
    FailureOr<SmallVector<int64_t>> in = partitionOf(pad, pad.getInput());
    FailureOr<SmallVector<int64_t>> out = partitionOf(pad, pad.getResult());
    if (failed(in) || failed(out))
      return failure();
    SmallVector<int64_t> pads;
    for (int64_t g = 0; g < numSubnets; ++g) {
      if ((*out)[g] < (*in)[g])
        return pad.emitOpError("cannot keep channel group ")
               << g + 1 << " in place: it would shrink from " << (*in)[g]
               << " to " << (*out)[g] << " channels";
      pads.push_back((*out)[g] - (*in)[g]);
    }
    pad.setGroupsAttr(DenseI64ArrayAttr::get(module.getContext(), *in));
    pad.setPadsAttr(DenseI64ArrayAttr::get(module.getContext(), pads));
    return success();
  }

  /// Dense convolutions on the trunk (projection shortcuts) may only let
  /// output group k read input groups <= k.
  LogicalResult triangularConv(Conv2dOp conv) {
    if (!trunk.contains(conv.getInput()))
      return success();
    if (conv.getGroups() != 1 || conv.getBlockSparseAttr())
      return conv.emitOpError("on the channel-partitioned trunk must be a "
                              "dense convolution to become block-triangular");
    FailureOr<SmallVector<int64_t>> in = partitionOf(conv, conv.getInput());
    FailureOr<SmallVector<int64_t>> out = partitionOf(conv, conv.getResult());
    if (failed(in) || failed(out))
      return failure();
    conv.setBlockSparseAttr(BlockSparseAttr::get(
        module.getContext(), *in, *out, lowerTriangular(numSubnets)));
    return success();
  }

  /// Head K is the original classifier; head k < K is a copy that reads the
  /// channels of groups 1..k.
  LogicalResult addHeads(func::FuncOp func) {
    return addSubnetHeads(
        module, func, numSubnets, "inclusive-sparse",
        [&](HeadOp copy, int64_t k) -> LogicalResult {
          FailureOr<SmallVector<int64_t>> partition =
              partitionOf(copy, copy.getInput());
          if (failed(partition) ||
              failed(readPrefixOnly(module, copy.getBody().getArgument(0),
                                    prefixOf(*partition, k))))
            return failure();
          return refreshResultTypes(copy);
        });
  }

  ModuleOp module;
  int64_t numSubnets;
  llvm::DenseSet<Value> trunk;
  llvm::DenseMap<Value, SmallVector<int64_t>> groupings;
};
} // namespace

LogicalResult mlir::slice::makeInclusiveSparse(ModuleOp module,
                                               int64_t numSubnets) {
  FailureOr<func::FuncOp> func =
      plainModelFunction(module, numSubnets, "inclusive-sparse");
  if (failed(func))
    return failure();
  return InclusiveSparse(module, numSubnets).run(*func);
}
