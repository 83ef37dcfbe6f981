//===- AnnotateCosts.cpp - MACs and parameters attached to a model --------===//
#include "slice/Analysis/Cost.h"
#include "slice/Anytime/Subnet.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::slice;

namespace {
/// A row label: the op's name location (zoo and importers name blocks and
/// layers), else its kind and position.
std::string rowLabel(Operation *op, unsigned index) {
  Location loc = op->getLoc();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    if (!fused.getLocations().empty())
      loc = fused.getLocations().front();
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  return (op->getName().stripDialect() + " #" + Twine(index)).str();
}

void attachCost(Operation *op, const Cost &cost) {
  Builder b(op->getContext());
  op->setAttr(SliceDialect::getMacsAttrName(), b.getI64IntegerAttr(cost.macs));
  op->setAttr(SliceDialect::getParamsAttrName(),
              b.getI64IntegerAttr(cost.params));
}

void printFunctionTable(llvm::raw_ostream &os, func::FuncOp func,
                        const Cost &total) {
  os << "slice-flops @" << func.getSymName() << "\n";
  os << llvm::formatv("  {0,-36} {1,-10} {2,16} {3,12}\n", "name", "op",
                      "MACs", "params");
  unsigned index = 0;
  for (Operation &op : func.getBody().getOps()) {
    Cost cost = countNested(&op);
    if (cost.macs == 0 && cost.params == 0)
      continue;
    os << llvm::formatv("  {0,-36} {1,-10} {2,16} {3,12}\n",
                        rowLabel(&op, index++), op.getName().stripDialect(),
                        cost.macs, cost.params);
  }
  os << llvm::formatv("  {0,-36} {1,-10} {2,16} {3,12}\n", "total", "",
                      total.macs, total.params);
}
} // namespace

LogicalResult mlir::slice::annotateCosts(ModuleOp module,
                                         llvm::raw_ostream *table) {
  // Per-op counts first, so blocks and functions sum what was attached.
  module.walk([&](Operation *op) {
    if (isa<LayerOpInterface>(op))
      attachCost(op, countOp(op));
    if (auto conv = dyn_cast<Conv2dOp>(op)) {
      auto out = cast<RankedTensorType>(conv.getType());
      if (out.isDynamicDim(2) || out.isDynamicDim(3))
        conv.emitWarning("output height/width are dynamic: its multiply-adds "
                         "are not counted (build the model with a static "
                         "image size)");
    }
    if (isa<BlockOp, HeadOp>(op))
      attachCost(op, countNested(op));
  });

  // Model parameters: what the functions read, each parameter once.
  Cost modelCost = countNested(module);
  for (auto func : module.getOps<func::FuncOp>()) {
    Cost funcCost = countNested(func);
    attachCost(func, funcCost);
    if (table)
      printFunctionTable(*table, func, funcCost);
  }
  attachCost(module, modelCost);

  AnytimeAttr anytime = getAnytime(module);
  SmallVector<int64_t> subnetMacs, subnetParams;
  if (!anytime || anytime.getSubnets() == 1) {
    subnetMacs.push_back(modelCost.macs);
    subnetParams.push_back(modelCost.params);
  } else {
    for (int64_t k = 1; k <= anytime.getSubnets(); ++k) {
      FailureOr<OwningOpRef<ModuleOp>> subnet = cloneSubnet(module, k);
      if (failed(subnet))
        return failure();
      Cost cost = countNested(**subnet);
      subnetMacs.push_back(cost.macs);
      subnetParams.push_back(cost.params);
    }
  }
  Builder b(module.getContext());
  module->setAttr(SliceDialect::getSubnetMacsAttrName(),
                  b.getDenseI64ArrayAttr(subnetMacs));
  module->setAttr(SliceDialect::getSubnetParamsAttrName(),
                  b.getDenseI64ArrayAttr(subnetParams));
  if (!table)
    return success();
  *table << llvm::formatv("model: {0} MACs, {1} parameters\n", modelCost.macs,
                          modelCost.params);
  if (subnetMacs.size() > 1) {
    *table << llvm::formatv("  {0,-10} {1,16} {2,8} {3,12}\n", "sub-net",
                            "MACs", "share", "params");
    for (auto [k, macs] : llvm::enumerate(subnetMacs))
      *table << llvm::formatv(
          "  {0,-10} {1,16} {2,8:P1} {3,12}\n", k + 1, macs,
          double(macs) / double(std::max<int64_t>(subnetMacs.back(), 1)),
          subnetParams[k]);
  }
  return success();
}
