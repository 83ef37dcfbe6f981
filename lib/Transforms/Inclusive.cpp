//===- Inclusive.cpp - the --inclusive pass (I-ResNeXt) -------------------===//
#include "slice/Anytime/Forms.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEINCLUSIVE
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct InclusivePass : slice::impl::SliceInclusiveBase<InclusivePass> {
  using SliceInclusiveBase::SliceInclusiveBase;

  void runOnOperation() override {
    if (numSubnets < 1) {
      getOperation().emitError("--inclusive needs the number of "
                               "sub-networks, e.g. --inclusive=K=8");
      return signalPassFailure();
    }
    if (failed(makeInclusive(getOperation(), numSubnets)))
      signalPassFailure();
  }
};
} // namespace
