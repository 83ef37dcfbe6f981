//===- Passes.td - slice passes -----------------------------*- tablegen -*-===//
#ifndef SLICE_TRANSFORMS_PASSES_TD
#define SLICE_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def SliceFlops : Pass<"slice-flops", "ModuleOp"> {
  let summary = "Count multiply-adds and parameters per op, block, model and sub-network";
  let description = [{
    Counts, per image, the multiply-adds (MACs) of every `slice.conv2d`
    (`Hout * Wout * Cout * Cin/groups * kh * kw`, over present blocks only
    when `block_sparse`) and `slice.linear` (`out * in`), and the trainable
    parameters every op reads. Other ops (BatchNorm, ReLU, pooling, adds) are
    memory-bound and count 0 MACs, as in the paper's FLOPs.

    Attaches `slice.macs` and `slice.params` to each counting op, block,
    head and function, and to the module. When the module carries
    `slice.anytime`, it also attaches `slice.subnet_macs` and
    `slice.subnet_params` (one entry per sub-network k = 1..K) to the module.
    A parameter shared by several ops or sub-networks is counted once; the
    model total counts the parameters its functions read. Absent blocks of a
    block-sparse weight are structural zeros and count as no parameters.

    Before:
    ```mlir
    %y = slice.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>}
        : tensor<?x16x32x32xf32>, tensor<16x16x3x3xf32>
    ```
    After:
    ```mlir
    %y = slice.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>,
                              slice.macs = 2359296 : i64, slice.params = 2304 : i64}
        : tensor<?x16x32x32xf32>, tensor<16x16x3x3xf32>
    ```
    and, with `print-table` (on by default), a table of the blocks on
    stderr, so the IR on stdout stays pipeable.
  }];
  let options = [
    Option<"printTable", "print-table", "bool", /*default=*/"true",
           "Print the per-block table and totals to stderr">
  ];
}


def SliceInclusive : Pass<"inclusive", "ModuleOp"> {
  let summary = "I-ResNeXt: K inclusive thin sub-networks with per-sub-network BatchNorm (paper section 3.1)";
  let description = [{
    Sub-network k = 1..K runs the first C_k = round(kC/K) branches of every
    multi-branch block, at full depth; the residual trunk keeps its width.
    When K does not divide C the split is as even as rounding allows and a
    remark says so; K > C is an error naming the block.

    Every BatchNorm that sees a width-dependent input (anything computed
    after a block whose branch count varies with k) becomes per-sub-network:
    its `[C]` parameters become `[K, C]`, each row initialised from the
    original (stored values are copied). BatchNorms the first block's
    branches see stay shared: their input is the same in every sub-network.

    The model's classifier becomes head K (so sub-network K computes exactly
    the original network); heads 1..K-1 start as copies of it with their own
    parameters (`<name>.subnet<k>`). The function returns one output per
    sub-network, in order k = 1..K, for each original output.

    Concat blocks (DenseNet layers, Inception paths) yield fewer channels
    in thinner sub-networks. Each gets the grouped layout (`partition`,
    `branch_groups`): group k holds the residual channels sub-network k has
    beyond sub-network k-1, then branches C_{k-1}+1..C_k, so a feature of
    sub-network k is the prefix of groups 1..k of its static type. Readers
    of a narrower feature use their leading weight columns and BatchNorm
    parameters at run time (BatchNorms become `[K, C]` as above); head k
    reads the channels sub-network k has. The readers of a result whose
    channel order the layout changes get their weights and parameters
    reordered, so sub-network K stays the original network. Ops that cannot
    read a prefix or follow a reordering (grouped convolutions, add blocks
    with a narrowing residual, ...) are errors naming the op.

    Before:
    ```mlir
    module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
      ...
      %n = slice.batch_norm %y1, %s, %b, %m, %v : tensor<?x64x32x32xf32>, tensor<64xf32>
      %y2 = slice.block add(%p : ...) residual(%y1 : ...) { ... } x 8 branches
      %logits = slice.head subnet 1 level 1 (%y2 : ...) { ... }
      return %logits : tensor<?x10xf32>
    ```
    After `--inclusive=K=2`:
    ```mlir
    module attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
      ...
      %n = slice.batch_norm %y1, %s, %b, %m, %v : tensor<?x64x32x32xf32>, tensor<2x64xf32>
      %y2 = slice.block add(%p : ...) residual(%y1 : ...)
          attributes {subnet_branches = array<i64: 4, 8>} { ... }
      %l1 = slice.head subnet 1 level 1 (%y2 : ...) { ... }
      %l2 = slice.head subnet 2 level 1 (%y2 : ...) { ... }
      return %l1, %l2 : tensor<?x10xf32>, tensor<?x10xf32>
    ```
  }];
  let options = [
    Option<"numSubnets", "K", "int64_t", /*default=*/"0",
           "Number of sub-networks K (required, 1 <= K <= C)">
  ];
}

