//===- ModelBuilder.cpp - building slice models from C++ ------------------===//
#include "slice/Zoo/ModelBuilder.h"

using namespace mlir;
using namespace mlir::slice;

int64_t mlir::slice::channelsOf(Value v) {
  return cast<RankedTensorType>(v.getType()).getDimSize(1);
}

Operation *ModelBuilder::firstNonParam() {
  // Remembered: a scan per parameter made building a model quadratic in
  // its parameter count (slice-zoo --cardinality=1000 ran for minutes).
  // Looked up again only when an operation other than a parameter was
  // put before the remembered one.
  if (anchor && anchor->getBlock() == module.getBody() &&
      (!anchor->getPrevNode() || isa<ParamOp>(anchor->getPrevNode())))
    return anchor;
  anchor = nullptr;
  for (Operation &op : *module.getBody())
    if (!isa<ParamOp>(op)) {
      anchor = &op;
      break;
    }
  return anchor;
}

Value ModelBuilder::param(StringRef name, ArrayRef<int64_t> shape,
                          InitScheme init, bool buffer) {
  auto type = RankedTensorType::get(shape, b.getF32Type());
  {
    OpBuilder::InsertionGuard guard(b);
    // Parameters go before the first other operation (the function), in
    // creation order.
    if (Operation *next = firstNonParam())
      b.setInsertionPoint(next);
    else
      b.setInsertionPointToEnd(module.getBody());
    ParamOp::create(b, loc(name), b.getStringAttr(name), TypeAttr::get(type),
                    InitSchemeAttr::get(b.getContext(), init),
                    buffer ? b.getUnitAttr() : UnitAttr(), /*value=*/nullptr);
  }
  return GetParamOp::create(b, loc(name), type,
                            FlatSymbolRefAttr::get(b.getContext(), name));
}

Value ModelBuilder::batchNorm(Value x, StringRef name) {
  int64_t c = channelsOf(x);
  std::string n = name.str();
  Value scale = param(n + ".scale", {c}, InitScheme::ones);
  Value bias = param(n + ".bias", {c}, InitScheme::zeros);
  Value mean = param(n + ".mean", {c}, InitScheme::zeros, /*buffer=*/true);
  Value var = param(n + ".var", {c}, InitScheme::ones, /*buffer=*/true);
  return BatchNormOp::create(b, loc(name), x, scale, bias, mean, var,
                             b.getF64FloatAttr(1e-5), b.getF64FloatAttr(0.1));
}

Value ModelBuilder::conv(Value x, StringRef name, int64_t outChannels,
                         int64_t kernel, int64_t stride, int64_t pad,
                         int64_t groups) {
  int64_t in = channelsOf(x);
  Value w = param(name.str() + ".weight",
                  {outChannels, in / groups, kernel, kernel}, InitScheme::msra);
  return Conv2dOp::create(b, loc(name), x, w, /*bias=*/Value(),
                          b.getDenseI64ArrayAttr({stride, stride}),
                          b.getDenseI64ArrayAttr({pad, pad, pad, pad}),
                          b.getDenseI64ArrayAttr({1, 1}),
                          b.getI64IntegerAttr(groups), /*block_sparse=*/nullptr);
}

Value ModelBuilder::linear(Value x, StringRef name, int64_t outFeatures) {
  int64_t in = cast<RankedTensorType>(x.getType()).getDimSize(1);
  Value w = param(name.str() + ".weight", {outFeatures, in}, InitScheme::uniform);
  Value bias = param(name.str() + ".bias", {outFeatures}, InitScheme::zeros);
  return LinearOp::create(b, loc(name), x, w, bias);
}

Value ModelBuilder::relu(Value x, Location l) {
  return ReluOp::create(b, l, x);
}

Value ModelBuilder::classifier(Value feature, StringRef name, int64_t classes,
                               int64_t subnet, int64_t level) {
  auto in = cast<RankedTensorType>(feature.getType());
  auto logitsType =
      RankedTensorType::get({in.getDimSize(0), classes}, in.getElementType());
  auto head = HeadOp::create(b, loc(name), logitsType, feature,
                             b.getI64IntegerAttr(subnet),
                             b.getI64IntegerAttr(level));
  OpBuilder::InsertionGuard guard(b);
  Block *body = b.createBlock(&head.getBody(), {}, {in}, {feature.getLoc()});
  std::string n = name.str();
  Value x = batchNorm(body->getArgument(0), n + ".bn");
  x = relu(x, loc(n + ".relu"));
  x = GlobalAvgPoolOp::create(b, loc(n + ".pool"), x);
  x = FlattenOp::create(b, loc(n + ".flatten"), x, b.getI64IntegerAttr(1));
  x = linear(x, n + ".fc", classes);
  YieldOp::create(b, loc(n), ValueRange{x});
  return head;
}
