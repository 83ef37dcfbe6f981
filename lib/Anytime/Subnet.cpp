//===- Subnet.cpp - sub-network k of an anytime model ---------------------===//
//
// Sub-network k = (1) select what k runs: its branches, row k of
// per-sub-network BatchNorm, head k; (2) channel demand: walking backwards
// from head k, how many leading channels of each feature k reads; (3)
// narrowing: every op produces only the demanded channels, with weights
// physically sliced; (4) dead code and parameter cleanup.
//
//===----------------------------------------------------------------------===//
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/Params.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/Transforms/RegionUtils.h"

using namespace mlir;
using namespace mlir::slice;

SmallVector<int64_t> mlir::slice::evenSplit(int64_t total, int64_t parts) {
  SmallVector<int64_t> sizes;
  for (int64_t i = 0; i < parts; ++i)
    sizes.push_back(total / parts + (i < total % parts ? 1 : 0));
  return sizes;
}

ChannelRange mlir::slice::channelsRead(Operation *op, unsigned operand,
                                       ChannelRange out) {
  Value v = op->getOperand(operand);
  auto type = dyn_cast<RankedTensorType>(v.getType());
  if (out.empty() || !type)
    return {};
  ChannelRange whole{0, type.getRank() >= 2 ? type.getDimSize(1) : 0};
  auto clip = [](ChannelRange r, int64_t begin, int64_t end) -> ChannelRange {
    return {std::max(r.begin, begin), std::min(r.end, end)};
  };
  if (auto layer = dyn_cast<LayerOpInterface>(op))
    return v == layer.getInput() ? layer.getInputChannelsRead(out) : whole;
  if (auto channelWise = dyn_cast<ChannelWiseOpInterface>(op)) {
    for (OpOperand &feature : channelWise.getFeatureOperands())
      if (feature.getOperandNumber() == operand)
        return out;
    return whole;
  }
  if (auto concat = dyn_cast<ConcatOp>(op)) {
    int64_t start = 0;
    for (unsigned i = 0; i < operand; ++i)
      start += channelCount(concat.getInputs()[i]);
    ChannelRange r = clip(out, start, start + whole.end);
    return r.empty() ? ChannelRange() : ChannelRange{r.begin - start, r.end - start};
  }
  if (auto flatten = dyn_cast<FlattenOp>(op)) {
    bool perChannel = flatten.getAxis() == 1 && isPerChannelFlatten(type);
    return perChannel ? out : whole;
  }
  if (auto pad = dyn_cast<PadChannelsOp>(op)) {
    // Output group j holds input group j, then pads[j] zeros.
    SmallVector<int64_t> groups = pad.getGroupSizes();
    ArrayRef<int64_t> pads = pad.getPads();
    ChannelRange read{whole.end, 0};
    int64_t outStart = 0, inStart = 0;
    for (size_t j = 0; j < groups.size(); ++j) {
      ChannelRange r = clip(out, outStart, outStart + groups[j]);
      if (!r.empty()) {
        read.begin = std::min(read.begin, inStart + r.begin - outStart);
        read.end = std::max(read.end, inStart + r.end - outStart);
      }
      outStart += groups[j] + pads[j];
      inStart += groups[j];
    }
    return read.empty() ? ChannelRange() : read;
  }
  if (auto slice = dyn_cast<ChannelSliceOp>(op)) {
    int64_t offset = slice.getOffset();
    ChannelRange r = clip(out, 0, slice.getSize());
    return {offset + r.begin, offset + r.end};
  }
  // Anything else (a linear layer's weights, ...) reads its operands whole.
  return whole;
}

bool mlir::slice::branchRunsIn(BlockOp block, unsigned index, int64_t k) {
  if (std::optional<ArrayRef<int64_t>> counts = block.getSubnetBranches())
    return static_cast<int64_t>(index) < (*counts)[k - 1];
  // Outside the IS form a partition only says where branches add (an
  // extracted IS sub-network): every branch runs.
  AnytimeAttr anytime = getAnytime(block);
  bool sparse = anytime && anytime.getForm() == AnytimeForm::inclusive_sparse;
  if (std::optional<ArrayRef<int64_t>> groups = block.getBranchGroups())
    return !sparse || (*groups)[index] <= k;
  return true;
}

