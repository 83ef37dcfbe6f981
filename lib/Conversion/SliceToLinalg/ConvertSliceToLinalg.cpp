//===- ConvertSliceToLinalg.cpp - the --convert-slice-to-linalg pass ------===//
#include "slice/Conversion/SliceToLinalg.h"
#include "slice/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

namespace mlir::slice {
#define GEN_PASS_DEF_CONVERTSLICETOLINALG
#include "slice/Conversion/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct ConvertSliceToLinalgPass
    : slice::impl::ConvertSliceToLinalgBase<ConvertSliceToLinalgPass> {
  using ConvertSliceToLinalgBase::ConvertSliceToLinalgBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    ParamLowering mode;
    if (params == "arguments") {
      mode = ParamLowering::Arguments;
    } else if (params == "constants") {
      mode = ParamLowering::Constants;
    } else {
      module.emitError("params=") << params
                                  << ": expected 'arguments' or 'constants'";
      return signalPassFailure();
    }
    FailureOr<SmallVector<int64_t>> subnets = parseSubnetOption(module, subnet);
    if (failed(subnets) || failed(lowerSliceModel(module, *subnets, mode)))
      signalPassFailure();
  }
};
} // namespace