def SliceInclusiveSparse : Pass<"inclusive-sparse", "ModuleOp"> {
  let summary = "IS-ResNeXt: K interruptible sub-networks trained in one pass (paper section 3.2)";
  let description = [{
    Splits every block's features channel-wise into K groups (widths not
    divisible by K: the first W mod K groups get one channel more). Branch i
    of C is assigned group g_i = ceil(iK/C): its first layer reads only
    groups 1..g_i (a `slice.channel_slice` prefix; the weight's input columns
    are sliced), and its last layer writes group g_i only (output rows
    sliced; `branch_groups`). Output group k therefore depends on input
    groups 1..k. A block input narrower or wider than the block's output (a
    raised bottleneck reading the middle features of a shared 1x1 conv) is
    split into K groups of its own; a block without `residual` (its shortcut
    added after a BatchNorm of the branch sum) is split the same way.
    BatchNorm stays shared. Down-scaling pads every group in
    place (`pad_channels` with `groups`) so prefixes stay prefixes; dense
    1x1 convolutions on the trunk (projection shortcuts) become
    block-lower-triangular (`#slice.block_sparse`). Head k reads the prefix
    of groups 1..k; head K is the original classifier. One forward pass
    computes every sub-network's output.

    Concat blocks get the grouped layout: group k of the result is group k
    of the residual (the trunk's K groups), then the branches of group k;
    without a residual (Inception paths) only the branches. Branch i reads
    input groups 1..g_i as in add blocks. The readers of a result whose
    channel order that changes are reordered first (the dense network is
    unchanged), then sparsified; a dense convolution reading the trunk
    (a DenseNet transition) becomes block-lower-triangular.

    K larger than a block's cardinality or width is an error naming the op.

    Before:
    ```mlir
    %y = slice.block add(%p : tensor<?x96x32x32xf32>) residual(%x : ...) {
    ^bb0(%in: tensor<?x96x32x32xf32>):
      %w1 = slice.get_param @b1.conv1 : tensor<4x96x1x1xf32>
      %a = slice.conv2d %in, %w1 : ...
      ...
      slice.yield %o : tensor<?x96x32x32xf32>
    }, ... 18 branches
    ```
    After `--inclusive-sparse=K=6`:
    ```mlir
    %y = slice.block add(%p : tensor<?x96x32x32xf32>) residual(%x : ...)
        attributes {branch_groups = array<i64: 1, 1, 1, 2, ...>,
                    partition = array<i64: 16, 16, 16, 16, 16, 16>} {
    ^bb0(%in: tensor<?x96x32x32xf32>):
      %s = slice.channel_slice %in {offset = 0 : i64, size = 16 : i64} : ...
      %w1 = slice.get_param @b1.conv1 : tensor<4x16x1x1xf32>
      %a = slice.conv2d %s, %w1 : ...
      ...
      slice.yield %o : tensor<?x16x32x32xf32>
    }, ...
    ```
  }];
  let options = [
    Option<"numSubnets", "K", "int64_t", /*default=*/"0",
           "Number of sub-networks K (required, K <= C and K <= every width)">
  ];
}

