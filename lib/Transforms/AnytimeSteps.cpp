//===- AnytimeSteps.cpp - the --anytime-steps pass ------------------------===//
#include "slice/Lowering/Steps.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEANYTIMESTEPS
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct AnytimeStepsPass
    : slice::impl::SliceAnytimeStepsBase<AnytimeStepsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    FailureOr<OwningOpRef<ModuleOp>> steps = buildAnytimeSteps(module);
    if (failed(steps))
      return signalPassFailure();
    // The module becomes the step module, in place.
    module.getBody()->clear();
    module.getBody()->getOperations().splice(
        module.getBody()->end(), (*steps)->getBody()->getOperations());
    module->setAttrs((*steps).get()->getAttrDictionary());
  }
};
} // namespace
