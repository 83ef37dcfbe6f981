//===- Raise.cpp - flat graphs to slice blocks and heads ------------------===//
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
#include "RaiseCommon.h"
#include "slice/Anytime/Rewrite.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::raise;

GetParamOp raise::readParam(OpBuilder &b, Location loc, ParamOp param) {
  return GetParamOp::create(b, loc, param.getTensorType(),
                            FlatSymbolRefAttr::get(param.getSymNameAttr()));
}

void raise::moveInto(ArrayRef<Operation *> ops, Block *entry, Value input) {
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

LogicalResult Raiser::run() {
  if (enabled("dense"))
    reassociateConcats();
  if (enabled("concat") || enabled("dense")) {
    SmallVector<ConcatOp> concats(body->getOps<ConcatOp>());
    for (ConcatOp concat : llvm::reverse(concats))
      if (concat->getBlock() == body)
        raiseConcat(concat);
    // Blocks whose pass-through path became the residual hold their parts
    // in a new order: their readers follow.
    if (failed(followConcatLayouts(module, func, reorderedConcats)))
      return failure();
  }
  if (enabled("residual"))
    for (Operation &op : llvm::make_early_inc_range(*body))
      if (auto add = dyn_cast<AddOp>(op))
        raiseResidual(add);
  if (enabled("grouped") || enabled("mlp"))
    for (Operation &op : llvm::make_early_inc_range(*body))
      if (isLayer(&op) && isDense(&op))
        raiseChainEnd(&op);
  if (enabled("head"))
    for (unsigned i = 0, e = body->getTerminator()->getNumOperands(); i < e;
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
  return success();
}

bool Raiser::enabled(StringRef pattern) const {
  return options.patterns.empty() ||
         llvm::is_contained(options.patterns, pattern.str());
}

int64_t Raiser::raisedBlocks() const {
  int64_t total = 0;
  for (auto &entry : counts)
    if (entry.getKey() != "head")
      total += entry.getValue();
  return total;
}

void Raiser::leaveFlat(Location loc, StringRef what, const Twine &why) {
  ++leftFlat;
  emitRemark(loc) << "left flat (" << what << "): " << why;
}

LogicalResult mlir::slice::raiseBranches(ModuleOp module,
                                         const RaiseOptions &options) {
  if (options.cardinality < 1)
    return module.emitError(
               "--slice-raise-branches needs cardinality >= 1, got ")
           << options.cardinality;
  for (const std::string &name : options.patterns)
    if (llvm::none_of(kPatterns,
                      [&](StringRef known) { return known == name; }))
      return module.emitError("--slice-raise-branches: unknown pattern '")
             << name
             << "' (known: residual, grouped, mlp, concat, dense, head)";
  AnytimeAttr anytime = getAnytime(module);
  if (anytime && anytime.getForm() != AnytimeForm::plain) {
    emitWarning(module.getLoc(), "--slice-raise-branches raises plain "
                                 "models; this one is in the ")
        << stringifyAnytimeForm(anytime.getForm())
        << " form and stays as it is";
    return success();
  }
  auto funcs = llvm::to_vector(module.getOps<func::FuncOp>());
  if (funcs.size() != 1 || funcs.front().getBody().getBlocks().size() != 1) {
    emitWarning(module.getLoc(), "--slice-raise-branches needs one model "
                                 "function with one block; nothing raised");
    return success();
  }
  return Raiser(module, funcs.front(), options).run();
}
