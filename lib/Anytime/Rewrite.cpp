//===- Rewrite.cpp - shared steps of the anytime transformations ----------===//
#include "slice/Anytime/Rewrite.h"
#include "slice/Anytime/Params.h"
#include "slice/Anytime/Subnet.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"

using namespace mlir;
using namespace mlir::slice;

FailureOr<func::FuncOp> mlir::slice::getModelFunction(ModuleOp module) {
  auto funcs = llvm::to_vector(module.getOps<func::FuncOp>());
  if (funcs.size() != 1)
    return module.emitError("a slice model has exactly one function, found ")
           << funcs.size();
  if (funcs.front().getBody().getBlocks().size() != 1)
    return funcs.front().emitError("the model function must have one block");
  return funcs.front();
}

void mlir::slice::setFunctionResults(func::FuncOp func, ValueRange results) {
  Operation *ret = func.getBody().front().getTerminator();
  OpBuilder b(ret);
  func::ReturnOp::create(b, ret->getLoc(), results);
  ret->erase();
  func.setFunctionType(FunctionType::get(
      func.getContext(), func.getArgumentTypes(), results.getTypes()));
}

LogicalResult mlir::slice::requirePlainModel(ModuleOp module, StringRef flag) {
  AnytimeAttr anytime = getAnytime(module);
  if (anytime && anytime.getForm() != AnytimeForm::plain)
    return module.emitError("--")
           << flag << " needs a plain model; this one is already in the "
           << stringifyAnytimeForm(anytime.getForm()) << " form";
  return success();
}

/// Makes `operand` read the first `size` entries of its parameter along
/// dimension `dim` (-1: the last).
static void sliceParamDim(ModuleOp module, OpOperand &operand, int64_t dim,
                          int64_t size) {
  ParamOp param = paramOf(operand.get());
  RankedTensorType type = param.getTensorType();
  if (dim < 0)
    dim += type.getRank();
  IndexSelection select;
  for (int64_t d = 0; d < type.getRank(); ++d)
    select.push_back(d == dim ? indexRange(0, size)
                              : allIndices(type.getDimSize(d)));
  redirectParamUse(operand,
                   createSlicedParam(module, param, param.getSymName(), select));
}

LogicalResult mlir::slice::narrowReaders(ModuleOp module, Value value) {
  int64_t channels = channelCount(value);
  for (OpOperand &use : llvm::make_early_inc_range(value.getUses())) {
    Operation *user = use.getOwner();
    if (auto conv = dyn_cast<Conv2dOp>(user)) {
      if (use.getOperandNumber() != 0 || conv.getGroups() != 1 ||
          conv.getBlockSparseAttr() || !paramOf(conv.getWeight()))
        return conv.emitOpError("cannot read only the first ")
               << channels << " input channels (needs a dense conv2d whose "
               << "weight is a slice.param)";
      sliceParamDim(module, conv.getWeightMutable(), 1, channels);
      if (failed(refreshResultTypes(conv)))
        return failure();
      continue;
    }
    if (auto linear = dyn_cast<LinearOp>(user)) {
      if (use.getOperandNumber() != 0 || !paramOf(linear.getWeight()))
        return linear.emitOpError("cannot read only the first ")
               << channels << " input features";
      sliceParamDim(module, linear.getWeightMutable(), 1, channels);
      if (failed(refreshResultTypes(linear)))
        return failure();
      continue;
    }
    if (auto bn = dyn_cast<BatchNormOp>(user)) {
      if (use.getOperandNumber() != 0)
        return bn.emitOpError("a feature cannot be a BatchNorm parameter");
      for (OpOperand *param : bn.getParamOperands()) {
        if (!paramOf(param->get()))
          return bn.emitOpError("parameters must be slice.param reads");
        sliceParamDim(module, *param, -1, channels);
      }
    } else if (auto flatten = dyn_cast<FlattenOp>(user)) {
      auto in = cast<RankedTensorType>(flatten.getInput().getType());
      if (flatten.getAxis() != 1 || !isPerChannelFlatten(in))
        return flatten.emitOpError("cannot narrow a flatten that mixes "
                                   "channels with spatial positions");
    } else if (!isa<ReluOp, ClipOp, AvgPoolOp, MaxPoolOp, GlobalAvgPoolOp>(
                   user)) {
      return user->emitOpError("cannot narrow its input to the first ")
             << channels << " channels";
    }
    if (failed(refreshResultTypes(user)) ||
        failed(narrowReaders(module, user->getResult(0))))
      return failure();
  }
  return success();
}

