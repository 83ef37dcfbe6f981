//===- Flatten.cpp - the one meaning of slice.block and slice.head --------===//
#include "slice/Lowering/Flatten.h"
#include "slice/Dialect/Model.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::slice;

namespace {
/// Inlines `region` (one block ending in slice.yield) before `op` on `args`;
/// returns the yielded value.
Value inlineRegion(RewriterBase &rewriter, Region &region, Operation *op,
                   ValueRange args) {
  Block &body = region.front();
  auto yield = cast<YieldOp>(body.getTerminator());
  rewriter.inlineBlockBefore(&body, op, args);
  Value out = yield.getValues().front();
  rewriter.eraseOp(yield);
  return out;
}

/// `loc` named `<name><suffix>` when it names a layer (what the block's
/// aggregation ops are called in errors and exported graphs).
Location suffixed(Location loc, const Twine &suffix) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return NameLoc::get(StringAttr::get(loc.getContext(),
                                        name.getName().strref() + suffix),
                        name.getChildLoc());
  return loc;
}

/// The block's name: its NameLoc, else (a model read back from text) the
/// dotted prefix every parameter read in its branches shares.
Location blockLoc(BlockOp block) {
  if (isa<NameLoc>(block.getLoc()))
    return block.getLoc();
  std::optional<SmallVector<StringRef>> common;
  block.walk([&](GetParamOp get) {
    SmallVector<StringRef> parts;
    get.getName().split(parts, '.');
    parts.pop_back(); // the parameter's own name ("weight")
    if (!common) {
      common = parts;
      return;
    }
    size_t n = 0;
    while (n < common->size() && n < parts.size() && (*common)[n] == parts[n])
      ++n;
    common->resize(n);
  });
  if (!common || common->empty())
    return block.getLoc();
  return NameLoc::get(
      StringAttr::get(block.getContext(), llvm::join(*common, ".")),
      block.getLoc());
}

Value sumOf(RewriterBase &rewriter, Location loc, ArrayRef<Value> terms) {
  Value sum = terms.front();
  for (Value term : terms.drop_front())
    sum = AddOp::create(rewriter, loc, sum, term);
  return sum;
}

Value concatOf(RewriterBase &rewriter, Location loc, ArrayRef<Value> parts) {
  if (parts.size() == 1)
    return parts.front();
  return ConcatOp::create(rewriter, loc, parts);
}

Value channels(RewriterBase &rewriter, Location loc, Value v, int64_t offset,
               int64_t size) {
  if (offset == 0 && size == channelCount(v))
    return v;
  return ChannelSliceOp::create(rewriter, loc, v,
                                rewriter.getI64IntegerAttr(offset),
                                rewriter.getI64IntegerAttr(size));
}

/// The channel group (1-based) of every branch: `branch_groups`, else one
/// group.
SmallVector<int64_t> groupsOf(BlockOp block) {
  if (std::optional<ArrayRef<int64_t>> groups = block.getBranchGroups())
    return SmallVector<int64_t>(*groups);
  return SmallVector<int64_t>(block.getNumBranches(), 1);
}

/// Concat aggregation: group by group, the residual's share, then the
/// group's branches.
Value concatenate(RewriterBase &rewriter, BlockOp block, Location loc,
                  const ConcatLayout &layout, Value residual,
                  ArrayRef<Value> outs) {
  SmallVector<int64_t> groups = groupsOf(block);
  SmallVector<Value> parts;
  for (size_t g = 0; g < layout.numGroups(); ++g) {
    if (residual && layout.residualWidth[g] > 0)
      parts.push_back(channels(
          rewriter, suffixed(loc, ".g" + Twine(g + 1) + ".residual"), residual,
          layout.residualStart[g], layout.residualWidth[g]));
    for (auto [i, out] : llvm::enumerate(outs))
      if (groups[i] == static_cast<int64_t>(g) + 1)
        parts.push_back(out);
  }
  return concatOf(rewriter, loc, parts);
}

