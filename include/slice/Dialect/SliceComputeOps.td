//===- SliceComputeOps.td - tensor computations -------------*- tablegen -*-===//
#ifndef SLICE_COMPUTE_OPS_TD
#define SLICE_COMPUTE_OPS_TD

include "slice/Dialect/SliceOpBase.td"
include "slice/Dialect/SliceAttrs.td"
include "slice/Dialect/SliceInterfaces.td"


def Slice_Conv2dOp : Slice_InferredOp<"conv2d", [DeclareOpInterfaceMethods<
    Slice_LayerOpInterface, ["getInputChannelsRead", "getOutputChannelsProduced",
                             "canReadInputPrefix"]>]> {
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
    [AllTypesMatch<["scale", "bias", "mean", "variance"]>,
     DeclareOpInterfaceMethods<Slice_ChannelWiseOpInterface, ["getFeatureOperands"]>,
     Slice_Pointwise]> {
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

// An activation: one line here (and its kernels in the backends) is all a
// new one needs; the traits tell every pass how it treats channels.
class Slice_ActivationOp<string mnemonic, list<Trait> traits = []>
    : Slice_ElementwiseOp<mnemonic, !listconcat(traits,
          [Slice_ChannelWiseOpInterface, Slice_Pointwise])> {
  let results = (outs Slice_Tensor:$result);
}

def Slice_ReluOp : Slice_ActivationOp<"relu"> {
  let summary = "max(x, 0)";
  let arguments = (ins Slice_Tensor:$input);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def Slice_ClipOp : Slice_ActivationOp<"clip"> {
  let summary = "min(max(x, min), max), e.g. ReLU6";
  let arguments = (ins Slice_Tensor:$input, F64Attr:$min, F64Attr:$max);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

def Slice_AddOp : Slice_ElementwiseOp<"add", [Commutative,
    Slice_ChannelWiseOpInterface, Slice_Pointwise]> {
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

class Slice_PoolOp<string mnemonic>
    : Slice_InferredOp<mnemonic, [Slice_ChannelWiseOpInterface]> {
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

def Slice_LinearOp : Slice_InferredOp<"linear", [DeclareOpInterfaceMethods<
    Slice_LayerOpInterface, ["getInputChannelsRead", "canReadInputPrefix"]>]> {
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
  let hasCanonicalizer = 1;
}

#endif // SLICE_COMPUTE_OPS_TD
