//===- Limits.h - the largest model slice-zoo builds ------------*- C++ -*-===//
//
// Beyond these a request is a typo, not a model: it is refused before
// anything is built (a zoo model of 10^5 branches is ~400 MB of text).
// The paper's largest model (ResNeXt-101 64x4d) has 33 x 64 = 2112
// branches and 2048 channels.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_ZOO_LIMITS_H
#define SLICE_ZOO_LIMITS_H

#include "llvm/Support/FormatVariadic.h"

#include <cstdint>
#include <string>

namespace mlir::slice::zoo {

constexpr int64_t kMaxChannels = int64_t(1) << 20;
constexpr int64_t kMaxBranches = int64_t(1) << 16;

/// An error when `blocks` blocks of `cardinality` branches exceed
/// kMaxBranches; empty otherwise. Both are positive.
inline std::string checkBranchCount(int64_t blocks, int64_t cardinality,
                                    const char *blocksFlag) {
  if (cardinality <= kMaxBranches / blocks)
    return "";
  if (blocks > kMaxBranches || cardinality > kMaxBranches)
    return "the requested model is absurdly large";
  return llvm::formatv("the requested model is absurdly large: {1} {0} x "
                       "--cardinality {2} = {3} branches (at most {4})",
                       blocks, blocksFlag, cardinality, blocks * cardinality,
                       kMaxBranches);
}

} // namespace mlir::slice::zoo

#endif // SLICE_ZOO_LIMITS_H
