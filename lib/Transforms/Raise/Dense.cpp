//===- Dense.cpp - DenseNet layers concat(x, F(x)) ------------------------===//
#include "RaiseCommon.h"

#include "mlir/IR/IRMapping.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::raise;

/// concat(x0, .., xn) -> concat(c, x(m+1), .., xn) where c =
/// concat(x0, .., xm) exists already (DenseNet exports concatenate all
/// earlier features in every layer); single-operand concats fold away.
void Raiser::reassociateConcats() {
  SmallVector<std::pair<ConcatOp, SmallVector<Value>>> seen;
  for (Operation &op : llvm::make_early_inc_range(*body)) {
    auto concat = dyn_cast<ConcatOp>(op);
    if (!concat)
      continue;
    SmallVector<Value> inputs(concat.getInputs());
    if (inputs.size() == 1) {
      concat.replaceAllUsesWith(inputs.front());
      concat.erase();
      ++reassociated;
      continue;
    }
    ConcatOp best;
    size_t bestLength = 1;
    for (auto &[previous, operands] : seen)
      if (operands.size() > bestLength && operands.size() <= inputs.size() &&
          std::equal(operands.begin(), operands.end(), inputs.begin())) {
        best = previous;
        bestLength = operands.size();
      }
    seen.push_back({concat, inputs});
    if (!best)
      continue;
    ++reassociated;
    if (bestLength == inputs.size()) {
      seen.pop_back();
      concat.replaceAllUsesWith(best.getResult());
      concat.erase();
      continue;
    }
    SmallVector<Value> operands{best.getResult()};
    operands.append(inputs.begin() + bestLength, inputs.end());
    concat.getInputsMutable().assign(operands);
  }
}

/// A DenseNet layer concat(x, F(x)) whose path ends in a dense
/// convolution: that convolution's output rows (the new features) split
/// into `cardinality` branches reading the shared bottleneck in front of
/// the block (F's earlier layers, like a ResNet bottleneck's first 1x1
/// conv), with x as the residual. Sub-network k of the I form then grows
/// each layer by its first C_k branches' features. Null (and the layer
/// raised whole) when the last layer cannot be split.
BlockOp Raiser::splitDenseLayer(OpBuilder &b, ConcatOp concat, Value x,
                                const PathGroup &path) {
  auto last = path.ends.front().getDefiningOp<Conv2dOp>();
  if (path.ends.size() != 1 || !last || !isDense(last) ||
      !paramOf(last.getWeight()) ||
      (last.getBias() && !paramOf(last.getBias())))
    return {};
  int64_t growth = outWidth(last);
  int64_t branches = 0;
  for (int64_t c = std::min<int64_t>(options.cardinality, growth); c >= 2; --c)
    if (growth % c == 0) {
      branches = c;
      break;
    }
  if (branches == 0)
    return {};
  Value bottleneck = last.getInput();
  Location loc = concat.getLoc();
  auto block = BlockOp::create(b, loc, concat.getType(),
                               ValueRange{bottleneck}, x, Aggregation::concat,
                               nullptr, nullptr, nullptr, branches);
  int64_t width = growth / branches;
  ParamOp weight = paramOf(last.getWeight());
  ParamOp bias = last.getBias() ? paramOf(last.getBias()) : ParamOp();
  {
    OpBuilder::InsertionGuard guard(b);
    ParamOp previousWeight = weight, previousBias = bias;
    for (int64_t i = 0; i < branches; ++i) {
      Block *entry =
          b.createBlock(&block.getBranches()[i], {}, {bottleneck.getType()},
                        {bottleneck.getLoc()});
      std::string suffix = ".branch" + std::to_string(i + 1);
      SmallVector<int64_t> rows = indexRange(i * width, (i + 1) * width);
      IndexSelection select{rows};
      for (int64_t d = 1; d < weight.getTensorType().getRank(); ++d)
        select.push_back(allIndices(weight.getTensorType().getDimSize(d)));
      ParamOp w = createSlicedParam(
          module, weight, (weight.getSymName() + suffix).str(), select);
      w->moveAfter(previousWeight);
      previousWeight = w;
      IRMapping map;
      map.map(bottleneck, entry->getArgument(0));
      map.map(last.getWeight(), readParam(b, last.getLoc(), w));
      if (bias) {
        ParamOp sliced = createSlicedParam(
            module, bias, (bias.getSymName() + suffix).str(), {rows});
        sliced->moveAfter(previousBias);
        previousBias = sliced;
        map.map(last.getBias(), readParam(b, last.getLoc(), sliced));
      }
      Operation *copy = b.clone(*last, map);
      (void)refreshResultTypes(copy);
      YieldOp::create(b, loc, copy->getResult(0));
    }
  }
  (void)refreshResultTypes(block);
  emitRemark(block.getLoc())
      << "raised dense layer: concat(x, F(x)) with the " << growth
      << " new features of F's last convolution split into " << branches
      << " branches (cardinality " << options.cardinality
      << "); its earlier layers stay shared, in front of the block";
  return block;
}
