//===- Import.cpp - ONNX models as slice models ---------------------------===//
#include "slice/Onnx/Onnx.h"

using namespace mlir;
using namespace mlir::slice;

OwningOpRef<ModuleOp> mlir::slice::importOnnx(const llvm::MemoryBuffer &buffer,
                                              MLIRContext *context,
                                              const OnnxImportOptions &options) {
  emitError(UnknownLoc::get(context), "ONNX import is not built yet");
  return {};
}

OnnxDiagnosticPrinter::OnnxDiagnosticPrinter(MLIRContext *context)
    : ScopedDiagnosticHandler(context) {}
