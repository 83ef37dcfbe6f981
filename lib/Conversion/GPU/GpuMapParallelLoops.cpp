//===- GpuMapParallelLoops.cpp - the --slice-gpu-map-parallel-loops pass --===//
//
// Every outermost scf.parallel nest (one per linalg op after
// --convert-linalg-to-parallel-loops) becomes a 1-D grid of thread blocks:
// all parallel dimensions are collapsed into one, which is tiled by the
// block size; tiles map to blocks, elements of a tile to threads.
// Reductions stay sequential loops inside a thread, so every thread owns
// its output elements and no synchronisation is needed.
//
//===----------------------------------------------------------------------===//
#include "slice/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/ParallelLoopMapper.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEGPUMAPPARALLELLOOPS
#include "slice/Conversion/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;

namespace {
struct GpuMapParallelLoopsPass
    : slice::impl::SliceGpuMapParallelLoopsBase<GpuMapParallelLoopsPass> {
  using SliceGpuMapParallelLoopsBase::SliceGpuMapParallelLoopsBase;

  void runOnOperation() override {
    if (blockSize < 1 || blockSize > 1024) {
      getOperation()->emitError("block-size must be in [1, 1024], got ")
          << static_cast<int64_t>(blockSize);
      return signalPassFailure();
    }
    auto outermost = [&] {
      SmallVector<scf::ParallelOp> loops;
      getOperation()->walk([&](scf::ParallelOp loop) {
        if (!loop->getParentOfType<scf::ParallelOp>() &&
            !loop->getParentOfType<gpu::LaunchOp>() &&
            !loop->hasAttr(gpu::getMappingAttrName()))
          loops.push_back(loop);
      });
      return loops;
    };
    MLIRContext *ctx = &getContext();
    IRRewriter rewriter(ctx);
    // One flat index space per nest (collapsing normalises the bounds to
    // [0, n) step 1 and replaces the loop).
    for (scf::ParallelOp loop : outermost()) {
      if (loop.getNumLoops() < 2)
        continue;
      std::vector<unsigned> all;
      for (unsigned d = 0; d < loop.getNumLoops(); ++d)
        all.push_back(d);
      rewriter.setInsertionPoint(loop);
      collapseParallelLoops(rewriter, loop, {all});
    }
    for (scf::ParallelOp loop : outermost()) {
      // Tiles of exactly blockSize threads; out-of-range threads are
      // guarded by an scf.if, so the block size is a launch constant.
      auto [blocks, threads] =
          scf::tileParallelLoop(loop, {blockSize}, /*noMinMaxBounds=*/true);
      AffineMap id = AffineMap::getMultiDimIdentityMap(1, ctx);
      auto map = [&](gpu::Processor p) {
        return gpu::ParallelLoopDimMappingAttr::get(ctx, p, id, id);
      };
      if (failed(gpu::setMappingAttr(blocks, {map(gpu::Processor::BlockX)})) ||
          failed(gpu::setMappingAttr(threads, {map(gpu::Processor::ThreadX)}))) {
        blocks->emitError("cannot map the loop to blocks and threads");
        return signalPassFailure();
      }
    }
  }
};
} // namespace
