//===- Model.cpp - the shape of a slice model -----------------------------===//
#include "slice/Dialect/Model.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::slice;

FailureOr<func::FuncOp> mlir::slice::getModelFunction(ModuleOp module) {
  auto funcs = llvm::to_vector(module.getOps<func::FuncOp>());
  if (funcs.size() != 1)
    return module.emitError("a slice model has exactly one function, found ")
           << funcs.size();
  if (funcs.front().getBody().getBlocks().size() != 1)
    return funcs.front().emitError("the model function must have one block");
  return funcs.front();
}

void mlir::slice::setFunctionResults(func::FuncOp func, ValueRange results) {
  Operation *ret = func.getBody().front().getTerminator();
  OpBuilder b(ret);
  func::ReturnOp::create(b, ret->getLoc(), results);
  ret->erase();
  func.setFunctionType(FunctionType::get(
      func.getContext(), func.getArgumentTypes(), results.getTypes()));
}

int64_t mlir::slice::channelCount(Value v) {
  return cast<RankedTensorType>(v.getType()).getDimSize(1);
}

bool mlir::slice::isPerChannelFlatten(RankedTensorType type) {
  for (int64_t d = 2; d < type.getRank(); ++d)
    if (type.getDimSize(d) != 1)
      return false;
  return type.getRank() >= 2;
}

SmallVector<OutputTag> mlir::slice::getOutputTags(func::FuncOp func) {
  SmallVector<OutputTag> tags;
  Operation *ret = func.getBody().front().getTerminator();
  for (auto [i, v] : llvm::enumerate(ret->getOperands())) {
    OutputTag tag;
    if (auto head = v.getDefiningOp<HeadOp>()) {
      tag.subnet = head.getSubnet();
      tag.level = head.getLevel();
    } else {
      if (auto k = func.getResultAttrOfType<IntegerAttr>(i, kSubnetAttr))
        tag.subnet = k.getInt();
      if (auto d = func.getResultAttrOfType<IntegerAttr>(i, kLevelAttr))
        tag.level = d.getInt();
    }
    tags.push_back(tag);
  }
  return tags;
}

std::string mlir::slice::outputName(ArrayRef<OutputTag> tags, size_t i) {
  if (tags.size() == 1)
    return "logits";
  for (size_t j = 0; j < tags.size(); ++j)
    if (j != i && tags[j].subnet == tags[i].subnet &&
        tags[j].level == tags[i].level)
      return "output" + std::to_string(i);
  std::string name = "logits.k" + std::to_string(tags[i].subnet);
  if (tags[i].level > 1)
    name += ".l" + std::to_string(tags[i].level);
  return name;
}
