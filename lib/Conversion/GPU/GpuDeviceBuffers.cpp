//===- GpuDeviceBuffers.cpp - the --slice-gpu-device-buffers pass ---------===//
//
// After bufferization the host code allocates intermediate buffers with
// memref.alloc: host memory, which kernels cannot read. Only kernels touch
// intermediate buffers (the caller owns inputs and outputs), so they become
// device memory: gpu.alloc / gpu.dealloc, which --gpu-async-region then
// orders on the function's stream.
//
//===----------------------------------------------------------------------===//
#include "slice/Conversion/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEGPUDEVICEBUFFERS
#include "slice/Conversion/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;

namespace {
struct GpuDeviceBuffersPass
    : slice::impl::SliceGpuDeviceBuffersBase<GpuDeviceBuffersPass> {
  using SliceGpuDeviceBuffersBase::SliceGpuDeviceBuffersBase;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    auto onHost = [](Operation *op) {
      return !op->getParentOfType<gpu::LaunchOp>() &&
             !op->getParentOfType<gpu::GPUModuleOp>();
    };
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      if (isa<memref::AllocOp, memref::DeallocOp>(op) &&
          onHost(op))
        ops.push_back(op);
    });
    for (Operation *op : ops) {
      rewriter.setInsertionPoint(op);
      if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
        auto shared = gpu::AllocOp::create(
            rewriter, alloc.getLoc(), alloc.getType(), /*asyncToken=*/Type(),
            /*asyncDependencies=*/ValueRange(), alloc.getDynamicSizes(),
            alloc.getSymbolOperands(), /*hostShared=*/false);
        rewriter.replaceOp(alloc, shared.getMemref());
      } else {
        auto dealloc = cast<memref::DeallocOp>(op);
        gpu::DeallocOp::create(rewriter, dealloc.getLoc(), /*asyncToken=*/Type(),
                               ValueRange(), dealloc.getMemref());
        rewriter.eraseOp(dealloc);
      }
    }
  }
};
} // namespace
