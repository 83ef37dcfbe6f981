//===- Inclusive.cpp - I-ResNeXt: K inclusive thin sub-networks -----------===//
#include "FormCommon.h"
#include "slice/Anytime/Forms.h"
#include "slice/Anytime/Rewrite.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/Params.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::slice;

namespace {
std::string listStr(ArrayRef<int64_t> values) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "[";
  llvm::interleaveComma(values, os);
  os << "]";
  return s;
}

/// C_k = round(kC/K), k = 1..K.
SmallVector<int64_t> inclusiveCounts(int64_t branches, int64_t subnets) {
  SmallVector<int64_t> counts;
  for (int64_t k = 1; k <= subnets; ++k)
    counts.push_back((2 * k * branches + subnets) / (2 * subnets));
  return counts;
}

/// Values that differ between sub-networks: everything computed from the
/// result of a block whose branch count varies with k.
class WidthDependence {
public:
  void run(Block &block) {
    for (Operation &op : block) {
      bool dependent = llvm::any_of(op.getOperands(), [&](Value v) {
        return values.contains(v);
      });
      if (auto b = dyn_cast<BlockOp>(op)) {
        if (std::optional<ArrayRef<int64_t>> counts = b.getSubnetBranches())
          dependent |= counts->front() != counts->back();
        for (Region &region : b.getBranches())
          enterRegion(region, b.getInputs());
      } else if (auto head = dyn_cast<HeadOp>(op)) {
        enterRegion(head.getBody(), head.getInput());
      }
      if (dependent)
        values.insert(op.getResults().begin(), op.getResults().end());
    }
  }

  bool contains(Value v) const { return values.contains(v); }

private:
  void enterRegion(Region &region, ValueRange inputs) {
    for (auto [arg, input] : llvm::zip(region.getArguments(), inputs))
      if (values.contains(input))
        values.insert(arg);
    run(region.front());
  }

  llvm::DenseSet<Value> values;
};

/// The I-form rewrite of one model; `numSubnets` >= 1.
class Inclusive {
public:
  Inclusive(ModuleOp module, int64_t numSubnets)
      : module(module), numSubnets(numSubnets) {}

  LogicalResult run(func::FuncOp func) {
    if (failed(sliceBlocks(func)) || failed(groupConcatBlocks(func)) ||
        failed(splitBatchNorms(func)) || failed(addHeads(func)))
      return failure();
    finishForm(module, AnytimeForm::inclusive, numSubnets);
    return success();
  }

private:
  LogicalResult sliceBlocks(func::FuncOp func) {
    WalkResult result = func.walk([&](BlockOp block) {
      if (failed(checkEnoughBranches(block, numSubnets)))
        return WalkResult::interrupt();
      int64_t branches = block.getNumBranches();
      SmallVector<int64_t> counts = inclusiveCounts(branches, numSubnets);
      if (branches % numSubnets != 0)
        block.emitRemark("C = ")
            << branches << " branches do not split evenly into K = "
            << numSubnets << " sub-networks; C_k = " << listStr(counts);
      block.setSubnetBranchesAttr(
          DenseI64ArrayAttr::get(module.getContext(), counts));
      return WalkResult::advance();
    });
    return failure(result.wasInterrupted());
  }

  /// Concat blocks get their grouped layout: group k holds the residual
  /// channels sub-network k has beyond sub-network k-1, then the branches
  /// it adds. Their readers are reordered to match, so sub-network K stays
  /// the original network.
  LogicalResult groupConcatBlocks(func::FuncOp func) {
    llvm::DenseMap<Operation *, ConcatLayout> oldLayouts;
    auto assign = [&](BlockOp block,
                      ArrayRef<int64_t> residualWidths) -> LogicalResult {
      ArrayRef<int64_t> counts = *block.getSubnetBranches();
      ConcatLayout layout = block.getConcatLayout();
      oldLayouts[block] = layout;
      SmallVector<int64_t> groups, partition(numSubnets, 0);
      int64_t k = 1;
      for (unsigned i = 0; i < block.getNumBranches(); ++i) {
        while (static_cast<int64_t>(i) >= counts[k - 1])
          ++k;
        groups.push_back(k);
        partition[k - 1] += layout.branchWidth[i];
      }
      int64_t previous = 0;
      for (auto [g, width] : llvm::enumerate(residualWidths)) {
        if (width < previous)
          return block.emitOpError("its residual has ")
                 << width << " channels in sub-network " << g + 1
                 << ", fewer than the " << previous << " of sub-network " << g;
        partition[g] += width - previous;
        previous = width;
      }
      for (auto [g, width] : llvm::enumerate(partition))
        if (width == 0)
          return block.emitOpError("sub-network ")
                 << g + 1 << " adds no channels to the result";
      OpBuilder b(block);
      block.setPartitionAttr(b.getDenseI64ArrayAttr(partition));
      block.setBranchGroupsAttr(b.getDenseI64ArrayAttr(groups));
      return success();
    };
    FailureOr<SubnetWidths> computed =
        SubnetWidths::compute(func, numSubnets, assign);
    if (failed(computed))
      return failure();
    widths.emplace(std::move(*computed));
    return followConcatLayouts(module, func, oldLayouts);
  }

  LogicalResult splitBatchNorms(func::FuncOp func) {
    WidthDependence dependence;
    dependence.run(func.getBody().front());
    // A parameter shared by several BatchNorms stays shared: one [K, C] copy.
    llvm::DenseMap<Operation *, ParamOp> stacked;
    WalkResult result = func.walk([&](BatchNormOp bn) {
      if (bn->getParentOfType<HeadOp>() || !dependence.contains(bn.getInput()))
        return WalkResult::advance();
      for (OpOperand *operand : bn.getParamOperands()) {
        ParamOp param = paramOf(operand->get());
        if (!param) {
          bn.emitOpError("parameters must be slice.param reads to become "
                         "per-sub-network");
          return WalkResult::interrupt();
        }
        ParamOp &copy = stacked[param];
        if (!copy)
          copy = createStackedParam(module, param, param.getSymName(),
                                    numSubnets);
        redirectParamUse(*operand, copy);
      }
      return WalkResult::advance();
    });
    return failure(result.wasInterrupted());
  }

  /// Head k reads the channels sub-network k has of the feature.
  LogicalResult addHeads(func::FuncOp func) {
    return addSubnetHeads(
        module, func, numSubnets, "inclusive",
        [&](HeadOp copy, int64_t k) -> LogicalResult {
          if (failed(readPrefixOnly(module, copy.getBody().getArgument(0),
                                    widths->of(copy.getInput(), k))))
            return failure();
          return refreshResultTypes(copy);
        });
  }

  ModuleOp module;
  int64_t numSubnets;
  std::optional<SubnetWidths> widths;
};
} // namespace

LogicalResult mlir::slice::makeInclusive(ModuleOp module, int64_t numSubnets) {
  FailureOr<func::FuncOp> func =
      plainModelFunction(module, numSubnets, "inclusive");
  if (failed(func))
    return failure();
  return Inclusive(module, numSubnets).run(*func);
}
