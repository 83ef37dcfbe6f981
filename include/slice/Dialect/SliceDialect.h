//===- SliceDialect.h - the slice dialect -----------------------*- C++ -*-===//
#ifndef SLICE_DIALECT_SLICEDIALECT_H
#define SLICE_DIALECT_SLICEDIALECT_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Dialect.h"

#include "slice/Dialect/SliceDialect.h.inc"
#include "slice/Dialect/SliceEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "slice/Dialect/SliceAttrs.h.inc"

namespace mlir::slice {
/// The `slice.anytime` description of the module enclosing `op`, or null for
/// a plain model without one.
AnytimeAttr getAnytime(Operation *op);
} // namespace mlir::slice

#endif // SLICE_DIALECT_SLICEDIALECT_H
