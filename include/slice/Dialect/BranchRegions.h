//===- BranchRegions.h - the branches of a slice.block, as text -*- C++ -*-===//
//
// The `custom<BranchRegions>` directive of slice.block: its branches are a
// comma-separated list of regions, each its own scope.
//
// Why not the generated list parser: MLIR's parser keeps one name scope for
// an op isolated from above, so a branch that forgot its `^bb0(...)` header
// may name `%in` and be resolved against a later branch's argument. The
// generated parser keeps the regions in a vector that is destroyed last to
// first when a later parse step fails, so the later branch's argument was
// freed while the earlier branch still used it: heap corruption after an
// ordinary parse error. Here every use across branches is an error at the
// use, and on any failure all references are dropped before a region dies.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_DIALECT_BRANCHREGIONS_H
#define SLICE_DIALECT_BRANCHREGIONS_H

#include "mlir/IR/OpImplementation.h"

#include <memory>

namespace mlir::slice {

/// Parses `{...}, {...}, ...` (possibly none) into `branches`.
ParseResult
parseBranchRegions(OpAsmParser &parser,
                   SmallVectorImpl<std::unique_ptr<Region>> &branches);

/// Prints the branches as parseBranchRegions reads them.
void printBranchRegions(OpAsmPrinter &printer, Operation *op,
                        MutableArrayRef<Region> branches);

} // namespace mlir::slice

#endif // SLICE_DIALECT_BRANCHREGIONS_H
