//===- RaiseBranches.cpp - the --slice-raise-branches pass ----------------===//
//
// A flat graph (an ONNX import) becomes explicit slice.blocks and a
// slice.head, computing the same function. Over the model function's
// top-level ops, in this order:
//   1. DenseNet concatenations are re-associated, concat(x0, .., xn) ->
//      concat(concat(x0, .., xn-1), xn), when the shorter one exists.
//   2. Concatenations, latest first (an outer path takes the concats nested
//      in it along): parallel paths from one input -> `slice.block concat`.
//   3. Adds whose one operand ends a chain of layers: residual blocks.
//   4. Chains without a residual sum: around a grouped convolution, or
//      linear-act-linear.
//   5. The classifier tail of each result -> slice.head.
// A chain (layers joined by batch_norm/relu/clip, every value read once) is
// split into branches by groups of its middle channels; weights are sliced
// into per-branch parameters.
//
//===----------------------------------------------------------------------===//
#include "slice/Dialect/Params.h"
#include "slice/Anytime/Rewrite.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Transforms/Passes.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"

#include <numeric>

namespace mlir::slice {
#define GEN_PASS_DEF_SLICERAISEBRANCHES
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

using namespace mlir;
using namespace mlir::slice;

namespace {
constexpr StringLiteral kPatterns[] = {"residual", "grouped", "mlp",
                                       "concat",   "dense",   "head"};

/// Epsilon of an inserted identity batch_norm: 1 - eps and 1 are exact in
/// f32, so variance + eps is exactly 1 and the op computes x * 1 + bias.
constexpr double kIdentityEpsilon = 1.0 / 131072.0; // 2^-17

bool isLayer(Operation *op) { return isa<Conv2dOp, LinearOp>(op); }
bool isPerChannel(Operation *op) {
  return isa<BatchNormOp, ReluOp, ClipOp>(op);
}

Value weightOf(Operation *layer) {
  if (auto conv = dyn_cast<Conv2dOp>(layer))
    return conv.getWeight();
  return cast<LinearOp>(layer).getWeight();
}

Value biasOf(Operation *layer) {
  if (auto conv = dyn_cast<Conv2dOp>(layer))
    return conv.getBias();
  return cast<LinearOp>(layer).getBias();
}

int64_t groupsOf(Operation *layer) {
  auto conv = dyn_cast<Conv2dOp>(layer);
  return conv ? static_cast<int64_t>(conv.getGroups()) : 1;
}

bool isDense(Operation *layer) {
  auto conv = dyn_cast<Conv2dOp>(layer);
  return !conv || (conv.getGroups() == 1 && !conv.getBlockSparseAttr());
}

int64_t outWidth(Operation *layer) { return channelCount(layer->getResult(0)); }

std::string quoted(Operation *op) {
  return ("'" + op->getName().getStringRef() + "'").str();
}

size_t numUses(Value v) {
  return static_cast<size_t>(std::distance(v.use_begin(), v.use_end()));
}

/// Layers joined by per-channel ops, each value read once by the next op:
/// the body a block's branches are cut from.
struct Chain {
  SmallVector<Operation *> ops; // program order
  SmallVector<Operation *> layers;
  Value input;
  /// What the walk back stopped at, for remarks.
  std::string stop;
};

/// Walks back from the layer `last` through single-use layers and
/// per-channel ops.
Chain walkBack(Operation *last) {
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

/// Cuts the chain to start at its last dense layer before the final one
/// (layers in front of a dense one cannot be split with it: they stay
/// shared, in front of the block). Returns why it cannot be a block, or "".
std::string trim(Chain &chain) {
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
bool hasGroupedMiddle(const Chain &chain) {
  for (size_t i = 1; i + 1 < chain.layers.size(); ++i) {
    Operation *layer = chain.layers[i];
    if (groupsOf(layer) > 1 &&
        groupsOf(layer) < channelCount(layer->getOperand(0)))
      return true;
  }
  return false;
}

bool hasAnyGroupedMiddle(const Chain &chain) {
  for (size_t i = 1; i + 1 < chain.layers.size(); ++i)
    if (!isDense(chain.layers[i]))
      return true;
  return false;
}

/// Every weight and BatchNorm parameter of the chain is a slice.param read.
std::string checkParams(const Chain &chain) {
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

struct Split {
  int64_t branches = 0;
  std::string how, error;
};

/// How many branches: the groups of a grouped middle convolution, else the
/// largest divisor of the middle width (and of depthwise groups) not above
/// `cardinality`.
Split chooseSplit(const Chain &chain, int64_t cardinality) {
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

GetParamOp readParam(OpBuilder &b, Location loc, ParamOp param) {
  return GetParamOp::create(b, loc, param.getTensorType(),
                            FlatSymbolRefAttr::get(param.getSymNameAttr()));
}

/// Moves `ops` (program order) to the end of `entry`: reads of `input`
/// become the entry's argument, parameter reads are re-issued inside.
void moveInto(ArrayRef<Operation *> ops, Block *entry, Value input) {
  Value arg = entry->getArgument(0);
  for (Operation *op : ops) {
    op->moveBefore(entry, entry->end());
    for (OpOperand &operand : op->getOpOperands()) {
      if (operand.get() == input) {
        operand.set(arg);
      } else if (auto get = operand.get().getDefiningOp<GetParamOp>();
                 get && get->getBlock() != entry) {
        OpBuilder b(op);
        operand.set(GetParamOp::create(b, get.getLoc(), get.getType(),
                                       get.getNameAttr()));
      }
    }
  }
}

struct RaiseBranchesPass
    : slice::impl::SliceRaiseBranchesBase<RaiseBranchesPass> {
  using SliceRaiseBranchesBase::SliceRaiseBranchesBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (cardinality < 1) {
      module.emitError("--slice-raise-branches needs cardinality >= 1, got ")
          << static_cast<int64_t>(cardinality);
      return signalPassFailure();
    }
    for (const std::string &name : patterns)
      if (llvm::none_of(kPatterns,
                        [&](StringRef known) { return known == name; })) {
        module.emitError("--slice-raise-branches: unknown pattern '")
            << name << "' (known: residual, grouped, mlp, concat, dense, head)";
        return signalPassFailure();
      }
    AnytimeAttr anytime = getAnytime(module);
    if (anytime && anytime.getForm() != AnytimeForm::plain) {
      emitWarning(module.getLoc(), "--slice-raise-branches raises plain "
                                   "models; this one is in the ")
          << stringifyAnytimeForm(anytime.getForm())
          << " form and stays as it is";
      return markAllAnalysesPreserved();
    }
    auto funcs = llvm::to_vector(module.getOps<func::FuncOp>());
    if (funcs.size() != 1 || funcs.front().getBody().getBlocks().size() != 1) {
      emitWarning(module.getLoc(), "--slice-raise-branches needs one model "
                                   "function with one block; nothing raised");
      return markAllAnalysesPreserved();
    }
    func::FuncOp func = funcs.front();
    Block &body = func.getBody().front();
    this->module = module;
    this->body = &body;

    if (enabled("dense"))
      reassociateConcats();
    if (enabled("concat") || enabled("dense")) {
      SmallVector<ConcatOp> concats(body.getOps<ConcatOp>());
      for (ConcatOp concat : llvm::reverse(concats))
        if (concat->getBlock() == &body)
          raiseConcat(concat);
      // Blocks whose pass-through path became the residual hold their parts
      // in a new order: their readers follow.
      if (failed(followConcatLayouts(module, func, reorderedConcats)))
        return signalPassFailure();
    }
    if (enabled("residual"))
      for (Operation &op : llvm::make_early_inc_range(body))
        if (auto add = dyn_cast<AddOp>(op))
          raiseResidual(add);
    if (enabled("grouped") || enabled("mlp"))
      for (Operation &op : llvm::make_early_inc_range(body))
        if (isLayer(&op) && isDense(&op))
          raiseChainEnd(&op);
    if (enabled("head"))
      for (unsigned i = 0, e = body.getTerminator()->getNumOperands(); i < e;
           ++i)
        raiseHead(i);

    eraseDeadParams(module);
    tidyParamNames(module);

    // At the location only: the op itself would be printed along.
    InFlightDiagnostic summary =
        emitRemark(func.getLoc(), "raise-branches: raised ");
    summary << raisedBlocks() << " block(s) (";
    bool firstKind = true;
    for (StringRef kind : kPatterns) {
      if (kind == "head")
        continue;
      summary << (firstKind ? "" : ", ") << counts.lookup(kind) << " " << kind;
      firstKind = false;
    }
    summary << ") and " << counts.lookup("head") << " head(s); " << leftFlat
            << " candidate(s) left flat";
    if (reassociated)
      summary << "; " << reassociated << " concat(s) re-associated";
  }

  bool enabled(StringRef pattern) const {
    return patterns.empty() || llvm::is_contained(patterns, pattern.str());
  }

  int64_t raisedBlocks() const {
    int64_t total = 0;
    for (auto &entry : counts)
      if (entry.getKey() != "head")
        total += entry.getValue();
    return total;
  }

  void leaveFlat(Location loc, StringRef what, const Twine &why) {
    ++leftFlat;
    emitRemark(loc) << "left flat (" << what << "): " << why;
  }

  //===--------------------------------------------------------------------===//
  // Concatenations
  //===--------------------------------------------------------------------===//

  /// concat(x0, .., xn) -> concat(c, x(m+1), .., xn) where c =
  /// concat(x0, .., xm) exists already (DenseNet exports concatenate all
  /// earlier features in every layer); single-operand concats fold away.
  void reassociateConcats() {
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

  /// Grows `ops` backwards: adds the ops computing their operands whose
  /// results only `ops` read (or `sink`, through one of `ends`). Keeps
  /// program order.
  void growBackwards(SmallVector<Operation *> &ops, Operation *sink,
                     ValueRange ends) {
    llvm::SmallPtrSet<Operation *, 16> in(ops.begin(), ops.end());
    auto onlyInside = [&](Operation *op) {
      for (Value result : op->getResults())
        for (Operation *user : result.getUsers())
          if (!in.contains(user) &&
              !(user == sink && llvm::is_contained(ends, result)))
            return false;
      return true;
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = 0; i < ops.size(); ++i)
        for (Value operand : ops[i]->getOperands()) {
          Operation *d = operand.getDefiningOp();
          if (!d || in.contains(d) || isa<GetParamOp>(d) ||
              d->getBlock() != body || !onlyInside(d))
            continue;
          in.insert(d);
          ops.push_back(d);
          changed = true;
        }
    }
    llvm::sort(
        ops, [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  }

  /// The ops that compute `end` and whose results nothing else reads (but
  /// `sink`, which reads `end`), in program order; empty when `end` is read
  /// elsewhere or is not computed in the function body.
  SmallVector<Operation *> pathOf(Value end, Operation *sink) {
    Operation *def = end.getDefiningOp();
    if (!def || def->getBlock() != body || isa<GetParamOp>(def) ||
        !llvm::all_of(def->getResults(), [&](Value r) {
          return r == end && r.hasOneUse();
        }))
      return {};
    SmallVector<Operation *> ops{def};
    growBackwards(ops, sink, end);
    return ops;
  }

  /// Consecutive concat operands computed in one region: its ops, and the
  /// values outside it they read.
  struct PathGroup {
    SmallVector<Value> ends;
    SmallVector<Operation *> ops;
    llvm::SetVector<Value> sources;

    void findSources() {
      sources.clear();
      llvm::SmallPtrSet<Operation *, 16> members(ops.begin(), ops.end());
      for (Operation *op : ops)
        for (Value operand : op->getOperands()) {
          Operation *d = operand.getDefiningOp();
          if (!d || (!members.contains(d) && !isa<GetParamOp>(d)))
            sources.insert(operand);
        }
    }
  };

  /// Paths that share an intermediate value (Inception-v3's E blocks, whose
  /// nested concats the ONNX export flattens) merge into one group when
  /// they are consecutive operands: the group computes the shared value
  /// and concatenates its operands.
  void mergeSharedPaths(SmallVector<PathGroup> &groups, Operation *sink) {
    for (bool changed = true; changed;) {
      changed = false;
      llvm::SetVector<Value> all;
      for (PathGroup &g : groups)
        all.insert(g.sources.begin(), g.sources.end());
      for (Value shared : all) {
        Operation *def = shared.getDefiningOp();
        if (!def || def->getBlock() != body || isa<GetParamOp>(def))
          continue;
        size_t lo = groups.size(), hi = 0;
        for (auto [i, g] : llvm::enumerate(groups))
          if (g.sources.contains(shared)) {
            lo = std::min(lo, i);
            hi = std::max(hi, i);
          }
        // Read by every group: the common input.
        if (lo == 0 && hi + 1 == groups.size())
          continue;
        PathGroup merged;
        for (size_t i = lo; i <= hi; ++i) {
          merged.ends.append(groups[i].ends);
          merged.ops.append(groups[i].ops);
        }
        llvm::SmallPtrSet<Operation *, 16> members(merged.ops.begin(),
                                                   merged.ops.end());
        if (!llvm::all_of(shared.getUsers(), [&](Operation *user) {
              return members.contains(user);
            }) ||
            def->getNumResults() != 1)
          continue;
        merged.ops.push_back(def);
        growBackwards(merged.ops, sink, merged.ends);
        merged.findSources();
        groups.erase(groups.begin() + lo, groups.begin() + hi + 1);
        groups.insert(groups.begin() + lo, std::move(merged));
        changed = true;
        break;
      }
    }
  }

  /// Inception-v3's grid reductions pool their input and concatenate it
  /// with computed paths: a path of parameter-free channel-wise ops passes
  /// the input's channels through, so its width is the input's, which in
  /// the I form varies with the sub-network.
  static bool isPassThrough(const PathGroup &group) {
    return group.ends.size() == 1 &&
           llvm::all_of(group.ops, [](Operation *op) {
             return isa<MaxPoolOp, AvgPoolOp, ReluOp, ClipOp>(op);
           });
  }

  /// Makes the first pass-through path of `groups` the block's residual
  /// (it stays in front of the block, like a DenseNet layer's x): its width
  /// then follows the input in every sub-network, as a residual's does. The
  /// block's result holds the residual first; returns where the parts lay
  /// in the concatenation, for the readers to follow.
  std::optional<ConcatLayout> takePassThrough(SmallVector<PathGroup> &groups,
                                              Value &residual) {
    auto it = llvm::find_if(groups, isPassThrough);
    if (it == groups.end() || groups.size() < 2)
      return std::nullopt;
    ConcatLayout before;
    int64_t offset = 0;
    for (PathGroup &group : groups) {
      int64_t width = 0;
      for (Value end : group.ends)
        width += channelCount(end);
      if (&group == &*it) {
        before.groupStart.push_back(offset);
        before.residualWidth.push_back(width);
        before.residualStart.push_back(0);
      } else {
        before.branchStart.push_back(offset);
        before.branchWidth.push_back(width);
      }
      offset += width;
    }
    residual = it->ends.front();
    groups.erase(it);
    return before;
  }

  void raiseConcat(ConcatOp concat) {
    SmallVector<Value> inputs(concat.getInputs());
    if (inputs.size() < 2)
      return;
    // Path i computes operand i from the common input; an operand that is
    // read elsewhere is the common input itself (DenseNet's x).
    SmallVector<PathGroup> groups;
    bool identityFirst = false;
    for (auto [i, input] : llvm::enumerate(inputs)) {
      SmallVector<Operation *> path = pathOf(input, concat);
      if (path.empty()) {
        if (i != 0) {
          leaveFlat(concat.getLoc(), "concat",
                    "operand #" + Twine(i) +
                        " is read elsewhere too, so it is no path of its own");
          return;
        }
        identityFirst = true;
        continue;
      }
      for (Operation *op : path)
        if (op->getNumRegions() != 0) {
          leaveFlat(concat.getLoc(), "concat",
                    "path #" + Twine(i) + " holds " + quoted(op));
          return;
        }
      PathGroup group;
      group.ends.push_back(input);
      group.ops = std::move(path);
      group.findSources();
      groups.push_back(std::move(group));
    }
    StringRef kind = identityFirst ? "dense" : "concat";
    if (!enabled(kind))
      return;
    mergeSharedPaths(groups, concat);
    llvm::SetVector<Value> sources;
    if (identityFirst)
      sources.insert(inputs.front());
    for (PathGroup &g : groups)
      sources.insert(g.sources.begin(), g.sources.end());
    if (sources.size() != 1) {
      leaveFlat(concat.getLoc(), kind,
                "its paths read " + Twine(sources.size()) +
                    " values computed outside them, not one common input");
      return;
    }
    Value input = sources.front();
    OpBuilder b(concat);
    if (identityFirst && groups.size() == 1) {
      if (BlockOp block = splitDenseLayer(b, concat, input, groups.front())) {
        // F's earlier layers stay where they are, in front of the block.
        Operation *last = groups.front().ends.front().getDefiningOp();
        concat.replaceAllUsesWith(block.getResult());
        concat.erase();
        last->erase();
        ++counts[kind];
        return;
      }
    }
    Value residual = identityFirst ? input : Value();
    std::optional<ConcatLayout> before;
    Operation *passThrough = nullptr;
    if (!identityFirst) {
      before = takePassThrough(groups, residual);
      if (before)
        passThrough = residual.getDefiningOp();
    }
    auto block =
        BlockOp::create(b, concat.getLoc(), concat.getType(), ValueRange{input},
                        residual, Aggregation::concat, nullptr, nullptr,
                        nullptr, groups.size());
    for (auto [i, group] : llvm::enumerate(groups)) {
      Block *entry = b.createBlock(&block.getBranches()[i], {},
                                   {input.getType()}, {input.getLoc()});
      moveInto(group.ops, entry, input);
      b.setInsertionPointToEnd(entry);
      Value result = group.ends.front();
      if (group.ends.size() > 1)
        result = ConcatOp::create(b, concat.getLoc(), group.ends);
      YieldOp::create(b, concat.getLoc(), ValueRange{result});
    }
    (void)refreshResultTypes(block);
    concat.replaceAllUsesWith(block.getResult());
    concat.erase();
    ++counts[kind];
    if (identityFirst) {
      emitRemark(block.getLoc())
          << "raised dense layer: concat(x, F(x)) with " << groups.size()
          << " path(s) after the identity";
      return;
    }
    InFlightDiagnostic remark = emitRemark(block.getLoc())
                                << "raised concat block: " << groups.size()
                                << " parallel paths from one input";
    if (groups.size() + (before ? 1 : 0) < inputs.size())
      remark << " (" << inputs.size()
             << " concat operands; paths sharing a value concatenate theirs)";
    if (before) {
      remark << "; the pass-through path ("
             << passThrough->getName().stripDialect()
             << " of the input) is its residual, first in the result";
      reorderedConcats[block] = *before;
    }
  }

  /// A DenseNet layer concat(x, F(x)) whose path ends in a dense
  /// convolution: that convolution's output rows (the new features) split
  /// into `cardinality` branches reading the shared bottleneck in front of
  /// the block (F's earlier layers, like a ResNet bottleneck's first 1x1
  /// conv), with x as the residual. Sub-network k of the I form then grows
  /// each layer by its first C_k branches' features. Null (and the layer
  /// raised whole) when the last layer cannot be split.
  BlockOp splitDenseLayer(OpBuilder &b, ConcatOp concat, Value x,
                          const PathGroup &path) {
    auto last = path.ends.front().getDefiningOp<Conv2dOp>();
    if (path.ends.size() != 1 || !last || !isDense(last) ||
        !paramOf(last.getWeight()) ||
        (last.getBias() && !paramOf(last.getBias())))
      return {};
    int64_t growth = outWidth(last);
    int64_t branches = 0;
    for (int64_t c = std::min<int64_t>(cardinality, growth); c >= 2; --c)
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
        << " branches (cardinality " << static_cast<int64_t>(cardinality)
        << "); its earlier layers stay shared, in front of the block";
    return block;
  }

  //===--------------------------------------------------------------------===//
  // Chains
  //===--------------------------------------------------------------------===//

  /// A block whose branches are `chain` split `branches` ways: branch i
  /// holds its rows of the first layer, its groups of the middle layers,
  /// its input columns of the last layer (without the bias).
  BlockOp buildBlock(const Chain &chain, int64_t branches, OpBuilder &b,
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
  Value identityNorm(OpBuilder &b, Location loc, Value x, Operation *last) {
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
  std::optional<Split> prepare(Chain &chain, Location loc, StringRef kind,
                               BatchNormOp norm) {
    std::string why = checkParams(chain);
    if (why.empty() && isa<BlockArgument>(chain.input))
      why = "its first layer reads the model input";
    if (why.empty() && norm && biasOf(chain.layers.back()))
      why = "its last layer has a bias and is followed by batch_norm";
    Split split;
    if (why.empty()) {
      split = chooseSplit(chain, cardinality);
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
  std::string connect(BlockOp block, const Chain &chain, BatchNormOp norm,
                      OpBuilder &b) {
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

  static void eraseChain(const Chain &chain) {
    for (Operation *op : llvm::reverse(chain.ops))
      op->erase();
  }

  void raiseResidual(AddOp add) {
    struct Side {
      Value shortcut;
      BatchNormOp norm;
      Chain chain;
      std::string why;
    };
    // The sum of an already raised block (its result, or its normalised
    // result) and the shortcut.
    auto raised = [](Value v) {
      if (auto bn = v.getDefiningOp<BatchNormOp>())
        v = bn.getInput();
      return isa_and_nonnull<BlockOp>(v.getDefiningOp());
    };
    if (raised(add.getLhs()) || raised(add.getRhs()))
      return;
    SmallVector<Side> sides;
    for (auto [sum, shortcut] : {std::pair(add.getLhs(), add.getRhs()),
                                 std::pair(add.getRhs(), add.getLhs())}) {
      Side side{shortcut, nullptr, {}, ""};
      Value v = sum;
      if (auto bn = v.getDefiningOp<BatchNormOp>(); bn && v.hasOneUse()) {
        side.norm = bn;
        v = bn.getInput();
      }
      Operation *def = v.getDefiningOp();
      if (!def || !isLayer(def) || !v.hasOneUse())
        continue;
      side.chain = walkBack(def);
      side.why = trim(side.chain);
      sides.push_back(std::move(side));
    }
    if (sides.empty())
      return; // not a residual candidate: no operand ends in a layer
    // The residual branch: a side that can be a block, the longer chain
    // when both can.
    Side *best = nullptr;
    for (Side &side : sides)
      if (side.why.empty() &&
          (!best || side.chain.layers.size() > best->chain.layers.size()))
        best = &side;
    if (!best) {
      Side *longest = &sides.front();
      for (Side &side : sides)
        if (side.chain.ops.size() > longest->chain.ops.size())
          longest = &side;
      leaveFlat(add.getLoc(), "residual", longest->why);
      return;
    }
    Chain &chain = best->chain;
    std::optional<Split> split =
        prepare(chain, add.getLoc(), "residual", best->norm);
    if (!split)
      return;
    Operation *last = chain.layers.back();
    bool plain = !best->norm && !biasOf(last);
    Location loc = add.getLoc();
    OpBuilder b(add);
    BlockOp block = buildBlock(chain, split->branches, b, loc,
                               plain ? best->shortcut : Value());
    std::string after;
    if (plain) {
      add.replaceAllUsesWith(block.getResult());
      add.erase();
      after = "the shortcut is its residual";
    } else {
      after = connect(block, chain, best->norm, b) + ", then the shortcut";
    }
    eraseChain(chain);
    ++counts["residual"];
    emitRemark(loc) << "raised residual block: " << split->branches
                    << " branches (" << split->how << "), " << after;
  }

  /// `last` may end a chain without a residual sum: one around a grouped
  /// convolution, or linear-act-linear.
  void raiseChainEnd(Operation *last) {
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
    StringRef kind;
    if (why.empty() && hasAnyGroupedMiddle(chain)) {
      kind = "grouped";
    } else if (why.empty() && isa<LinearOp>(last)) {
      // An MLP ends where the chain does: a layer reading this one (after
      // per-channel ops) takes the block instead.
      for (Value v = end; v.hasOneUse();) {
        Operation *user = *v.user_begin();
        if (isLayer(user) && user->getOperand(0) == v)
          return;
        if (!isPerChannel(user) || user->getOperand(0) != v)
          break;
        v = user->getResult(0);
      }
      kind = "mlp";
    } else {
      // A grouped convolution that cannot be split is still a candidate.
      if (anyGrouped && !why.empty() && enabled("grouped"))
        leaveFlat(last->getLoc(), "grouped", why);
      return;
    }
    if (!enabled(kind))
      return;
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

  //===--------------------------------------------------------------------===//
  // Heads
  //===--------------------------------------------------------------------===//

  void raiseHead(unsigned index) {
    Operation *ret = body->getTerminator();
    Value result = ret->getOperand(index);
    Operation *def = result.getDefiningOp();
    if (!def || isa<HeadOp>(def))
      return;
    Location loc = def->getLoc();
    if (body->getOps<BlockOp>().empty()) {
      leaveFlat(loc, "head",
                "no block was raised, so the classifier tail would be the "
                "whole model");
      return;
    }
    // Back from the result through single-input ops read once.
    SmallVector<Operation *> tail;
    Value v = result;
    while (Operation *op = v.getDefiningOp()) {
      if (isa<BlockOp, HeadOp, GetParamOp>(op) || op->getNumRegions() != 0 ||
          op->getNumResults() != 1 || !v.hasOneUse())
        break;
      SmallVector<Value> data;
      for (Value operand : op->getOperands())
        if (!paramOf(operand))
          data.push_back(operand);
      if (data.size() != 1)
        break;
      tail.push_back(op);
      v = data.front();
    }
    if (tail.empty()) {
      std::string why =
          "the result is computed from several inputs by " + quoted(def);
      if (!result.hasOneUse())
        why = "the result is read elsewhere too";
      else if (isa<BlockOp>(def))
        why = "the result is a block's output";
      leaveFlat(loc, "head", why);
      return;
    }
    if (isa<BlockArgument>(v)) {
      leaveFlat(loc, "head", "the classifier tail reaches the model input");
      return;
    }
    std::reverse(tail.begin(), tail.end());
    OpBuilder b(ret);
    auto head = HeadOp::create(b, loc, result.getType(), v,
                               b.getI64IntegerAttr(1), b.getI64IntegerAttr(1));
    Block *entry =
        b.createBlock(&head.getBody(), {}, {v.getType()}, {v.getLoc()});
    moveInto(tail, entry, v);
    b.setInsertionPointToEnd(entry);
    YieldOp::create(b, loc, ValueRange{result});
    ret->setOperand(index, head.getResult());
    ++counts["head"];
    InFlightDiagnostic remark = emitRemark(loc) << "raised classifier head:";
    for (Operation *op : tail)
      remark << " " << op->getName().stripDialect();
  }

  ModuleOp module;
  Block *body = nullptr;
  llvm::DenseMap<Operation *, ParamOp> lastSlice;
  llvm::DenseMap<Operation *, ConcatLayout> reorderedConcats;
  llvm::StringMap<int64_t> counts;
  int64_t leftFlat = 0;
  int64_t reassociated = 0;
};
} // namespace
