//===- Steps.cpp - anytime inference as step functions --------------------===//
//
// D_k(v): the leading channels of value v that sub-networks 1..k read (a
// prefix: in an interruptible model sub-network k's features are the
// prefix of groups 1..k). Step k computes channels [D_{k-1}(v), D_k(v)) of
// every value, reading the channels its ops need (channelsRead) from the
// part computed now and, below D_{k-1}, from the state: the values whose
// older channels some later step reads.
//
//===----------------------------------------------------------------------===//
#include "slice/Lowering/Steps.h"
#include "slice/Analysis/Cost.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/Model.h"
#include "slice/Dialect/Params.h"
#include "slice/Lowering/FlatModel.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Transforms/CSE.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <map>

using namespace mlir;
using namespace mlir::slice;

namespace {
bool isParamRead(Operation *op) {
  return op && isa<GetParamOp, ParamSliceOp, ParamConcatOp>(op);
}

/// A value the steps compute channel by channel: a tensor with channels
/// that is not a parameter.
bool isFeature(Value v) {
  auto type = dyn_cast<RankedTensorType>(v.getType());
  return type && type.getRank() >= 2 && !isParamRead(v.getDefiningOp());
}

int64_t width(Value v) { return cast<RankedTensorType>(v.getType()).getDimSize(1); }

RankedTensorType withWidth(Value v, int64_t channels) {
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape[1] = channels;
  return RankedTensorType::get(shape, type.getElementType());
}

/// Leading channels of each value that the outputs of sub-networks
/// `subnets` read.
using Demand = llvm::DenseMap<Value, int64_t>;

Demand demandOf(func::FuncOp func, ArrayRef<OutputTag> tags,
                llvm::function_ref<bool(int64_t)> subnets) {
  Demand d;
  Operation *ret = func.getBody().front().getTerminator();
  for (auto [i, v] : llvm::enumerate(ret->getOperands()))
    if (subnets(tags[i].subnet) && isFeature(v))
      d[v] = std::max(d.lookup(v), width(v));
  for (Operation &op : llvm::reverse(func.getBody().front().without_terminator())) {
    if (op.getNumResults() != 1 || !isFeature(op.getResult(0)))
      continue;
    int64_t need = d.lookup(op.getResult(0));
    if (need == 0)
      continue;
    if (auto layer = dyn_cast<LayerOpInterface>(op))
      need = layer.getOutputChannelsProduced({0, need}).end;
    d[op.getResult(0)] = need;
    for (OpOperand &operand : op.getOpOperands())
      if (isFeature(operand.get())) {
        int64_t read =
            channelsRead(&op, operand.getOperandNumber(), {0, need}).end;
        int64_t &slot = d[operand.get()];
        slot = std::max(slot, read);
      }
  }
  return d;
}

class StepBuilder {
public:
  StepBuilder(OpBuilder &b, int64_t k, ArrayRef<Demand> D)
      : b(b), k(k), D(D) {}

  int64_t before(Value v) const { return D[k - 1].lookup(v); }
  int64_t upTo(Value v) const { return D[k].lookup(v); }

  /// Channels `r` of flat value `v`, from the state and this step's part.
  FailureOr<Value> read(Value v, ChannelRange r, Location loc) {
    if (isParamRead(v.getDefiningOp()))
      return param(v);
    if (auto arg = dyn_cast<BlockArgument>(v))
      return slice(image, r, loc);
    int64_t oldEnd = before(v);
    Value old = state.lookup(v), now = fresh.lookup(v);
    auto missing = [&](StringRef what) {
      return emitError(loc) << "step " << k << " reads channels [" << r.begin
                            << ", " << r.end << ") of a value whose " << what
                            << " it does not have";
    };
    if (r.end > upTo(v))
      return missing("later channels (the model is not interruptible)");
    if (r.begin < oldEnd && !old)
      return missing("earlier channels");
    if (r.end > oldEnd && !now)
      return missing("channels of this step");
    if (r.end <= oldEnd)
      return slice(old, r, loc);
    if (r.begin >= oldEnd)
      return slice(now, {r.begin - oldEnd, r.end - oldEnd}, loc);
    Value head = slice(old, {r.begin, oldEnd}, loc);
    Value tail = slice(now, {0, r.end - oldEnd}, loc);
    return ConcatOp::create(b, loc, ValueRange{head, tail}).getResult();
  }

