//===- slice-opt.cpp - the slice optimizer driver -------------------------===//
#include "slice/Conversion/Passes.h"
#include "slice/Conversion/Pipelines.h"
#include "slice/Dialect/SliceDialect.h"
#include "slice/Onnx/Onnx.h"
#include "slice/Support/Diagnostics.h"
#include "slice/Support/OutputFile.h"
#include "slice/Support/ParserGuards.h"
#include "slice/Support/ToolOptions.h"
#include "slice/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

/// `slice-opt model.onnx <passes>`: imports the ONNX model and runs the
/// pipeline on it in memory, so weights are never printed and re-parsed.
static mlir::LogicalResult optimizeOnnx(llvm::StringRef inputFilename,
                                        llvm::StringRef outputFilename,
                                        mlir::DialectRegistry &registry) {
  using namespace mlir;
  MlirOptMainConfig config = MlirOptMainConfig::createFromCLOptions();
  MLIRContext context(registry);
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> file =
      openInputFile(inputFilename, &error);
  if (!file) {
    llvm::errs() << "slice-opt: error: " << error << "\n";
    return failure();
  }
  mlir::slice::OnnxImportOptions options;
  options.fileName = inputFilename.str();
  llvm::SmallString<256> dir(inputFilename);
  llvm::sys::path::remove_filename(dir);
  options.baseDir = dir.empty() ? "." : dir.str().str();
  mlir::slice::OnnxDiagnosticPrinter printer(&context);
  OwningOpRef<ModuleOp> module = mlir::slice::importOnnx(*file, &context, options);
  if (!module)
    return failure();
  file.reset();

  PassManager pm(&context, ModuleOp::getOperationName(),
                 OpPassManager::Nesting::Implicit);
  pm.enableVerifier(config.shouldVerifyPasses());
  if (failed(applyPassManagerCLOptions(pm)) ||
      failed(config.setupPassPipeline(pm)) || failed(pm.run(*module)))
    return failure();

  ::slice::OutputFile output;
  if (std::string e = output.open(outputFilename); !e.empty()) {
    llvm::errs() << "slice-opt: error: " << e << "\n";
    return failure();
  }
  if (config.shouldEmitBytecode()) {
    if (failed(writeBytecodeToFile(*module, output.os())))
      return failure();
  } else {
    module->print(output.os());
    output.os() << "\n";
  }
  if (std::string e = output.commit(); !e.empty()) {
    llvm::errs() << "slice-opt: error: " << e << "\n";
    return failure();
  }
  return success();
}

/// MlirOptMain, with the output written atomically: the result replaces
/// `outputFilename` only when every pass succeeded and it is on disk.
static mlir::LogicalResult optimizeMlir(int argc, char **argv,
                                        llvm::StringRef inputFilename,
                                        llvm::StringRef outputFilename,
                                        mlir::DialectRegistry &registry) {
  using namespace mlir;
  MlirOptMainConfig config = MlirOptMainConfig::createFromCLOptions();
  // Listing dialects or passes writes no output: upstream does it.
  if (config.shouldShowDialects() || config.shouldListPasses())
    return MlirOptMain(argc, argv, inputFilename, outputFilename, registry);
  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> file =
      openInputFile(inputFilename, &error);
  if (!file) {
    llvm::errs() << "slice-opt: error: " << error << "\n";
    return failure();
  }
  {
    // Text the parser would crash on is an error here (every split of
    // --split-input-file is in the one buffer).
    llvm::SourceMgr sourceMgr;
    sourceMgr.AddNewSourceBuffer(
        llvm::MemoryBuffer::getMemBuffer(file->getMemBufferRef(),
                                         /*RequiresNullTerminator=*/false),
        llvm::SMLoc());
    if (!::slice::checkParsableText(sourceMgr))
      return failure();
  }
  ::slice::OutputFile output;
  if (std::string e = output.open(outputFilename); !e.empty()) {
    llvm::errs() << "slice-opt: error: " << e << "\n";
    return failure();
  }
  // MlirOptMain makes the context: the layer-name printer joins it when
  // the pipeline is set up, after the source manager's handler (parse
  // errors always have a file position).
  MlirOptMainConfig pipeline = config;
  if (!config.shouldVerifyDiagnostics())
    config.setPassPipelineSetupFn([&](PassManager &pm) {
      ::slice::printLayerDiagnostics(pm.getContext(), inputFilename);
      return pipeline.setupPassPipeline(pm);
    });
  if (failed(MlirOptMain(output.os(), std::move(file), registry, config)))
    return failure();
  if (std::string e = output.commit(); !e.empty()) {
    llvm::errs() << "slice-opt: error: " << e << "\n";
    return failure();
  }
  return success();
}

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  registry.insert<mlir::slice::SliceDialect, mlir::func::FuncDialect,
                  mlir::arith::ArithDialect, mlir::tensor::TensorDialect,
                  mlir::linalg::LinalgDialect, mlir::scf::SCFDialect,
                  mlir::memref::MemRefDialect,
                  mlir::bufferization::BufferizationDialect,
                  mlir::gpu::GPUDialect, mlir::NVVM::NVVMDialect,
                  mlir::LLVM::LLVMDialect>();
  // The lowering issues run upstream pipelines (bufferization, GPU outlining,
  // NVVM, LLVM); their interfaces and passes must be available here.
  // Code generation (--slice-to-llvm-cpu, --slice-to-nvvm) needs every
  // dialect's external interface models (bufferization, tiling, ...).
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  // gpu-module-to-binary translates kernels to LLVM IR.
  mlir::registerAllToLLVMIRTranslations(registry);
  mlir::registerAllPasses();
  mlir::slice::registerSlicePasses();
  mlir::slice::registerSliceConversionPasses();
  mlir::slice::registerSlicePipelines();
  ::slice::setToolOptionDefaults();
  auto [inputFilename, outputFilename] = mlir::registerAndParseCLIOptions(
      argc, argv, "slice optimizer driver (reads .mlir, .mlirbc or .onnx)\n",
      registry);
  if (llvm::StringRef(inputFilename).ends_with(".onnx"))
    return mlir::asMainReturnCode(
        optimizeOnnx(inputFilename, outputFilename, registry));
  return mlir::asMainReturnCode(
      optimizeMlir(argc, argv, inputFilename, outputFilename, registry));
}
