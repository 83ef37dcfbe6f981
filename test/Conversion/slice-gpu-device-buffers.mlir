// RUN: slice-opt %s --slice-gpu-device-buffers | FileCheck %s

// Host allocations of intermediate buffers become device memory; code in a
// gpu.launch is left alone.
// CHECK-LABEL: func.func @buffers(
// CHECK:         %[[A:.*]] = gpu.alloc  (%{{.*}}) : memref<?x8xf32>
// CHECK:         %[[B:.*]] = gpu.alloc  () : memref<4xf32>
// CHECK:         gpu.launch
// CHECK:           memref.alloca() : memref<2xf32>
// CHECK:         gpu.dealloc  %[[A]] : memref<?x8xf32>
// CHECK:         gpu.dealloc  %[[B]] : memref<4xf32>
// CHECK-NOT:     memref.alloc(
// CHECK-NOT:     memref.dealloc
func.func @buffers(%n: index) {
  %c1 = arith.constant 1 : index
  %a = memref.alloc(%n) : memref<?x8xf32>
  %b = memref.alloc() : memref<4xf32>
  gpu.launch blocks(%bx, %by, %bz) in (%x = %c1, %y = %c1, %z = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %t = memref.alloca() : memref<2xf32>
    gpu.terminator
  }
  memref.dealloc %a : memref<?x8xf32>
  memref.dealloc %b : memref<4xf32>
  return
}
