//===- Rewrite.cpp - shared steps of the anytime transformations ----------===//
#include "slice/Anytime/Rewrite.h"
#include "slice/Dialect/Params.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"

#include <map>
#include <vector>

using namespace mlir;
using namespace mlir::slice;

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
    if (auto layer = dyn_cast<LayerOpInterface>(user)) {
      if (use.get() != layer.getInput() || !layer.canReadInputPrefix() ||
          !paramOf(layer.getWeight()))
        return user->emitOpError("cannot read only the first ")
               << channels << " input channels (needs a dense conv2d or "
               << "linear layer whose weight is a slice.param)";
      sliceParamDim(module, layer.getWeightMutable(), 1, channels);
      if (failed(refreshResultTypes(user)))
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
    } else if (getChannelWiseInput(user) != value) {
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
    return emitNoHeadError(module, flag);
  setFunctionResults(func, results);
  return success();
}

LogicalResult mlir::slice::emitNoHeadError(ModuleOp module, StringRef flag) {
  InFlightDiagnostic error = module.emitError("--")
                             << flag
                             << " found no slice.head among the function's "
                                "results";
  bool structured = false;
  module.walk([&](Operation *op) {
    structured = isa<BlockOp, HeadOp>(op);
    return structured ? WalkResult::interrupt() : WalkResult::advance();
  });
  if (!structured)
    error << "; the model has no slice.block or slice.head (an ONNX import "
             "or a flattened model): raise them first with "
             "--slice-raise-branches";
  return error;
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

//===----------------------------------------------------------------------===//
// Following a concat block's new channel order
//===----------------------------------------------------------------------===//

namespace {
bool isIdentity(ArrayRef<int64_t> perm) {
  for (auto [i, p] : llvm::enumerate(perm))
    if (p != static_cast<int64_t>(i))
      return false;
  return true;
}

/// Walks the model in order, knowing for every feature whose channels were
/// reordered which old channel each new channel holds (`order[v][new] =
/// old`), and permutes the parameters of its readers to match.
class LayoutFollower {
public:
  LayoutFollower(ModuleOp module,
                 const llvm::DenseMap<Operation *, ConcatLayout> &oldLayouts)
      : module(module), oldLayouts(oldLayouts) {}

  LogicalResult visit(Block &block) {
    for (Operation &op : block)
      if (failed(visit(&op)))
        return failure();
    return success();
  }

private:
  /// A copy: `order` grows (and moves its entries) as the walk goes on.
  std::optional<SmallVector<int64_t>> orderOf(Value v) const {
    auto it = order.find(v);
    if (it == order.end())
      return std::nullopt;
    return it->second;
  }

  void setOrder(Value v, ArrayRef<int64_t> perm) {
    if (!isIdentity(perm))
      order[v] = SmallVector<int64_t>(perm);
  }

  /// Makes `operand` read its parameter with dimension `dim` permuted.
  LogicalResult permuteParam(Operation *op, OpOperand &operand, int64_t dim,
                             ArrayRef<int64_t> perm) {
    ParamOp param = paramOf(operand.get());
    if (!param)
      return op->emitOpError("cannot follow the reordered channels of its "
                             "input: its parameters must be slice.param reads");
    RankedTensorType type = param.getTensorType();
    if (dim < 0)
      dim += type.getRank();
    std::vector<int64_t> key{dim};
    key.insert(key.end(), perm.begin(), perm.end());
    ParamOp &permuted = permutedParams[{param, key}];
    if (!permuted) {
      IndexSelection select;
      for (int64_t d = 0; d < type.getRank(); ++d)
        select.push_back(d == dim ? SmallVector<int64_t>(perm)
                                  : allIndices(type.getDimSize(d)));
      permuted = createSlicedParam(module, param, param.getSymName(), select);
    }
    redirectParamUse(operand, permuted);
    return success();
  }

  LogicalResult cannotFollow(Operation *op, const Twine &why) {
    return op->emitOpError("cannot follow the reordered channels of its "
                           "input (a concat block's grouped layout): ")
           << why;
  }

  LogicalResult visitBlockOp(BlockOp block) {
    for (auto [i, region] : llvm::enumerate(block.getBranches())) {
      for (auto [arg, input] :
           llvm::zip(region.front().getArguments(), block.getInputs()))
        if (std::optional<SmallVector<int64_t>> perm = orderOf(input))
          order[arg] = *perm;
      if (failed(visit(region.front())))
        return failure();
      if (orderOf(block.getBranchResult(i)))
        return cannotFollow(block, "branch #" + Twine(i) +
                                       " yields reordered channels");
    }
    Value residual = block.getResidual();
    std::optional<SmallVector<int64_t>> residualOrder =
        residual ? orderOf(residual) : std::nullopt;
    if (block.getAggregation() == Aggregation::add) {
      if (residualOrder)
        return cannotFollow(block, "the residual of an add block");
      return success();
    }
    auto old = oldLayouts.find(block);
    if (old == oldLayouts.end() && !residualOrder)
      return success();
    ConcatLayout now = block.getConcatLayout();
    const ConcatLayout &before = old == oldLayouts.end() ? now : old->second;
    SmallVector<int64_t> perm(channelCount(block.getResult()), -1);
    int64_t residualChannels = residual ? channelCount(residual) : 0;
    for (int64_t c = 0; c < residualChannels; ++c)
      perm[now.residualPosition(c)] =
          before.residualPosition(residualOrder ? (*residualOrder)[c] : c);
    for (auto [i, width] : llvm::enumerate(now.branchWidth))
      for (int64_t t = 0; t < width; ++t)
        perm[now.branchStart[i] + t] = before.branchStart[i] + t;
    setOrder(block.getResult(), perm);
    return success();
  }

  LogicalResult visit(Operation *op) {
    if (auto block = dyn_cast<BlockOp>(op))
      return visitBlockOp(block);
    if (auto head = dyn_cast<HeadOp>(op)) {
      if (std::optional<SmallVector<int64_t>> perm = orderOf(head.getInput()))
        order[head.getBody().getArgument(0)] = *perm;
      if (failed(visit(head.getBody().front())))
        return failure();
      if (orderOf(head.getBody().front().getTerminator()->getOperand(0)))
        return cannotFollow(head, "its result has reordered channels");
      return success();
    }
    Value reordered;
    for (Value operand : op->getOperands())
      if (orderOf(operand)) {
        reordered = operand;
        break;
      }
    if (!reordered)
      return success();
    SmallVector<int64_t> perm = *orderOf(reordered);
    if (op->hasTrait<OpTrait::IsTerminator>())
      return isa<YieldOp>(op) ? success()
                              : cannotFollow(op, "it returns the feature");
    if (auto layer = dyn_cast<LayerOpInterface>(op)) {
      if (reordered != layer.getInput())
        return cannotFollow(op, "the feature is not its input");
      if (!layer.canReadInputPrefix())
        return cannotFollow(op, "only a dense convolution (groups = 1) can "
                                "reorder its input columns");
      return permuteParam(op, layer.getWeightMutable(), 1, perm);
    }
    if (auto bn = dyn_cast<BatchNormOp>(op)) {
      for (OpOperand *param : bn.getParamOperands())
        if (failed(permuteParam(op, *param, -1, perm)))
          return failure();
      setOrder(bn.getResult(), perm);
      return success();
    }
    if (auto channelWise = dyn_cast<ChannelWiseOpInterface>(op)) {
      for (OpOperand &feature : channelWise.getFeatureOperands())
        if (orderOf(feature.get()) != std::optional<SmallVector<int64_t>>(perm))
          return cannotFollow(op, "its feature operands are ordered "
                                  "differently");
      setOrder(op->getResult(0), perm);
      return success();
    }
    if (auto flatten = dyn_cast<FlattenOp>(op)) {
      auto in = cast<RankedTensorType>(flatten.getInput().getType());
      if (flatten.getAxis() != 1 || !isPerChannelFlatten(in))
        return cannotFollow(op, "it mixes channels with spatial positions");
      setOrder(flatten.getResult(), perm);
      return success();
    }
    if (auto pad = dyn_cast<PadChannelsOp>(op)) {
      if (pad.getGroupSizes().size() != 1)
        return cannotFollow(op, "it pads several channel groups");
      for (int64_t c = perm.size(); c < channelCount(pad.getResult()); ++c)
        perm.push_back(c);
      setOrder(pad.getResult(), perm);
      return success();
    }
    if (auto concat = dyn_cast<ConcatOp>(op)) {
      SmallVector<int64_t> out;
      int64_t start = 0;
      for (Value input : concat.getInputs()) {
        std::optional<SmallVector<int64_t>> inOrder = orderOf(input);
        for (int64_t c = 0; c < channelCount(input); ++c)
          out.push_back(start + (inOrder ? (*inOrder)[c] : c));
        start += channelCount(input);
      }
      setOrder(concat.getResult(), out);
      return success();
    }
    if (auto add = dyn_cast<AddOp>(op)) {
      std::optional<SmallVector<int64_t>> lhs = orderOf(add.getLhs());
      std::optional<SmallVector<int64_t>> rhs = orderOf(add.getRhs());
      if (!lhs || !rhs || *lhs != *rhs)
        return cannotFollow(op, "its operands are ordered differently");
      setOrder(add.getResult(), perm);
      return success();
    }
    return cannotFollow(op, "it cannot permute its channels");
  }

  ModuleOp module;
  const llvm::DenseMap<Operation *, ConcatLayout> &oldLayouts;
  llvm::DenseMap<Value, SmallVector<int64_t>> order;
  std::map<std::pair<Operation *, std::vector<int64_t>>, ParamOp> permutedParams;
};
} // namespace

LogicalResult mlir::slice::followConcatLayouts(
    ModuleOp module, func::FuncOp func,
    const llvm::DenseMap<Operation *, ConcatLayout> &oldLayouts) {
  if (oldLayouts.empty())
    return success();
  LayoutFollower follower(module, oldLayouts);
  if (failed(follower.visit(func.getBody().front())))
    return failure();
  // Reordered parameters take their original names back, so that later
  // copies (per sub-network heads, stacked BatchNorms) are named after them.
  eraseDeadParams(module);
  tidyParamNames(module);
  return success();
}
