//===- SliceFlops.cpp - the --slice-flops analysis pass -------------------===//
#include "slice/Analysis/Cost.h"
#include "slice/Transforms/Passes.h"

#include "llvm/Support/raw_ostream.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEFLOPS
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct SliceFlopsPass : slice::impl::SliceFlopsBase<SliceFlopsPass> {
  using SliceFlopsBase::SliceFlopsBase;

  void runOnOperation() override {
    // The table goes to stderr, so the IR on stdout stays pipeable.
    if (failed(annotateCosts(getOperation(),
                             printTable ? &llvm::errs() : nullptr)))
      signalPassFailure();
  }
};
} // namespace
