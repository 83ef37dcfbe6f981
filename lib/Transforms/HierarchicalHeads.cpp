//===- HierarchicalHeads.cpp - the --hierarchical-heads pass --------------===//
#include "slice/Dialect/Params.h"
#include "slice/Anytime/Rewrite.h"
#include "slice/Anytime/Taxonomy.h"
#include "slice/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "llvm/Support/MemoryBuffer.h"

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
    auto buffer = llvm::MemoryBuffer::getFile(taxonomyPath);
    if (!buffer) {
      module.emitError("cannot read taxonomy '")
          << taxonomyPath << "': " << buffer.getError().message();
      return signalPassFailure();
    }
    Taxonomy taxonomy;
    std::string message;
    unsigned line = 0;
    if (!parseTaxonomy((*buffer)->getBuffer(), taxonomy, message, line)) {
      emitError(FileLineColLoc::get(&getContext(), taxonomyPath, line, 1))
          << message;
      return signalPassFailure();
    }
    AnytimeAttr anytime = getAnytime(module);
    if ((anytime && anytime.getLevels() > 1) ||
        !module.getOps<TaxonomyOp>().empty()) {
      module.emitError("the model already has hierarchical heads");
      return signalPassFailure();
    }
    FailureOr<func::FuncOp> func = getModelFunction(module);
    if (failed(func) || failed(addLevels(module, *func, taxonomy)))
      return signalPassFailure();

    OpBuilder b(module.getBodyRegion());
    SmallVector<Attribute> names, parents;
    for (const auto &level : taxonomy.names) {
      SmallVector<Attribute> labels;
      for (const std::string &name : level)
        labels.push_back(b.getStringAttr(name));
      names.push_back(b.getArrayAttr(labels));
    }
    for (const auto &map : taxonomy.parents)
      parents.push_back(b.getDenseI64ArrayAttr(map));
    TaxonomyOp::create(b, NameLoc::get(b.getStringAttr("taxonomy")),
                       b.getArrayAttr(names), b.getArrayAttr(parents));
    module->setAttr(SliceDialect::getAnytimeAttrName(),
                    AnytimeAttr::get(&getContext(),
                                     anytime ? anytime.getForm()
                                             : AnytimeForm::plain,
                                     anytime ? anytime.getSubnets() : 1,
                                     taxonomy.levels()));
  }

  LogicalResult addLevels(ModuleOp module, func::FuncOp func,
                          const Taxonomy &taxonomy) {
    Operation *ret = func.getBody().front().getTerminator();
    SmallVector<Value> results;
    bool foundHead = false;
    int64_t fine = taxonomy.names[0].size();
    for (Value v : ret->getOperands()) {
      results.push_back(v);
      auto head = v.getDefiningOp<HeadOp>();
      if (!head)
        continue;
      foundHead = true;
      int64_t classes = cast<RankedTensorType>(head.getType()).getDimSize(1);
      if (classes != fine)
        return head.emitOpError("predicts ")
               << classes << " classes, the taxonomy '" << taxonomyPath
               << "' lists " << fine;
      auto yield = cast<YieldOp>(head.getBody().front().getTerminator());
      auto linear = yield.getValues().front().getDefiningOp<LinearOp>();
      if (!linear || !paramOf(linear.getWeight()))
        return head.emitOpError("must end in a slice.linear whose weight is a "
                                "slice.param to get per-level siblings");
      for (size_t d = 1; d < taxonomy.levels(); ++d) {
        HeadOp copy = cloneHead(module, head, (".level" + Twine(d + 1)).str());
        copy.setLevel(d + 1);
        resizeClassifier(module, copy, taxonomy.names[d].size());
        if (failed(refreshResultTypes(copy)))
          return failure();
        copy->moveAfter(results.back().getDefiningOp());
        results.push_back(copy);
      }
    }
    if (!foundHead)
      return module.emitError("--hierarchical-heads found no slice.head among "
                              "the function's results");
    setFunctionResults(func, results);
    return success();
  }

  /// Gives the head's final linear layer `classes` outputs with fresh
  /// parameters (same init schemes).
  void resizeClassifier(ModuleOp module, HeadOp head, int64_t classes) {
    auto yield = cast<YieldOp>(head.getBody().front().getTerminator());
    auto linear = yield.getValues().front().getDefiningOp<LinearOp>();
    auto resize = [&](OpOperand &operand) {
      ParamOp param = paramOf(operand.get());
      RankedTensorType type = param.getTensorType();
      SmallVector<int64_t> shape(type.getShape());
      shape[0] = classes;
      OpBuilder b(param);
      b.setInsertionPointAfter(param);
      // A new classifier: initialised from its scheme, not from the old one.
      auto fresh = ParamOp::create(
          b, param.getLoc(), param.getSymNameAttr(),
          TypeAttr::get(RankedTensorType::get(shape, type.getElementType())),
          param.getInitAttr(), param.getBufferAttr(), nullptr);
      param.erase();
      (void)fresh;
    };
    resize(linear.getWeightMutable());
    if (linear.getBias() && paramOf(linear.getBias()))
      resize(linear.getBiasMutable()[0]);
    // The get_param ops still name the (re-created) symbols; retype them.
    head.walk([&](GetParamOp get) {
      if (ParamOp p = get.getParamOp())
        get.getResult().setType(p.getTensorType());
    });
    (void)refreshResultTypes(linear);
  }
};
} // namespace
