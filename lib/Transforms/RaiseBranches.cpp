//===- RaiseBranches.cpp - the --slice-raise-branches pass ----------------===//
#include "slice/Transforms/Passes.h"
#include "slice/Transforms/Raise.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICERAISEBRANCHES
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct RaiseBranchesPass
    : slice::impl::SliceRaiseBranchesBase<RaiseBranchesPass> {
  using SliceRaiseBranchesBase::SliceRaiseBranchesBase;

  void runOnOperation() override {
    // raiseBranches checks the options: it knows the patterns.
    RaiseOptions options;
    options.cardinality = cardinality;
    options.patterns.assign(patterns.begin(), patterns.end());
    if (failed(raiseBranches(getOperation(), options)))
      signalPassFailure();
  }
};
} // namespace
