//===- Concat.cpp - parallel paths from one input to a concat block -------===//
//
// concat(P_1(x), ..., P_n(x)) of paths from one input (Inception, GoogLeNet,
// SqueezeNet) becomes `slice.block concat`, one region per path; a DenseNet
// layer concat(x, F(x)) is handed to Dense.cpp.
//
//===----------------------------------------------------------------------===//
#include "RaiseCommon.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::raise;

void PathGroup::findSources() {
  sources.clear();
  llvm::SmallPtrSet<Operation *, 16> members(ops.begin(), ops.end());
  for (Operation *op : ops)
    for (Value operand : op->getOperands()) {
      Operation *d = operand.getDefiningOp();
      if (!d || (!members.contains(d) && !isa<GetParamOp>(d)))
        sources.insert(operand);
    }
}

/// Inception-v3's grid reductions pool their input and concatenate it
/// with computed paths: a path of parameter-free channel-wise ops passes
/// the input's channels through, so its width is the input's, which in
/// the I form varies with the sub-network.
static bool isPassThrough(const PathGroup &group) {
  return group.ends.size() == 1 &&
         llvm::all_of(group.ops, [](Operation *op) {
           // Channel-wise with the feature as its only operand: no
           // parameters (not a BatchNorm, whose statistics would follow
           // the sub-network).
           return getChannelWiseInput(op) && op->getNumOperands() == 1;
         });
}

/// Grows `ops` backwards: adds the ops computing their operands whose
/// results only `ops` read (or `sink`, through one of `ends`). Keeps
/// program order.
void Raiser::growBackwards(SmallVector<Operation *> &ops, Operation *sink,
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
SmallVector<Operation *> Raiser::pathOf(Value end, Operation *sink) {
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

/// Paths that share an intermediate value (Inception-v3's E blocks, whose
/// nested concats the ONNX export flattens) merge into one group when
/// they are consecutive operands: the group computes the shared value
/// and concatenates its operands.
void Raiser::mergeSharedPaths(SmallVector<PathGroup> &groups, Operation *sink) {
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

/// Makes the first pass-through path of `groups` the block's residual
/// (it stays in front of the block, like a DenseNet layer's x): its width
/// then follows the input in every sub-network, as a residual's does. The
/// block's result holds the residual first; returns where the parts lay
/// in the concatenation, for the readers to follow.
std::optional<ConcatLayout>
Raiser::takePassThrough(SmallVector<PathGroup> &groups, Value &residual) {
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

void Raiser::raiseConcat(ConcatOp concat) {
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
