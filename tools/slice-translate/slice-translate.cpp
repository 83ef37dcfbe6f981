//===- slice-translate.cpp - ONNX <-> slice ------------------------------===//
//
//   slice-translate --import-onnx model.onnx -o model.mlir
//   slice-translate --export-onnx model.mlir -o model.onnx
//   slice-translate --export-onnx --onnx-step=2 model.mlir -o model.step2.onnx
//                                 anytime step 2 alone (state in and out)
//
// The output replaces -o only when the translation succeeded and is on disk
// (slice/Support/OutputFile.h): a failed export leaves the previous file.
//
//===----------------------------------------------------------------------===//
#include "slice/Dialect/SliceDialect.h"
#include "slice/Onnx/Onnx.h"
#include "slice/Support/Diagnostics.h"
#include "slice/Support/OutputFile.h"
#include "slice/Support/ParserGuards.h"
#include "slice/Support/ToolOptions.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
namespace cl = llvm::cl;

static cl::OptionCategory translateCat("slice-translate options");

static cl::opt<bool> importOnnx("import-onnx",
                                cl::desc("ONNX model (protobuf) to a slice "
                                         "model"),
                                cl::cat(translateCat));
static cl::opt<bool> exportOnnx("export-onnx",
                                cl::desc("slice model (.mlir or .mlirbc) to "
                                         "ONNX (protobuf)"),
                                cl::cat(translateCat));
static cl::opt<std::string> inputFilename(cl::Positional,
                                          cl::desc("<input file>"),
                                          cl::init("-"), cl::cat(translateCat));
static cl::opt<std::string>
    outputFilename("o", cl::desc("output file ('-': standard output)"),
                   cl::value_desc("filename"), cl::init("-"),
                   cl::cat(translateCat));
static cl::opt<bool> emitBytecode(
    "emit-bytecode", cl::desc("--import-onnx: write MLIR bytecode, not text"),
    cl::cat(translateCat));
static cl::opt<int64_t> exportOpset("onnx-opset",
                                    cl::desc("opset of exported models"),
                                    cl::init(13), cl::cat(translateCat));
static cl::opt<bool> exportCheck(
    "onnx-check", cl::desc("run the ONNX checker on exported models"),
    cl::init(true), cl::cat(translateCat));
static cl::opt<int64_t> exportStep(
    "onnx-step",
    cl::desc("export anytime step k (IS or shallow-exit model): the image "
             "and step k-1's state in, sub-network k's outputs and the "
             "state out (0: the whole model)"),
    cl::init(0), cl::cat(translateCat));

static int fail(const std::string &message) {
  llvm::errs() << "slice-translate: error: " << message << "\n";
  return 1;
}

/// --import-onnx: the slice model of an ONNX file, as text or bytecode.
static LogicalResult importModel(MLIRContext &context,
                                 const llvm::MemoryBuffer &buffer,
                                 llvm::raw_ostream &os) {
  mlir::slice::OnnxImportOptions options;
  options.fileName = buffer.getBufferIdentifier().str();
  llvm::SmallString<256> dir(options.fileName);
  llvm::sys::path::remove_filename(dir);
  options.baseDir = dir.empty() ? "." : dir.str().str();
  mlir::slice::OnnxDiagnosticPrinter printer(&context);
  OwningOpRef<ModuleOp> module = mlir::slice::importOnnx(buffer, &context, options);
  if (!module)
    return failure();
  if (emitBytecode)
    return writeBytecodeToFile(*module, os);
  module->print(os);
  os << "\n";
  return success();
}

/// --export-onnx: the whole model, or anytime step --onnx-step.
static LogicalResult exportModel(MLIRContext &context,
                                 std::unique_ptr<llvm::MemoryBuffer> buffer,
                                 llvm::raw_ostream &os) {
  auto sourceMgr = std::make_shared<llvm::SourceMgr>();
  sourceMgr->AddNewSourceBuffer(std::move(buffer), llvm::SMLoc());
  if (!::slice::checkParsableText(*sourceMgr))
    return failure();
  SourceMgrDiagnosticHandler handler(*sourceMgr, &context);
  ::slice::printLayerDiagnostics(&context, inputFilename);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module)
    return failure();
  mlir::slice::OnnxExportOptions options;
  options.opset = exportOpset;
  options.check = exportCheck;
  if (exportStep != 0)
    return mlir::slice::exportOnnxStep(*module, exportStep, os, options);
  return mlir::slice::exportOnnx(*module, os, options);
}

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  registerAsmPrinterCLOptions();
  ::slice::setToolOptionDefaults();
  cl::HideUnrelatedOptions(translateCat);
  cl::ParseCommandLineOptions(argc, argv, "slice ONNX translator\n");
  if (importOnnx == exportOnnx)
    return fail("give one of --import-onnx and --export-onnx");
  if (exportStep != 0 && !exportOnnx)
    return fail("--onnx-step applies to --export-onnx");

  DialectRegistry registry;
  registry.insert<mlir::slice::SliceDialect, func::FuncDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();

  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> input =
      openInputFile(inputFilename, &error);
  if (!input)
    return fail(error);
  // ONNX is binary: not onto a terminal unless asked for with -o -.
  if (exportOnnx && outputFilename.getNumOccurrences() == 0 &&
      llvm::sys::Process::StandardOutIsDisplayed())
    return fail("the ONNX model is binary: give -o FILE (or -o - to write "
                "it to the terminal anyway)");
  // Opened before the work (a path that cannot be written fails at once),
  // committed after it (the previous file stays until then).
  ::slice::OutputFile output;
  if (std::string e = output.open(outputFilename); !e.empty())
    return fail(e);
  LogicalResult result = importOnnx ? importModel(context, *input, output.os())
                                    : exportModel(context, std::move(input),
                                                  output.os());
  if (failed(result))
    return 1;
  if (std::string e = output.commit(); !e.empty())
    return fail(e);
  return 0;
}
