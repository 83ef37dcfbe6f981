//===- Chain.cpp - chains of layers cut into the branches of a block ------===//
//
// What residual, grouped and MLP blocks share: a chain of layers joined by
// per-channel ops is split into branches by groups of its middle channels,
// and the branch sum continues after the block.
//
//===----------------------------------------------------------------------===//
#include "RaiseCommon.h"

#include "mlir/IR/IRMapping.h"

#include <numeric>

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::raise;

/// Epsilon of an inserted identity batch_norm: 1 - eps and 1 are exact in
/// f32, so variance + eps is exactly 1 and the op computes x * 1 + bias.
constexpr double kIdentityEpsilon = 1.0 / 131072.0; // 2^-17

static size_t numUses(Value v) {
  return static_cast<size_t>(std::distance(v.use_begin(), v.use_end()));
}

Chain raise::walkBack(Operation *last) {
  SmallVector<Operation *> reversed{last};
  Value v = last->getOperand(0);
  std::string stop;
  while (true) {
    Operation *def = v.getDefiningOp();
    if (!def) {
      stop = "the model input";
      break;
    }
    if (!v.hasOneUse()) {
      stop = ("a value read " + Twine(numUses(v)) + " times").str();
      break;
    }
    if (!isLayer(def) && !isPerChannel(def)) {
      stop = quoted(def);
      break;
    }
    reversed.push_back(def);
    v = def->getOperand(0);
  }
  Chain chain;
  chain.ops.assign(reversed.rbegin(), reversed.rend());
  for (Operation *op : chain.ops)
    if (isLayer(op))
      chain.layers.push_back(op);
  chain.input = v;
  chain.stop = stop;
  return chain;
}

std::string raise::trim(Chain &chain) {
  size_t n = chain.layers.size();
  if (n < 2)
    return "it has one layer; before it is " + chain.stop;
  if (!isDense(chain.layers.back()))
    return "its last layer is grouped";
  int64_t start = -1;
  for (size_t i = 0; i + 1 < n; ++i)
    if (isDense(chain.layers[i]))
      start = static_cast<int64_t>(i);
  if (start < 0)
    return "its first layer is grouped";
  Operation *first = chain.layers[start];
  chain.ops.erase(chain.ops.begin(), llvm::find(chain.ops, first));
  chain.layers.erase(chain.layers.begin(), chain.layers.begin() + start);
  chain.input = first->getOperand(0);
  return "";
}

/// Whether a middle layer is a grouped (not depthwise) convolution.
static bool hasGroupedMiddle(const Chain &chain) {
  for (size_t i = 1; i + 1 < chain.layers.size(); ++i) {
    Operation *layer = chain.layers[i];
    if (groupsOf(layer) > 1 &&
        groupsOf(layer) < channelCount(layer->getOperand(0)))
      return true;
  }
  return false;
}

/// Every weight and BatchNorm parameter of the chain is a slice.param read.
static std::string checkParams(const Chain &chain) {
  for (Operation *op : chain.ops) {
    if (isLayer(op)) {
      Value bias = biasOf(op);
      if (!paramOf(weightOf(op)) || (bias && !paramOf(bias)))
        return "the weights of " + quoted(op) + " are not slice.param reads";
    } else if (auto bn = dyn_cast<BatchNormOp>(op)) {
      if (bn.isPerSubnet())
        return "a batch_norm has per-sub-network parameters";
      for (OpOperand *operand : bn.getParamOperands())
        if (!paramOf(operand->get()))
          return "the parameters of a batch_norm are not slice.param reads";
    }
  }
  return "";
}

/// How many branches: the groups of a grouped middle convolution, else the
/// largest divisor of the middle width (and of depthwise groups) not above
/// `cardinality`.
static Split chooseSplit(const Chain &chain, int64_t cardinality) {
  size_t n = chain.layers.size();
  int64_t groups = 0;
  for (size_t i = 1; i + 1 < n; ++i)
    groups = std::gcd(groups, groupsOf(chain.layers[i]));
  Split split;
  if (hasGroupedMiddle(chain)) {
    if (groups < 2) {
      split.error = "its grouped convolutions have no common group count";
      return split;
    }
    split.branches = groups;
    split.how = "the groups of its grouped convolution";
    return split;
  }
  int64_t width = groups;
  for (size_t i = 0; i + 1 < n; ++i)
    width = std::gcd(width, outWidth(chain.layers[i]));
  for (int64_t b = std::min(cardinality, width); b >= 2; --b)
    if (width % b == 0) {
      split.branches = b;
      split.how = ("cardinality " + Twine(cardinality) + " over " +
                   Twine(outWidth(chain.layers.front())) + " middle channels")
                      .str();
      return split;
    }
  split.error =
      ("its middle width " + Twine(width) +
       " has no divisor in [2, cardinality = " + Twine(cardinality) + "]")
          .str();
  return split;
}

