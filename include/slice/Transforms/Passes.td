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

#endif // SLICE_TRANSFORMS_PASSES_TD
