//===- pass-options-fuzzer.cpp - slice-opt pass pipelines and options -----===//
//
// Input: a model selector byte, then a pass pipeline as slice-opt takes it
// after --pass-pipeline's `builtin.module(...)` (for example
// `slice-inclusive-sparse{K=3},slice-flatten-blocks`), with every slice pass
// and option reachable. The pipeline runs on a small zoo model (ResNeXt
// CIFAR or ImageNet style, DenseNet-BC). A pipeline is either refused with a
// diagnostic, or fails with one, or leaves a module that verifies.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"
#include "ModelDialects.h"

#include "slice/Transforms/Passes.h"
#include "slice/Zoo/ConcatNets.h"
#include "slice/Zoo/ResNeXt.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

namespace {
/// The models, built once: each input runs on a clone.
struct Models {
  MLIRContext context{MLIRContext::Threading::DISABLED};
  OwningOpRef<ModuleOp> models[3];

  Models() {
    context.appendDialectRegistry(::slice::fuzz::modelDialects());
    context.loadAllAvailableDialects();
    mlir::slice::zoo::ResNeXtConfig cifar;
    cifar.blocks = 3;
    cifar.width = 4;
    cifar.bottleneck = 1;
    cifar.cardinality = 4;
    cifar.imageSize = 8;
    cifar.classes = 10;
    models[0] = mlir::slice::zoo::buildResNeXt(&context, cifar);
    mlir::slice::zoo::ResNeXtConfig imagenet = cifar;
    imagenet.style = mlir::slice::zoo::ResNeXtConfig::Style::ImageNet;
    imagenet.blocks = 4;
    imagenet.cardinality = 6;
    imagenet.imageSize = 32;
    imagenet.batch = 2;
    models[1] = mlir::slice::zoo::buildResNeXt(&context, imagenet);
    mlir::slice::zoo::DenseNetConfig dense;
    dense.layers = 1;
    dense.growth = 4;
    dense.cardinality = 2;
    dense.imageSize = 8;
    models[2] = mlir::slice::zoo::buildDenseNet(&context, dense);
    for (auto &model : models)
      ::slice::fuzz::require(model && succeeded(verify(*model)),
                             "the zoo builds the fuzzed models");
  }
};
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  mlir::slice::registerSlicePasses();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static Models *models = new Models;
  if (size == 0)
    return 0;
  llvm::StringRef pipeline(reinterpret_cast<const char *>(data) + 1, size - 1);
  MLIRContext &context = models->context;

  std::string errors;
  llvm::raw_string_ostream errorStream(errors);
  PassManager pm(&context);
  if (failed(parsePassPipeline(pipeline, pm, errorStream))) {
    ::slice::fuzz::require(!errors.empty(), "a refused pipeline says why");
    return 0;
  }
  // Verified once at the end, not between passes: a pass that leaves
  // invalid IR is a finding, not a diagnostic.
  pm.enableVerifier(false);
  unsigned diagnosed = 0;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &diag) {
    diagnosed += diag.getSeverity() == DiagnosticSeverity::Error;
    return success();
  });
  OwningOpRef<ModuleOp> module = models->models[data[0] % 3]->clone();
  if (failed(pm.run(*module))) {
    ::slice::fuzz::require(diagnosed > 0, "a failing pass reports an error");
    return 0;
  }
  ::slice::fuzz::require(succeeded(verify(*module)),
                         "a pipeline that succeeds leaves valid IR");
  return 0;
}