void raise::eraseChain(const Chain &chain) {
  for (Operation *op : llvm::reverse(chain.ops))
    op->erase();
}

/// A block whose branches are `chain` split `branches` ways: branch i
/// holds its rows of the first layer, its groups of the middle layers,
/// its input columns of the last layer (without the bias).
BlockOp Raiser::buildBlock(const Chain &chain, int64_t branches, OpBuilder &b,
                           Location loc, Value residual) {
  Operation *last = chain.layers.back();
  auto block = BlockOp::create(
      b, loc, last->getResult(0).getType(), ValueRange{chain.input}, residual,
      Aggregation::add, nullptr, nullptr, nullptr, branches);
  OpBuilder::InsertionGuard guard(b);
  for (int64_t i = 0; i < branches; ++i) {
    Block *entry =
        b.createBlock(&block.getBranches()[i], {}, {chain.input.getType()},
                      {chain.input.getLoc()});
    Value current = entry->getArgument(0);
    std::string suffix = ".branch" + std::to_string(i + 1);
    // Channels of the output of layer `level` this branch holds.
    auto range = [&](int64_t level) {
      int64_t width = outWidth(chain.layers[level]) / branches;
      return indexRange(i * width, (i + 1) * width);
    };
    auto sliced = [&](Value value, const IndexSelection &select) -> Value {
      ParamOp param = paramOf(value);
      ParamOp slice = createSlicedParam(
          module, param, (param.getSymName() + suffix).str(), select);
      // Branch order: after the previous branch's slice.
      ParamOp &previous = lastSlice[param];
      if (previous)
        slice->moveAfter(previous);
      previous = slice;
      return readParam(b, value.getLoc(), slice);
    };
    int64_t level = -1;
    for (Operation *op : chain.ops) {
      IRMapping map;
      map.map(op->getOperand(0), current);
      bool isLast = op == last;
      if (isLayer(op)) {
        ++level;
        Value weight = weightOf(op);
        auto type = cast<RankedTensorType>(weight.getType());
        IndexSelection select;
        for (int64_t d = 0; d < type.getRank(); ++d)
          select.push_back(allIndices(type.getDimSize(d)));
        if (isLast)
          select[1] = range(level - 1);
        else
          select[0] = range(level);
        map.map(weight, sliced(weight, select));
        if (Value bias = biasOf(op); bias && !isLast)
          map.map(bias, sliced(bias, {range(level)}));
      } else if (auto bn = dyn_cast<BatchNormOp>(op)) {
        for (OpOperand *operand : bn.getParamOperands())
          map.map(operand->get(), sliced(operand->get(), {range(level)}));
      }
      Operation *copy = b.clone(*op, map);
      if (auto conv = dyn_cast<Conv2dOp>(copy)) {
        if (isLast)
          conv.getBiasMutable().clear();
        else if (level > 0)
          conv.setGroupsAttr(
              b.getI64IntegerAttr(conv.getGroups() / branches));
      } else if (auto linear = dyn_cast<LinearOp>(copy); linear && isLast) {
        linear.getBiasMutable().clear();
      }
      (void)refreshResultTypes(copy);
      current = copy->getResult(0);
    }
    YieldOp::create(b, loc, ValueRange{current});
  }
  (void)refreshResultTypes(block);
  lastSlice.clear();
  return block;
}