def SliceShallowExits : Pass<"shallow-exits", "ModuleOp"> {
  let summary = "Baseline: K classifiers on evenly spaced block outputs (paper section 4.1)";
  let description = [{
    Attaches classifiers (BN-ReLU-global-average-pool-FC, the paper's head)
    to the outputs of K evenly spaced top-level blocks of a plain model (a
    block's output is read after the single-use batch_norm / add / relu /
    clip ops that follow it, as in blocks raised from a flat import):
    exit k follows block L - floor((K-k)(L-1)/K), so K = L-1 puts one after
    every block but the first and the last exit is the model's own head.
    Sub-network k is everything exit k depends on. K must be in
    [1, L-1] (K = 1 also for L = 1: just the model's head).

    Before (L = 3 blocks):
    ```mlir
    %y1 = slice.block ... %y2 = slice.block ... %y3 = slice.block ...
    %l = slice.head subnet 1 level 1 (%y3 : ...) { ... }
    ```
    After `--shallow-exits=K=2`:
    ```mlir
    %y1 = slice.block ... %y2 = slice.block ...
    %e1 = slice.head subnet 1 level 1 (%y2 : ...) { ... }
    %y3 = slice.block ...
    %l = slice.head subnet 2 level 1 (%y3 : ...) { ... }
    return %e1, %l : ...
    ```
  }];
  let options = [
    Option<"numSubnets", "K", "int64_t", /*default=*/"0",
           "Number of exits K (required, 1 <= K <= L-1)">
  ];
}

def SliceExtractSubnet : Pass<"extract-subnet", "ModuleOp"> {
  let summary = "Sub-network k of an I-, IS- or shallow-exit model as a plain dense network";
  let description = [{
    Keeps what sub-network k computes and nothing else: its branches, row k
    of per-sub-network BatchNorm parameters, head k; channels it never reads
    are sliced away from every weight and feature, unused parameters are
    erased, and stored (trained) values are sliced along. The result is a
    `plain` model, ready for deployment or ONNX export.

    Before (I-form, K = 2):
    ```mlir
    %n = slice.batch_norm %x, ... : tensor<?x64x32x32xf32>, tensor<2x64xf32>
    %y = slice.block ... attributes {subnet_branches = array<i64: 4, 8>} { 8 regions }
    %l1 = slice.head subnet 1 ... %l2 = slice.head subnet 2 ...
    ```
    After `--extract-subnet=k=1`:
    ```mlir
    %n = slice.batch_norm %x, ... : tensor<?x64x32x32xf32>, tensor<64xf32>
    %y = slice.block ... { 4 regions }
    %l1 = slice.head subnet 1 ...
    ```
  }];
  let options = [
    Option<"subnet", "k", "int64_t", /*default=*/"0",
           "The sub-network to keep (required, 1 <= k <= K)">
  ];
}

def SliceHierarchicalHeads : Pass<"hierarchical-heads", "ModuleOp"> {
  let summary = "Per-level classifiers g_{k,d} from a label taxonomy (paper section 3.3)";
  let description = [{
    Reads a taxonomy file (docs/hierarchical.md): the fine classes in label
    order, each with its chain of ancestors. Level d+1 labels a class by its
    ancestor at distance d, so every level has fewer labels than the one
    below; D = 1 + the longest chain. Every classifier of the model (one per
    sub-network in the I-, IS- and shallow-exit forms) gets D-1 siblings
    predicting levels 2..D: copies of its architecture whose last linear
    layer has one output per label of that level. The taxonomy is stored in
    the model as `slice.taxonomy`, and `slice.anytime` records `levels = D`;
    `slice-run train` then minimises the hierarchical anytime loss (2).

    Before:
    ```mlir
    %l = slice.head subnet 1 level 1 (%f : tensor<?x192x7x7xf32>) { ... }
    ```
    After `--hierarchical-heads=taxonomy=taxonomies/fashion-mnist.txt`:
    ```mlir
    slice.taxonomy {names = [[...10 classes...], [...5...], ["accessories", "clothing"]], parents = [...]}
    %l1 = slice.head subnet 1 level 1 (%f : ...) { ... linear to 10 }
    %l2 = slice.head subnet 1 level 2 (%f : ...) { ... linear to 5 }
    %l3 = slice.head subnet 1 level 3 (%f : ...) { ... linear to 2 }
    ```
    Errors name the taxonomy file and line.
  }];
  let options = [
    Option<"taxonomyPath", "taxonomy", "std::string", /*default=*/"\"\"",
           "The taxonomy file (required)">
  ];
}

def SliceVerifyInterruptible : Pass<"verify-interruptible", "ModuleOp"> {
  let summary = "Prove that IS sub-network k never reads a channel group above k";
  let description = [{
    For every k, computes which channels of every feature sub-network k
    reads (walking back from head k through blocks, convolutions and their
    block-sparse patterns, paddings and slices) and checks that on every
    partitioned feature — block inputs, residuals and outputs, grouped
    paddings, block-sparse convolution inputs — it reads only groups 1..k.
    A violation is an error at the op that reads too far, naming the group.
    The IR is left unchanged.
  }];
}

def SliceRaiseBranches : Pass<"slice-raise-branches", "ModuleOp"> {
  let summary = "Raise a flat (imported) graph to explicit multi-branch blocks and a classifier head";
  let description = [{
    Finds multi-branch structure in a flat plain model (what an ONNX import
    gives) and makes it explicit: `slice.block`s with one region per branch
    and a `slice.head`, so `--inclusive`, `--inclusive-sparse` and
    `--shallow-exits` apply. The raised model computes what the flat one did
    (up to float rounding): weights are split physically into per-branch
    parameters (`<name>.branch<i>`), stored values along.

    Patterns (`patterns=`, all by default):
    - `residual`: `[relu](F(x) + S(x))` where F is a chain of convolutions
      (or linear layers) joined by batch_norm/relu/clip, each value used
      once. F is split into branches by groups of its middle channels: a
      grouped middle convolution with G groups gives G branches (ResNeXt:
      each branch holds its rows of the first 1x1 conv, one group of the
      3x3 conv, its input columns of the last 1x1 conv); otherwise
      (ResNet basic/bottleneck, wide ResNet, MobileNetV2 with its depthwise
      conv, MLPs) the two-layer view y = V relu(U x) of paper section 2.2
      gives `cardinality` branches (the largest divisor of the middle width
      not above it). A dense middle convolution cannot be split: the chain
      starts at the last one, and the layers before it (ResNet's first 1x1
      conv) stay shared, in front of the block.
    - `grouped`: the same chains around a grouped or depthwise convolution
      without a residual sum (MobileNetV2's stride-2 blocks).
    - `mlp`: linear-act-linear without a residual sum.
    - `concat`: `concat(P_1(x), ..., P_n(x))` of parallel paths from one
      input (Inception, GoogLeNet, SqueezeNet) becomes `slice.block concat`,
      one region per path. Consecutive operands that share an intermediate
      (Inception-v3's E blocks, whose nested concats the ONNX export
      flattens) form one path that concatenates them. A path of
      parameter-free channel-wise ops (Inception-v3's pooling path in its
      grid reductions) passes the input's channels through: it becomes the
      block's `residual`, computed in front of the block and first in its
      result (the readers' weights are permuted to match), so its width
      follows the input in every sub-network.
    - `dense`: `concat(x, F(x))` (DenseNet layers; `concat(x0, .., xn)`
      chains are first re-associated) becomes `slice.block concat (b)
      residual(x)`: the new features, the output rows of F's last (dense)
      convolution, split into `cardinality` branches (the largest divisor
      of the growth rate not above it) that read the bottleneck b, F's
      earlier layers, which stay shared in front of the block. Sub-network k
      of the I form grows every layer by its first C_k branches' features.
    - `head`: the classifier tail (the single-input ops before each
      result, back to the last block or multi-input op) becomes
      `slice.head subnet 1 level 1`.

    What follows the branch sum: a batch_norm after the last layer
    normalises the sum, so it stays after the block (a block without
    `residual`, then batch_norm, then the add of the shortcut): `--inclusive`
    makes it per-sub-network. Where BatchNorm was folded into the last
    layer (a bias), the bias moves into an inserted batch_norm that is
    exactly the identity in inference (scale 1, mean 0, variance 1 - eps,
    eps = 2^-17), so it is added once and the I-form still gets a
    per-sub-network BatchNorm there. Without either, the shortcut becomes
    the block's `residual`.

    A chain stays flat when its first layer reads the model input
    (MobileNetV2's first block, together with the stem), when a layer is
    grouped at either end, when a bias precedes the BatchNorm of the sum,
    or when its middle width has no divisor in [2, cardinality]. Blocks do
    not nest: a concat path holding a block stays flat.

    Every candidate gets a remark (raised, or left flat and why) and the
    function a one-line summary; unrecognised graphs stay flat. Only bad
    options, and a reader that cannot follow a pass-through residual's new
    channel order (named in the error), are errors.

    Before (a ResNeXt block with folded BatchNorm, 2 groups):
    ```mlir
    %a = slice.conv2d %x, %w1, %b1 : tensor<?x8x8x8xf32>, tensor<4x8x1x1xf32>, tensor<4xf32>
    %r = slice.relu %a : tensor<?x4x8x8xf32>
    %c = slice.conv2d %r, %w2, %b2 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : ...
    %q = slice.relu %c : tensor<?x4x8x8xf32>
    %o = slice.conv2d %q, %w3, %b3 : tensor<?x4x8x8xf32>, tensor<8x4x1x1xf32>, tensor<8xf32>
    %s = slice.add %o, %x : tensor<?x8x8x8xf32>
    %y = slice.relu %s : tensor<?x8x8x8xf32>
    ```
    After:
    ```mlir
    %blk = slice.block add(%x : tensor<?x8x8x8xf32>) {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w1 = slice.get_param @conv1.weight.branch1 : tensor<2x8x1x1xf32>
      ...  // rows 0..1 of conv1, group 1 of conv2, columns 0..1 of conv3
      slice.yield %o : tensor<?x8x8x8xf32>
    }, { ... branch 2 ... }
    %n = slice.batch_norm %blk, %one, %b3, %zero, %var {epsilon = 7.62939453125E-6 : f64} : ...
    %s = slice.add %n, %x : tensor<?x8x8x8xf32>
    %y = slice.relu %s : tensor<?x8x8x8xf32>
    ```
  }];
  let options = [
    Option<"cardinality", "cardinality", "int64_t", /*default=*/"8",
           "Branches of blocks whose middle layers are not grouped (the "
           "largest divisor of the middle width not above it; >= 1)">,
    ListOption<"patterns", "patterns", "std::string",
               "Patterns to raise: residual, grouped, mlp, concat, dense, "
               "head (default: all)">
  ];
}

def SliceFuseBranches : Pass<"slice-fuse-branches", "ModuleOp"> {
  let summary = "Run identical branches as one grouped chain of layers";
  let description = [{
    Branches of a block with the same chain of layers (a dense convolution
    first; then convolutions, BatchNorms, activations) that read the same
    channels of the block's input and land in the same channel group become
    one branch: first layers stacked along their output rows, middle layers
    grouped, and an add block's last layers side by side along their input
    columns, so one convolution computes the branches' sum (a concat
    block's last layers are grouped and its runs of consecutive branches
    fuse). The fused weights are `slice.param_concat` of the members', so
    the model still reads, trains and checkpoints its own parameters, and
    computes the same function. Blocks of the I form
    (`subnet_branches`) are left alone: specialise first. This is what
    makes the thin branches of the paper's models run at the speed of a
    grouped convolution in every backend.

    Before (two branches of one add block):
    ```mlir
    %y = slice.block add(%x : tensor<?x8x8x8xf32>) {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w1 = slice.get_param @b1.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
      %w2 = slice.get_param @b1.conv2 : tensor<8x2x1x1xf32>
      %o = slice.conv2d %a, %w2 : tensor<?x2x8x8xf32>, tensor<8x2x1x1xf32>
      slice.yield %o : tensor<?x8x8x8xf32>
    }, {
      ... the same with @b2.conv1, @b2.conv2
    }
    ```
    After:
    ```mlir
    %y = slice.block add(%x : tensor<?x8x8x8xf32>) {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w1 = slice.get_param @b1.conv1 : tensor<2x8x1x1xf32>
      %v1 = slice.get_param @b2.conv1 : tensor<2x8x1x1xf32>
      %c1 = slice.param_concat %w1, %v1 {axis = 0 : i64} : tensor<2x8x1x1xf32>, tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %c1 : tensor<?x8x8x8xf32>, tensor<4x8x1x1xf32>
      %w2 = slice.get_param @b1.conv2 : tensor<8x2x1x1xf32>
      %v2 = slice.get_param @b2.conv2 : tensor<8x2x1x1xf32>
      %c2 = slice.param_concat %w2, %v2 {axis = 1 : i64} : tensor<8x2x1x1xf32>, tensor<8x2x1x1xf32>
      %o = slice.conv2d %a, %c2 : tensor<?x4x8x8xf32>, tensor<8x4x1x1xf32>
      slice.yield %o : tensor<?x8x8x8xf32>
    }
    ```
  }];
}

def SliceFlattenBlocks : Pass<"slice-flatten-blocks", "ModuleOp"> {
  let summary = "Write out what every block and head computes as flat ops";
  let description = [{
    The one definition of `slice.block` and `slice.head`: every branch is
    inlined on the block's inputs and the aggregation is written out. An add
    block sums its residual and branches; with a `partition` (the IS form)
    channel group g is the residual's group g plus the branches of group g,
    each computed at the group's width only; a concat block concatenates,
    group by group, the residual's share of the group and the group's
    branches. Heads are inlined and the function results they computed
    keep their sub-network and label level as `slice.subnet` /
    `slice.level` result attributes. Channel slices of concatenations then
    read only the parts they overlap, so what a thin head does not need is
    no longer computed for it. The runtime, the linalg lowering and ONNX
    export run the result (after --slice-fuse-branches); an I-form block
    runs different branches per sub-network and is an error: extract a
    sub-network first (`--extract-subnet=k=<k>`).

    Before (IS form, K = 2):
    ```mlir
    %y = slice.block add(%p : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1, 2>} {
      ... branch 1 yields tensor<?x4x8x8xf32> (%o1), branch 2 (%o2)
    }
    ```
    After:
    ```mlir
    ... branch 1 inlined, computing %o1; branch 2, computing %o2
    %r1 = slice.channel_slice %x {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
    %g1 = slice.add %r1, %o1 : tensor<?x4x8x8xf32>
    %r2 = slice.channel_slice %x {offset = 4 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
    %g2 = slice.add %r2, %o2 : tensor<?x4x8x8xf32>
    %y = slice.concat %g1, %g2 : tensor<?x4x8x8xf32>, tensor<?x4x8x8xf32>
    ```
  }];
}

def SliceMaterialiseParams : Pass<"slice-materialise-params", "ModuleOp"> {
  let summary = "Fold parameter views and concatenations into new parameters";
  let description = [{
    `slice.param_slice` and `slice.param_concat` over parameters with stored
    values become reads of new parameters holding their values (equal
    expressions share one; a concatenation is named `<first>.fused`), and
    parameters nothing reads are erased: deployed code then reads plain
    weights instead of recomputing them per call. Expressions over
    parameters without stored values stay.

    Before:
    ```mlir
    slice.param @a : tensor<2xf32> init(zeros) = dense<[1.0, 2.0]> : tensor<2xf32>
    slice.param @b : tensor<2xf32> init(zeros) = dense<[3.0, 4.0]> : tensor<2xf32>
    ...
    %c = slice.param_concat %a, %b {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    ```
    After:
    ```mlir
    slice.param @a.fused : tensor<4xf32> init(zeros) = dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
    ...
    %c = slice.get_param @a.fused : tensor<4xf32>
    ```
  }];
}

def SliceAnytimeSteps : Pass<"anytime-steps", "ModuleOp"> {
  let summary = "Split an interruptible model into K steps that grow sub-network k into k+1";
  let description = [{
    Replaces the model function by `@step1` .. `@stepK`. Step 1 computes
    sub-network 1 from the image; step k+1 takes the image and the state
    step k returned and computes only what sub-network k+1 adds: in the IS
    form channel group k+1 of every layer, in a shallow-exit model the next
    blocks. It returns head k+1's outputs (tagged `slice.subnet`,
    `slice.level`) and the new state: the channels computed so far of every
    feature later steps read (tagged `slice.state = <id>`, the same id in
    every step). Each step carries `slice.step_macs` (what it computes per
    image) and `slice.step_head_macs` (the part only its own answer needs):
    growing 1 -> K computes exactly sub-network K's multiply-adds plus the
    earlier heads. The steps are derived from the flat model
    (--slice-fuse-branches, --slice-flatten-blocks) by one analysis, the
    channels each sub-network reads of every value. An I-form model is an
    error: its sub-networks share no features (paper section 3.2).

    Before (IS form, K = 2, flattened):
    ```mlir
    func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x4x8x8xf32> {slice.subnet = 1 ...},
                                                     tensor<?x8x8x8xf32> {slice.subnet = 2 ...})
    ```
    After:
    ```mlir
    func.func @step1(%x: tensor<?x8x8x8xf32>)
        -> (tensor<?x4x8x8xf32> {slice.subnet = 1 ...}, tensor<?x4x8x8xf32> {slice.state = 0 : i64})
        attributes {slice.step = 1 : i64, slice.step_macs = ..., slice.step_head_macs = ...}
    func.func @step2(%x: tensor<?x8x8x8xf32>, %s: tensor<?x4x8x8xf32> {slice.state = 0 : i64})
        -> (tensor<?x8x8x8xf32> {slice.subnet = 2 ...})
        attributes {slice.step = 2 : i64, ...}
    ```
  }];
}

#endif // SLICE_TRANSFORMS_PASSES_TD
