//===- SliceOps.td - slice operations ----------------------*- tablegen -*-===//
//
// The root of the op definitions, one file per concern: parameters,
// tensor computations, structure (blocks, heads, labels).
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_OPS_TD
#define SLICE_OPS_TD

include "slice/Dialect/SliceParamOps.td"
include "slice/Dialect/SliceComputeOps.td"
include "slice/Dialect/SliceStructureOps.td"

#endif // SLICE_OPS_TD
