//===- Passes.h - slice passes ----------------------------------*- C++ -*-===//
#ifndef SLICE_TRANSFORMS_PASSES_H
#define SLICE_TRANSFORMS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::slice {
#define GEN_PASS_DECL
#include "slice/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "slice/Transforms/Passes.h.inc"
} // namespace mlir::slice

#endif // SLICE_TRANSFORMS_PASSES_H
