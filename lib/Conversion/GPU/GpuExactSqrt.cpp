//===- GpuExactSqrt.cpp - the --slice-gpu-exact-sqrt pass -----------------===//
//
// convert-gpu-to-nvvm lowers math.sqrt to libdevice's __nv_sqrtf: the
// kernel then needs libdevice linked (found through the CUDA toolkit path
// at compile time, or ptxas rejects the unresolved call), and libdevice's
// default reflection picks the approximate sqrt.approx.f32. In GPU modules
// this pass calls the NVVM intrinsic for the correctly rounded square root
// instead (PTX sqrt.rn.f32), as ATen's CUDA kernels compute it.
//
//===----------------------------------------------------------------------===//
#include "slice/Conversion/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEGPUEXACTSQRT
#include "slice/Conversion/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;

namespace {
struct GpuExactSqrtPass
    : slice::impl::SliceGpuExactSqrtBase<GpuExactSqrtPass> {
  using SliceGpuExactSqrtBase::SliceGpuExactSqrtBase;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<math::SqrtOp> roots;
    getOperation()->walk([&](math::SqrtOp sqrt) {
      if (sqrt.getType().isF32())
        roots.push_back(sqrt);
    });
    StringAttr intrinsic = rewriter.getStringAttr("llvm.nvvm.sqrt.rn.f");
    for (math::SqrtOp sqrt : roots) {
      rewriter.setInsertionPoint(sqrt);
      rewriter.replaceOpWithNewOp<LLVM::CallIntrinsicOp>(
          sqrt, sqrt.getType(), intrinsic, ValueRange{sqrt.getOperand()});
    }
  }
};
} // namespace
