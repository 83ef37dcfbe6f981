//===- Head.cpp - the classifier tail of each result to a slice.head ------===//
#include "RaiseCommon.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::raise;

void Raiser::raiseHead(unsigned index) {
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
