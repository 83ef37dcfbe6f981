//===- Cost.h - multiply-adds and parameters of slice models ----*- C++ -*-===//
//
// The one cost model of slice: the FLOPs pass prints it, the runtime's
// `--budget-flops` selects sub-networks with it, the benchmarks compare
// latency shares against it.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_ANALYSIS_COST_H
#define SLICE_ANALYSIS_COST_H

#include "slice/Dialect/SliceOps.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::slice {
/// Counts are saturating: a hostile or absurd shape (tensor<1x4x4000000000x
/// 4000000000xf32>) reports INT64_MAX instead of overflowing.
inline int64_t saturatingAdd(int64_t a, int64_t b) {
  int64_t sum;
  return __builtin_add_overflow(a, b, &sum) ? INT64_MAX : sum;
}
inline int64_t saturatingMul(int64_t a, int64_t b) {
  int64_t product;
  return __builtin_mul_overflow(a, b, &product) ? INT64_MAX : product;
}

struct Cost {
  /// Multiply-adds per image.
  int64_t macs = 0;
  /// Trainable parameters (BatchNorm statistics excluded).
  int64_t params = 0;

  Cost &operator+=(const Cost &other) {
    macs = saturatingAdd(macs, other.macs);
    params = saturatingAdd(params, other.params);
    return *this;
  }
};

/// Multiply-adds per image of one op, not of its regions: conv2d counts
/// Hout*Wout*Cout*(Cin/groups)*kh*kw (present blocks only when block-sparse),
/// linear counts out*in; every other op counts 0. Requires static H and W of
/// the conv result.
int64_t countMacs(Operation *op);

/// The trainable parameters one op reads directly through slice.get_param
/// operands, each counted once per op.
llvm::SmallVector<ParamOp> paramsReadBy(Operation *op);

/// The parameters of `param` that `user` really has: all elements, except
/// for the weight of a block-sparse convolution, whose absent blocks are
/// structural zeros that are never trained.
int64_t effectiveElements(Operation *user, ParamOp param);

/// MACs and parameters of one op, not of its regions.
Cost countOp(Operation *op);

/// The cost of `op` including everything nested in its regions; parameters
/// used several times inside are counted once.
Cost countNested(Operation *op);

/// Number of elements of a parameter.
int64_t numElements(ParamOp param);

/// Attaches `slice.macs` and `slice.params` (countOp, countNested) to every
/// convolution and linear layer, block, head and function and to `module`,
/// and, one entry per sub-network k = 1..K (cloneSubnet), the module's
/// `slice.subnet_macs` and `slice.subnet_params`. With `table`, prints to it
/// each function's top-level ops that cost anything, the totals and the
/// sub-networks' shares. Warns at convolutions whose output size is dynamic
/// (their MACs are not counted). Fails, with cloneSubnet's located error,
/// when a sub-network cannot be specialised.
LogicalResult annotateCosts(ModuleOp module, llvm::raw_ostream *table);

} // namespace mlir::slice

#endif // SLICE_ANALYSIS_COST_H
