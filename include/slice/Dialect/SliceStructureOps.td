//===- SliceStructureOps.td - blocks, heads, labels --------*- tablegen -*-===//
#ifndef SLICE_STRUCTURE_OPS_TD
#define SLICE_STRUCTURE_OPS_TD

include "slice/Dialect/SliceOpBase.td"
include "slice/Dialect/SliceAttrs.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"


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
    attr-dict-with-keyword custom<BranchRegions>($branches)
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

#endif // SLICE_STRUCTURE_OPS_TD
