//===- slice-translate.cpp - ONNX <-> slice ------------------------------===//
//
//   slice-translate --import-onnx model.onnx -o model.mlir
//   slice-translate --export-onnx model.mlir -o model.onnx
//   slice-translate --export-onnx --onnx-step=2 model.mlir -o model.step2.onnx
//                                 anytime step 2 alone (state in and out)
//
//===----------------------------------------------------------------------===//
#include "slice/Dialect/SliceDialect.h"
#include "slice/Onnx/Onnx.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
namespace cl = llvm::cl;

static cl::opt<int64_t> exportOpset("onnx-opset",
                                    cl::desc("opset of exported models"),
                                    cl::init(13));
static cl::opt<bool> exportCheck(
    "onnx-check", cl::desc("run the ONNX checker on exported models"),
    cl::init(true));

static cl::opt<int64_t> exportStep(
    "onnx-step",
    cl::desc("export anytime step k (IS or shallow-exit model): the image "
             "and step k-1's state in, sub-network k's outputs and the "
             "state out (0: the whole model)"),
    cl::init(0));

static void registerDialects(DialectRegistry &registry) {
  registry.insert<slice::SliceDialect, func::FuncDialect>();
}

int main(int argc, char **argv) {
  TranslateToMLIRRegistration importReg(
      "import-onnx", "ONNX model (protobuf) to a slice model",
      [](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
         MLIRContext *context) -> OwningOpRef<Operation *> {
        const llvm::MemoryBuffer *buffer =
            sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
        slice::OnnxImportOptions options;
        options.fileName = buffer->getBufferIdentifier().str();
        llvm::SmallString<256> dir(options.fileName);
        llvm::sys::path::remove_filename(dir);
        options.baseDir = dir.empty() ? "." : dir.str().str();
        slice::OnnxDiagnosticPrinter printer(context);
        OwningOpRef<ModuleOp> module =
            slice::importOnnx(*buffer, context, options);
        if (!module)
          return {};
        return OwningOpRef<Operation *>(module.release());
      },
      registerDialects);
  TranslateFromMLIRRegistration exportReg(
      "export-onnx", "slice model to ONNX (protobuf)",
      [](ModuleOp module, llvm::raw_ostream &os) {
        slice::OnnxExportOptions options;
        options.opset = exportOpset;
        options.check = exportCheck;
        if (exportStep != 0)
          return slice::exportOnnxStep(module, exportStep, os, options);
        return slice::exportOnnx(module, os, options);
      },
      registerDialects);
  return failed(mlirTranslateMain(argc, argv, "slice ONNX translator"));
}