namespace {
bool isTensor(Value v) { return isa<RankedTensorType>(v.getType()); }

/// Start offsets of consecutive sizes.
SmallVector<int64_t> starts(ArrayRef<int64_t> sizes) {
  SmallVector<int64_t> out;
  int64_t s = 0;
  for (int64_t size : sizes) {
    out.push_back(s);
    s += size;
  }
  return out;
}

int64_t clampTo(int64_t v, int64_t lo, int64_t hi) {
  return std::max(lo, std::min(v, hi));
}

/// What an op needs of each operand when `demand` leading channels of its
/// result are read. Parameter operands are always needed whole here; their
/// slicing follows the op's own narrowing.
SmallVector<int64_t> operandNeeds(Operation *op, int64_t demand) {
  SmallVector<int64_t> needs;
  for (OpOperand &operand : op->getOpOperands())
    needs.push_back(isTensor(operand.get()) && !paramOf(operand.get())
                        ? channelsRead(op, operand.getOperandNumber(),
                                       {0, demand})
                              .end
                        : 0);
  return needs;
}

/// Whether an op can produce fewer channels than its result type has (a
/// linear layer's outputs are classes or features read whole).
bool canNarrow(Operation *op) {
  return isa<Conv2dOp, ChannelWiseOpInterface, ConcatOp, FlattenOp,
             PadChannelsOp, ChannelSliceOp, BlockOp, HeadOp>(op);
}

class DemandAnalysis {
public:
  DemandAnalysis(int64_t k, const SubnetWidths *widths) : k(k), widths(widths) {}

  void demand(Value v, int64_t channels, Operation *by) {
    // Sub-network k cannot read channels a feature does not have in it.
    if (widths && isTensor(v))
      channels = std::min(channels, widths->of(v, k));
    if (channels <= 0)
      return;
    int64_t &d = result.channels[v];
    if (channels > d) {
      d = channels;
      result.demandedBy[v] = by;
    }
  }

  /// The demand on a single-result op's result, raised to what the op can
  /// produce.
  int64_t resultDemand(Operation *op) {
    if (op->getNumResults() != 1 || !isTensor(op->getResult(0)))
      return 0;
    Value r = op->getResult(0);
    int64_t d = result.of(r);
    if (d == 0)
      return 0;
    if (!canNarrow(op))
      d = channelCount(r);
    if (auto layer = dyn_cast<LayerOpInterface>(op))
      d = layer.getOutputChannelsProduced({0, d}).end;
    if (widths)
      d = std::min(d, widths->of(r, k));
    result.channels[r] = d;
    return d;
  }

  /// Yield demand of branch `i` of `block` when `d` result channels are read.
  int64_t branchDemand(BlockOp block, unsigned i, int64_t d) {
    if (!branchRunsIn(block, i, k))
      return 0;
    Value yielded = block.getBranchResult(i);
    if (block.getAggregation() == Aggregation::concat) {
      ConcatLayout layout = block.getConcatLayout();
      return clampTo(d - layout.branchStart[i], 0, channelCount(yielded));
    }
    if (std::optional<ArrayRef<int64_t>> partition = block.getPartition()) {
      int64_t g = (*block.getBranchGroups())[i] - 1;
      int64_t start = starts(*partition)[g];
      return clampTo(d - start, 0, (*partition)[g]);
    }
    return d;
  }

  /// Leading residual channels within `d` leading result channels.
  static int64_t residualDemand(BlockOp block, int64_t d) {
    if (block.getAggregation() == Aggregation::concat)
      return block.getConcatLayout().residualWithin(d);
    return clampTo(d, 0, channelCount(block.getResidual()));
  }

