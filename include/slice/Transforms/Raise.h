//===- Raise.h - flat graphs to slice blocks and heads ----------*- C++ -*-===//
//
// A flat graph (an ONNX import) becomes explicit slice.blocks and a
// slice.head computing the same function, so the anytime constructions
// (slice/Anytime/Forms.h) apply to imported models. The
// --slice-raise-branches pass is a thin wrapper over raiseBranches;
// include/slice/Transforms/Passes.td shows the IR before and after.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_TRANSFORMS_RAISE_H
#define SLICE_TRANSFORMS_RAISE_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace mlir::slice {

struct RaiseOptions {
  /// Branches of blocks whose middle layers are not grouped: the largest
  /// divisor of the middle width not above it (>= 1).
  int64_t cardinality = 8;
  /// Patterns to raise: residual, grouped, mlp, concat, dense, head; empty
  /// means all.
  llvm::SmallVector<std::string> patterns;
};

/// Raises the model function of the plain model `module` in place:
/// DenseNet concatenations are re-associated, parallel paths from one input
/// become concat blocks, chains of layers ending in a residual sum, around
/// a grouped convolution or linear-act-linear become add blocks split into
/// branches by groups of their middle channels (weights sliced into
/// per-branch parameters), and the classifier tail of each result becomes a
/// slice.head. Every candidate gets a remark (raised, or left flat and
/// why), the function a one-line summary. A model in an anytime form, or
/// not one function of one block, is left as it is with a warning. Emits a
/// located error and fails on invalid options, or when a reader cannot
/// follow a pass-through residual's new channel order.
LogicalResult raiseBranches(ModuleOp module, const RaiseOptions &options);

} // namespace mlir::slice

#endif // SLICE_TRANSFORMS_RAISE_H
