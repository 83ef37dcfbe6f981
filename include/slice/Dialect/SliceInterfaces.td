//===- SliceInterfaces.td - what passes ask of slice ops ---*- tablegen -*-===//
//
// Passes reason about features channel by channel: which channels an op
// reads, whether it can read a prefix of them, whether a permutation of its
// input permutes its output. Ops state these facts here, once; a new
// activation is one line (its traits) plus its kernels in the backends.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_INTERFACES_TD
#define SLICE_INTERFACES_TD

include "mlir/IR/OpBase.td"

def Slice_ChannelWiseOpInterface : OpInterface<"ChannelWiseOpInterface"> {
  let cppNamespace = "::mlir::slice";
  let description = [{
    Channel c of the result is computed from channel c of each feature
    operand only (and from entry c of per-channel parameters, as BatchNorm's
    scale and bias): the result has the feature's channels, a prefix of the
    input's channels yields the same prefix of the result, and permuting
    the input's channels permutes the result's. Narrowing, the I form's
    feature widths, the IS form's channel groups and the reordering of
    grouped concat layouts all pass through these ops.
  }];
  let methods = [
    InterfaceMethod<[{
        The operands holding features (every operand but per-channel
        parameters).
      }], "::llvm::MutableArrayRef<::mlir::OpOperand>", "getFeatureOperands",
      (ins), "", [{ return $_op->getOpOperands(); }]>,
  ];
  let extraClassDeclaration = [{
    /// The single feature operand, or null for an op of several (add).
    ::mlir::Value getSingleFeature() {
      auto features = getFeatureOperands();
      return features.size() == 1 ? features.front().get() : ::mlir::Value();
    }
  }];
}

def Slice_Pointwise : NativeOpTrait<"Pointwise"> {
  let cppNamespace = "::mlir::OpTrait::slice";
  // Each result element reads the input elements at its own position (and
  // per-channel parameters): ReLU, clip, add, BatchNorm. Unlike a pool it
  // keeps the spatial shape, so it can sit anywhere in a branch's chain.
}

def Slice_LayerOpInterface : OpInterface<"LayerOpInterface"> {
  let cppNamespace = "::mlir::slice";
  let description = [{
    A layer with weights: `out x in (x kh x kw)` weight, optional bias,
    one feature input. What channel demand, narrowing, reordering and
    raising need to know of it.
  }];
  let methods = [
    InterfaceMethod<"The feature the layer reads.", "::mlir::Value",
                    "getInput">,
    InterfaceMethod<"The weight; dimension 1 holds the input columns.",
                    "::mlir::Value", "getWeight">,
    InterfaceMethod<"The weight operand, for rewriting which parameter it reads.",
                    "::mlir::OpOperand &", "getWeightMutable">,
    InterfaceMethod<"The bias, or null.", "::mlir::Value", "getBias">,
    InterfaceMethod<[{
        The input channels computing output channels `outputs` reads
        (empty when `outputs` is).
      }], "::mlir::slice::ChannelRange", "getInputChannelsRead",
      (ins "::mlir::slice::ChannelRange":$outputs)>,
    InterfaceMethod<[{
        The output channels the layer computes when `outputs` are asked for
        (whole groups of a grouped convolution).
      }], "::mlir::slice::ChannelRange", "getOutputChannelsProduced",
      (ins "::mlir::slice::ChannelRange":$outputs), "", [{ return outputs; }]>,
    InterfaceMethod<[{
        Whether the layer can read the first channels of its input with the
        leading input columns of its weight, and follow a permutation of its
        input channels by permuting those columns (a dense layer).
      }], "bool", "canReadInputPrefix">,
  ];
}

#endif // SLICE_INTERFACES_TD