  void visitRegion(Region &region, int64_t yieldDemand, Operation *owner) {
    Operation *terminator = region.front().getTerminator();
    demand(terminator->getOperand(0), yieldDemand, owner);
    runOnBlock(region.front());
  }

  void visit(Operation *op) {
    int64_t d = resultDemand(op);
    if (d == 0)
      return;
    if (auto block = dyn_cast<BlockOp>(op)) {
      if (Value residual = block.getResidual())
        demand(residual, residualDemand(block, d), op);
      for (unsigned i = 0; i < block.getNumBranches(); ++i) {
        int64_t yd = branchDemand(block, i, d);
        if (yd == 0)
          continue;
        Region &region = block.getBranches()[i];
        visitRegion(region, yd, op);
        // Blame the op inside the branch that reads the channels.
        for (auto [arg, input] :
             llvm::zip(region.front().getArguments(), block.getInputs())) {
          Operation *reader = result.demandedBy.lookup(arg);
          demand(input, result.of(arg), reader ? reader : op);
        }
      }
      return;
    }
    if (auto head = dyn_cast<HeadOp>(op)) {
      visitRegion(head.getBody(), channelCount(head.getResult()), op);
      Operation *reader =
          result.demandedBy.lookup(head.getBody().getArgument(0));
      demand(head.getInput(), result.of(head.getBody().getArgument(0)),
             reader ? reader : op);
      return;
    }
    for (auto [operand, need] : llvm::zip(op->getOperands(), operandNeeds(op, d)))
      if (isTensor(operand) && !paramOf(operand))
        demand(operand, need, op);
  }

  void runOnBlock(Block &block) {
    for (Operation &op : llvm::reverse(block.without_terminator()))
      visit(&op);
  }

  int64_t k;
  const SubnetWidths *widths;
  ChannelDemand result;
};

/// Whether `v` is an output of a head that sub-network `k` does not own.
bool isOtherHead(Value v, int64_t k) {
  auto head = v.getDefiningOp<HeadOp>();
  return head && static_cast<int64_t>(head.getSubnet()) != k;
}

ChannelDemand analyse(func::FuncOp func, int64_t k,
                      const SubnetWidths *widths) {
  DemandAnalysis analysis(k, widths);
  Operation *ret = func.getBody().front().getTerminator();
  for (Value v : ret->getOperands())
    if (!isOtherHead(v, k) && isTensor(v))
      analysis.demand(v, channelCount(v), ret);
  analysis.runOnBlock(func.getBody().front());
  return analysis.result;
}

//===----------------------------------------------------------------------===//
// Narrowing
//===----------------------------------------------------------------------===//

/// Makes `operand` read the leading `sizes` of the parameter value it reads,
/// as a view: a param_slice of the parameter (of the same row when it
/// already reads a row of one).
void viewParam(OpOperand &operand, ArrayRef<int64_t> sizes,
               std::optional<int64_t> row = std::nullopt) {
  Value source = operand.get();
  if (auto view = source.getDefiningOp<ParamSliceOp>();
      view && !view.getOffsets()) {
    source = view.getInput();
    row = view.getRow();
  }
  OpBuilder b(operand.getOwner());
  operand.set(ParamSliceOp::create(
      b, operand.getOwner()->getLoc(), source,
      row ? b.getI64IntegerAttr(*row) : IntegerAttr(),
      /*offsets=*/DenseI64ArrayAttr(), b.getDenseI64ArrayAttr(sizes)));
}

class Narrower {
public:
  Narrower(ModuleOp module, const ChannelDemand &demand, int64_t k,
           const SubnetWidths *widths, SubnetParams params)
      : module(module), demand(demand), k(k), widths(widths), params(params) {}

  LogicalResult narrowBlock(Block &block) {
    for (Operation &op : llvm::make_early_inc_range(block.without_terminator()))
      if (failed(narrowOp(&op)))
        return failure();
    return success();
  }

