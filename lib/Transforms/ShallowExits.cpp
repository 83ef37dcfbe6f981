//===- ShallowExits.cpp - the --shallow-exits pass (baseline) -------------===//
#include "slice/Anytime/Forms.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICESHALLOWEXITS
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct ShallowExitsPass
    : slice::impl::SliceShallowExitsBase<ShallowExitsPass> {
  using SliceShallowExitsBase::SliceShallowExitsBase;

  void runOnOperation() override {
    if (numSubnets < 1) {
      getOperation().emitError("--shallow-exits needs the number of exits, "
                               "e.g. --shallow-exits=K=8");
      return signalPassFailure();
    }
    if (failed(addShallowExits(getOperation(), numSubnets)))
      signalPassFailure();
  }
};
} // namespace
