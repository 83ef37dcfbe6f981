//===- MaterialiseParams.cpp - the --slice-materialise-params pass --------===//
#include "slice/Lowering/MaterialiseParams.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEMATERIALISEPARAMS
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct MaterialiseParamsPass
    : slice::impl::SliceMaterialiseParamsBase<MaterialiseParamsPass> {
  void runOnOperation() override { materialiseParams(getOperation()); }
};
} // namespace
