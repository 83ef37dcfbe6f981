//===- Model.h - the shape of a slice model ---------------------*- C++ -*-===//
//
// What every pass, analysis and backend asks of a model as a whole: its one
// function, the channels of a feature, and the sub-network and label level
// of each output (and so the output's name, shared by ONNX export and
// `slice-run run`).
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_DIALECT_MODEL_H
#define SLICE_DIALECT_MODEL_H

#include "slice/Dialect/SliceOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

#include <string>

namespace mlir::slice {

/// Result attributes of a model function whose heads were inlined (and of
/// lowered functions): the sub-network and label level of the output.
inline constexpr llvm::StringLiteral kSubnetAttr = "slice.subnet";
inline constexpr llvm::StringLiteral kLevelAttr = "slice.level";

/// The model's single function, or an error on the module.
FailureOr<func::FuncOp> getModelFunction(ModuleOp module);

/// Makes `func` return `results` (its type follows).
void setFunctionResults(func::FuncOp func, ValueRange results);

/// The number of channels of `v` (dimension 1).
int64_t channelCount(Value v);

/// Whether flattening `type` from dimension 1 keeps one feature per channel
/// (all dimensions after the channels are 1).
bool isPerChannelFlatten(RankedTensorType type);

/// The sub-network k and label level d an output answers for.
struct OutputTag {
  int64_t subnet = 1, level = 1;
};

/// The tag of every result of `func`: from the head computing it, else from
/// its `slice.subnet` / `slice.level` result attributes, else (1, 1).
SmallVector<OutputTag> getOutputTags(func::FuncOp func);

/// The name of output `i`: "logits" when there is one output, else
/// "logits.k<k>" for sub-network k, with ".l<d>" appended for label level
/// d > 1. Outputs that would share a name are "output<i>" instead.
std::string outputName(ArrayRef<OutputTag> tags, size_t i);

} // namespace mlir::slice

#endif // SLICE_DIALECT_MODEL_H
