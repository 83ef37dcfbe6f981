//===- SliceToLinalg.h - slice dialect to linalg on tensors -----*- C++ -*-===//
//
// The lowering of slice models to linalg/tensor/arith on tensors, the entry
// point of the CPU (LLVM) and GPU (NVVM) code generation paths.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_CONVERSION_SLICETOLINALG_H
#define SLICE_CONVERSION_SLICETOLINALG_H

#include "slice/Dialect/Model.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Lowering/FlatModel.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>

namespace mlir::slice {

/// Argument attribute naming the parameter a function argument carries.
inline constexpr llvm::StringLiteral kParamArgAttr = "slice.param";
/// Argument attribute of the image argument.
inline constexpr llvm::StringLiteral kInputArgAttr = "slice.input";

/// How `slice.get_param` is lowered.
enum class ParamLowering {
  /// The argument of the enclosing function whose `slice.param` attribute
  /// names the parameter (see addParamArguments). The caller feeds weights
  /// at run time, so a model's weights are never copied into its code.
  Arguments,
  /// An `arith.constant` of the parameter's stored value; parameters without
  /// one are an error. Self-contained code, for the CPU path and tests.
  Constants,
};

/// The flat model code is generated for: sub-network `k` (0: the whole
/// model) extracted with its own copies of the parameters, identical
/// branches fused, and fused weights folded into plain parameters where
/// they have stored values (computed once, not per call).
FlatModelOptions codegenFlatModelOptions(int64_t k);

/// Patterns lowering every op of a flat slice model function to linalg,
/// tensor, arith and math ops on tensors: convolutions (grouped ones as
/// `linalg.conv_2d_ngchw_gfchw`, block-sparse ones as one convolution per
/// present block, accumulating per output group), inference BatchNorm,
/// ReLU, clip and add as elementwise `linalg.generic`, pools, flatten,
/// linear layers (`linalg.matmul` with a transposed weight map), concat,
/// channel padding and slicing, parameter views and concatenations. Blocks
/// and heads are flattened before (buildFlatModel); BatchNorm with
/// per-sub-network `[K, C]` parameters does not lower: specialise to a
/// sub-network first.
void populateSliceToLinalgPatterns(RewritePatternSet &patterns,
                                   ParamLowering params);

/// Appends one argument per parameter `func` reads (module order), tagged
/// `slice.param = "<name>"`.
void addParamArguments(ModuleOp module, func::FuncOp func);

/// Lowers the model function of `module` in place. With no `subnet` the
/// model is lowered as it is (its function keeps its name; not possible for
/// the I form, whose forward pass depends on k). Otherwise each k in
/// `subnets` is specialised first and lowered to `@<name>_k<k>`, so
/// sub-network k's code never touches what k does not run. Either way the
/// lowering runs the flat model codegenFlatModelOptions describes. The
/// image argument is tagged `slice.input`, outputs `slice.subnet` /
/// `slice.level`, functions get `llvm.emit_c_interface`. Parameters,
/// taxonomy and the `slice.anytime` attribute are removed afterwards
/// (functions record K in `slice.subnets`). A module of anytime steps
/// (--anytime-steps: functions tagged `slice.step`) lowers every step as it
/// is, parameter expressions folded into plain weights first; `subnets`
/// must then be empty.
LogicalResult lowerSliceModel(ModuleOp module, ArrayRef<int64_t> subnets,
                              ParamLowering params);

/// Parses a `subnet` option: "" (the whole model), "k", or "all" (1..K).
/// Emits an error on `module` and fails on anything else.
FailureOr<SmallVector<int64_t>> parseSubnetOption(ModuleOp module,
                                                  StringRef option);

} // namespace mlir::slice

#endif // SLICE_CONVERSION_SLICETOLINALG_H
