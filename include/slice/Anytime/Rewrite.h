//===- Rewrite.h - shared steps of the anytime transformations --*- C++ -*-===//
#ifndef SLICE_ANYTIME_REWRITE_H
#define SLICE_ANYTIME_REWRITE_H

#include "slice/Dialect/Model.h"
#include "slice/Dialect/SliceOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::slice {

/// Fails with an error naming `flag` unless the module is a plain model.
LogicalResult requirePlainModel(ModuleOp module, StringRef flag);

/// `value` now carries only the first channels of what its readers were
/// built for: re-types channel-wise readers (slicing BatchNorm parameters)
/// and slices the input columns of the convolutions and linear layers that
/// end the chain. Fails, naming the op, on a reader it cannot narrow.
LogicalResult narrowReaders(ModuleOp module, Value value);

/// Replaces the uses of `value` by its first `channels` channels and
/// narrows the readers.
LogicalResult readPrefixOnly(ModuleOp module, Value value, int64_t channels);

/// Makes the value yielded by `yield` carry only channels
/// [offset, offset + size): slices the rows of the convolution producing it,
/// or slices the value when another op produces it.
void yieldChannelRange(ModuleOp module, YieldOp yield, int64_t offset,
                       int64_t size);

/// The concat blocks in `oldLayouts` were given a new grouped layout; each
/// maps to where its parts lay before. Reorders what reads the features
/// whose channel order changed — input columns of convolutions and linear
/// layers, BatchNorm parameters, through channel-wise ops, per-channel
/// flattens, pads and later concatenations, into branch and head regions —
/// so that the model computes exactly what it computed before. Fails,
/// naming the op, on a reader that cannot follow a reordering.
LogicalResult followConcatLayouts(
    ModuleOp module, func::FuncOp func,
    const llvm::DenseMap<Operation *, ConcatLayout> &oldLayouts);

/// Gives every classifier among `func`'s results K - 1 siblings: the
/// original serves sub-network K, copies (parameters `<name>.subnet<k>`)
/// serve k = 1..K-1 after `adapt` fits them; the function returns them in
/// the order k = 1..K in place of the original. `flag` names the pass in
/// the error for a model without a head.
LogicalResult addSubnetHeads(
    ModuleOp module, func::FuncOp func, int64_t subnets, llvm::StringRef flag,
    llvm::function_ref<LogicalResult(HeadOp, int64_t)> adapt);

/// The error of pass `flag` for a model whose function returns no
/// slice.head; on a model without blocks and heads (an ONNX import, a
/// flattened model) it says to raise them first.
LogicalResult emitNoHeadError(ModuleOp module, llvm::StringRef flag);

/// A copy of `head` placed before it, with copies of its parameters named
/// `<name><suffix>`.
HeadOp cloneHead(ModuleOp module, HeadOp head, llvm::StringRef suffix);

} // namespace mlir::slice

#endif // SLICE_ANYTIME_REWRITE_H
