//===- SliceOps.h - slice operations ----------------------------*- C++ -*-===//
#ifndef SLICE_DIALECT_SLICEOPS_H
#define SLICE_DIALECT_SLICEOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "slice/Dialect/SliceDialect.h"

#define GET_OP_CLASSES
#include "slice/Dialect/SliceOps.h.inc"

#endif // SLICE_DIALECT_SLICEOPS_H
