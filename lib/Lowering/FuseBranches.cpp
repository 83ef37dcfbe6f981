//===- FuseBranches.cpp - identical branches as one grouped chain ---------===//
#include "slice/Lowering/FuseBranches.h"
#include "slice/Dialect/Params.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"

#include <map>

using namespace mlir;
using namespace mlir::slice;

namespace {
/// A branch as a chain of layers on its one argument.
struct Chain {
  /// A leading channel_slice of the argument (IS: the groups it reads).
  mutable ChannelSliceOp slice;
  /// conv2d, batch_norm and pointwise activations, in order.
  SmallVector<Operation *> ops;
};

bool isParamRead(Operation *op) {
  return op && isa<GetParamOp, ParamSliceOp, ParamConcatOp>(op);
}

/// The feature an op of a chain reads: a convolution's input, a pointwise
/// channel-wise op's single feature (BatchNorm, ReLU, clip); else null.
Value chainInput(Operation *op) {
  if (auto conv = dyn_cast<Conv2dOp>(op))
    return conv.getBlockSparseAttr() ? Value() : conv.getInput();
  return isPointwise(op) ? getChannelWiseInput(op) : Value();
}

/// The branch as a fusable chain, or nullopt. Stacking the first layers
/// and concatenating the last ones is the same computation only for dense
/// convolutions there; an add block's branches meet at their last layer,
/// which must therefore be a convolution (without a bias, which the sum
/// would count once per branch).
std::optional<Chain> chainOf(Region &region, bool concat) {
  Block &body = region.front();
  if (body.getNumArguments() != 1)
    return std::nullopt;
  Chain chain;
  Value current = body.getArgument(0);
  for (Operation &op : body.without_terminator()) {
    if (isParamRead(&op))
      continue;
    auto slice = dyn_cast<ChannelSliceOp>(op);
    if (slice && chain.ops.empty() && !chain.slice &&
        slice.getInput() == current) {
      chain.slice = slice;
      current = slice.getResult();
      continue;
    }
    if (chainInput(&op) != current || !current)
      return std::nullopt;
    for (Value operand : op.getOperands())
      if (operand != current && !isParamRead(operand.getDefiningOp()))
        return std::nullopt;
    if (chain.ops.empty() && !isa<Conv2dOp>(op))
      return std::nullopt;
    chain.ops.push_back(&op);
    current = op.getResult(0);
  }
  if (chain.ops.empty() || body.getTerminator()->getOperand(0) != current)
    return std::nullopt;
  if (cast<Conv2dOp>(chain.ops.front()).getGroups() != 1)
    return std::nullopt;
  if (concat)
    return chain;
  auto last = dyn_cast<Conv2dOp>(chain.ops.back());
  int64_t convs = llvm::count_if(
      chain.ops, [](Operation *op) { return isa<Conv2dOp>(op); });
  if (!last || convs < 2 || last.getGroups() != 1 || last.getBias())
    return std::nullopt;
  return chain;
}

/// Everything two branches must share to run as one: the slice they read,
/// and per layer its kind, inherent attributes and operand types.
std::string signature(const Chain &chain) {
  std::string s;
  llvm::raw_string_ostream os(s);
  if (chain.slice)
    os << "slice " << chain.slice.getOffset() << " " << chain.slice.getSize()
       << ";";
  for (Operation *op : chain.ops) {
    os << op->getName() << " " << op->getPropertiesAsAttribute() << " (";
    llvm::interleaveComma(op->getOperandTypes(), os);
    os << ");";
  }
  return s;
}

/// `v`, a parameter read of another region, recomputed where `b` builds.
Value cloneParamRead(OpBuilder &b, Value v, IRMapping &map) {
  if (Value mapped = map.lookupOrNull(v))
    return mapped;
  Operation *op = v.getDefiningOp();
  for (Value operand : op->getOperands())
    cloneParamRead(b, operand, map);
  return b.clone(*op, map)->getResult(cast<OpResult>(v).getResultNumber());
}

/// Builds into `target` one branch computing the branches of `block` whose
/// chains are `chains` (all of one structure).
void buildFusedBranch(BlockOp block, ArrayRef<Chain> chains, Region &target) {
  bool concat = block.getAggregation() == Aggregation::concat;
  MLIRContext *ctx = block.getContext();
  Block *body = &target.emplaceBlock();
  Value x = body->addArgument(block.getInputs().front().getType(),
                              block.getLoc());
  OpBuilder b = OpBuilder::atBlockEnd(body);
  SmallVector<IRMapping> maps(chains.size());
  const Chain &first = chains.front();
  if (first.slice)
    x = ChannelSliceOp::create(b, first.slice.getLoc(), x,
                               first.slice.getOffsetAttr(),
                               first.slice.getSizeAttr());
  int64_t numConvs = llvm::count_if(
      first.ops, [](Operation *op) { return isa<Conv2dOp>(op); });
  int64_t convIndex = 0, n = chains.size();
  for (size_t step = 0; step < first.ops.size(); ++step) {
    Operation *model = first.ops[step];
    SmallVector<Location> locs;
    for (const Chain &c : chains)
      locs.push_back(c.ops[step]->getLoc());
    Location loc = FusedLoc::get(ctx, locs);
    // Operand j of every member, side by side along `axis`.
    auto stacked = [&](unsigned j, int64_t axis) -> Value {
      SmallVector<Value> parts;
      for (auto [m, c] : llvm::enumerate(chains))
        parts.push_back(cloneParamRead(b, c.ops[step]->getOperand(j), maps[m]));
      return ParamConcatOp::create(b, loc, parts, b.getI64IntegerAttr(axis));
    };
    IRMapping map;
    map.map(chainInput(model), x);
    if (auto conv = dyn_cast<Conv2dOp>(model)) {
      bool firstConv = ++convIndex == 1;
      bool sumsBranches = !concat && convIndex == numConvs;
      map.map(conv.getWeight(), stacked(1, sumsBranches ? 1 : 0));
      if (conv.getBias())
        map.map(conv.getBias(), stacked(2, 0));
      auto fused = cast<Conv2dOp>(b.clone(*model, map));
      if (!firstConv && !sumsBranches)
        fused.setGroups(conv.getGroups() * n);
      fused->setLoc(loc);
      x = fused.getResult();
    } else {
      // BatchNorm parameters [C] or [K, C] side by side along C; an
      // activation has none.
      for (unsigned j = 1; j < model->getNumOperands(); ++j)
        map.map(model->getOperand(j),
                stacked(j, cast<RankedTensorType>(
                               model->getOperand(j).getType()).getRank() - 1));
      Operation *fused = b.clone(*model, map);
      fused->setLoc(loc);
      x = fused->getResult(0);
    }
    (void)refreshResultTypes(x.getDefiningOp());
  }
  YieldOp::create(b, block.getLoc(), x);
}

/// The sets of branches that run as one: per channel group and chain
/// structure (an add block), or runs of consecutive such branches (a concat
/// block, whose result keeps the branches' order).
SmallVector<SmallVector<unsigned>>
fusionSets(BlockOp block, SmallVectorImpl<std::optional<Chain>> &chains) {
  bool concat = block.getAggregation() == Aggregation::concat;
  std::optional<ArrayRef<int64_t>> groups = block.getBranchGroups();
  auto groupOf = [&](unsigned i) { return groups ? (*groups)[i] : 0; };
  SmallVector<std::string> keys;
  for (auto [i, region] : llvm::enumerate(block.getBranches())) {
    chains.push_back(chainOf(region, concat));
    keys.push_back(chains.back() ? std::to_string(groupOf(i)) + "|" +
                                       signature(*chains.back())
                                 : std::string());
  }
  SmallVector<SmallVector<unsigned>> sets;
  if (concat) {
    for (unsigned i = 0; i < keys.size(); ++i) {
      if (keys[i].empty())
        continue;
      if (!sets.empty() && sets.back().back() + 1 == i &&
          keys[sets.back().back()] == keys[i])
        sets.back().push_back(i);
      else
        sets.push_back({i});
    }
  } else {
    std::map<std::string, size_t> index;
    for (unsigned i = 0; i < keys.size(); ++i) {
      if (keys[i].empty())
        continue;
      auto [it, inserted] = index.try_emplace(keys[i], sets.size());
      if (inserted)
        sets.push_back({});
      sets[it->second].push_back(i);
    }
  }
  llvm::erase_if(sets, [](const SmallVector<unsigned> &s) { return s.size() < 2; });
  return sets;
}
} // namespace

