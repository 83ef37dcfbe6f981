//===- SliceOpBase.td - base classes of slice ops ----------*- tablegen -*-===//
#ifndef SLICE_OP_BASE_TD
#define SLICE_OP_BASE_TD

include "slice/Dialect/SliceDialect.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"

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


#endif // SLICE_OP_BASE_TD
