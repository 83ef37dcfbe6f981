//===- Interruptible.cpp - IS sub-network k reads channel groups 1..k -----===//
#include "slice/Analysis/Interruptible.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/Model.h"

using namespace mlir;
using namespace mlir::slice;

namespace {
struct PartitionedValue {
  Value value;
  SmallVector<int64_t> groups;
};

int64_t prefixOf(ArrayRef<int64_t> sizes, int64_t groups) {
  int64_t p = 0;
  for (int64_t g = 0; g < groups && g < static_cast<int64_t>(sizes.size()); ++g)
    p += sizes[g];
  return p;
}

/// Features whose channel groups the IS form defines: block results and
/// residuals, the inputs and results of grouped pads and block-sparse
/// convolutions, and what channel-wise ops compute from them.
SmallVector<PartitionedValue> partitionedValues(func::FuncOp func) {
  SmallVector<PartitionedValue> out;
  llvm::DenseMap<Value, SmallVector<int64_t>> known;
  // A value can be both a block's input and its residual: check it once.
  auto record = [&](Value v, ArrayRef<int64_t> groups) {
    if (known.try_emplace(v, SmallVector<int64_t>(groups)).second)
      out.push_back({v, SmallVector<int64_t>(groups)});
  };
  func.walk([&](Operation *op) {
    if (auto block = dyn_cast<BlockOp>(op)) {
      std::optional<ArrayRef<int64_t>> partition = block.getPartition();
      if (!partition)
        return;
      record(block.getResult(), *partition);
      if (block.getAggregation() == Aggregation::concat) {
        // The residual's groups; inputs without them get theirs from what
        // computes them (channel-wise ops below).
        SmallVector<int64_t> residualGroups =
            block.getConcatLayout().residualWidth;
        if (Value residual = block.getResidual()) {
          record(residual, residualGroups);
          for (Value input : block.getInputs())
            if (channelCount(input) == channelCount(residual))
              record(input, residualGroups);
        }
        return;
      }
      if (Value residual = block.getResidual())
        record(residual, *partition);
      // An input of another width is split into groups of its own.
      for (Value input : block.getInputs())
        record(input, channelCount(input) == channelCount(block.getResult())
                          ? SmallVector<int64_t>(*partition)
                          : evenSplit(channelCount(input), partition->size()));
    } else if (auto pad = dyn_cast<PadChannelsOp>(op)) {
      if (pad.getGroups() && pad.getGroups()->size() > 1)
        record(pad.getInput(), pad.getGroupSizes());
    } else if (auto conv = dyn_cast<Conv2dOp>(op)) {
      if (BlockSparseAttr pattern = conv.getBlockSparseAttr()) {
        record(conv.getInput(), pattern.getIn());
        record(conv.getResult(), pattern.getOut());
      }
    } else if (isa<ChannelWiseOpInterface>(op)) {
      // Channel-wise: the groups of the (first) feature carry over.
      auto it = known.find(op->getOperand(0));
      if (it != known.end()) {
        SmallVector<int64_t> groups = it->second;
        record(op->getResult(0), groups);
      }
    }
  });
  return out;
}

std::string describe(Value v) {
  if (Operation *def = v.getDefiningOp())
    return ("the result of '" + def->getName().getStringRef() + "'").str();
  return "a block argument";
}
} // namespace

LogicalResult mlir::slice::verifyInterruptible(ModuleOp module) {
  AnytimeAttr anytime = getAnytime(module);
  if (!anytime || anytime.getForm() != AnytimeForm::inclusive_sparse)
    return module.emitError("--verify-interruptible checks "
                            "inclusive_sparse models; this one is ")
           << (anytime ? stringifyAnytimeForm(anytime.getForm()) : "plain");
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func))
    return failure();
  SmallVector<PartitionedValue> values = partitionedValues(*func);
  bool ok = true;
  for (int64_t k = 1; k <= anytime.getSubnets(); ++k) {
    FailureOr<ChannelDemand> demand = computeChannelDemand(module, k);
    if (failed(demand))
      return failure();
    for (const PartitionedValue &pv : values) {
      int64_t allowed = prefixOf(pv.groups, k);
      int64_t read = demand->of(pv.value);
      if (read <= allowed)
        continue;
      int64_t group = 0, end = 0;
      while (end < read && group < static_cast<int64_t>(pv.groups.size()))
        end += pv.groups[group++];
      Operation *reader = demand->demandedBy.lookup(pv.value);
      Location loc = reader ? reader->getLoc() : pv.value.getLoc();
      InFlightDiagnostic diag =
          emitError(loc) << "sub-network " << k << " reads channel group "
                         << group << " (channels up to " << read << ") of "
                         << describe(pv.value)
                         << ", but may read only groups 1.." << k << " ("
                         << allowed << " channels)";
      diag.attachNote(pv.value.getLoc()) << "the partitioned feature";
      ok = false;
    }
  }
  return success(ok);
}