  /// Makes `operand` carry exactly `need` leading channels.
  void sliceOperand(OpOperand &operand, int64_t need) {
    Value v = operand.get();
    if (need <= 0 || need >= channelCount(v))
      return;
    OpBuilder b(operand.getOwner());
    operand.set(ChannelSliceOp::create(b, operand.getOwner()->getLoc(), v,
                                       b.getI64IntegerAttr(0),
                                       b.getI64IntegerAttr(need)));
  }

  /// Replaces the parameter read by `operand` with `select` of it (leading
  /// entries of every dimension): a new parameter, or a view of the one
  /// read.
  void sliceParamOperand(OpOperand &operand, const IndexSelection &select) {
    auto type = cast<RankedTensorType>(operand.get().getType());
    bool whole = true;
    for (auto [d, indices] : llvm::enumerate(select))
      whole &= static_cast<int64_t>(indices.size()) == type.getDimSize(d);
    if (whole)
      return;
    if (params == SubnetParams::Copies) {
      ParamOp param = paramOf(operand.get());
      redirectParamUse(operand, createSlicedParam(module, param,
                                                  param.getSymName(), select));
      return;
    }
    SmallVector<int64_t> sizes;
    for (const SmallVector<int64_t> &indices : select) {
      assert(indices == indexRange(0, indices.size()) &&
             "sub-networks read leading entries");
      sizes.push_back(indices.size());
    }
    viewParam(operand, sizes);
  }

  LogicalResult narrowConv(Conv2dOp conv, int64_t produced) {
    int64_t cin = channelCount(conv.getInput());
    auto weight = cast<RankedTensorType>(conv.getWeight().getType());
    int64_t cout = weight.getDimSize(0), groups = conv.getGroups();
    int64_t newGroups = groups;
    int64_t cols = weight.getDimSize(1);
    if (groups > 1) {
      newGroups = produced / (cout / groups);
      cols = weight.getDimSize(1); // per-group input width is unchanged
    } else {
      cols = cin;
    }
    OpBuilder b(conv);
    if (BlockSparseAttr pattern = conv.getBlockSparseAttr()) {
      auto truncate = [](ArrayRef<int64_t> sizes, int64_t limit) {
        SmallVector<int64_t> out;
        int64_t start = 0;
        for (int64_t s : sizes) {
          if (start >= limit)
            break;
          out.push_back(std::min(s, limit - start));
          start += s;
        }
        return out;
      };
      SmallVector<int64_t> in = truncate(pattern.getIn(), cin);
      SmallVector<int64_t> out = truncate(pattern.getOut(), produced);
      SmallVector<int64_t> mask;
      bool dense = true;
      for (size_t o = 0; o < out.size(); ++o)
        for (size_t i = 0; i < in.size(); ++i) {
          mask.push_back(pattern.isPresent(o, i) ? 1 : 0);
          dense &= mask.back() == 1;
        }
      if (dense)
        conv.removeBlockSparseAttr();
      else
        conv.setBlockSparseAttr(
            BlockSparseAttr::get(conv.getContext(), in, out, mask));
    }
    sliceParamOperand(conv.getWeightMutable(),
                      {indexRange(0, produced), indexRange(0, cols),
                       allIndices(weight.getDimSize(2)),
                       allIndices(weight.getDimSize(3))});
    if (conv.getBias())
      sliceParamOperand(conv.getBiasMutable()[0], {indexRange(0, produced)});
    conv.setGroups(newGroups);
    return success();
  }

  LogicalResult narrowPad(PadChannelsOp pad, int64_t d) {
    SmallVector<int64_t> groups = pad.getGroupSizes();
    ArrayRef<int64_t> pads = pad.getPads();
    SmallVector<int64_t> newGroups, newPads;
    int64_t outStart = 0;
    for (size_t j = 0; j < groups.size() && outStart < d; ++j) {
      newGroups.push_back(std::min(groups[j], d - outStart));
      newPads.push_back(clampTo(d - outStart - groups[j], 0, pads[j]));
      outStart += groups[j] + pads[j];
    }
    OpBuilder b(pad);
    pad.setPads(newPads);
    if (newGroups.size() == 1)
      pad.removeGroupsAttr();
    else
      pad.setGroupsAttr(b.getDenseI64ArrayAttr(newGroups));
    return success();
  }