  /// The prefix of `v` that later steps read: state and this step's part.
  Value prefix(Value v, Location loc) {
    Value old = state.lookup(v), now = fresh.lookup(v);
    if (!now)
      return old;
    if (!old)
      return now;
    return ConcatOp::create(b, loc, ValueRange{old, now}).getResult();
  }

  /// Computes channels `range` of `op`'s result into `fresh`.
  LogicalResult emit(Operation *op, ChannelRange range) {
    FailureOr<Value> v = compute(op, range);
    if (failed(v))
      return failure();
    fresh[op->getResult(0)] = *v;
    return success();
  }

  Value image;
  llvm::DenseMap<Value, Value> state, fresh, params;

private:
  Value slice(Value v, ChannelRange r, Location loc) {
    if (r.begin == 0 && r.end == width(v))
      return v;
    return ChannelSliceOp::create(b, loc, v, b.getI64IntegerAttr(r.begin),
                                  b.getI64IntegerAttr(r.size()));
  }

  /// A parameter read of the flat model, recreated in this step.
  Value param(Value v) {
    if (Value done = params.lookup(v))
      return done;
    Operation *op = v.getDefiningOp();
    IRMapping map;
    for (Value operand : op->getOperands())
      map.map(operand, param(operand));
    Value copy = b.clone(*op, map)->getResult(0);
    params[v] = copy;
    return copy;
  }

  /// Entries [offsets, offsets + sizes) of a parameter.
  Value paramBox(Value v, ArrayRef<int64_t> offsets, ArrayRef<int64_t> sizes,
                 Location loc) {
    Value p = param(v);
    auto type = cast<RankedTensorType>(p.getType());
    if (llvm::all_of(offsets, [](int64_t o) { return o == 0; }) &&
        type.getShape() == sizes)
      return p;
    return ParamSliceOp::create(b, loc, p, IntegerAttr(),
                                b.getDenseI64ArrayAttr(offsets),
                                b.getDenseI64ArrayAttr(sizes));
  }

  /// Rows [begin, end) of a weight or bias, all of its other dimensions
  /// from `columns` on (dimension 1) when given.
  Value rows(Value v, ChannelRange r, ChannelRange columns, Location loc) {
    auto type = cast<RankedTensorType>(v.getType());
    SmallVector<int64_t> offsets(type.getRank(), 0);
    SmallVector<int64_t> sizes(type.getShape());
    offsets[0] = r.begin;
    sizes[0] = r.size();
    if (type.getRank() > 1 && !columns.empty()) {
      offsets[1] = columns.begin;
      sizes[1] = columns.size();
    }
    return paramBox(v, offsets, sizes, loc);
  }

  FailureOr<Value> finish(Operation *copy) {
    if (failed(refreshResultTypes(copy)))
      return failure();
    return copy->getResult(0);
  }

