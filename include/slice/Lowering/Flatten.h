//===- Flatten.h - the one meaning of slice.block and slice.head -*- C++ -*-===//
//
// A block or head is structure over ordinary ops; flattening writes out
// what it computes with channel_slice, add, concat and pad_channels. This
// is the only place that defines the meaning of a block (its aggregation,
// residual, IS channel groups and grouped concat layout): the runtime, the
// linalg lowering and ONNX export all run the flattened model.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_LOWERING_FLATTEN_H
#define SLICE_LOWERING_FLATTEN_H

#include "slice/Dialect/SliceOps.h"

#include "mlir/IR/PatternMatch.h"

namespace mlir::slice {

/// Replaces `block` by the ops it means, inserted where it stands: every
/// branch inlined on the block's inputs, then the aggregation. An add block
/// sums its residual and branches; with a `partition`, channel group g is
/// the residual's group g plus the branches of group g (a group nothing
/// writes is zeros). A concat block concatenates, group by group, the
/// residual's share of the group and the group's branches. Every branch
/// runs: a block with `subnet_branches` (the I form) has no single
/// meaning, so it is a located error; specialise to a sub-network first.
LogicalResult flattenBlock(RewriterBase &rewriter, BlockOp block);

/// Replaces `head` by its inlined body. A function result it computes keeps
/// the head's sub-network and label level as `slice.subnet` / `slice.level`
/// result attributes.
void flattenHead(RewriterBase &rewriter, HeadOp head);

/// Flattens every block and head of the model function in order, then
/// simplifies channel slices (of slices, of concatenations) and removes
/// what no output reads.
LogicalResult flattenModel(ModuleOp module);

} // namespace mlir::slice

#endif // SLICE_LOWERING_FLATTEN_H