  LogicalResult narrowBlockOp(BlockOp block, int64_t d) {
    SmallVector<unsigned> kept;
    DemandAnalysis helper(k, widths);
    helper.result = demand;
    for (unsigned i = 0; i < block.getNumBranches(); ++i)
      if (helper.branchDemand(block, i, d) > 0)
        kept.push_back(i);
    // Inputs: what the kept branches read.
    for (auto [index, input] : llvm::enumerate(block.getInputsMutable())) {
      int64_t need = 0;
      for (unsigned i : kept)
        need = std::max(need, demand.of(block.getBranches()[i].getArgument(index)));
      sliceOperand(input, need);
    }
    if (block.getResidual())
      sliceOperand(block.getResidualMutable()[0],
                   DemandAnalysis::residualDemand(block, d));
    SmallVector<int64_t> partition, groups;
    if (std::optional<ArrayRef<int64_t>> p = block.getPartition()) {
      SmallVector<int64_t> s = starts(*p);
      for (size_t g = 0; g < p->size() && s[g] < d; ++g)
        partition.push_back(std::min((*p)[g], d - s[g]));
      for (unsigned i : kept)
        groups.push_back((*block.getBranchGroups())[i]);
    }
    for (unsigned i : kept) {
      Region &region = block.getBranches()[i];
      for (auto [arg, input] :
           llvm::zip(region.front().getArguments(), block.getInputs()))
        arg.setType(input.getType());
      if (failed(narrowBlock(region.front())))
        return failure();
      auto yield = cast<YieldOp>(region.front().getTerminator());
      sliceOperand(yield.getValuesMutable()[0], helper.branchDemand(block, i, d));
    }
    OpBuilder b(block);
    bool keepPartition = partition.size() > 1;
    auto rebuilt = BlockOp::create(
        b, block.getLoc(), block.getType(), block.getInputs(),
        block.getResidual(), block.getAggregation(),
        /*subnet_branches=*/nullptr,
        keepPartition ? b.getDenseI64ArrayAttr(partition) : nullptr,
        keepPartition ? b.getDenseI64ArrayAttr(groups) : nullptr, kept.size());
    rebuilt->setDiscardableAttrs(block->getDiscardableAttrDictionary());
    for (auto [slot, i] : llvm::enumerate(kept))
      rebuilt.getBranches()[slot].takeBody(block.getBranches()[i]);
    if (failed(refreshResultTypes(rebuilt)))
      return failure();
    block.replaceAllUsesWith(rebuilt.getResult());
    block.erase();
    return success();
  }

  LogicalResult narrowHead(HeadOp head) {
    Block &body = head.getBody().front();
    body.getArgument(0).setType(head.getInput().getType());
    if (failed(narrowBlock(body)))
      return failure();
    return refreshResultTypes(head);
  }

  LogicalResult narrowOp(Operation *op) {
    if (op->getNumResults() != 1 || !isTensor(op->getResult(0)))
      return success();
    int64_t d = demand.of(op->getResult(0));
    if (d == 0)
      return success(); // dead for sub-network k; erased afterwards
    if (auto block = dyn_cast<BlockOp>(op))
      return narrowBlockOp(block, d);
    if (auto head = dyn_cast<HeadOp>(op)) {
      sliceOperand(head.getInputMutable(),
                   demand.of(head.getBody().getArgument(0)));
      return narrowHead(head);
    }
    for (auto [operand, need] :
         llvm::zip(op->getOpOperands(), operandNeeds(op, d)))
      if (isTensor(operand.get()) && !paramOf(operand.get()))
        sliceOperand(operand, need);
    bool narrowing = d < channelCount(op->getResult(0));
    if (auto conv = dyn_cast<Conv2dOp>(op)) {
      if (narrowing || conv.getBlockSparseAttr() ||
          channelCount(conv.getInput()) <
              cast<RankedTensorType>(conv.getWeight().getType()).getDimSize(1) *
                  static_cast<int64_t>(conv.getGroups()))
        if (failed(narrowConv(conv, d)))
          return failure();
    } else if (auto bn = dyn_cast<BatchNormOp>(op)) {
      if (narrowing)
        for (OpOperand *param : bn.getParamOperands())
          sliceParamOperand(*param, {indexRange(0, d)});
    } else if (auto pad = dyn_cast<PadChannelsOp>(op)) {
      if (narrowing && failed(narrowPad(pad, d)))
        return failure();
    } else if (auto slice = dyn_cast<ChannelSliceOp>(op)) {
      if (narrowing)
        slice.setSize(d);
    }
    return refreshResultTypes(op);
  }

