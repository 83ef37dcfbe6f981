//===- Passes.td - slice code generation passes ------------*- tablegen -*-===//
//
// The passes of the code generation pipelines (--slice-to-llvm-cpu,
// --slice-to-nvvm; slice/Conversion/Pipelines.h).
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_CONVERSION_PASSES_TD
#define SLICE_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertSliceToLinalg : Pass<"convert-slice-to-linalg", "ModuleOp"> {
  let summary = "Lower a slice model to linalg/tensor/arith on tensors";
  let description = [{
    The entry of code generation (`--slice-to-llvm-cpu`, `--slice-to-nvvm`).
    NCHW throughout; channels and spatial sizes must be static, the batch
    may be dynamic.

    - `conv2d`: `linalg.conv_2d_nchw_fchw`, or with `groups = g`
      `linalg.conv_2d_ngchw_gfchw` on `tensor.expand_shape`d operands;
      padding is a `tensor.pad`; the accumulator starts as the broadcast
      bias. A `block_sparse` convolution emits, per output group, one
      convolution per *present* (output group, input group) block on
      `tensor.extract_slice`s of input and weight, accumulating in place;
      absent blocks emit nothing.
    - `batch_norm` (inference form, running statistics), `relu`, `clip`,
      `add`: elementwise `linalg.generic` (fusable).
    - `max_pool` / `avg_pool`: `linalg.pooling_nchw_max` / `_sum` over the
      input padded with -inf / 0, ceil-mode overhang included; the average
      divisor follows PyTorch (`count_include_pad`, asymmetric padding) and
      is computed from the output position when border windows differ.
      `global_avg_pool`: a reduction `linalg.generic` and a scaling.
    - `flatten`: `tensor.collapse_shape`; `linear`: `linalg.matmul` reading
      the `out x in` weight through a transposed indexing map; `concat`,
      `pad_channels`: `tensor.insert_slice`s; `channel_slice`:
      `tensor.extract_slice`.
    - `block`, `head`: inlined. An IS block (`partition`) builds each output
      group from the residual's group and the branches assigned to it, so a
      branch is computed at its group's width only.
    - `get_param`: with `params=arguments` (default) a function argument
      tagged `slice.param = "<name>"`, appended in module order after the
      image (tagged `slice.input`); the caller feeds weights, so large models
      never inline their weights in code. With `params=constants`, an
      `arith.constant` of the stored value (an error for a parameter without
      one).

    `k=<k>` first specialises the model to sub-network k (the
    `--extract-subnet` specialisation) and emits `@forward_k<k>`; its code
    never touches branches, heads or channel groups that k does not use.
    `k=all` emits one function per k. Without `k` the model is
    lowered as it is (plain, IS with all heads in one pass, shallow exits);
    an I-form model needs `k`. Outputs carry `slice.subnet` and
    `slice.level`; parameters, taxonomy and `slice.anytime` are removed.

    Before (in an IS model, K = 2):
    ```mlir
    slice.param @w : tensor<8x8x1x1xf32> init(msra)
    func.func @forward(%x: tensor<?x8x4x4xf32>) -> tensor<?x8x4x4xf32> {
      %w = slice.get_param @w : tensor<8x8x1x1xf32>
      %y = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4],
                                out = [4, 4], mask = [1, 0, 1, 1]>}
          : tensor<?x8x4x4xf32>, tensor<8x8x1x1xf32>
      return %y : tensor<?x8x4x4xf32>
    }
    ```
    After:
    ```mlir
    func.func @forward(%x: tensor<?x8x4x4xf32> {slice.input},
                       %w: tensor<8x8x1x1xf32> {slice.param = "w"})
        -> tensor<?x8x4x4xf32> attributes {llvm.emit_c_interface, slice.subnets = 2 : i64} {
      // group 1 <- input group 1 only
      %x1 = tensor.extract_slice %x[0, 0, 0, 0] [%n, 4, 4, 4] [1, 1, 1, 1]
      %w11 = tensor.extract_slice %w[0, 0, 0, 0] [4, 4, 1, 1] [1, 1, 1, 1]
      %y1 = linalg.conv_2d_nchw_fchw ins(%x1, %w11 : ...) outs(%zero1 : ...)
      // group 2 <- input groups 1 and 2
      %w21 = tensor.extract_slice %w[4, 0, 0, 0] [4, 4, 1, 1] [1, 1, 1, 1]
      %p = linalg.conv_2d_nchw_fchw ins(%x1, %w21 : ...) outs(%zero2 : ...)
      %x2 = tensor.extract_slice %x[0, 4, 0, 0] [%n, 4, 4, 4] [1, 1, 1, 1]
      %w22 = tensor.extract_slice %w[4, 4, 0, 0] [4, 4, 1, 1] [1, 1, 1, 1]
      %y2 = linalg.conv_2d_nchw_fchw ins(%x2, %w22 : ...) outs(%p : ...)
      %r1 = tensor.insert_slice %y1 into %empty[0, 0, 0, 0] ...
      %r = tensor.insert_slice %y2 into %r1[0, 4, 0, 0] ...
      return %r : tensor<?x8x4x4xf32>
    }
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect",
                           "::mlir::func::FuncDialect"];
  let options = [
    Option<"subnet", "k", "std::string", /*default=*/"\"\"",
           "Sub-network to lower: k (emits @forward_k<k>), 'all', or empty "
           "for the model as it is">,
    Option<"params", "params", "std::string", /*default=*/"\"arguments\"",
           "slice.get_param becomes: 'arguments' (function arguments) or "
           "'constants' (the stored values)">
  ];
}

def SliceGpuMapParallelLoops : Pass<"slice-gpu-map-parallel-loops", "func::FuncOp"> {
  let summary = "Map every outermost scf.parallel to a 1-D grid of thread blocks";
  let description = [{
    Part of `--slice-to-nvvm`. Collapses all dimensions of each outermost
    `scf.parallel` (one per linalg op after
    `--convert-linalg-to-parallel-loops`) into one flat index space, tiles it
    by `block-size`, and maps tiles to `block_x` and elements of a tile to
    `thread_x`, ready for `--convert-parallel-loops-to-gpu`. Tiles always
    have `block-size` threads; threads past the end are guarded by `scf.if`.
    Reduction loops stay sequential inside a thread, so each thread owns its
    output elements.

    Before:
    ```mlir
    scf.parallel (%n, %c, %h, %w) = (%c0, %c0, %c0, %c0) to (%N, %c8, %c8, %c8)
        step (%c1, %c1, %c1, %c1) {
      ... scf.for (reduction) ...
    }
    ```
    After (`block-size=256`):
    ```mlir
    scf.parallel (%b) = (%c0) to (%total) step (%c256) {
      scf.parallel (%t) = (%c0) to (%c256) step (%c1) {
        %i = arith.addi %t, %b : index
        %in = arith.cmpi ult, %i, %total : index
        scf.if %in { ... %i delinearised to (n, c, h, w) ... }
      } {mapping = [#gpu.loop_dim_map<processor = thread_x, ...>]}
    } {mapping = [#gpu.loop_dim_map<processor = block_x, ...>]}
    ```
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect", "::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect"];
  let options = [
    Option<"blockSize", "block-size", "int64_t", /*default=*/"256",
           "Threads per block (1..1024)">
  ];
}

def SliceGpuDeviceBuffers : Pass<"slice-gpu-device-buffers", "func::FuncOp"> {
  let summary = "Host allocations of intermediate buffers become device memory";
  let description = [{
    Part of `--slice-to-nvvm`, after bufferization. Outside GPU code,
    `memref.alloc` (host memory, which kernels cannot read) becomes
    `gpu.alloc` and `memref.dealloc` becomes `gpu.dealloc`. Only kernels
    touch intermediate buffers: the caller owns inputs, parameters and
    outputs. `--gpu-async-region` later puts them on the function's stream.

    Before:
    ```mlir
    %a = memref.alloc(%n) : memref<?x8xf32>
    memref.dealloc %a : memref<?x8xf32>
    ```
    After:
    ```mlir
    %a = gpu.alloc  (%n) : memref<?x8xf32>
    gpu.dealloc  %a : memref<?x8xf32>
    ```
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect"];
}

def SliceCopiesToLinalg : Pass<"slice-copies-to-linalg", "func::FuncOp"> {
  let summary = "memref.copy becomes linalg.copy";
  let description = [{
    Part of `--slice-to-llvm-cpu` and `--slice-to-nvvm`, after
    bufferization. Copies that bufferization introduces (a padded tensor's
    interior, results that are views) become `linalg.copy`, so they lower to
    loops (CPU) or kernels (GPU) like every other op, instead of a call to
    the `memrefCopy` runtime helper on the host.

    Before:
    ```mlir
    memref.copy %x, %sub : memref<2x3x16x16xf32> to memref<2x3x16x16xf32, strided<[972, 324, 18, 1], offset: 19>>
    ```
    After:
    ```mlir
    linalg.copy ins(%x : memref<2x3x16x16xf32>)
                outs(%sub : memref<2x3x16x16xf32, strided<[972, 324, 18, 1], offset: 19>>)
    ```
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def SliceGpuExactSqrt : Pass<"slice-gpu-exact-sqrt", "gpu::GPUModuleOp"> {
  let summary = "f32 math.sqrt in GPU code as the NVVM correctly rounded square root";
  let description = [{
    Part of `--slice-to-nvvm`, after kernel outlining. `convert-gpu-to-nvvm`
    would call libdevice's `__nv_sqrtf`, which needs libdevice linked (found
    through the CUDA toolkit path at compile time; otherwise ptxas rejects
    the unresolved function) and, with libdevice's default reflection, is
    the approximate `sqrt.approx.f32`. This pass calls the NVVM intrinsic
    instead: PTX `sqrt.rn.f32`, IEEE round-to-nearest, no libdevice.

    Before:
    ```mlir
    %s = math.sqrt %v : f32
    ```
    After:
    ```mlir
    %s = llvm.call_intrinsic "llvm.nvvm.sqrt.rn.f"(%v) : (f32) -> f32
    ```
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

#endif // SLICE_CONVERSION_PASSES_TD
