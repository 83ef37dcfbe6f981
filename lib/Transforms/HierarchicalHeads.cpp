//===- HierarchicalHeads.cpp - the --hierarchical-heads pass --------------===//
#include "slice/Anytime/Forms.h"
#include "slice/Transforms/Passes.h"

namespace mlir::slice {
#define GEN_PASS_DEF_SLICEHIERARCHICALHEADS
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
struct HierarchicalHeadsPass
    : slice::impl::SliceHierarchicalHeadsBase<HierarchicalHeadsPass> {
  using SliceHierarchicalHeadsBase::SliceHierarchicalHeadsBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (taxonomyPath.empty()) {
      module.emitError("--hierarchical-heads needs a taxonomy file, e.g. "
                       "--hierarchical-heads=taxonomy=taxonomies/fashion-mnist.txt");
      return signalPassFailure();
    }
    FailureOr<Taxonomy> taxonomy = loadTaxonomy(module, taxonomyPath);
    if (failed(taxonomy) ||
        failed(addHierarchicalHeads(module, *taxonomy, taxonomyPath)))
      signalPassFailure();
  }
};
} // namespace
