// RUN: slice-opt %s --split-input-file --slice-gpu-map-parallel-loops=block-size=128 | FileCheck %s
// RUN: slice-opt %s --split-input-file --slice-gpu-map-parallel-loops=block-size=128 --convert-parallel-loops-to-gpu --canonicalize | FileCheck %s --check-prefix=LAUNCH
// RUN: not slice-opt %s --slice-gpu-map-parallel-loops=block-size=2048 2>&1 | FileCheck %s --check-prefix=SIZE

// SIZE: error: block-size must be in [1, 1024], got 2048

// A 4-D loop nest (a convolution after --convert-linalg-to-parallel-loops)
// becomes one flat index space of N*8*4*4 elements, tiled by 128: tiles
// map to blocks, elements to threads, and the reduction stays a loop in
// the thread.
// CHECK-LABEL: func.func @conv_loops(
// CHECK:         %[[N:.*]] = memref.dim %arg0, %c0
// CHECK:         %[[T0:.*]] = arith.muli %{{.*}}, %[[N]] : index
// CHECK:         %[[T1:.*]] = arith.muli %[[T0]], %{{.*}} : index
// CHECK:         %[[T2:.*]] = arith.muli %[[T1]], %{{.*}} : index
// CHECK:         %[[TOTAL:.*]] = arith.muli %[[T2]], %{{.*}} : index
// CHECK:         %[[C128:.*]] = arith.constant 128 : index
// CHECK:         %[[STEP:.*]] = arith.muli %{{.*}}, %[[C128]] : index
// CHECK:         scf.parallel (%[[B:.*]]) = (%{{.*}}) to (%[[TOTAL]]) step (%[[STEP]]) {
// CHECK:           scf.parallel (%[[T:.*]]) = (%{{.*}}) to (%[[STEP]]) step (%{{.*}}) {
// CHECK:             %[[I:.*]] = arith.addi %[[T]], %[[B]] : index
// CHECK:             %[[IN:.*]] = arith.cmpi ult, %{{.*}}, %[[TOTAL]] : index
// CHECK:             scf.if
// CHECK:               arith.remsi %[[I]]
// CHECK:               scf.for
// CHECK:           } {mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
// CHECK:         } {mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}

// One launch: ceil(total / 128) blocks of 128 threads.
// LAUNCH-LABEL: func.func @conv_loops(
// LAUNCH:         %[[GRID:.*]] = affine.apply #{{.*}}()[%{{.*}}]
// LAUNCH:         gpu.launch blocks(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %[[GRID]], %{{.*}} = %c1, %{{.*}} = %c1) threads(%{{.*}}, %{{.*}}, %{{.*}}) in (%{{.*}} = %c128, %{{.*}} = %c1, %{{.*}} = %c1)
// LAUNCH:           scf.for
// LAUNCH:           gpu.terminator
func.func @conv_loops(%x: memref<?x4x6x6xf32>, %w: memref<8x4x3x3xf32>, %y: memref<?x8x4x4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %n = memref.dim %x, %c0 : memref<?x4x6x6xf32>
  scf.parallel (%i, %f, %h, %v) = (%c0, %c0, %c0, %c0) to (%n, %c8, %c4, %c4) step (%c1, %c1, %c1, %c1) {
    scf.for %c = %c0 to %c4 step %c1 {
      %a = memref.load %x[%i, %c, %h, %v] : memref<?x4x6x6xf32>
      %b = memref.load %w[%f, %c, %c0, %c0] : memref<8x4x3x3xf32>
      %o = memref.load %y[%i, %f, %h, %v] : memref<?x8x4x4xf32>
      %m = arith.mulf %a, %b : f32
      %s = arith.addf %o, %m : f32
      memref.store %s, %y[%i, %f, %h, %v] : memref<?x8x4x4xf32>
    }
    scf.reduce
  }
  return
}

// -----

// A 1-D loop with a non-unit start and step is tiled as it is; loops that
// are already mapped are left alone.
// CHECK-LABEL: func.func @one_dim(
// CHECK:         scf.parallel (%{{.*}}) = (%c2) to (%c100) step (%{{.*}}) {
// CHECK:           scf.parallel (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step (%c3) {
// CHECK:           {mapping = [#gpu.loop_dim_map<processor = thread_x
// CHECK:         {mapping = [#gpu.loop_dim_map<processor = block_x
// CHECK:         scf.parallel {{.*}} {
// CHECK-NEXT:      memref.store
// CHECK-NEXT:      scf.reduce
// CHECK-NEXT:    } {mapping = [#gpu.loop_dim_map<processor = sequential
func.func @one_dim(%y: memref<100xf32>) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c100 = arith.constant 100 : index
  %f = arith.constant 1.0 : f32
  scf.parallel (%i) = (%c2) to (%c100) step (%c3) {
    memref.store %f, %y[%i] : memref<100xf32>
    scf.reduce
  }
  scf.parallel (%i) = (%c0) to (%c100) step (%c3) {
    memref.store %f, %y[%i] : memref<100xf32>
    scf.reduce
  } {mapping = [#gpu.loop_dim_map<processor = sequential, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
  return
}
