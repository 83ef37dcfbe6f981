//===- SliceAttrs.td - slice attributes and enums ----------*- tablegen -*-===//
#ifndef SLICE_ATTRS_TD
#define SLICE_ATTRS_TD

include "slice/Dialect/SliceDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def Slice_InitScheme : I32EnumAttr<"InitScheme",
    "how the runtime creates a parameter that has no stored value", [
      I32EnumAttrCase<"msra", 0>,
      I32EnumAttrCase<"zeros", 1>,
      I32EnumAttrCase<"ones", 2>,
      I32EnumAttrCase<"normal", 3>,
      I32EnumAttrCase<"uniform", 4>
    ]> {
  let cppNamespace = "::mlir::slice";
  let description = [{
    `msra`: N(0, 2 / fan_in) (He et al. 2015, the paper's appendix A);
    `zeros`, `ones`: constants; `normal`: N(0, 0.01^2);
    `uniform`: U(-1/sqrt(fan_in), 1/sqrt(fan_in)) (PyTorch's Linear default).
  }];
}

def Slice_Aggregation : I32EnumAttr<"Aggregation",
    "how a multi-branch block combines its branches", [
      I32EnumAttrCase<"add", 0>,
      I32EnumAttrCase<"concat", 1>
    ]> {
  let cppNamespace = "::mlir::slice";
}

def Slice_AnytimeForm : I32EnumAttr<"AnytimeForm",
    "which anytime construction a model is in", [
      I32EnumAttrCase<"plain", 0>,
      I32EnumAttrCase<"inclusive", 1>,
      I32EnumAttrCase<"inclusive_sparse", 2>,
      I32EnumAttrCase<"shallow", 3>
    ]> {
  let cppNamespace = "::mlir::slice";
  let genSpecializedAttr = 0;
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

class Slice_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Slice_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

def Slice_AnytimeAttr : Slice_Attr<"Anytime", "anytime"> {
  let summary = "model-level description of the anytime structure";
  let description = [{
    Attached to the model's `builtin.module` as `slice.anytime`:

    ```mlir
    module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 6, levels = 1>}
    ```

    `subnets` is K, the number of sub-networks; `levels` is D, the number of
    label levels (1 unless hierarchical heads were attached). Sub-network
    k = 1..K is what every op specialises to when "sub-network k runs".
  }];
  let parameters = (ins
    EnumParameter<Slice_AnytimeForm>:$form,
    "int64_t":$subnets,
    DefaultValuedParameter<"int64_t", "1">:$levels
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Slice_BlockSparseAttr : Slice_Attr<"BlockSparse", "block_sparse"> {
  let summary = "KxK block connectivity of a convolution over channel groups";
  let description = [{
    Splits a convolution's input channels into groups `in` and its output
    channels into groups `out`, and says with `mask` (row-major,
    `out.size() x in.size()`, 1 = block present) which (output group, input
    group) weight blocks exist. Absent blocks are structurally zero: they are
    never stored densely, never computed and never trained.

    ```mlir
    // A block-lower-triangular 1x1 projection over K = 2 groups:
    #slice.block_sparse<in = [32, 32], out = [64, 64], mask = [1, 0, 1, 1]>
    ```
  }];
  let parameters = (ins
    ArrayRefParameter<"int64_t">:$in,
    ArrayRefParameter<"int64_t">:$out,
    ArrayRefParameter<"int64_t">:$mask
  );
  let assemblyFormat = "`<` `in` `=` `[` $in `]` `,` `out` `=` `[` $out `]` `,` `mask` `=` `[` $mask `]` `>`";
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    bool isPresent(int64_t outGroup, int64_t inGroup) const {
      return getMask()[outGroup * getIn().size() + inGroup] != 0;
    }
  }];
}

#endif // SLICE_ATTRS_TD
