//===- SliceOps.td - slice operations ----------------------*- tablegen -*-===//
#ifndef SLICE_OPS_TD
#define SLICE_OPS_TD

include "slice/Dialect/SliceDialect.td"
include "slice/Dialect/SliceAttrs.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"

class Slice_Op<string mnemonic, list<Trait> traits = []>
    : Op<Slice_Dialect, mnemonic, traits>;

def Slice_Tensor : RankedTensorOf<[F32]>;

// Ops whose result type is computed from operands and attributes. The shape
// rules live in each op's inferReturnTypes, which emits located diagnostics;
// InferTypeOpInterface re-runs it in the verifier, so parsed and built IR
// get the same checks and users never write result types.
//
// (InferTypeOpAdaptor is not used: while parsing, its adaptor sees empty
// properties, so attributes such as `padding` would be ignored.)
defvar inferFromAdaptorDecl = [{
    static ::llvm::LogicalResult inferReturnTypes(
        ::mlir::MLIRContext *context, std::optional<::mlir::Location> location,
        Adaptor adaptor, ::llvm::SmallVectorImpl<::mlir::Type> &inferred);
}];
class Slice_InferredOp<string mnemonic, list<Trait> traits = []>
    : Slice_Op<mnemonic, !listconcat(traits,
          [Pure, DeclareOpInterfaceMethods<InferTypeOpInterface>])> {
  let extraClassDeclaration = inferFromAdaptorDecl;
}

//===----------------------------------------------------------------------===//
// Parameters
//===----------------------------------------------------------------------===//

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

//===----------------------------------------------------------------------===//
// Compute ops
//===----------------------------------------------------------------------===//

def Slice_Conv2dOp : Slice_InferredOp<"conv2d"> {
  let summary = "2-D convolution, NCHW x OIHW, with groups and block sparsity";
  let description = [{
    `padding` is `[top, left, bottom, right]` (ONNX order). With `groups = g`,
    the weight is `Cout x Cin/g x kh x kw`. An optional `block_sparse`
    pattern (only with `groups = 1`) marks weight blocks over channel groups
    that are structurally zero; the weight keeps its dense shape so that
    parameters stay addressable, but absent blocks are never computed.

    ```mlir
    %y = slice.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>, groups = 8 : i64}
        : tensor<?x32x32x32xf32>, tensor<32x4x3x3xf32>
    ```
  }];
  let arguments = (ins
    Slice_Tensor:$input,
    Slice_Tensor:$weight,
    Optional<Slice_Tensor>:$bias,
    DefaultValuedAttr<DenseI64ArrayAttr, "{1, 1}">:$strides,
    DefaultValuedAttr<DenseI64ArrayAttr, "{0, 0, 0, 0}">:$padding,
    DefaultValuedAttr<DenseI64ArrayAttr, "{1, 1}">:$dilations,
    DefaultValuedAttr<I64Attr, "1">:$groups,
    OptionalAttr<Slice_BlockSparseAttr>:$block_sparse
  );
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = [{
    $input `,` $weight (`,` $bias^)? attr-dict `:` type($input) `,` type($weight)
    (`,` type($bias)^)?
  }];
}

def Slice_BatchNormOp : Slice_InferredOp<"batch_norm",
    [AllTypesMatch<["scale", "bias", "mean", "variance"]>]> {
  let summary = "batch normalisation over channels, shared or per sub-network";
  let description = [{
    Normalises dimension 1 of `input` (NCHW or NC). Parameters of shape `[C]`
    are shared by all sub-networks. Parameters of shape `[K, C]` hold one set
    per sub-network (I-ResNeXt, paper section 3.1): when sub-network k runs,
    row k-1 is used, for training statistics and running statistics alike.

    ```mlir
    %y = slice.batch_norm %x, %scale, %bias, %mean, %var {epsilon = 1.0e-05 : f64}
        : tensor<?x64x32x32xf32>, tensor<2x64xf32>
    ```
  }];
  let arguments = (ins
    Slice_Tensor:$input,
    Slice_Tensor:$scale,
    Slice_Tensor:$bias,
    Slice_Tensor:$mean,
    Slice_Tensor:$variance,
    DefaultValuedAttr<F64Attr, "1.0e-5">:$epsilon,
    DefaultValuedAttr<F64Attr, "0.1">:$momentum
  );
  let results = (outs Slice_Tensor:$result);
  let hasVerifier = 1;
  let assemblyFormat = [{
    $input `,` $scale `,` $bias `,` $mean `,` $variance attr-dict `:`
    type($input) `,` type($scale)
  }];
  let extraClassDeclaration = inferFromAdaptorDecl # [{
    /// True when the op holds one parameter set per sub-network.
    bool isPerSubnet() {
      return ::llvm::cast<::mlir::RankedTensorType>(getScale().getType())
                 .getRank() == 2;
    }
    /// scale, bias, mean, variance: the operands parameter rewrites visit.
    ::llvm::SmallVector<::mlir::OpOperand *, 4> getParamOperands() {
      return {&getScaleMutable(), &getBiasMutable(), &getMeanMutable(),
              &getVarianceMutable()};
    }
  }];
}

