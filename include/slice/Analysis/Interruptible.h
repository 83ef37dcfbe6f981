//===- Interruptible.h - IS sub-networks read only their groups -*- C++ -*-===//
#ifndef SLICE_ANALYSIS_INTERRUPTIBLE_H
#define SLICE_ANALYSIS_INTERRUPTIBLE_H

#include "mlir/IR/BuiltinOps.h"

namespace mlir::slice {

/// Proves that an inclusive_sparse model is interruptible: for every k, the
/// channels sub-network k reads of every channel-partitioned feature (block
/// results and residuals, grouped pads, block-sparse convolutions, and what
/// channel-wise ops compute from them) lie in groups 1..k. Leaves the model
/// unchanged. Emits an error at every reader of a group above k (with a
/// note at the feature) and fails; also fails, with an error on `module`,
/// for a model that is not in the IS form.
LogicalResult verifyInterruptible(ModuleOp module);

} // namespace mlir::slice

#endif // SLICE_ANALYSIS_INTERRUPTIBLE_H
