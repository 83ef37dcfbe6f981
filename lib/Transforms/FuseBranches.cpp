//===- FuseBranches.cpp - the --slice-fuse-branches pass ------------------===//
#include "slice/Lowering/FuseBranches.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEFUSEBRANCHES
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct FuseBranchesPass
    : slice::impl::SliceFuseBranchesBase<FuseBranchesPass> {
  void runOnOperation() override { fuseBranches(getOperation()); }
};
} // namespace
