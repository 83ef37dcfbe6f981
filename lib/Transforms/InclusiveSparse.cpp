//===- InclusiveSparse.cpp - the --inclusive-sparse pass (IS-ResNeXt) -----===//
#include "slice/Anytime/Forms.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEINCLUSIVESPARSE
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct InclusiveSparsePass
    : slice::impl::SliceInclusiveSparseBase<InclusiveSparsePass> {
  using SliceInclusiveSparseBase::SliceInclusiveSparseBase;

  void runOnOperation() override {
    if (numSubnets < 1) {
      getOperation().emitError("--inclusive-sparse needs the number of "
                               "sub-networks, e.g. --inclusive-sparse=K=6");
      return signalPassFailure();
    }
    if (failed(makeInclusiveSparse(getOperation(), numSubnets)))
      signalPassFailure();
  }
};
} // namespace
