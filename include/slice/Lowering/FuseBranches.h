//===- FuseBranches.h - identical branches as one grouped chain -*- C++ -*-===//
//
// A block's explicit branches are its meaning, but running C of them one by
// one launches C tiny convolutions per layer. Branches with the same layer
// chain that read the same channels and land in the same channel group are
// one computation: their first layers stacked (more output rows), middle
// layers grouped, and the last layers side by side along their input
// columns (so one convolution computes the branches' sum) or, in a concat
// block, grouped like the middle ones. Fusing rewrites each such set into
// one branch whose weights are `slice.param_concat` of the members', so
// the fused model still reads (and trains) the original parameters.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_LOWERING_FUSEBRANCHES_H
#define SLICE_LOWERING_FUSEBRANCHES_H

#include "slice/Dialect/SliceOps.h"

namespace mlir::slice {

/// Fuses the branches of `block` that compute the same chain of layers
/// (conv2d, batch_norm and pointwise activations, the first one a dense
/// convolution, an add block's last one a dense convolution without bias)
/// on the same channels of the block's single input, within one channel
/// group; a concat block fuses runs of consecutive such branches. Returns
/// the number of branches removed. Blocks with `subnet_branches` are left
/// alone (their fusable sets differ per sub-network: specialise first).
int64_t fuseBlockBranches(BlockOp block);

/// Fuses the branches of every block of the model. Returns how many branches
/// were fused away.
int64_t fuseBranches(ModuleOp module);

} // namespace mlir::slice

#endif // SLICE_LOWERING_FUSEBRANCHES_H