int64_t mlir::slice::fuseBlockBranches(BlockOp block) {
  if (block.getSubnetBranches() || block.getInputs().size() != 1)
    return 0;
  SmallVector<std::optional<Chain>> chains;
  SmallVector<SmallVector<unsigned>> sets = fusionSets(block, chains);
  if (sets.empty())
    return 0;
  // Slot of every branch in the rebuilt block; a set takes its first
  // member's place.
  unsigned numBranches = block.getNumBranches();
  SmallVector<int> setOf(numBranches, -1);
  for (auto [s, set] : llvm::enumerate(sets))
    for (unsigned i : set)
      setOf[i] = s;
  std::optional<ArrayRef<int64_t>> groups = block.getBranchGroups();
  SmallVector<int64_t> newGroups;
  SmallVector<std::pair<unsigned, int>> slots; // (branch, set or -1)
  for (unsigned i = 0; i < numBranches; ++i) {
    if (setOf[i] >= 0 && sets[setOf[i]].front() != i)
      continue;
    slots.push_back({i, setOf[i]});
    if (groups)
      newGroups.push_back((*groups)[i]);
  }
  OpBuilder b(block);
  auto rebuilt = BlockOp::create(
      b, block.getLoc(), block.getType(), block.getInputs(),
      block.getResidual(), block.getAggregation(),
      /*subnet_branches=*/nullptr, block.getPartitionAttr(),
      groups ? b.getDenseI64ArrayAttr(newGroups) : nullptr, slots.size());
  rebuilt->setDiscardableAttrs(block->getDiscardableAttrDictionary());
  for (auto [slot, entry] : llvm::enumerate(slots)) {
    auto [i, set] = entry;
    Region &target = rebuilt.getBranches()[slot];
    if (set < 0) {
      target.takeBody(block.getBranches()[i]);
      continue;
    }
    SmallVector<Chain> members;
    for (unsigned m : sets[set])
      members.push_back(*chains[m]);
    buildFusedBranch(block, members, target);
  }
  block.replaceAllUsesWith(rebuilt.getResult());
  block.erase();
  return numBranches - slots.size();
}

int64_t mlir::slice::fuseBranches(ModuleOp module) {
  SmallVector<BlockOp> blocks;
  module.walk([&](BlockOp block) { blocks.push_back(block); });
  int64_t fused = 0;
  for (BlockOp block : blocks)
    fused += fuseBlockBranches(block);
  return fused;
}