  FailureOr<Value> compute(Operation *op, ChannelRange range) {
    Location loc = op->getLoc();
    Value result = op->getResult(0);
    bool whole = range.begin == 0 && range.end == width(result);
    if (auto conv = dyn_cast<Conv2dOp>(op))
      return convolution(conv, range);
    if (auto channelWise = dyn_cast<ChannelWiseOpInterface>(op)) {
      IRMapping map;
      for (OpOperand &operand : op->getOpOperands()) {
        Value v = operand.get();
        if (isFeature(v)) {
          FailureOr<Value> part = read(v, range, loc);
          if (failed(part))
            return failure();
          map.map(v, *part);
        } else if (!map.contains(v)) {
          // Per-channel parameters (BatchNorm): the entries of `range`.
          map.map(v, rows(v, range, {}, loc));
        }
      }
      return finish(b.clone(*op, map));
    }
    if (auto concat = dyn_cast<ConcatOp>(op)) {
      SmallVector<Value> parts;
      for (OpOperand &input : op->getOpOperands()) {
        ChannelRange r = channelsRead(op, input.getOperandNumber(), range);
        if (r.empty())
          continue;
        FailureOr<Value> part = read(input.get(), r, loc);
        if (failed(part))
          return failure();
        parts.push_back(*part);
      }
      if (parts.size() == 1)
        return parts.front();
      return ConcatOp::create(b, loc, parts).getResult();
    }
    if (auto slice = dyn_cast<ChannelSliceOp>(op))
      return read(slice.getInput(), channelsRead(op, 0, range), loc);
    if (auto pad = dyn_cast<PadChannelsOp>(op))
      return padded(pad, range);
    if (isa<FlattenOp>(op) && !whole) {
      FailureOr<Value> in = read(op->getOperand(0), channelsRead(op, 0, range), loc);
      if (failed(in))
        return failure();
      IRMapping map;
      map.map(op->getOperand(0), *in);
      return finish(b.clone(*op, map));
    }
    if (!whole)
      return op->emitOpError("cannot compute channels [")
             << range.begin << ", " << range.end
             << ") of its result alone, as a growing anytime step must";
    // The whole result (a classifier): every operand whole.
    IRMapping map;
    for (Value v : op->getOperands()) {
      if (map.contains(v))
        continue;
      FailureOr<Value> in =
          isFeature(v) ? read(v, {0, width(v)}, loc) : FailureOr<Value>(param(v));
      if (failed(in))
        return failure();
      map.map(v, *in);
    }
    return finish(b.clone(*op, map));
  }

  /// Output channels `range` of a convolution: the weight rows of `range`
  /// over the input channels they connect (one convolution per output group
  /// of a block-sparse one, over its present input groups only).
  FailureOr<Value> convolution(Conv2dOp conv, ChannelRange range) {
    Location loc = conv.getLoc();
    auto emit = [&](ChannelRange out, ChannelRange in,
                    BlockSparseAttr pattern, int64_t groups) -> FailureOr<Value> {
      FailureOr<Value> x = read(conv.getInput(), in, loc);
      if (failed(x))
        return failure();
      IRMapping map;
      map.map(conv.getInput(), *x);
      // A grouped weight's columns are per group: all of them.
      ChannelRange columns = groups == 1 ? in : ChannelRange{};
      map.map(conv.getWeight(), rows(conv.getWeight(), out, columns, loc));
      if (Value bias = conv.getBias())
        map.map(bias, rows(bias, out, {}, loc));
      auto copy = cast<Conv2dOp>(b.clone(*conv, map));
      copy.setGroups(groups);
      if (pattern)
        copy.setBlockSparseAttr(pattern);
      else
        copy.removeBlockSparseAttr();
      return finish(copy);
    };
    BlockSparseAttr pattern = conv.getBlockSparseAttr();
    if (!pattern) {
      int64_t groups = conv.getGroups();
      int64_t perGroup = width(conv.getResult()) / groups;
      return emit(range, channelsRead(conv, 0, range), nullptr,
                  range.size() / perGroup > 0 && groups > 1
                      ? range.size() / perGroup
                      : 1);
    }
    // Per output group: its rows within `range`, over the span of the input
    // groups it reads, absent blocks inside the span staying absent.
    ArrayRef<int64_t> ins = pattern.getIn(), outs = pattern.getOut();
    SmallVector<Value> parts;
    int64_t outStart = 0;
    for (size_t o = 0; o < outs.size(); ++o) {
      ChannelRange outRows{std::max(range.begin, outStart),
                           std::min(range.end, outStart + outs[o])};
      outStart += outs[o];
      if (outRows.empty())
        continue;
      int64_t first = -1, last = -1;
      for (size_t i = 0; i < ins.size(); ++i)
        if (pattern.isPresent(o, i)) {
          first = first < 0 ? i : first;
          last = i;
        }
      if (first < 0)
        return conv.emitOpError("output group ")
               << o + 1 << " reads no input group";
      int64_t begin = 0;
      for (int64_t i = 0; i < first; ++i)
        begin += ins[i];
      SmallVector<int64_t> spanIn, mask;
      bool dense = true;
      int64_t end = begin;
      for (int64_t i = first; i <= last; ++i) {
        spanIn.push_back(ins[i]);
        mask.push_back(pattern.isPresent(o, i) ? 1 : 0);
        dense &= mask.back() == 1;
        end += ins[i];
      }
      BlockSparseAttr part =
          dense ? BlockSparseAttr()
                : BlockSparseAttr::get(conv.getContext(), spanIn,
                                       {outRows.size()}, mask);
      FailureOr<Value> y = emit(outRows, {begin, end}, part, 1);
      if (failed(y))
        return failure();
      parts.push_back(*y);
    }
    if (parts.size() == 1)
      return parts.front();
    return ConcatOp::create(b, loc, parts).getResult();
  }

