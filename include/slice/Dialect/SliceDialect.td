//===- SliceDialect.td - the slice dialect -----------------*- tablegen -*-===//
#ifndef SLICE_DIALECT_TD
#define SLICE_DIALECT_TD

include "mlir/IR/OpBase.td"

def Slice_Dialect : Dialect {
  let name = "slice";
  let cppNamespace = "::mlir::slice";
  let summary = "Neural networks on tensors, and their anytime structure";
  let description = [{
    The `slice` dialect describes convolutional networks as NCHW `f32`
    tensor computations with value semantics, together with the structure
    that anytime prediction needs: explicit multi-branch blocks, per
    sub-network BatchNorm, channel partitions with block-sparse connectivity,
    and classifier heads tagged with the sub-network `k` and label level `d`
    they serve.

    A model is a `builtin.module` holding `slice.param` symbols (every
    trainable weight and BatchNorm statistic, by name) and a `func.func`
    computing the outputs. The module attribute `slice.anytime` records the
    anytime form (`plain`, `inclusive`, `inclusive_sparse`, `shallow`), the
    number of sub-networks `K` and of label levels `D`. Every op reads its
    meaning for "sub-network k is running" from that one description, so the
    runtime, the extraction pass and the GPU lowering share one
    specialisation.
  }];
  let useDefaultAttributePrinterParser = 1;
  let hasOperationAttrVerify = 1;
  let extraClassDeclaration = [{
    void registerAttributes();
    /// Name of the module attribute holding the `#slice.anytime` description.
    static constexpr ::llvm::StringLiteral getAnytimeAttrName() {
      return ::llvm::StringLiteral("slice.anytime");
    }
    /// Cost attributes attached by the FLOPs analysis: multiply-adds per image
    /// and trainable parameters, in total and per sub-network k = 1..K.
    static constexpr ::llvm::StringLiteral getMacsAttrName() {
      return ::llvm::StringLiteral("slice.macs");
    }
    static constexpr ::llvm::StringLiteral getParamsAttrName() {
      return ::llvm::StringLiteral("slice.params");
    }
    static constexpr ::llvm::StringLiteral getSubnetMacsAttrName() {
      return ::llvm::StringLiteral("slice.subnet_macs");
    }
    static constexpr ::llvm::StringLiteral getSubnetParamsAttrName() {
      return ::llvm::StringLiteral("slice.subnet_params");
    }
  }];
}

#endif // SLICE_DIALECT_TD