// Result type = operand type; ODS derives the inference from the trait.
class Slice_ElementwiseOp<string mnemonic, list<Trait> traits = []>
    : Slice_Op<mnemonic, !listconcat(traits,
          [Pure, SameOperandsAndResultType, InferTypeOpInterface])>;

class Slice_UnaryOp<string mnemonic, list<Trait> traits = []>
    : Slice_ElementwiseOp<mnemonic, traits> {
  let results = (outs Slice_Tensor:$result);
}

def Slice_ReluOp : Slice_UnaryOp<"relu"> {
  let summary = "max(x, 0)";
  let arguments = (ins Slice_Tensor:$input);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def Slice_ClipOp : Slice_UnaryOp<"clip"> {
  let summary = "min(max(x, min), max), e.g. ReLU6";
  let arguments = (ins Slice_Tensor:$input, F64Attr:$min, F64Attr:$max);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

def Slice_AddOp : Slice_ElementwiseOp<"add", [Commutative]> {
  let summary = "elementwise sum of two tensors of the same type";
  let arguments = (ins Slice_Tensor:$lhs, Slice_Tensor:$rhs);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($lhs)";
}

def Slice_ConcatOp : Slice_InferredOp<"concat"> {
  let summary = "concatenation along channels (dimension 1)";
  let arguments = (ins Variadic<Slice_Tensor>:$inputs);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$inputs attr-dict `:` type($inputs)";
}

class Slice_PoolOp<string mnemonic> : Slice_InferredOp<mnemonic> {
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def Slice_AvgPoolOp : Slice_PoolOp<"avg_pool"> {
  let summary = "2-D average pooling";
  let description = [{
    `padding` is `[top, left, bottom, right]`. With `count_include_pad`
    padded zeros count in the divisor (PyTorch's default).
  }];
  let arguments = (ins
    Slice_Tensor:$input,
    DenseI64ArrayAttr:$kernel,
    DefaultValuedAttr<DenseI64ArrayAttr, "{1, 1}">:$strides,
    DefaultValuedAttr<DenseI64ArrayAttr, "{0, 0, 0, 0}">:$padding,
    DefaultValuedAttr<BoolAttr, "false">:$ceil_mode,
    DefaultValuedAttr<BoolAttr, "true">:$count_include_pad
  );
}

def Slice_MaxPoolOp : Slice_PoolOp<"max_pool"> {
  let summary = "2-D max pooling";
  let description = "`padding` is `[top, left, bottom, right]`, padded with -inf.";
  let arguments = (ins
    Slice_Tensor:$input,
    DenseI64ArrayAttr:$kernel,
    DefaultValuedAttr<DenseI64ArrayAttr, "{1, 1}">:$strides,
    DefaultValuedAttr<DenseI64ArrayAttr, "{0, 0, 0, 0}">:$padding,
    DefaultValuedAttr<DenseI64ArrayAttr, "{1, 1}">:$dilations,
    DefaultValuedAttr<BoolAttr, "false">:$ceil_mode
  );
}

def Slice_GlobalAvgPoolOp : Slice_PoolOp<"global_avg_pool"> {
  let summary = "mean over H and W: N x C x H x W -> N x C x 1 x 1";
  let arguments = (ins Slice_Tensor:$input);
}

def Slice_FlattenOp : Slice_InferredOp<"flatten"> {
  let summary = "collapses dimensions [axis, rank) into one (ONNX Flatten)";
  let arguments = (ins Slice_Tensor:$input, DefaultValuedAttr<I64Attr, "1">:$axis);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def Slice_LinearOp : Slice_InferredOp<"linear"> {
  let summary = "fully connected layer: x W^T + b";
  let description = "`input` is `N x in`, `weight` is `out x in`, `bias` is `out`.";
  let arguments = (ins Slice_Tensor:$input, Slice_Tensor:$weight,
                       Optional<Slice_Tensor>:$bias);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = [{
    $input `,` $weight (`,` $bias^)? attr-dict `:` type($input) `,` type($weight)
    (`,` type($bias)^)?
  }];
}

def Slice_PadChannelsOp : Slice_InferredOp<"pad_channels"> {
  let summary = "appends zero-filled channels (type-A shortcut), per channel group";
  let description = [{
    Splits the input channels into `groups` (default: one group of all
    channels) and appends `pads[g]` zero channels after group g. With one
    group this is ResNet's type-A shortcut widening. With the K groups of an
    IS-form model every group grows in place, so prefixes stay prefixes.

    ```mlir
    // 2 groups of 32 channels become 2 groups of 64: [x1, 0, x2, 0]
    %y = slice.pad_channels %x {groups = array<i64: 32, 32>, pads = array<i64: 32, 32>}
        : tensor<?x64x16x16xf32>
    ```
  }];
  let arguments = (ins Slice_Tensor:$input, OptionalAttr<DenseI64ArrayAttr>:$groups,
                       DenseI64ArrayAttr:$pads);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let extraClassDeclaration = inferFromAdaptorDecl # [{
    /// The channel groups, defaulting to one group of all input channels.
    ::llvm::SmallVector<int64_t> getGroupSizes();
  }];
}

def Slice_ChannelSliceOp : Slice_InferredOp<"channel_slice"> {
  let summary = "channels [offset, offset + size) of a tensor";
  let description = [{
    In the IS form, a branch or head that may read only channel groups
    1..j reads `channel_slice` of the prefix those groups occupy.
  }];
  let arguments = (ins Slice_Tensor:$input, I64Attr:$offset, I64Attr:$size);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Structure
//===----------------------------------------------------------------------===//

def Slice_BlockOp : Slice_InferredOp<"block", [
    RecursiveMemoryEffects, IsolatedFromAbove, AttrSizedOperandSegments]> {
  let summary = "a multi-branch block: y = A(residual, F_1(x), ..., F_C(x))";
  let description = [{
    Each region is one branch F_i. Its entry block takes the `inputs` and
    yields one tensor. With `add` aggregation the result is `residual` (the
    identity branch, when present) plus every branch's output; with `concat`
    it is the channel concatenation of `residual` (when present) followed by
    the branches, in order (Inception, DenseNet).

    Anytime structure, one of:
    - `subnet_branches = [C_1, ..., C_K]` (I-form): sub-network k runs the
      first C_k branches only. Non-decreasing, C_K = number of branches.
    - `partition = [w_1, ..., w_K]` and `branch_groups = [g_1, ..., g_C]`
      (IS-form, add aggregation): the output channels are split into K
      groups; branch i yields `w_{g_i}` channels that are added into group
      g_i only. Sub-network k runs the branches with g_i <= k and reads
      output groups 1..k. An extracted IS sub-network keeps its (fewer)
      groups the same way in a plain model.

    Concat blocks may carry `partition = [w_1, ..., w_G]` and
    `branch_groups = [g_1, ..., g_C]` in any form: a *grouped layout*. The
    result holds, group by group, the next r_g residual channels and then
    the outputs of the branches with g_i = g, in order, where
    r_g = w_g - (widths of group g's branches) >= 0 (all r_g are 0 without a
    residual). Groups 1..k are then a prefix of the result. In the IS form
    G = K and sub-network k runs the branches with g_i <= k; in the I form
    the block also carries `subnet_branches`, G = K, and group k holds the
    residual channels sub-network k has beyond sub-network k-1 followed by
    branches C_{k-1}+1..C_k, so sub-network k's result is groups 1..k.

    ```mlir
    %y = slice.block add (%p : tensor<?x64x32x32xf32>)
           residual(%x : tensor<?x64x32x32xf32>) {
    ^bb0(%in: tensor<?x64x32x32xf32>):
      ...
      slice.yield %b : tensor<?x64x32x32xf32>
    }, {
      ...
    }
    ```
  }];
  let arguments = (ins
    Variadic<Slice_Tensor>:$inputs,
    Optional<Slice_Tensor>:$residual,
    Slice_Aggregation:$aggregation,
    OptionalAttr<DenseI64ArrayAttr>:$subnet_branches,
    OptionalAttr<DenseI64ArrayAttr>:$partition,
    OptionalAttr<DenseI64ArrayAttr>:$branch_groups
  );
  let regions = (region VariadicRegion<SizedRegion<1>>:$branches);
  let results = (outs Slice_Tensor:$result);
  let assemblyFormat = [{
    $aggregation `(` ($inputs^ `:` type($inputs))? `)`
    (`residual` `(` $residual^ `:` type($residual) `)`)?
    attr-dict-with-keyword $branches
  }];
  let hasRegionVerifier = 1;
  let extraClassDeclaration = inferFromAdaptorDecl # [{
    /// The value yielded by branch `i`.
    ::mlir::Value getBranchResult(unsigned i);
    /// Where the residual and the branches lie in a concat block's result.
    ConcatLayout getConcatLayout();
    unsigned getNumBranches() { return getBranches().size(); }
  }];
}

def Slice_HeadOp : Slice_InferredOp<"head", [
    RecursiveMemoryEffects, IsolatedFromAbove]> {
  let summary = "a classifier g_{k,d}: the output of sub-network k at label level d";
  let description = [{
    The region computes logits from the feature it is given (the paper's
    BN-ReLU-global-average-pool-FC). `subnet` is k (1..K) and `level` is d
    (1 = finest labels .. D), checked against the module's `slice.anytime`.

    ```mlir
    %logits = slice.head subnet 1 level 1 (%f : tensor<?x256x8x8xf32>) {
    ^bb0(%in: tensor<?x256x8x8xf32>):
      ...
      slice.yield %l : tensor<?x10xf32>
    }
    ```
  }];
  let arguments = (ins Slice_Tensor:$input, I64Attr:$subnet, I64Attr:$level);
  let regions = (region SizedRegion<1>:$body);
  let results = (outs Slice_Tensor:$logits);
  let assemblyFormat = [{
    `subnet` $subnet `level` $level ` ` `(` $input `:` type($input) `)`
    attr-dict-with-keyword $body
  }];
  let hasRegionVerifier = 1;
}

def Slice_TaxonomyOp : Slice_Op<"taxonomy", [HasParent<"ModuleOp">]> {
  let summary = "the label levels hierarchical heads predict (paper section 3.3)";
  let description = [{
    `names[d]` are the labels of level d+1 (level 1: the fine classes in
    label order); `parents[d][i]` is the level d+2 label of level d+1 label
    i. A head with `level d` predicts one of `names[d-1]`. Training derives
    every level's target from the fine label through `parents`.

    ```mlir
    slice.taxonomy {names = [["T-shirt", "Trouser", "Sandal"],
                             ["bottoms", "footwear", "tops"]],
                    parents = [array<i64: 2, 0, 1>]}
    ```
  }];
  let arguments = (ins ArrayAttr:$names, ArrayAttr:$parents);
  let assemblyFormat = "attr-dict";
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Number of labels at level `level` (1-based).
    int64_t getNumLabels(int64_t level) {
      return ::llvm::cast<::mlir::ArrayAttr>(getNames()[level - 1]).size();
    }
  }];
}

def Slice_YieldOp : Slice_Op<"yield", [
    Pure, Terminator, ReturnLike, ParentOneOf<["BlockOp", "HeadOp"]>]> {
  let summary = "yields the value of a branch or head";
  let arguments = (ins Variadic<Slice_Tensor>:$values);
  let assemblyFormat = "$values attr-dict `:` type($values)";
}

#endif // SLICE_OPS_TD
