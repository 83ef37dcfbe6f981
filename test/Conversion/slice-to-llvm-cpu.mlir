// RUN: slice-opt %s --slice-to-llvm-cpu | FileCheck %s
// RUN: slice-opt %s "--slice-to-llvm-cpu=k=all" | FileCheck %s --check-prefix=ALL

// The CPU path ends in the LLVM dialect: loops over memrefs, the output an
// out-parameter after the image and the parameters, a C interface whose
// arguments keep the slice.param tags, and no runtime helpers (copies are
// loops; only malloc/free for intermediate buffers).
// CHECK-NOT:   memrefCopy
// CHECK:       llvm.func @forward(
// CHECK-NOT:   memrefCopy
// CHECK:       llvm.func @_mlir_ciface_forward(%{{.*}}: !llvm.ptr {slice.input}, %{{.*}}: !llvm.ptr {slice.param = "proj"}, %{{.*}}: !llvm.ptr)
// CHECK-SAME:    attributes {llvm.emit_c_interface
// CHECK:         llvm.call @forward(
// CHECK-NOT:   slice.
// CHECK-NOT:   memref.
// CHECK-NOT:   linalg.

// ALL: llvm.func @_mlir_ciface_forward_k1(%{{.*}}: !llvm.ptr {slice.input}, %{{.*}}: !llvm.ptr {slice.param = "proj"}, %{{.*}}: !llvm.ptr)
// ALL: llvm.func @_mlir_ciface_forward_k2(%{{.*}}: !llvm.ptr {slice.input}, %{{.*}}: !llvm.ptr {slice.param = "proj"}, %{{.*}}: !llvm.ptr)
module @projection attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @proj : tensor<16x8x1x1xf32> init(msra)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x16x4x4xf32> {
    %w = slice.get_param @proj : tensor<16x8x1x1xf32>
    %p = slice.avg_pool %x {kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 1, 1>, count_include_pad = false} : tensor<?x8x8x8xf32>
    %y = slice.conv2d %p, %w {strides = array<i64: 2, 2>,
        block_sparse = #slice.block_sparse<in = [4, 4], out = [8, 8], mask = [1, 0, 1, 1]>}
        : tensor<?x8x8x8xf32>, tensor<16x8x1x1xf32>
    return %y : tensor<?x16x4x4xf32>
  }
}
