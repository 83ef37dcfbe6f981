//===- Cost.cpp - multiply-adds and parameters of slice models ------------===//
#include "slice/Analysis/Cost.h"
#include "slice/Dialect/SliceOps.h"

using namespace mlir;
using namespace mlir::slice;

int64_t mlir::slice::numElements(ParamOp param) {
  int64_t elements = 1;
  for (int64_t d : param.getTensorType().getShape())
    elements = saturatingMul(elements, d);
  return elements;
}

/// Input x output channel pairs connected by a block-sparse pattern.
static int64_t presentChannelPairs(BlockSparseAttr pattern) {
  int64_t pairs = 0;
  for (auto [o, outSize] : llvm::enumerate(pattern.getOut()))
    for (auto [i, inSize] : llvm::enumerate(pattern.getIn()))
      if (pattern.isPresent(o, i))
        pairs = saturatingAdd(pairs, saturatingMul(outSize, inSize));
  return pairs;
}

static int64_t convMacs(Conv2dOp conv) {
  auto out = cast<RankedTensorType>(conv.getType());
  auto weight = cast<RankedTensorType>(conv.getWeight().getType());
  // Checked before any product: a dynamic size is a negative sentinel.
  if (ShapedType::isDynamic(out.getDimSize(2)) ||
      ShapedType::isDynamic(out.getDimSize(3)))
    return 0;
  int64_t pixels = saturatingMul(out.getDimSize(2), out.getDimSize(3));
  int64_t window = saturatingMul(weight.getDimSize(2), weight.getDimSize(3));
  int64_t perPixel = saturatingMul(pixels, window);
  if (BlockSparseAttr pattern = conv.getBlockSparseAttr())
    return saturatingMul(perPixel, presentChannelPairs(pattern));
  // Weight is Cout x Cin/groups x kh x kw.
  return saturatingMul(perPixel, saturatingMul(weight.getDimSize(0),
                                               weight.getDimSize(1)));
}

int64_t mlir::slice::countMacs(Operation *op) {
  if (auto conv = dyn_cast<Conv2dOp>(op))
    return convMacs(conv);
  if (auto linear = dyn_cast<LinearOp>(op)) {
    auto weight = cast<RankedTensorType>(linear.getWeight().getType());
    return saturatingMul(weight.getDimSize(0), weight.getDimSize(1));
  }
  return 0;
}

/// The parameters `v` reads: through views and concatenations (fused
/// branches read their members' weights).
static void collectParams(Value v, SmallVectorImpl<ParamOp> &params) {
  Operation *def = v.getDefiningOp();
  if (auto get = dyn_cast_or_null<GetParamOp>(def)) {
    ParamOp param = get.getParamOp();
    if (param && param.isTrainable() && !llvm::is_contained(params, param))
      params.push_back(param);
  } else if (isa_and_nonnull<ParamSliceOp, ParamConcatOp>(def)) {
    for (Value input : def->getOperands())
      collectParams(input, params);
  }
}

SmallVector<ParamOp> mlir::slice::paramsReadBy(Operation *op) {
  SmallVector<ParamOp> params;
  for (Value operand : op->getOperands())
    collectParams(operand, params);
  return params;
}

int64_t mlir::slice::effectiveElements(Operation *user, ParamOp param) {
  auto conv = dyn_cast<Conv2dOp>(user);
  if (!conv || !conv.getBlockSparseAttr())
    return numElements(param);
  auto get = conv.getWeight().getDefiningOp<GetParamOp>();
  if (!get || get.getParamOp() != param)
    return numElements(param);
  auto weight = param.getTensorType();
  return saturatingMul(presentChannelPairs(conv.getBlockSparseAttr()),
                       saturatingMul(weight.getDimSize(2), weight.getDimSize(3)));
}

Cost mlir::slice::countOp(Operation *op) {
  Cost cost;
  cost.macs = countMacs(op);
  for (ParamOp param : paramsReadBy(op))
    cost.params = saturatingAdd(cost.params, effectiveElements(op, param));
  return cost;
}

Cost mlir::slice::countNested(Operation *root) {
  Cost cost;
  llvm::DenseSet<Operation *> seen;
  root->walk([&](Operation *op) {
    cost.macs = saturatingAdd(cost.macs, countMacs(op));
    for (ParamOp param : paramsReadBy(op))
      if (seen.insert(param).second)
        cost.params = saturatingAdd(cost.params, effectiveElements(op, param));
  });
  return cost;
}
