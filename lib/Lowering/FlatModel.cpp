//===- FlatModel.cpp - the model every backend runs -----------------------===//
#include "slice/Lowering/FlatModel.h"
#include "slice/Lowering/Flatten.h"
#include "slice/Lowering/FuseBranches.h"
#include "slice/Lowering/MaterialiseParams.h"

using namespace mlir;
using namespace mlir::slice;

LogicalResult mlir::slice::flattenForExecution(ModuleOp module,
                                               const FlatModelOptions &options) {
  if (options.subnet > 0) {
    if (failed(extractSubnet(module, options.subnet, options.params)))
      return failure();
  } else if (AnytimeAttr anytime = getAnytime(module);
             anytime && anytime.getForm() == AnytimeForm::inclusive) {
    return module.emitError("an I-form model computes one sub-network per "
                            "forward pass; flatten sub-network k "
                            "(--extract-subnet=k=<k> first)");
  }
  if (options.fuse)
    fuseBranches(module);
  if (failed(flattenModel(module)))
    return failure();
  if (options.materialise)
    materialiseParams(module);
  return success();
}

FailureOr<OwningOpRef<ModuleOp>>
mlir::slice::buildFlatModel(ModuleOp model, const FlatModelOptions &options) {
  OwningOpRef<ModuleOp> copy(cast<ModuleOp>(model->clone()));
  if (failed(flattenForExecution(*copy, options)))
    return failure();
  return copy;
}
