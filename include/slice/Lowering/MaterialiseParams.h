//===- MaterialiseParams.h - parameter expressions as parameters -*- C++ -*-===//
#ifndef SLICE_LOWERING_MATERIALISEPARAMS_H
#define SLICE_LOWERING_MATERIALISEPARAMS_H

#include "slice/Dialect/SliceOps.h"

namespace mlir::slice {

/// Replaces every parameter expression (`slice.param_slice`,
/// `slice.param_concat`) over parameters that all have stored values by a
/// read of a new parameter holding the computed value: code generation and
/// export then see plain weights, computed once rather than per call.
/// Equal expressions share one parameter; parameters nothing reads any more
/// are erased. Expressions over parameters without stored values (created
/// from their init scheme at run time) are left as they are. Returns how
/// many parameters were created.
int64_t materialiseParams(ModuleOp module);

} // namespace mlir::slice

#endif // SLICE_LOWERING_MATERIALISEPARAMS_H
