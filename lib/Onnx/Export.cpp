//===- Export.cpp - slice models as ONNX graphs ---------------------------===//
#include "slice/Onnx/Onnx.h"

using namespace mlir;
using namespace mlir::slice;

LogicalResult mlir::slice::exportOnnx(ModuleOp module, llvm::raw_ostream &os,
                                      const OnnxExportOptions &options) {
  return module.emitError("ONNX export is not built yet");
}