  /// Channels `range` of a grouped padding: input pieces and zero runs.
  FailureOr<Value> padded(PadChannelsOp pad, ChannelRange range) {
    Location loc = pad.getLoc();
    SmallVector<int64_t> groups = pad.getGroupSizes();
    ArrayRef<int64_t> pads = pad.getPads();
    SmallVector<Value> pieces;
    SmallVector<int64_t> zerosAfter;
    int64_t leading = 0, outStart = 0, inStart = 0;
    for (size_t j = 0; j < groups.size(); ++j) {
      ChannelRange data{std::max(range.begin, outStart),
                        std::min(range.end, outStart + groups[j])};
      if (!data.empty()) {
        FailureOr<Value> v = read(
            pad.getInput(),
            {inStart + data.begin - outStart, inStart + data.end - outStart}, loc);
        if (failed(v))
          return failure();
        pieces.push_back(*v);
        zerosAfter.push_back(0);
      }
      outStart += groups[j];
      ChannelRange zeros{std::max(range.begin, outStart),
                         std::min(range.end, outStart + pads[j])};
      if (!zeros.empty())
        (pieces.empty() ? leading : zerosAfter.back()) += zeros.size();
      outStart += pads[j];
      inStart += groups[j];
    }
    if (pieces.empty()) {
      // Zeros only: cut from the padding of one input channel.
      FailureOr<Value> one = read(pad.getInput(), {0, 1}, loc);
      if (failed(one))
        return failure();
      Value p = PadChannelsOp::create(b, loc, *one, DenseI64ArrayAttr(),
                                      b.getDenseI64ArrayAttr({leading}));
      return slice(p, {1, 1 + leading}, loc);
    }
    SmallVector<Value> parts;
    for (auto [piece, zeros] : llvm::zip(pieces, zerosAfter))
      parts.push_back(zeros == 0 ? piece
                                 : PadChannelsOp::create(
                                       b, loc, piece, DenseI64ArrayAttr(),
                                       b.getDenseI64ArrayAttr({zeros}))
                                       .getResult());
    if (leading > 0) {
      Value first = pieces.front();
      Value p = PadChannelsOp::create(b, loc, first, DenseI64ArrayAttr(),
                                      b.getDenseI64ArrayAttr({leading}));
      parts.insert(parts.begin(), slice(p, {width(first), width(first) + leading}, loc));
    }
    if (parts.size() == 1)
      return parts.front();
    return ConcatOp::create(b, loc, parts).getResult();
  }

