//===- InclusiveSparse.cpp - the --inclusive-sparse pass (IS-ResNeXt) -----===//
#include "slice/Anytime/Params.h"
#include "slice/Anytime/Rewrite.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Transforms/Passes.h"

#include "mlir/IR/Builders.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEINCLUSIVESPARSE
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

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

struct InclusiveSparsePass
    : slice::impl::SliceInclusiveSparseBase<InclusiveSparsePass> {
  using SliceInclusiveSparseBase::SliceInclusiveSparseBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (numSubnets < 1) {
      module.emitError("--inclusive-sparse needs the number of sub-networks, "
                       "e.g. --inclusive-sparse=K=6");
      return signalPassFailure();
    }
    FailureOr<func::FuncOp> func = getModelFunction(module);
    if (failed(func) || failed(requirePlainModel(module, "inclusive-sparse")))
      return signalPassFailure();
    Block &body = func->getBody().front();
    markTrunk(body);
    for (Operation &op : llvm::make_early_inc_range(body)) {
      LogicalResult result = success();
      if (auto block = dyn_cast<BlockOp>(op))
        result = sparsifyBlock(module, block);
      else if (auto pad = dyn_cast<PadChannelsOp>(op))
        result = groupPadding(pad);
      else if (auto conv = dyn_cast<Conv2dOp>(op))
        result = triangularConv(conv);
      if (failed(result))
        return signalPassFailure();
    }
    if (failed(addHeads(module, *func)))
      return signalPassFailure();
    AnytimeAttr old = getAnytime(module);
    module->setAttr(SliceDialect::getAnytimeAttrName(),
                    AnytimeAttr::get(&getContext(),
                                     AnytimeForm::inclusive_sparse, numSubnets,
                                     old ? old.getLevels() : 1));
    eraseDeadParams(module);
    tidyParamNames(module);
  }

  /// The trunk: block operands and everything computed from block results.
  /// Its features carry the K channel groups; the stem's input does not.
  void markTrunk(Block &body) {
    for (Operation &op : body) {
      if (auto block = dyn_cast<BlockOp>(op))
        trunk.insert(block->getOperands().begin(), block->getOperands().end());
      if (llvm::any_of(op.getOperands(),
                       [&](Value v) { return trunk.contains(v); }) ||
          isa<BlockOp>(op))
        trunk.insert(op.getResults().begin(), op.getResults().end());
    }
  }

  FailureOr<SmallVector<int64_t>> partitionOf(Operation *op, Value v) {
    int64_t channels = channelCount(v);
    if (numSubnets > channels) {
      op->emitOpError("has ") << channels << " channels, fewer than K = "
                              << static_cast<int64_t>(numSubnets) << " channel groups";
      return failure();
    }
    return evenSplit(channels, numSubnets);
  }

  LogicalResult sparsifyBlock(ModuleOp module, BlockOp block) {
    int64_t branches = block.getNumBranches();
    if (block.getAggregation() != Aggregation::add)
      return block.emitOpError("--inclusive-sparse handles blocks with add "
                               "aggregation; concatenating blocks are not "
                               "supported yet");
    if (numSubnets > branches)
      return block.emitOpError("has ")
             << branches << " branches, fewer than K = " << static_cast<int64_t>(numSubnets)
             << " sub-networks";
    FailureOr<SmallVector<int64_t>> partition = partitionOf(block, block);
    if (failed(partition))
      return failure();
    // An input narrower or wider than the output (a raised bottleneck reads
    // its middle features) is split into K groups of its own.
    SmallVector<SmallVector<int64_t>> inputPartitions;
    for (auto [i, input] : llvm::enumerate(block.getInputs())) {
      int64_t channels = channelCount(input);
      if (numSubnets > channels)
        return block.emitOpError("input #")
               << i << " has " << channels << " channels, fewer than K = "
               << static_cast<int64_t>(numSubnets) << " channel groups";
      inputPartitions.push_back(evenSplit(channels, numSubnets));
    }
    SmallVector<int64_t> groups;
    for (int64_t i = 0; i < branches; ++i) {
      int64_t group = ((i + 1) * numSubnets + branches - 1) / branches;
      groups.push_back(group);
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
    block.setPartitionAttr(DenseI64ArrayAttr::get(&getContext(), *partition));
    block.setBranchGroupsAttr(DenseI64ArrayAttr::get(&getContext(), groups));
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
    pad.setGroupsAttr(DenseI64ArrayAttr::get(&getContext(), *in));
    pad.setPadsAttr(DenseI64ArrayAttr::get(&getContext(), pads));
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
        &getContext(), *in, *out, lowerTriangular(numSubnets)));
    return success();
  }

  /// Head K is the original classifier; head k < K is a copy that reads the
  /// channels of groups 1..k.
  LogicalResult addHeads(ModuleOp module, func::FuncOp func) {
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

  llvm::DenseSet<Value> trunk;
};
} // namespace