/// Add aggregation over channel groups: group g is the residual's group g
/// plus the branches adding into g. A group nothing writes is zeros:
/// padded after the group before it, or (leading groups) cut from the
/// padding of the first group written.
FailureOr<Value> addByGroup(RewriterBase &rewriter, BlockOp block,
                            Location loc, Value residual,
                            ArrayRef<Value> outs) {
  ArrayRef<int64_t> partition = *block.getPartition();
  SmallVector<int64_t> groups = groupsOf(block);
  SmallVector<Value> pieces;
  SmallVector<int64_t> pieceWidths, zerosAfter;
  int64_t start = 0, leadingZeros = 0;
  for (auto [g, width] : llvm::enumerate(partition)) {
    Location groupLoc = suffixed(loc, ".g" + Twine(g + 1));
    SmallVector<Value> terms;
    if (residual)
      terms.push_back(channels(rewriter, suffixed(groupLoc, ".residual"),
                               residual, start, width));
    for (auto [i, out] : llvm::enumerate(outs))
      if (groups[i] == static_cast<int64_t>(g) + 1)
        terms.push_back(out);
    start += width;
    if (terms.empty()) {
      (pieces.empty() ? leadingZeros : zerosAfter.back()) += width;
      continue;
    }
    pieces.push_back(sumOf(rewriter, suffixed(groupLoc, ".add"), terms));
    pieceWidths.push_back(width);
    zerosAfter.push_back(0);
  }
  if (pieces.empty())
    return block.emitOpError("no channel group has a branch or a residual: "
                             "nothing computes the block");
  Value result = concatOf(rewriter, loc, pieces);
  if (llvm::any_of(zerosAfter, [](int64_t z) { return z > 0; }))
    result = PadChannelsOp::create(
        rewriter, suffixed(loc, ".zeros"), result,
        pieces.size() > 1 ? rewriter.getDenseI64ArrayAttr(pieceWidths)
                          : DenseI64ArrayAttr(),
        rewriter.getDenseI64ArrayAttr(zerosAfter));
  if (leadingZeros > 0) {
    Value first = pieces.front();
    Location zerosLoc = suffixed(loc, ".zeros");
    Value padded = PadChannelsOp::create(
        rewriter, zerosLoc, first, DenseI64ArrayAttr(),
        rewriter.getDenseI64ArrayAttr({leadingZeros}));
    Value zeros = channels(rewriter, zerosLoc, padded, channelCount(first),
                           leadingZeros);
    result = concatOf(rewriter, loc, {zeros, result});
  }
  return result;
}
} // namespace

LogicalResult mlir::slice::flattenBlock(RewriterBase &rewriter,
                                        BlockOp block) {
  if (block.getSubnetBranches())
    return block.emitOpError(
        "runs a different set of branches in every sub-network "
        "(subnet_branches); specialise the model to one sub-network first "
        "(--extract-subnet=k=<k>)");
  rewriter.setInsertionPoint(block);
  SmallVector<Value> inputs(block.getInputs());
  Value residual = block.getResidual();
  // The layout and the name read the branches: before they are inlined.
  Location loc = blockLoc(block);
  std::optional<ConcatLayout> layout;
  if (block.getAggregation() == Aggregation::concat)
    layout = block.getConcatLayout();
  SmallVector<Value> outs;
  for (Region &region : block.getBranches())
    outs.push_back(inlineRegion(rewriter, region, block, inputs));

  Value result;
  if (layout) {
    result = concatenate(rewriter, block, loc, *layout, residual, outs);
  } else if (block.getPartition()) {
    FailureOr<Value> grouped =
        addByGroup(rewriter, block, loc, residual, outs);
    if (failed(grouped))
      return failure();
    result = *grouped;
  } else {
    SmallVector<Value> terms;
    if (residual)
      terms.push_back(residual);
    terms.append(outs);
    result = sumOf(rewriter, suffixed(loc, ".add"), terms);
  }
  if (result.getType() != block.getType())
    return block.emitOpError("flattens to ")
           << result.getType() << ", its result is " << block.getType();
  rewriter.replaceOp(block, result);
  return success();
}

void mlir::slice::flattenHead(RewriterBase &rewriter, HeadOp head) {
  if (auto func = head->getParentOfType<func::FuncOp>())
    for (OpOperand &use : head.getResult().getUses())
      if (isa<func::ReturnOp>(use.getOwner())) {
        unsigned i = use.getOperandNumber();
        func.setResultAttr(i, kSubnetAttr,
                           rewriter.getI64IntegerAttr(head.getSubnet()));
        func.setResultAttr(i, kLevelAttr,
                           rewriter.getI64IntegerAttr(head.getLevel()));
      }
  Value out = inlineRegion(rewriter, head.getBody(), head, {head.getInput()});
  rewriter.replaceOp(head, out);
}

LogicalResult mlir::slice::flattenModel(ModuleOp module) {
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func))
    return failure();
  IRRewriter rewriter(module.getContext());
  SmallVector<Operation *> structure;
  for (Operation &op : func->getBody().front())
    if (isa<BlockOp, HeadOp>(op))
      structure.push_back(&op);
  for (Operation *op : structure) {
    if (auto block = dyn_cast<BlockOp>(op)) {
      if (failed(flattenBlock(rewriter, block)))
        return failure();
    } else {
      flattenHead(rewriter, cast<HeadOp>(op));
    }
  }
  MLIRContext *ctx = module.getContext();
  RewritePatternSet patterns(ctx);
  ChannelSliceOp::getCanonicalizationPatterns(patterns, ctx);
  // Simplification only; a pattern set that does not converge is no error.
  (void)applyPatternsGreedily(*func, std::move(patterns));
  return success();
}
