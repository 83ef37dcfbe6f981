//===- Forms.h - the anytime constructions of a plain model -----*- C++ -*-===//
//
// The rewrites that turn a plain slice model into an anytime one (paper
// sections 3.1-3.3 and the shallow-exit baseline of 4.1). The passes
// --inclusive, --inclusive-sparse, --shallow-exits and --hierarchical-heads
// are thin wrappers over these functions; include/slice/Transforms/Passes.td
// shows each one's IR before and after.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_ANYTIME_FORMS_H
#define SLICE_ANYTIME_FORMS_H

#include "slice/Anytime/Taxonomy.h"

#include "mlir/IR/BuiltinOps.h"

namespace mlir::slice {

/// I-ResNeXt (section 3.1): sub-network k = 1..K runs the first
/// C_k = round(kC/K) branches of every block at full depth. BatchNorms that
/// see width-dependent features get per-sub-network `[K, C]` parameters,
/// concat blocks get the grouped layout (their readers are reordered so
/// sub-network K stays the original network), and every classifier gets K
/// heads. Emits a located error and fails when `module` is not a plain
/// model, K < 1, K exceeds a block's cardinality, or an op cannot read a
/// narrower or reordered feature; `module` may then be partly rewritten.
LogicalResult makeInclusive(ModuleOp module, int64_t numSubnets);

/// IS-ResNeXt (section 3.2): block features split channel-wise into K
/// groups; branch i of C reads groups 1..ceil(iK/C) and writes group
/// ceil(iK/C); trunk convolutions become block-lower-triangular, grouped
/// pads pad every group in place, and head k reads groups 1..k. Emits a
/// located error and fails when `module` is not a plain model, K < 1, K
/// exceeds a block's cardinality or a feature's width, or an op cannot keep
/// the groups apart; `module` may then be partly rewritten.
LogicalResult makeInclusiveSparse(ModuleOp module, int64_t numSubnets);

/// The shallow-exit baseline (section 4.1): classifiers on the outputs of
/// `numExits` evenly spaced top-level blocks, the last being the model's
/// own head. Emits a located error and fails when `module` is not a plain
/// model, has no head among its results, or K is not in [1, L-1] (K = 1
/// also for L = 1).
LogicalResult addShallowExits(ModuleOp module, int64_t numExits);

/// Hierarchical heads (section 3.3): every classifier among the results
/// gets D-1 siblings predicting the coarser levels of `taxonomy`, which is
/// stored in the model as `slice.taxonomy`; `slice.anytime` records the
/// levels. `source` names the taxonomy (its file) in errors. Emits a
/// located error and fails when the model already has hierarchical heads,
/// has no head among its results, or a head does not predict the taxonomy's
/// fine classes through a final slice.linear on parameters.
LogicalResult addHierarchicalHeads(ModuleOp module, const Taxonomy &taxonomy,
                                   StringRef source);

} // namespace mlir::slice

#endif // SLICE_ANYTIME_FORMS_H
