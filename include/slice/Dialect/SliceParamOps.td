//===- SliceParamOps.td - model parameters ------------------*- tablegen -*-===//
//
// Parameters are named module symbols; ops read them through get_param.
// Two expressions over parameter values appear only in IR made for
// execution: views of shared parameters (a sub-network specialised for
// training reads row k of a per-sub-network BatchNorm and the leading
// columns of weights) and concatenations (fused branches read their
// members' weights side by side). Both keep every weight addressable by its
// parameter's name, so training updates and checkpoints the model's own
// parameters; --slice-materialise-params folds them into new parameters for
// deployment.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_PARAM_OPS_TD
#define SLICE_PARAM_OPS_TD

include "slice/Dialect/SliceOpBase.td"
include "slice/Dialect/SliceAttrs.td"
include "mlir/IR/SymbolInterfaces.td"


def Slice_ParamOp : Slice_Op<"param", [Symbol, HasParent<"ModuleOp">]> {
  let summary = "a named model parameter or BatchNorm statistic";
  let description = [{
    Declares the parameter `@name` with a static shape. The runtime creates
    it with the `init` scheme, or loads `value` when present (imported or
    trained weights), so a model file is self-contained. `buffer` marks
    state that is not trained by gradient (BatchNorm running statistics).
    Checkpoints address parameters by these names.

    ```mlir
    slice.param @stem.weight : tensor<64x3x3x3xf32> init(msra)
    slice.param @head.bn.mean : tensor<256xf32> init(zeros) buffer
    slice.param @fc.bias : tensor<10xf32> init(zeros) = dense<0.5> : tensor<10xf32>
    ```
  }];
  let arguments = (ins
    SymbolNameAttr:$sym_name,
    TypeAttrOf<Slice_Tensor>:$type,
    Slice_InitScheme:$init,
    UnitAttr:$buffer,
    OptionalAttr<ElementsAttr>:$value
  );
  let assemblyFormat = [{
    $sym_name `:` $type `init` `(` $init `)` (`buffer` $buffer^)?
    (`=` $value^)? attr-dict
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::RankedTensorType getTensorType() {
      return ::llvm::cast<::mlir::RankedTensorType>(getType());
    }
    bool isTrainable() { return !getBuffer(); }
  }];
}

def Slice_GetParamOp : Slice_Op<"get_param",
    [Pure, DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "reads a parameter as a tensor value";
  let description = [{
    ```mlir
    %w = slice.get_param @stem.weight : tensor<64x3x3x3xf32>
    ```
    The type must equal the declared parameter's type.
  }];
  let arguments = (ins FlatSymbolRefAttr:$name);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$name attr-dict `:` type($result)";
  let extraClassDeclaration = [{
    /// The declaring op, or null when the symbol does not resolve.
    ParamOp getParamOp();
  }];
}

def Slice_ParamSliceOp : Slice_InferredOp<"param_slice"> {
  let summary = "a view of a parameter: one row, then a box of entries";
  let description = [{
    With `row = r`, takes index r of dimension 0 and drops that dimension
    (row r of a `[K, C]` per-sub-network BatchNorm parameter is what
    sub-network r + 1 reads). Then keeps `sizes[d]` entries of every
    remaining dimension d from `offsets[d]` on (default 0: the leading
    entries; a weight whose reader sees only the leading input channels
    keeps its leading columns, an anytime step computing channel group k
    reads the rows of group k).

    ```mlir
    %s = slice.param_slice %scale {row = 1 : i64, sizes = array<i64: 12>} : tensor<2x16xf32>
    %w = slice.param_slice %weight {sizes = array<i64: 8, 6, 3, 3>} : tensor<8x16x3x3xf32>
    %g = slice.param_slice %weight {offsets = array<i64: 4, 0, 0, 0>, sizes = array<i64: 4, 16, 3, 3>} : tensor<8x16x3x3xf32>
    ```
  }];
  let arguments = (ins Slice_Tensor:$input, OptionalAttr<I64Attr>:$row,
                       OptionalAttr<DenseI64ArrayAttr>:$offsets,
                       DenseI64ArrayAttr:$sizes);
  let extraClassDeclaration = inferFromAdaptorDecl # [{
    /// `offsets`, or zeros.
    ::llvm::SmallVector<int64_t> getOffsetsOrZeros() {
      if (std::optional<::llvm::ArrayRef<int64_t>> o = getOffsets())
        return ::llvm::SmallVector<int64_t>(*o);
      return ::llvm::SmallVector<int64_t>(getSizes().size(), 0);
    }
  }];
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def Slice_ParamConcatOp : Slice_InferredOp<"param_concat"> {
  let summary = "parameters side by side along `axis`";
  let description = [{
    The weights of fused branches: first layers stacked along their output
    rows (axis 0), the last layers of an add block along their input
    columns (axis 1, so one convolution computes the branches' sum).

    ```mlir
    %w = slice.param_concat %w1, %w2 {axis = 0 : i64} : tensor<4x16x1x1xf32>, tensor<4x16x1x1xf32>
    ```
  }];
  let arguments = (ins Variadic<Slice_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$inputs attr-dict `:` type($inputs)";
}

#endif // SLICE_PARAM_OPS_TD
