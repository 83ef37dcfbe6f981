//===- Passes.h - slice code generation passes ------------------*- C++ -*-===//
#ifndef SLICE_CONVERSION_PASSES_H
#define SLICE_CONVERSION_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::slice {
#define GEN_PASS_DECL
#include "slice/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "slice/Conversion/Passes.h.inc"
} // namespace mlir::slice

#endif // SLICE_CONVERSION_PASSES_H
