//===- ShallowExits.cpp - the --shallow-exits pass (baseline) -------------===//
#include "slice/Dialect/Params.h"
#include "slice/Anytime/Rewrite.h"
#include "slice/Transforms/Passes.h"
#include "slice/Zoo/ModelBuilder.h"

#include "mlir/IR/Builders.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICESHALLOWEXITS
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
/// The feature a block hands on: its result, or the end of the single-use
/// batch_norm / add / relu / clip ops after it (a raised residual block
/// normalises its branch sum and adds the shortcut outside the block).
Value blockFeature(BlockOp block) {
  Value v = block.getResult();
  while (v.hasOneUse()) {
    Operation *user = *v.user_begin();
    bool epilogue = isa<AddOp, ReluOp, ClipOp>(user) ||
                    (isa<BatchNormOp>(user) && user->getOperand(0) == v);
    if (!epilogue)
      break;
    v = user->getResult(0);
  }
  return v;
}

struct ShallowExitsPass
    : slice::impl::SliceShallowExitsBase<ShallowExitsPass> {
  using SliceShallowExitsBase::SliceShallowExitsBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (numSubnets < 1) {
      module.emitError("--shallow-exits needs the number of exits, e.g. "
                       "--shallow-exits=K=8");
      return signalPassFailure();
    }
    FailureOr<func::FuncOp> func = getModelFunction(module);
    if (failed(func) || failed(requirePlainModel(module, "shallow-exits")))
      return signalPassFailure();
    auto blocks = llvm::to_vector(func->getBody().front().getOps<BlockOp>());
    int64_t numBlocks = blocks.size();
    if (numSubnets > 1 && numSubnets > numBlocks - 1) {
      module.emitError("--shallow-exits=K=")
          << static_cast<int64_t>(numSubnets) << " needs K <= L - 1 = " << numBlocks - 1
          << " (exits follow blocks 2..L of the " << numBlocks
          << " top-level blocks)";
      return signalPassFailure();
    }
    Operation *ret = func->getBody().front().getTerminator();
    SmallVector<HeadOp> finalHeads;
    for (Value v : ret->getOperands())
      if (auto head = v.getDefiningOp<HeadOp>())
        finalHeads.push_back(head);
    if (finalHeads.empty()) {
      module.emitError("--shallow-exits found no slice.head among the "
                       "function's results");
      return signalPassFailure();
    }

    OpBuilder b(&getContext());
    ModelBuilder builder(module, b);
    // exits[k-1][h]: exit k for the h-th original head.
    SmallVector<SmallVector<Value>> exits(numSubnets);
    for (int64_t k = 1; k < numSubnets; ++k) {
      int64_t after = numBlocks - (numSubnets - k) * (numBlocks - 1) / numSubnets;
      Value feature = blockFeature(blocks[after - 1]);
      b.setInsertionPointAfter(feature.getDefiningOp());
      for (HeadOp head : finalHeads) {
        int64_t classes = cast<RankedTensorType>(head.getType()).getDimSize(1);
        std::string name = ("exit" + Twine(k)).str();
        if (finalHeads.size() > 1)
          name += (".level" + Twine(head.getLevel())).str();
        exits[k - 1].push_back(builder.classifier(
            feature, name, classes, k, static_cast<int64_t>(head.getLevel())));
      }
    }
    for (HeadOp head : finalHeads) {
      head.setSubnet(numSubnets);
      exits[numSubnets - 1].push_back(head);
    }

    SmallVector<Value> results;
    for (Value v : ret->getOperands())
      if (!v.getDefiningOp<HeadOp>())
        results.push_back(v);
    for (auto &perSubnet : exits)
      results.append(perSubnet.begin(), perSubnet.end());
    setFunctionResults(*func, results);
    AnytimeAttr old = getAnytime(module);
    module->setAttr(SliceDialect::getAnytimeAttrName(),
                    AnytimeAttr::get(&getContext(), AnytimeForm::shallow,
                                     numSubnets, old ? old.getLevels() : 1));
  }
};
} // namespace
