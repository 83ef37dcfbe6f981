//===- FlatModel.h - the model every backend runs ---------------*- C++ -*-===//
//
// Backends (the LibTorch runtime, the linalg lowering, ONNX export) run a
// model without blocks or heads: sub-network k extracted when one is asked
// for, identical branches fused into grouped chains, every block and head
// flattened into the ops it means. This is where they get it.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_LOWERING_FLATMODEL_H
#define SLICE_LOWERING_FLATMODEL_H

#include "slice/Anytime/Subnet.h"

namespace mlir::slice {

struct FlatModelOptions {
  /// 0: the whole model, one pass computing every head (not the I form,
  /// whose sub-networks run different branches); k: sub-network k alone.
  int64_t subnet = 0;
  /// How sub-network k reads the model's parameters.
  SubnetParams params = SubnetParams::Views;
  /// Fuse identical branches (fuseBranches); off: every branch on its own,
  /// the reference the fused form is checked against.
  bool fuse = true;
  /// Fold parameter expressions over stored values into new parameters
  /// (materialiseParams): plain weights for code generation and export.
  bool materialise = false;
};

/// A copy of `model` as flat ops (see the file comment). Fails with a
/// located error when the model cannot be specialised or flattened.
FailureOr<OwningOpRef<ModuleOp>>
buildFlatModel(ModuleOp model, const FlatModelOptions &options = {});

/// Flattens `module` in place (see buildFlatModel).
LogicalResult flattenForExecution(ModuleOp module,
                                  const FlatModelOptions &options = {});

} // namespace mlir::slice

#endif // SLICE_LOWERING_FLATMODEL_H
