//===- Mlp.cpp - linear-act-linear chains ---------------------------------===//
#include "RaiseCommon.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::raise;

void Raiser::raiseMlp(Chain &chain, Value end, BatchNormOp norm) {
  // An MLP ends where the chain does: a layer reading this one (after
  // per-channel ops) takes the block instead.
  for (Value v = end; v.hasOneUse();) {
    Operation *user = *v.user_begin();
    if (isLayer(user) && user->getOperand(0) == v)
      return;
    if (!isPerChannel(user) || user->getOperand(0) != v)
      break;
    v = user->getResult(0);
  }
  if (enabled("mlp"))
    raiseChain(chain, "mlp", norm);
}
