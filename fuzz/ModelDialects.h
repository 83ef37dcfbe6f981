//===- ModelDialects.h - the dialects a slice model file uses ---*- C++ -*-===//
//
// The MLIR fuzz targets parse and build models in contexts that know these
// dialects (what slice-translate and the ONNX importer produce).
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_FUZZ_MODELDIALECTS_H
#define SLICE_FUZZ_MODELDIALECTS_H

#include "slice/Dialect/SliceDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/DialectRegistry.h"

namespace slice::fuzz {

inline const mlir::DialectRegistry &modelDialects() {
  static const mlir::DialectRegistry *registry = [] {
    auto *r = new mlir::DialectRegistry;
    r->insert<mlir::slice::SliceDialect, mlir::func::FuncDialect,
              mlir::arith::ArithDialect>();
    return r;
  }();
  return *registry;
}

} // namespace slice::fuzz

#endif // SLICE_FUZZ_MODELDIALECTS_H
