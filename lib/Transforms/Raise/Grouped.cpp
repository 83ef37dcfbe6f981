//===- Grouped.cpp - chains around a grouped convolution ------------------===//
//
// A chain without a residual sum around a grouped or depthwise convolution
// (MobileNetV2's stride-2 blocks) becomes a block like a residual one
// (Chain.cpp), without the shortcut.
//
//===----------------------------------------------------------------------===//
#include "RaiseCommon.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::raise;

bool raise::hasAnyGroupedMiddle(const Chain &chain) {
  for (size_t i = 1; i + 1 < chain.layers.size(); ++i)
    if (!isDense(chain.layers[i]))
      return true;
  return false;
}

void Raiser::raiseGrouped(Chain &chain, BatchNormOp norm) {
  if (enabled("grouped"))
    raiseChain(chain, "grouped", norm);
}