  ModuleOp module;
  const ChannelDemand &demand;
  int64_t k;
  const SubnetWidths *widths;
  SubnetParams params;
};

/// Step (1): heads other than k leave the function's results; per
/// sub-network BatchNorm parameters become row k-1.
LogicalResult selectSubnet(ModuleOp module, func::FuncOp func, int64_t k,
                           SubnetParams params) {
  Operation *ret = func.getBody().front().getTerminator();
  SmallVector<Value> results;
  for (Value v : ret->getOperands())
    if (!isOtherHead(v, k))
      results.push_back(v);
  if (results.empty())
    return module.emitError("no output belongs to sub-network ") << k;
  setFunctionResults(func, results);

  WalkResult walk = func.walk([&](BatchNormOp bn) {
    if (!bn.isPerSubnet())
      return WalkResult::advance();
    for (OpOperand *operand : bn.getParamOperands()) {
      ParamOp param = paramOf(operand->get());
      if (!param) {
        bn.emitOpError("per-sub-network parameters must be slice.param reads");
        return WalkResult::interrupt();
      }
      if (params == SubnetParams::Views)
        viewParam(*operand, param.getTensorType().getShape().drop_front(),
                  k - 1);
      else
        redirectParamUse(*operand, createRowParam(module, param,
                                                  param.getSymName(), k - 1));
    }
    (void)refreshResultTypes(bn);
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}

void eraseDeadOps(Block &block) {
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(block)))
    if (isOpTriviallyDead(&op))
      op.erase();
}

/// The widths of an I-form model's features (nothing for other forms, whose
/// features always have their static width).
FailureOr<std::optional<SubnetWidths>> widthsOf(ModuleOp module,
                                                func::FuncOp func) {
  AnytimeAttr anytime = getAnytime(module);
  if (!anytime || anytime.getForm() != AnytimeForm::inclusive)
    return std::optional<SubnetWidths>();
  FailureOr<SubnetWidths> widths =
      SubnetWidths::compute(func, anytime.getSubnets());
  if (failed(widths))
    return failure();
  return std::optional<SubnetWidths>(std::move(*widths));
}
} // namespace

FailureOr<ChannelDemand> mlir::slice::computeChannelDemand(ModuleOp module,
                                                            int64_t k) {
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func))
    return failure();
  FailureOr<std::optional<SubnetWidths>> widths = widthsOf(module, *func);
  if (failed(widths))
    return failure();
  return analyse(*func, k, *widths ? &**widths : nullptr);
}

