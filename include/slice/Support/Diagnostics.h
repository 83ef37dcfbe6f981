//===- Diagnostics.h - how our tools print diagnostics ----------*- C++ -*-===//
//
// Zoo models and models written by our tools name their layers
// (`loc("stage1.block1")`) instead of giving file positions. MLIR's
// source-manager handler prints such an error as
//   <unknown>:0: error: loc("stage1.block1"): 'slice.block' op ...
// Our tools print it as
//   model.mlir: stage1.block1: error: 'slice.block' op ...
// Errors with a file position are left to the source manager (which shows
// the line); pass-option errors lose MLIR's "<Pass-Options-Parser>" tag.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_SUPPORT_DIAGNOSTICS_H
#define SLICE_SUPPORT_DIAGNOSTICS_H

#include "llvm/ADT/StringRef.h"

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace slice {

/// Registers the printer on `context`; register it after the source
/// manager's handler (handlers run newest first). `fileName` is the model
/// the diagnostics are about (empty: none).
void printLayerDiagnostics(mlir::MLIRContext *context,
                           llvm::StringRef fileName);

} // namespace slice

#endif // SLICE_SUPPORT_DIAGNOSTICS_H
