//===- AnytimeForms.h - a model in an anytime form (test helper) -*- C++ -*-===//
//
// Tests build their models by calling the library functions of the passes,
// not by assembling pass pipelines.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_UNITTESTS_ANYTIMEFORMS_H
#define SLICE_UNITTESTS_ANYTIMEFORMS_H

#include "slice/Anytime/Forms.h"
#include "slice/Dialect/SliceDialect.h"

#include "mlir/IR/Verifier.h"
#include "gtest/gtest.h"

namespace slice::test {

inline const char *formName(mlir::slice::AnytimeForm form) {
  switch (form) {
  case mlir::slice::AnytimeForm::plain:
    return "plain";
  case mlir::slice::AnytimeForm::inclusive:
    return "I";
  case mlir::slice::AnytimeForm::inclusive_sparse:
    return "IS";
  case mlir::slice::AnytimeForm::shallow:
    return "exits";
  }
  return "?";
}

/// A verified copy of the plain `module` in `form` with `K` sub-networks
/// (the model itself for the plain form); a failure is a test failure.
inline mlir::OwningOpRef<mlir::ModuleOp>
inForm(mlir::ModuleOp module, mlir::slice::AnytimeForm form, int64_t K) {
  using namespace mlir::slice;
  mlir::OwningOpRef<mlir::ModuleOp> copy(
      mlir::cast<mlir::ModuleOp>(module->clone()));
  mlir::LogicalResult made = mlir::success();
  switch (form) {
  case AnytimeForm::plain:
    break;
  case AnytimeForm::inclusive:
    made = makeInclusive(*copy, K);
    break;
  case AnytimeForm::inclusive_sparse:
    made = makeInclusiveSparse(*copy, K);
    break;
  case AnytimeForm::shallow:
    made = addShallowExits(*copy, K);
    break;
  }
  EXPECT_TRUE(mlir::succeeded(made)) << formName(form) << " K=" << K;
  EXPECT_TRUE(mlir::succeeded(mlir::verify(*copy))) << formName(form);
  return copy;
}

} // namespace slice::test

#endif // SLICE_UNITTESTS_ANYTIMEFORMS_H