LogicalResult mlir::slice::extractSubnet(ModuleOp module, int64_t k,
                                         SubnetParams params) {
  AnytimeAttr anytime = getAnytime(module);
  int64_t subnets = anytime ? anytime.getSubnets() : 1;
  if (k < 1 || k > subnets)
    return module.emitError("sub-network ")
           << k << " does not exist: the model has K = " << subnets;
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func))
    return failure();
  // Widths before selecting: they follow the blocks' sub-network structure.
  FailureOr<std::optional<SubnetWidths>> widths = widthsOf(module, *func);
  if (failed(widths) || failed(selectSubnet(module, *func, k, params)))
    return failure();
  const SubnetWidths *w = *widths ? &**widths : nullptr;
  ChannelDemand demand = analyse(*func, k, w);
  Narrower narrower(module, demand, k, w, params);
  if (failed(narrower.narrowBlock(func->getBody().front())))
    return failure();
  func->walk([](ChannelSliceOp slice) {
    if (slice.getOffset() == 0 && slice.getType() == slice.getInput().getType())
      slice.replaceAllUsesWith(slice.getInput());
  });
  eraseDeadOps(func->getBody().front());
  func->walk([](Operation *op) {
    for (Region &region : op->getRegions())
      for (Block &block : region)
        eraseDeadOps(block);
  });
  // The extracted model is a plain one: its heads serve sub-network 1.
  func->walk([](HeadOp head) { head.setSubnet(1); });
  Operation *ret = func->getBody().front().getTerminator();
  func->setFunctionType(FunctionType::get(module.getContext(),
                                          func->getArgumentTypes(),
                                          ret->getOperandTypes()));
  eraseDeadParams(module);
  tidyParamNames(module);
  module->setAttr(SliceDialect::getAnytimeAttrName(),
                  AnytimeAttr::get(module.getContext(), AnytimeForm::plain, 1,
                                   anytime ? anytime.getLevels() : 1));
  return success();
}

FailureOr<OwningOpRef<ModuleOp>>
mlir::slice::cloneSubnet(ModuleOp module, int64_t k, SubnetParams params) {
  OwningOpRef<ModuleOp> copy(cast<ModuleOp>(module->clone()));
  if (failed(extractSubnet(*copy, k, params)))
    return failure();
  return copy;
}

//===----------------------------------------------------------------------===//
// SubnetWidths
//===----------------------------------------------------------------------===//

namespace {
std::string widthsStr(ArrayRef<int64_t> widths) {
  std::string s = "[";
  llvm::raw_string_ostream os(s);
  llvm::interleaveComma(widths, os);
  os << "]";
  return s;
}
} // namespace

int64_t SubnetWidths::of(Value v, int64_t k) const {
  auto it = widths.find(v);
  return it == widths.end() ? channelCount(v) : it->second[k - 1];
}

SmallVector<int64_t> SubnetWidths::of(Value v) const {
  auto it = widths.find(v);
  if (it != widths.end())
    return it->second;
  return SmallVector<int64_t>(subnets, channelCount(v));
}

void SubnetWidths::set(Value v, ArrayRef<int64_t> w) {
  if (llvm::all_of(w, [&](int64_t c) { return c == channelCount(v); }))
    return;
  widths[v] = SmallVector<int64_t>(w);
}

FailureOr<SubnetWidths> SubnetWidths::compute(Operation *func, int64_t subnets,
                                              AssignLayout assignLayout) {
  SubnetWidths result(subnets);
  for (Region &region : func->getRegions())
    for (Block &block : region)
      if (failed(result.visit(block, assignLayout)))
        return failure();
  return result;
}

LogicalResult SubnetWidths::visit(Block &block, AssignLayout assignLayout) {
  for (Operation &op : block)
    if (failed(visit(&op, assignLayout)))
      return failure();
  return success();
}