  OpBuilder &b;
  int64_t k;
  ArrayRef<Demand> D;
};

/// MACs of `func`'s layers.
int64_t macsOf(func::FuncOp func) {
  int64_t macs = 0;
  func.walk([&](Operation *op) { macs = saturatingAdd(macs, countMacs(op)); });
  return macs;
}
} // namespace

FailureOr<OwningOpRef<ModuleOp>> mlir::slice::buildAnytimeSteps(ModuleOp model) {
  AnytimeAttr anytime = getAnytime(model);
  if (anytime && anytime.getForm() == AnytimeForm::inclusive)
    // Located at the module, without printing it: the message is the point.
    return emitError(
        model.getLoc(),
        "an I-form model cannot grow sub-network k into k+1: its "
        "sub-networks share no features (each has its own BatchNorm "
        "statistics, paper section 3.2); make it with --inclusive-sparse or "
        "--shallow-exits");
  int64_t K = anytime ? anytime.getSubnets() : 1;
  FailureOr<OwningOpRef<ModuleOp>> flat = buildFlatModel(model);
  if (failed(flat))
    return failure();
  FailureOr<func::FuncOp> flatFunc = getModelFunction(**flat);
  if (failed(flatFunc))
    return failure();
  func::FuncOp f = *flatFunc;
  if (f.getNumArguments() != 1)
    return f.emitError("a model function takes one image batch, got ")
           << f.getNumArguments() << " arguments";
  SmallVector<OutputTag> tags = getOutputTags(f);
  Operation *ret = f.getBody().front().getTerminator();

  // D[k]: what sub-networks 1..k read (growing by construction); ofK: what
  // sub-network K alone reads (the rest is the earlier heads).
  SmallVector<Demand> D(K + 1);
  for (int64_t k = 1; k <= K; ++k)
    D[k] = demandOf(f, tags, [&](int64_t s) { return s <= k; });
  Demand ofK = demandOf(f, tags, [&](int64_t s) { return s == K; });
  SmallVector<Operation *> ops;
  for (Operation &op : f.getBody().front().without_terminator())
    if (!isParamRead(&op) && op.getNumResults() == 1 &&
        isFeature(op.getResult(0)))
      ops.push_back(&op);

  // State: a value stays from the step that first computes it until the
  // last step that reads its earlier channels.
  llvm::DenseMap<Value, int64_t> lastOldRead;
  for (int64_t j = 2; j <= K; ++j)
    for (Operation *op : ops) {
      ChannelRange range{D[j - 1].lookup(op->getResult(0)),
                         D[j].lookup(op->getResult(0))};
      if (range.empty())
        continue;
      for (OpOperand &operand : op->getOpOperands()) {
        Value v = operand.get();
        if (!isFeature(v) || isa<BlockArgument>(v))
          continue;
        ChannelRange r = channelsRead(op, operand.getOperandNumber(), range);
        if (!r.empty() && r.begin < D[j - 1].lookup(v))
          lastOldRead[v] = std::max(lastOldRead.lookup(v), j);
      }
    }
  SmallVector<Value> stateValues;
  llvm::DenseMap<Value, int64_t> stateId;
  for (Operation *op : ops)
    if (lastOldRead.count(op->getResult(0))) {
      stateId[op->getResult(0)] = stateValues.size();
      stateValues.push_back(op->getResult(0));
    }
  auto inState = [&](Value v, int64_t k) {
    return stateId.count(v) && D[k].lookup(v) > 0 && k < lastOldRead.lookup(v);
  };

  // The step module: the model's parameters and labels, then the steps.
  OwningOpRef<ModuleOp> out(cast<ModuleOp>(model->clone()));
  FailureOr<func::FuncOp> modelFunc = getModelFunction(*out);
  if (failed(modelFunc))
    return failure();
  modelFunc->erase();
  MLIRContext *ctx = model.getContext();
  OpBuilder mb = OpBuilder::atBlockEnd(out->getBody());
  Value image = f.getArgument(0);
  for (int64_t k = 1; k <= K; ++k) {
    SmallVector<Type> argTypes{image.getType()};
    SmallVector<Value> stateIn;
    for (Value v : stateValues)
      if (inState(v, k - 1)) {
        stateIn.push_back(v);
        argTypes.push_back(withWidth(v, D[k - 1].lookup(v)));
      }
    auto step = func::FuncOp::create(
        mb, f.getLoc(), ("step" + Twine(k)).str(),
        FunctionType::get(ctx, argTypes, {}));
    Block *body = step.addEntryBlock();
    OpBuilder b = OpBuilder::atBlockEnd(body);
    StepBuilder builder(b, k, D);
    builder.image = body->getArgument(0);
    for (auto [i, v] : llvm::enumerate(stateIn))
      builder.state[v] = body->getArgument(i + 1);
    int64_t headMacs = 0, macsSoFar = 0;
    for (Operation *op : ops) {
      Value r = op->getResult(0);
      ChannelRange range{D[k - 1].lookup(r), D[k].lookup(r)};
      if (range.empty())
        continue;
      if (failed(builder.emit(op, range)))
        return failure();
      // The part of what it computed that sub-network K does not need:
      // what answers early (the heads of k < K).
      if (countMacs(op) > 0) {
        int64_t macs = macsOf(step);
        int64_t needed = std::max<int64_t>(
            0, std::min(range.end, ofK.lookup(r)) - range.begin);
        headMacs += (macs - macsSoFar) * (range.size() - needed) / range.size();
        macsSoFar = macs;
      }
    }
    SmallVector<Value> results;
    SmallVector<OutputTag> resultTags;
    for (auto [i, v] : llvm::enumerate(ret->getOperands())) {
      if (tags[i].subnet != k)
        continue;
      FailureOr<Value> y = builder.read(v, {0, width(v)}, v.getLoc());
      if (failed(y))
        return failure();
      results.push_back(*y);
      resultTags.push_back(tags[i]);
    }
    SmallVector<Value> stateOut;
    for (Value v : stateValues)
      if (inState(v, k)) {
        stateOut.push_back(v);
        results.push_back(builder.prefix(v, v.getLoc()));
      }
    func::ReturnOp::create(b, f.getLoc(), results);
    step.setFunctionType(
        FunctionType::get(ctx, argTypes, ValueRange(results).getTypes()));
    Builder attrs(ctx);
    for (auto [i, tag] : llvm::enumerate(resultTags)) {
      step.setResultAttr(i, kSubnetAttr, attrs.getI64IntegerAttr(tag.subnet));
      step.setResultAttr(i, kLevelAttr, attrs.getI64IntegerAttr(tag.level));
    }
    for (auto [i, v] : llvm::enumerate(stateIn))
      step.setArgAttr(i + 1, kStateAttr,
                      attrs.getI64IntegerAttr(stateId.lookup(v)));
    for (auto [i, v] : llvm::enumerate(stateOut))
      step.setResultAttr(resultTags.size() + i, kStateAttr,
                         attrs.getI64IntegerAttr(stateId.lookup(v)));
    // Slices of the concatenations just built read what they overlap.
    RewritePatternSet patterns(ctx);
    ChannelSliceOp::getCanonicalizationPatterns(patterns, ctx);
    (void)applyPatternsGreedily(step, std::move(patterns));
    // A step reads the same slice of its image or state in several places
    // (a group's residual and its branches' input): compute it once.
    IRRewriter rewriter(ctx);
    DominanceInfo dominance(step);
    eliminateCommonSubExpressions(rewriter, dominance, step);
    step->setAttr(kStepAttr, attrs.getI64IntegerAttr(k));
    step->setAttr(kStepMacsAttr, attrs.getI64IntegerAttr(macsOf(step)));
    step->setAttr(kStepHeadMacsAttr, attrs.getI64IntegerAttr(headMacs));
  }
  return out;
}
