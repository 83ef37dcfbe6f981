//===- VerifyInterruptible.cpp - the --verify-interruptible checker -------===//
#include "slice/Analysis/Interruptible.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEVERIFYINTERRUPTIBLE
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct VerifyInterruptiblePass
    : slice::impl::SliceVerifyInterruptibleBase<VerifyInterruptiblePass> {
  void runOnOperation() override {
    if (failed(verifyInterruptible(getOperation())))
      return signalPassFailure();
    markAllAnalysesPreserved();
  }
};
} // namespace