LogicalResult SubnetWidths::visit(Operation *op, AssignLayout assignLayout) {
  auto fail = [&](Value v, StringRef why) {
    return op->emitOpError("reads a feature whose width varies between "
                           "sub-networks (")
           << widthsStr(of(v)) << " channels in sub-networks 1.." << subnets
           << "): " << why;
  };
  if (auto block = dyn_cast<BlockOp>(op)) {
    for (auto [i, region] : llvm::enumerate(block.getBranches())) {
      for (auto [arg, input] :
           llvm::zip(region.front().getArguments(), block.getInputs()))
        set(arg, of(input));
      if (failed(visit(region.front(), assignLayout)))
        return failure();
      if (varies(block.getBranchResult(i)))
        return block.emitOpError("branch #")
               << i << " yields a feature whose width varies between "
               << "sub-networks (" << widthsStr(of(block.getBranchResult(i)))
               << " channels)";
    }
    Value residual = block.getResidual();
    if (block.getAggregation() == Aggregation::add) {
      if (residual && varies(residual))
        return fail(residual, "the residual of an add block must have all "
                              "its channels in every sub-network");
      return success();
    }
    if (block.getSubnetBranches() && !block.getPartition() && assignLayout &&
        failed(assignLayout(block, residual ? of(residual)
                                            : SmallVector<int64_t>())))
      return failure();
    if (!block.getSubnetBranches() || !block.getPartition()) {
      if (residual && varies(residual))
        return fail(residual, "a concat block without a grouped layout "
                              "(subnet_branches, partition) cannot place a "
                              "residual that narrows");
      return success();
    }
    // Sub-network k: groups 1..k, holding the residual's first r_1 + .. + r_k
    // channels.
    ConcatLayout layout = block.getConcatLayout();
    ArrayRef<int64_t> partition = *block.getPartition();
    SmallVector<int64_t> result;
    int64_t total = 0, residualChannels = 0;
    for (int64_t k = 1; k <= subnets; ++k) {
      size_t g = static_cast<size_t>(k - 1);
      if (g < partition.size()) {
        total += partition[g];
        residualChannels += layout.residualWidth[g];
      }
      int64_t have = residual ? of(residual, k) : 0;
      if (have != residualChannels)
        return block.emitOpError("its residual has ")
               << have << " channels in sub-network " << k
               << ", its grouped layout expects " << residualChannels;
      result.push_back(total);
    }
    set(block.getResult(), result);
    return success();
  }
  if (auto head = dyn_cast<HeadOp>(op)) {
    set(head.getBody().getArgument(0), of(head.getInput()));
    return visit(head.getBody().front(), assignLayout);
  }
  if (isa<GetParamOp>(op) || op->hasTrait<OpTrait::IsTerminator>())
    return success();
  Value varying;
  for (Value operand : op->getOperands())
    if (varies(operand)) {
      varying = operand;
      break;
    }
  if (!varying)
    return success();
  if (auto layer = dyn_cast<LayerOpInterface>(op)) {
    if (varying != layer.getInput() || !layer.canReadInputPrefix())
      return fail(varying, "only a dense convolution (groups = 1) can read "
                           "the leading channels of its input");
    return success();
  }
  if (auto channelWise = dyn_cast<ChannelWiseOpInterface>(op)) {
    SmallVector<int64_t> width = of(varying);
    for (OpOperand &feature : channelWise.getFeatureOperands())
      if (of(feature.get()) != width)
        return fail(varying, "every feature operand of a channel-wise op "
                             "must have the same width");
    set(op->getResult(0), width);
    return success();
  }
  if (auto flatten = dyn_cast<FlattenOp>(op)) {
    auto in = cast<RankedTensorType>(flatten.getInput().getType());
    if (flatten.getAxis() != 1 || !isPerChannelFlatten(in))
      return fail(varying, "a flatten that mixes channels with spatial "
                           "positions does not keep a prefix");
    set(flatten.getResult(), of(varying));
    return success();
  }
  if (auto concat = dyn_cast<ConcatOp>(op)) {
    ValueRange inputs = concat.getInputs();
    for (Value input : inputs.drop_back())
      if (varies(input))
        return fail(input, "only the last input of a concat may narrow");
    SmallVector<int64_t> w = of(inputs.back());
    int64_t before = channelCount(concat.getResult()) - channelCount(inputs.back());
    for (int64_t &c : w)
      c += before;
    set(concat.getResult(), w);
    return success();
  }
  if (auto slice = dyn_cast<ChannelSliceOp>(op)) {
    SmallVector<int64_t> w = of(varying);
    int64_t offset = slice.getOffset(), size = slice.getSize();
    for (int64_t &c : w) {
      if (offset > 0 && c < offset + size)
        return fail(varying, "a channel_slice that does not start at channel "
                             "0 must lie inside the narrowest width");
      c = std::min(c, size);
    }
    set(slice.getResult(), w);
    return success();
  }
  return fail(varying, "this op cannot read a prefix of its input");
}
