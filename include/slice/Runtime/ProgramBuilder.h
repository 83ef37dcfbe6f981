//===- ProgramBuilder.h - slice IR to runtime programs ----------*- C++ -*-===//
#ifndef SLICE_RUNTIME_PROGRAMBUILDER_H
#define SLICE_RUNTIME_PROGRAMBUILDER_H

#include "slice/Runtime/Program.h"

#include "mlir/IR/BuiltinOps.h"

#include <map>

namespace mlir::slice {

struct ProgramOptions {
  /// Run identical branches as one grouped chain (fuseBranches); off: every
  /// branch on its own, the reference the fused program is checked against.
  bool fuse = true;
  /// Also build the anytime steps (buildAnytimeSteps) that grow sub-network
  /// k into k+1; fails for a model that cannot grow (the I form).
  bool steps = false;
};

/// Translates a verified model into a runtime program: the flat model the
/// compiler makes of it (buildFlatModel; one pass, or one per sub-network
/// of the I form, reading views of the shared parameters), with each
/// sub-network's cost attached. Emits a located error on an op the runtime
/// cannot execute.
FailureOr<::slice::rt::Program> buildProgram(ModuleOp module,
                                             const ProgramOptions &options = {});

/// Stores `values` (by parameter name, row-major) as the parameters' values,
/// so the module file carries trained weights.
LogicalResult storeParamValues(
    ModuleOp module, const std::map<std::string, std::vector<float>> &values);

/// Records the per-channel input normalisation a model was trained with.
void storeInputStats(ModuleOp module, ArrayRef<float> mean,
                     ArrayRef<float> stddev);

} // namespace mlir::slice

#endif // SLICE_RUNTIME_PROGRAMBUILDER_H