LogicalResult mlir::slice::readPrefixOnly(ModuleOp module, Value value,
                                          int64_t channels) {
  if (channels >= channelCount(value))
    return success();
  OpBuilder b(value.getContext());
  b.setInsertionPointAfterValue(value);
  auto slice = ChannelSliceOp::create(b, value.getLoc(), value,
                                      b.getI64IntegerAttr(0),
                                      b.getI64IntegerAttr(channels));
  value.replaceAllUsesExcept(slice, slice);
  return narrowReaders(module, slice);
}

void mlir::slice::yieldChannelRange(ModuleOp module, YieldOp yield,
                                    int64_t offset, int64_t size) {
  Value value = yield.getValues().front();
  auto conv = value.getDefiningOp<Conv2dOp>();
  if (conv && conv->hasOneUse() && conv.getGroups() == 1 &&
      !conv.getBlockSparseAttr() && paramOf(conv.getWeight())) {
    ParamOp param = paramOf(conv.getWeight());
    RankedTensorType type = param.getTensorType();
    redirectParamUse(conv.getWeightMutable(),
                     createSlicedParam(module, param, param.getSymName(),
                                       {indexRange(offset, offset + size),
                                        allIndices(type.getDimSize(1)),
                                        allIndices(type.getDimSize(2)),
                                        allIndices(type.getDimSize(3))}));
    if (conv.getBias() && paramOf(conv.getBias())) {
      ParamOp bias = paramOf(conv.getBias());
      redirectParamUse(conv.getBiasMutable()[0],
                       createSlicedParam(module, bias, bias.getSymName(),
                                         {indexRange(offset, offset + size)}));
    }
    (void)refreshResultTypes(conv);
    return;
  }
  OpBuilder b(yield);
  yield.getValuesMutable()[0].set(ChannelSliceOp::create(
      b, yield.getLoc(), value, b.getI64IntegerAttr(offset),
      b.getI64IntegerAttr(size)));
}

LogicalResult mlir::slice::addSubnetHeads(
    ModuleOp module, func::FuncOp func, int64_t subnets, StringRef flag,
    function_ref<LogicalResult(HeadOp, int64_t)> adapt) {
  Operation *ret = func.getBody().front().getTerminator();
  SmallVector<Value> results;
  bool foundHead = false;
  for (Value v : ret->getOperands()) {
    auto head = v.getDefiningOp<HeadOp>();
    if (!head) {
      results.push_back(v);
      continue;
    }
    foundHead = true;
    for (int64_t k = 1; k < subnets; ++k) {
      HeadOp copy = cloneHead(module, head, (".subnet" + Twine(k)).str());
      copy.setSubnet(k);
      if (failed(adapt(copy, k)))
        return failure();
      results.push_back(copy);
    }
    head.setSubnet(subnets);
    results.push_back(head);
  }
  if (!foundHead)
    return module.emitError("--")
           << flag << " found no slice.head among the function's results";
  setFunctionResults(func, results);
  return success();
}

HeadOp mlir::slice::cloneHead(ModuleOp module, HeadOp head, StringRef suffix) {
  OpBuilder b(head);
  auto copy = cast<HeadOp>(b.clone(*head));
  llvm::DenseMap<Operation *, ParamOp> copies;
  copy.walk([&](GetParamOp get) {
    ParamOp param = get.getParamOp();
    ParamOp &fresh = copies[param];
    if (!fresh)
      fresh =
          createCopiedParam(module, param, (param.getSymName() + suffix).str());
    get.setNameAttr(FlatSymbolRefAttr::get(fresh.getSymNameAttr()));
  });
  return copy;
}
