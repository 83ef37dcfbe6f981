//===- ExtractSubnet.cpp - the --extract-subnet pass ----------------------===//
#include "slice/Anytime/Subnet.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEEXTRACTSUBNET
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct ExtractSubnetPass
    : slice::impl::SliceExtractSubnetBase<ExtractSubnetPass> {
  using SliceExtractSubnetBase::SliceExtractSubnetBase;

  void runOnOperation() override {
    if (subnet < 1) {
      getOperation().emitError("--extract-subnet needs the sub-network, e.g. "
                               "--extract-subnet=k=2");
      return signalPassFailure();
    }
    if (failed(extractSubnet(getOperation(), subnet)))
      signalPassFailure();
  }
};
} // namespace
