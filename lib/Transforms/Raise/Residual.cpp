//===- Residual.cpp - adds whose one operand ends a chain of layers -------===//
//
// [relu](F(x) + S(x)) with F a chain of layers: F becomes the branches of an
// add block, S(x) its residual, or the shortcut added after the BatchNorm
// of the branch sum.
//
//===----------------------------------------------------------------------===//
#include "RaiseCommon.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::raise;

void Raiser::raiseResidual(AddOp add) {
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
