//===- BranchRegions.cpp - the branches of a slice.block, as text ---------===//

#include "slice/Dialect/BranchRegions.h"

#include "llvm/ADT/STLExtras.h"

using namespace mlir;

/// The branch that holds `region` (itself or an ancestor), if any. The
/// branches are not attached to an op yet, so Region::isAncestor (which
/// asks a region for its container) cannot be used on them.
static std::optional<unsigned>
branchHolding(ArrayRef<std::unique_ptr<Region>> branches, Region *region) {
  for (; region; region = region->getParentOp()
                              ? region->getParentOp()->getParentRegion()
                              : nullptr)
    for (auto [index, branch] : llvm::enumerate(branches))
      if (branch.get() == region)
        return index;
  return std::nullopt;
}

/// An error at the first operation of a branch that uses a value another
/// branch defines; success when every branch reads only its own values.
static LogicalResult
checkBranchesSeparate(ArrayRef<std::unique_ptr<Region>> branches) {
  for (auto [index, branch] : llvm::enumerate(branches)) {
    WalkResult walk = branch->walk([&](Operation *op) {
      for (Value operand : op->getOperands()) {
        std::optional<unsigned> owner =
            branchHolding(branches, operand.getParentRegion());
        if (owner && *owner != index) {
          op->emitError() << "branch #" << index
                          << " uses a value defined in branch #" << *owner
                          << "; a branch reads only its own entry block "
                             "arguments (did a branch lose its `^bb0(...)` "
                             "header?)";
          return WalkResult::interrupt();
        }
      }
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
  }
  return success();
}

ParseResult mlir::slice::parseBranchRegions(
    OpAsmParser &parser, SmallVectorImpl<std::unique_ptr<Region>> &branches) {
  // Every region is in `branches` before it is parsed, so that a failure
  // part-way drops the references of all of them.
  auto fail = [&]() -> ParseResult {
    for (std::unique_ptr<Region> &branch : branches)
      branch->dropAllReferences();
    return failure();
  };
  branches.push_back(std::make_unique<Region>());
  OptionalParseResult first = parser.parseOptionalRegion(*branches.back());
  if (!first.has_value()) {
    branches.clear();
    return success();
  }
  if (failed(*first))
    return fail();
  while (succeeded(parser.parseOptionalComma())) {
    branches.push_back(std::make_unique<Region>());
    if (parser.parseRegion(*branches.back()))
      return fail();
  }
  if (failed(checkBranchesSeparate(branches)))
    return fail();
  return success();
}

void mlir::slice::printBranchRegions(OpAsmPrinter &printer, Operation *,
                                     MutableArrayRef<Region> branches) {
  llvm::interleaveComma(branches, printer,
                        [&](Region &branch) { printer.printRegion(branch); });
}
