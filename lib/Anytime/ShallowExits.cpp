//===- ShallowExits.cpp - baseline: K classifiers on block outputs --------===//
#include "FormCommon.h"
#include "slice/Anytime/Forms.h"
#include "slice/Zoo/ModelBuilder.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::slice;

/// The feature a block hands on: its result, or the end of the single-use
/// batch_norm / add / relu / clip ops after it (a raised residual block
/// normalises its branch sum and adds the shortcut outside the block).
static Value blockFeature(BlockOp block) {
  Value v = block.getResult();
  while (v.hasOneUse()) {
    Operation *user = *v.user_begin();
    auto channelWise = dyn_cast<ChannelWiseOpInterface>(user);
    bool epilogue = channelWise && isPointwise(user) &&
                    llvm::any_of(channelWise.getFeatureOperands(),
                                 [&](OpOperand &f) { return f.get() == v; });
    if (!epilogue)
      break;
    v = user->getResult(0);
  }
  return v;
}

LogicalResult mlir::slice::addShallowExits(ModuleOp module, int64_t numExits) {
  FailureOr<func::FuncOp> func =
      plainModelFunction(module, numExits, "shallow-exits");
  if (failed(func))
    return failure();
  auto blocks = llvm::to_vector(func->getBody().front().getOps<BlockOp>());
  int64_t numBlocks = blocks.size();
  if (numExits > 1 && numExits > numBlocks - 1)
    return module.emitError("--shallow-exits=K=")
           << numExits << " needs K <= L - 1 = " << numBlocks - 1
           << " (exits follow blocks 2..L of the " << numBlocks
           << " top-level blocks)";
  Operation *ret = func->getBody().front().getTerminator();
  SmallVector<HeadOp> finalHeads;
  for (Value v : ret->getOperands())
    if (auto head = v.getDefiningOp<HeadOp>())
      finalHeads.push_back(head);
  if (finalHeads.empty())
    return emitNoHeadError(module, "shallow-exits");

  OpBuilder b(module.getContext());
  ModelBuilder builder(module, b);
  // exits[k-1][h]: exit k for the h-th original head.
  SmallVector<SmallVector<Value>> exits(numExits);
  for (int64_t k = 1; k < numExits; ++k) {
    int64_t after = numBlocks - (numExits - k) * (numBlocks - 1) / numExits;
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
    head.setSubnet(numExits);
    exits[numExits - 1].push_back(head);
  }

  SmallVector<Value> results;
  for (Value v : ret->getOperands())
    if (!v.getDefiningOp<HeadOp>())
      results.push_back(v);
  for (auto &perSubnet : exits)
    results.append(perSubnet.begin(), perSubnet.end());
  setFunctionResults(*func, results);
  setAnytimeForm(module, AnytimeForm::shallow, numExits);
  return success();
}
