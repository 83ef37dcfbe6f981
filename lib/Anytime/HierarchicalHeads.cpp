//===- HierarchicalHeads.cpp - per-level classifiers from a taxonomy ------===//
#include "slice/Anytime/Forms.h"
#include "slice/Anytime/Rewrite.h"
#include "slice/Dialect/Params.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::slice;

/// The layer producing a head's class scores: its last layer (a linear
/// layer, or SqueezeNet's 1x1 convolution), followed only by channel-wise
/// ops (ReLU, global pooling) and a per-channel flatten; the ops after it,
/// in order, go to `after`. Null when the head ends otherwise.
static Operation *classifierOf(HeadOp head, SmallVectorImpl<Operation *> &after) {
  Value v = cast<YieldOp>(head.getBody().front().getTerminator())
                .getValues()
                .front();
  while (Operation *op = v.getDefiningOp()) {
    if (auto layer = dyn_cast<LayerOpInterface>(op))
      return paramOf(layer.getWeight()) ? op : nullptr;
    after.insert(after.begin(), op);
    if (Value in = getChannelWiseInput(op)) {
      v = in;
      continue;
    }
    auto flatten = dyn_cast<FlattenOp>(op);
    if (!flatten || flatten.getAxis() != 1 ||
        !isPerChannelFlatten(
            cast<RankedTensorType>(flatten.getInput().getType())))
      return nullptr;
    v = flatten.getInput();
  }
  return nullptr;
}

/// Gives the head's classifier `classes` outputs with fresh parameters
/// (same init schemes); what follows it takes the new width.
static void resizeClassifier(HeadOp head, int64_t classes) {
  SmallVector<Operation *> after;
  auto layer = cast<LayerOpInterface>(classifierOf(head, after));
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
  resize(layer.getWeightMutable());
  if (Value bias = layer.getBias(); bias && paramOf(bias))
    for (OpOperand &operand : layer->getOpOperands())
      if (operand.get() == bias)
        resize(operand);
  // The get_param ops still name the (re-created) symbols; retype them.
  head.walk([&](GetParamOp get) {
    if (ParamOp p = get.getParamOp())
      get.getResult().setType(p.getTensorType());
  });
  (void)refreshResultTypes(layer);
  for (Operation *op : after)
    (void)refreshResultTypes(op);
}

/// Gives every head among `func`'s results its siblings for levels 2..D,
/// each returned right after it.
static LogicalResult addLevels(ModuleOp module, func::FuncOp func,
                               const Taxonomy &taxonomy, StringRef source) {
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
             << classes << " classes, the taxonomy '" << source << "' lists "
             << fine;
    SmallVector<Operation *> after;
    if (!classifierOf(head, after))
      return head.emitOpError(
          "must end in a classifier layer (slice.linear, or a convolution "
          "followed by channel-wise ops and a flatten) whose weight is a "
          "slice.param to get per-level siblings");
    for (size_t d = 1; d < taxonomy.levels(); ++d) {
      HeadOp copy = cloneHead(module, head, (".level" + Twine(d + 1)).str());
      copy.setLevel(d + 1);
      resizeClassifier(copy, taxonomy.names[d].size());
      if (failed(refreshResultTypes(copy)))
        return failure();
      copy->moveAfter(results.back().getDefiningOp());
      results.push_back(copy);
    }
  }
  if (!foundHead)
    return emitNoHeadError(module, "hierarchical-heads");
  setFunctionResults(func, results);
  return success();
}

LogicalResult mlir::slice::addHierarchicalHeads(ModuleOp module,
                                                const Taxonomy &taxonomy,
                                                StringRef source) {
  AnytimeAttr anytime = getAnytime(module);
  if ((anytime && anytime.getLevels() > 1) ||
      !module.getOps<TaxonomyOp>().empty())
    return module.emitError("the model already has hierarchical heads");
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func) || failed(addLevels(module, *func, taxonomy, source)))
    return failure();

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
                  AnytimeAttr::get(module.getContext(),
                                   anytime ? anytime.getForm()
                                           : AnytimeForm::plain,
                                   anytime ? anytime.getSubnets() : 1,
                                   taxonomy.levels()));
  return success();
}
