//===- FormCommon.h - steps every anytime construction shares ---*- C++ -*-===//
//
// Internal to lib/Anytime: the checks and bookkeeping around the rewrites of
// Inclusive.cpp, InclusiveSparse.cpp and ShallowExits.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_LIB_ANYTIME_FORMCOMMON_H
#define SLICE_LIB_ANYTIME_FORMCOMMON_H

#include "slice/Anytime/Rewrite.h"
#include "slice/Dialect/Model.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/SliceDialect.h"

namespace mlir::slice {

/// The model function of the plain model `module`, to be rewritten into an
/// anytime form with `subnets` sub-networks. Fails with an error naming
/// `flag` when there is no sub-network (every construction divides by K),
/// no model function, or the model is not plain.
inline FailureOr<func::FuncOp> plainModelFunction(ModuleOp module,
                                                  int64_t subnets,
                                                  StringRef flag) {
  if (subnets < 1)
    return module.emitError("--")
           << flag << " needs K >= 1 sub-networks, got " << subnets;
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func) || failed(requirePlainModel(module, flag)))
    return failure();
  return func;
}

/// An error at `block` when it has fewer branches than the `subnets`
/// sub-networks the form needs (each takes at least one branch).
inline LogicalResult checkEnoughBranches(BlockOp block, int64_t subnets) {
  int64_t branches = block.getNumBranches();
  if (subnets <= branches)
    return success();
  return block.emitOpError("has ")
         << branches << " branches, fewer than K = " << subnets
         << " sub-networks (every sub-network takes at least one branch of "
            "every block: choose K <= "
         << branches << ", or a model with more branches, e.g. slice-zoo "
            "--cardinality)";
}

/// Records in `slice.anytime` that `module` is now in `form` with `subnets`
/// sub-networks; the label levels (hierarchical heads) stay.
inline void setAnytimeForm(ModuleOp module, AnytimeForm form,
                           int64_t subnets) {
  AnytimeAttr old = getAnytime(module);
  module->setAttr(SliceDialect::getAnytimeAttrName(),
                  AnytimeAttr::get(module.getContext(), form, subnets,
                                   old ? old.getLevels() : 1));
}

/// Ends a rewrite into `form` that sliced and copied parameters: records
/// the form, erases the parameters nothing reads any more and gives the
/// others back their base names where uniquing suffixed them.
inline void finishForm(ModuleOp module, AnytimeForm form, int64_t subnets) {
  setAnytimeForm(module, form, subnets);
  eraseDeadParams(module);
  tidyParamNames(module);
}

} // namespace mlir::slice

#endif // SLICE_LIB_ANYTIME_FORMCOMMON_H
