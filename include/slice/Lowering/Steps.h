//===- Steps.h - anytime inference as step functions -------------*- C++ -*-===//
//
// An IS model (and a shallow-exit one) is interruptible: sub-network k never
// reads what only larger sub-networks compute. So sub-network k+1 can be
// grown from sub-network k instead of recomputed: step 1 computes
// sub-network 1 from the image; step k+1 takes the state steps <= k left
// (the channel groups <= k of the features later steps read) and computes
// only what sub-network k+1 adds, returning head k+1's outputs and the new
// state. The steps are derived from the flat model (buildFlatModel) by one
// analysis: which channels of every value sub-networks 1..k read
// (channelsRead), so step k computes exactly the channels sub-network k has
// beyond sub-network k-1.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_LOWERING_STEPS_H
#define SLICE_LOWERING_STEPS_H

#include "slice/Dialect/SliceOps.h"

#include "mlir/IR/OwningOpRef.h"

namespace mlir::slice {

/// Function attribute of a step: its number k (1-based).
inline constexpr llvm::StringLiteral kStepAttr = "slice.step";
/// Function attributes: the multiply-adds per image a step computes, and
/// those of them only its own outputs need (the heads that answer early;
/// growing to K does exactly sub-network K's work plus these).
inline constexpr llvm::StringLiteral kStepMacsAttr = "slice.step_macs";
inline constexpr llvm::StringLiteral kStepHeadMacsAttr = "slice.step_head_macs";
/// Argument / result attribute of a state tensor: which state value (the
/// same id in every step that passes it on).
inline constexpr llvm::StringLiteral kStateAttr = "slice.state";

/// A module holding the model's parameters and K functions `@step1` ..
/// `@stepK` (K = 1 for a plain model). Step k takes the image and the state
/// tensors step k-1 returned (tagged `slice.state = <id>`, batch first, the
/// channels computed so far), and returns sub-network k's outputs (tagged
/// `slice.subnet` / `slice.level`) and then the state later steps read.
/// Each step carries its MACs (kStepMacsAttr, kStepHeadMacsAttr). Any
/// model grows correctly; an interruptible one (--verify-interruptible)
/// grows without recomputing: step k then computes exactly what sub-network
/// k adds. Fails with a located error for the I form (its sub-networks
/// share no features).
FailureOr<OwningOpRef<ModuleOp>> buildAnytimeSteps(ModuleOp model);

} // namespace mlir::slice

#endif // SLICE_LOWERING_STEPS_H
