//===- mlir-fuzzer.cpp - .mlir text with the slice dialect ----------------===//
//
// Input: .mlir text (or bytecode), parsed and verified as slice-opt parses
// it: the parser guard first, then MLIR's parser with the slice dialect's
// custom syntax (slice.block's branches among it) and every op verifier. A
// module that verifies must print, parse back and print the same text; in
// the generic form as well.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"
#include "ModelDialects.h"

#include "slice/Support/ParserGuards.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace {

std::string print(Operation *op, bool generic) {
  std::string text;
  llvm::raw_string_ostream os(text);
  OpPrintingFlags flags;
  if (generic)
    flags.printGenericOpForm();
  op->print(os, flags);
  return text;
}

/// Parses `text` in `context`; errors go to `diagnostics`.
OwningOpRef<ModuleOp> parse(llvm::StringRef text, MLIRContext &context,
                            llvm::raw_ostream &diagnostics) {
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(text, "fuzz.mlir"), llvm::SMLoc());
  SourceMgrDiagnosticHandler handler(sourceMgr, &context, diagnostics);
  if (!::slice::checkParsableText(sourceMgr, diagnostics))
    return nullptr;
  return parseSourceFile<ModuleOp>(sourceMgr, &context);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext context(::slice::fuzz::modelDialects(), MLIRContext::Threading::DISABLED);
  std::string diagnostics;
  llvm::raw_string_ostream diag(diagnostics);
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  OwningOpRef<ModuleOp> module = parse(text, context, diag);
  if (!module) {
    ::slice::fuzz::require(!diagnostics.empty(), "a refused input gets a diagnostic");
    return 0;
  }
  ::slice::fuzz::require(succeeded(verify(*module)), "a parsed module verifies");
  for (bool generic : {false, true}) {
    std::string printed = print(*module, generic);
    MLIRContext again(::slice::fuzz::modelDialects(), MLIRContext::Threading::DISABLED);
    std::string errors;
    llvm::raw_string_ostream errorStream(errors);
    OwningOpRef<ModuleOp> reparsed = parse(printed, again, errorStream);
    if (!reparsed) {
      std::fprintf(stderr, "printed:\n%s\nerrors:\n%s\n", printed.c_str(),
                   errors.c_str());
      ::slice::fuzz::require(false, "what the printer writes parses back");
    }
    ::slice::fuzz::require(print(*reparsed, generic) == printed,
                  "printing is stable across a round trip");
  }
  return 0;
}
