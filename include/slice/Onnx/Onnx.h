//===- Onnx.h - ONNX import and export --------------------------*- C++ -*-===//
//
// Import turns an ONNX model (protobuf, optionally with external data) into
// a plain slice model whose parameters carry the initializers' values;
// export writes any slice model the runtime can execute back as an ONNX
// graph, with the same semantics as slice-run.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_ONNX_ONNX_H
#define SLICE_ONNX_ONNX_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OwningOpRef.h"

namespace llvm {
class MemoryBuffer;
class raw_ostream;
} // namespace llvm

namespace mlir::slice {

struct OnnxImportOptions {
  /// Where external-data files are looked up (the model file's folder).
  std::string baseDir = ".";
  /// Names the model in diagnostics and the module name.
  std::string fileName = "model.onnx";
};

/// Parses `buffer` as an ONNX ModelProto and builds the slice module. Every
/// failure is a located error naming the node, its op type and its index.
OwningOpRef<ModuleOp> importOnnx(const llvm::MemoryBuffer &buffer,
                                 MLIRContext *context,
                                 const OnnxImportOptions &options);

struct OnnxExportOptions {
  int64_t opset = 13;
  /// Run the ONNX checker (with shape inference) on the result.
  bool check = true;
};

/// Writes `module` as a binary ModelProto (opsets 11 to 17) computing what
/// `slice-run run` computes: input "input" (N x C x H x W raw images, the
/// stored training normalisation applied in the graph), one output per head
/// named as ::slice::rt::outputName names it. Anytime models become one
/// graph (the I form: one pass per sub-network in the same graph, sharing
/// weights). Every parameter needs a stored value. All failures, the ONNX
/// checker's included, are located errors; no exception escapes.
LogicalResult exportOnnx(ModuleOp module, llvm::raw_ostream &os,
                         const OnnxExportOptions &options);

/// Writes anytime step `k` of `module` (buildAnytimeSteps: an IS,
/// shallow-exit or plain model) as its own ModelProto: inputs "input" (as
/// exportOnnx takes it; only where the step reads the image: shallow-exit
/// steps after the first do not) and "state.<id>.step<k-1>" (the state step
/// k-1 left, N x C x H x W); outputs sub-network k's, named as exportOnnx names
/// them, then "state.<id>.step<k>" for later steps (feed each output to the
/// next step's input of the same name). Each step's file holds the weights that
/// step reads: the K files together hold the model's weights about once.
LogicalResult exportOnnxStep(ModuleOp module, int64_t k, llvm::raw_ostream &os,
                             const OnnxExportOptions &options);

/// While alive, prints diagnostics located at an ONNX node (the importer's
/// `NameLoc`s "FILE: node N 'NAME' (OP)") as "FILE: node ...: error: ..."
/// instead of MLIR's `loc("...")` form. Other diagnostics pass through.
class OnnxDiagnosticPrinter : public ScopedDiagnosticHandler {
public:
  explicit OnnxDiagnosticPrinter(MLIRContext *context);
};

} // namespace mlir::slice

#endif // SLICE_ONNX_ONNX_H
