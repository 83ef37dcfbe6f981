//===- FlattenBlocks.cpp - the --slice-flatten-blocks pass ----------------===//
#include "slice/Lowering/Flatten.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEFLATTENBLOCKS
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct FlattenBlocksPass
    : slice::impl::SliceFlattenBlocksBase<FlattenBlocksPass> {
  void runOnOperation() override {
    if (failed(flattenModel(getOperation())))
      signalPassFailure();
  }
};
} // namespace
