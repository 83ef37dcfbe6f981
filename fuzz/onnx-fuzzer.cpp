//===- onnx-fuzzer.cpp - ONNX models as slice-opt imports them ------------===//
//
// Input: the bytes of an .onnx file (a ModelProto), imported as `slice-opt
// model.onnx` and `slice-translate --import-onnx` import it. External data
// is looked up in an empty scratch folder. Every refusal must come with a
// diagnostic; a model that imports must verify, and its printed text must
// parse back.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"
#include "ModelDialects.h"

#include "slice/Onnx/Onnx.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext context(::slice::fuzz::modelDialects(), MLIRContext::Threading::DISABLED);
  context.loadAllAvailableDialects();
  unsigned errors = 0;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    errors += diag.getSeverity() == DiagnosticSeverity::Error;
    return success();
  });
  auto buffer = llvm::MemoryBuffer::getMemBuffer(
      llvm::StringRef(reinterpret_cast<const char *>(data), size), "fuzz.onnx",
      /*RequiresNullTerminator=*/false);
  mlir::slice::OnnxImportOptions options;
  options.baseDir = ::slice::fuzz::scratchDir();
  options.fileName = "fuzz.onnx";
  OwningOpRef<ModuleOp> module = mlir::slice::importOnnx(*buffer, &context, options);
  if (!module) {
    ::slice::fuzz::require(errors > 0, "a refused model gets an error");
    return 0;
  }
  ::slice::fuzz::require(errors == 0, "an imported model has no error");
  ::slice::fuzz::require(succeeded(verify(*module)), "an imported model verifies");
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os);
  MLIRContext again(::slice::fuzz::modelDialects(), MLIRContext::Threading::DISABLED);
  ScopedDiagnosticHandler quiet(&again, [](Diagnostic &) { return success(); });
  ::slice::fuzz::require(
      static_cast<bool>(parseSourceString<ModuleOp>(text, &again)),
      "an imported model's text parses back");
  return 0;
}