/// An inference-identity batch_norm of `x` that adds `last`'s bias: the
/// normalisation of the branch sum that BatchNorm folding removed.
Value Raiser::identityNorm(OpBuilder &b, Location loc, Value x,
                           Operation *last) {
  int64_t channels = channelCount(x);
  auto type = RankedTensorType::get({channels}, b.getF32Type());
  auto splat = [&](float v) {
    return cast<ElementsAttr>(
        DenseElementsAttr::get(type, ArrayRef<float>(v)));
  };
  ParamOp weight = paramOf(weightOf(last));
  StringRef base = weight.getSymName();
  base.consume_back(".weight");
  std::string prefix = (base + ".sum_bn").str();
  ParamOp scale = createNewParam(module, weight, prefix + ".scale", type,
                                 InitScheme::ones, false, splat(1.0f));
  ParamOp bias = biasOf(last)
                     ? paramOf(biasOf(last))
                     : createNewParam(module, scale, prefix + ".bias", type,
                                      InitScheme::zeros, false, splat(0.0f));
  ParamOp mean = createNewParam(module, scale, prefix + ".mean", type,
                                InitScheme::zeros, true, splat(0.0f));
  ParamOp var =
      createNewParam(module, mean, prefix + ".var", type, InitScheme::ones,
                     true, splat(static_cast<float>(1.0 - kIdentityEpsilon)));
  if (!biasOf(last))
    bias->moveAfter(scale);
  ParamOp params[] = {scale, bias, mean, var};
  Value reads[4];
  for (int i = 0; i < 4; ++i)
    reads[i] = readParam(b, loc, params[i]);
  return BatchNormOp::create(b, loc, x, reads[0], reads[1], reads[2],
                             reads[3], b.getF64FloatAttr(kIdentityEpsilon),
                             b.getF64FloatAttr(0.1));
}

/// Checks that `chain` can become a block; reports why not.
std::optional<Split> Raiser::prepare(Chain &chain, Location loc,
                                     StringRef kind, BatchNormOp norm) {
  std::string why = checkParams(chain);
  if (why.empty() && isa<BlockArgument>(chain.input))
    why = "its first layer reads the model input";
  if (why.empty() && norm && biasOf(chain.layers.back()))
    why = "its last layer has a bias and is followed by batch_norm";
  Split split;
  if (why.empty()) {
    split = chooseSplit(chain, options.cardinality);
    why = split.error;
  }
  if (!why.empty()) {
    leaveFlat(loc, kind, why);
    return std::nullopt;
  }
  return split;
}

/// The branch sum `sum` (the chain's last layer, or its batch_norm `norm`)
/// continues after `block`: through `norm`, through an identity
/// batch_norm carrying the last layer's bias, or unchanged.
std::string Raiser::connect(BlockOp block, const Chain &chain,
                            BatchNormOp norm, OpBuilder &b) {
  Operation *last = chain.layers.back();
  if (norm) {
    if (norm->isBeforeInBlock(block))
      norm->moveAfter(block);
    norm.getInputMutable().assign(block.getResult());
    return "batch_norm after the branch sum";
  }
  if (biasOf(last)) {
    b.setInsertionPointAfter(block);
    last->getResult(0).replaceAllUsesWith(
        identityNorm(b, block.getLoc(), block.getResult(), last));
    return "identity batch_norm adds the last layer's bias";
  }
  last->getResult(0).replaceAllUsesWith(block.getResult());
  return "no normalisation after the branch sum";
}

/// `last` may end a chain without a residual sum: one around a grouped
/// convolution, or linear-act-linear.
void Raiser::raiseChainEnd(Operation *last) {
  Value end = last->getResult(0);
  BatchNormOp norm;
  if (end.hasOneUse())
    if (auto bn = dyn_cast<BatchNormOp>(*end.user_begin());
        bn && bn.getInput() == end) {
      norm = bn;
      end = bn.getResult();
    }
  if (end.hasOneUse() && isa<AddOp>(*end.user_begin()))
    return; // a residual sum: reported by raiseResidual
  Chain chain = walkBack(last);
  bool anyGrouped = false;
  for (size_t i = 0; i + 1 < chain.layers.size(); ++i)
    anyGrouped |= !isDense(chain.layers[i]);
  std::string why = trim(chain);
  if (why.empty() && hasAnyGroupedMiddle(chain))
    return raiseGrouped(chain, norm);
  if (why.empty() && isa<LinearOp>(last))
    return raiseMlp(chain, end, norm);
  // A grouped convolution that cannot be split is still a candidate.
  if (anyGrouped && !why.empty() && enabled("grouped"))
    leaveFlat(last->getLoc(), "grouped", why);
}

void Raiser::raiseChain(Chain &chain, StringRef kind, BatchNormOp norm) {
  Operation *last = chain.layers.back();
  Location loc = last->getLoc();
  std::optional<Split> split = prepare(chain, loc, kind, norm);
  if (!split)
    return;
  OpBuilder b(last);
  BlockOp block = buildBlock(chain, split->branches, b, loc, Value());
  std::string after = connect(block, chain, norm, b);
  eraseChain(chain);
  ++counts[kind];
  emitRemark(loc) << "raised " << kind << " block: " << split->branches
                  << " branches (" << split->how << "), " << after;
}
