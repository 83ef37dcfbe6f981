//===- Params.h - rewriting model parameters --------------------*- C++ -*-===//
//
// Transformations reshape parameters (slice a conv weight to a channel
// prefix, give a BatchNorm one row per sub-network, copy a head). These
// helpers keep stored values (imported or trained weights) consistent with
// the new shapes, so passes work on trained models too.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_DIALECT_PARAMS_H
#define SLICE_DIALECT_PARAMS_H

#include "slice/Dialect/SliceOps.h"

#include <optional>
#include <vector>

namespace mlir::slice {

/// The stored value of `param` as row-major floats; nullopt when it has none
/// (created from its init scheme at run time).
std::optional<std::vector<float>> readStoredValue(ParamOp param);

/// For each dimension, the indices kept (in order).
using IndexSelection = SmallVector<SmallVector<int64_t>>;

/// All indices of `size`.
SmallVector<int64_t> allIndices(int64_t size);
/// Indices [begin, end).
SmallVector<int64_t> indexRange(int64_t begin, int64_t end);

/// Creates `@name` (made unique in `module`) holding `select` of `source`:
/// same init scheme and buffer flag, stored value sliced when there is one.
ParamOp createSlicedParam(ModuleOp module, ParamOp source, StringRef name,
                          const IndexSelection &select);

/// Creates `@name` (made unique) of shape [copies, source shape...] whose
/// every row is `source` (per-sub-network BatchNorm from a shared one).
ParamOp createStackedParam(ModuleOp module, ParamOp source, StringRef name,
                           int64_t copies);

/// Creates `@name` (made unique) holding row `row` of a [K, ...] `source`,
/// without the leading dimension.
ParamOp createRowParam(ModuleOp module, ParamOp source, StringRef name,
                       int64_t row);

/// Renames parameters that got a uniquing suffix ("x$2") back to their base
/// name when that name is free again, updating every use.
void tidyParamNames(ModuleOp module);

/// Creates `@name` (made unique), a copy of `source`.
ParamOp createCopiedParam(ModuleOp module, ParamOp source, StringRef name);

/// Creates a new parameter `@name` (made unique) of `type` after `after`,
/// with `value` stored when given.
ParamOp createNewParam(ModuleOp module, ParamOp after, StringRef name,
                       RankedTensorType type, InitScheme init, bool buffer,
                       ElementsAttr value = {});

/// Makes `operand` (a slice.get_param result) read `param` instead, through a
/// new get_param next to the old one.
void redirectParamUse(OpOperand &operand, ParamOp param);

/// The entries of a row-major tensor of `shape` that a `slice.param_slice`
/// reads: row `row` of dimension 0 when given (that dimension dropped), then
/// `sizes[d]` entries from `offsets[d]` of every dimension d.
std::vector<float> viewedEntries(ArrayRef<float> data, ArrayRef<int64_t> shape,
                                 std::optional<int64_t> row,
                                 ArrayRef<int64_t> offsets,
                                 ArrayRef<int64_t> sizes);

/// The parameter behind `value`, if it is a slice.get_param result.
ParamOp paramOf(Value value);

/// The parameter a parameter expression starts from: `value` itself read by
/// get_param, or the input of a param_slice, or the first input of a
/// param_concat (followed down); null when `value` is no parameter read.
ParamOp sourceParamOf(Value value);

/// Erases get_param ops without uses, then params nobody reads.
void eraseDeadParams(ModuleOp module);

/// Re-runs shape inference on `op` and sets its result types; used after an
/// operand changed type. Fails (with the op's diagnostic) when the new
/// operands do not fit.
LogicalResult refreshResultTypes(Operation *op);

} // namespace mlir::slice

#endif // SLICE_DIALECT_PARAMS_H
