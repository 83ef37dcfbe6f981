//===- CopiesToLinalg.cpp - the --slice-copies-to-linalg pass -------------===//
//
// Bufferization copies with memref.copy (padding a tensor, results that are
// views). Lowered as is, a strided memref.copy calls the `memrefCopy`
// runtime helper on the host; as linalg.copy it becomes loops like every
// other op: plain code on the CPU, kernels on the GPU.
//
//===----------------------------------------------------------------------===//
#include "slice/Conversion/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICECOPIESTOLINALG
#include "slice/Conversion/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;

namespace {
struct CopiesToLinalgPass
    : slice::impl::SliceCopiesToLinalgBase<CopiesToLinalgPass> {
  using SliceCopiesToLinalgBase::SliceCopiesToLinalgBase;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<memref::CopyOp> copies;
    getOperation()->walk([&](memref::CopyOp copy) { copies.push_back(copy); });
    for (memref::CopyOp copy : copies) {
      rewriter.setInsertionPoint(copy);
      rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(),
                                                  copy.getTarget());
    }
  }
};
} // namespace
