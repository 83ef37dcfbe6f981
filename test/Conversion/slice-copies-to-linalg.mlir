// RUN: slice-opt %s --slice-copies-to-linalg | FileCheck %s

// CHECK-LABEL: func.func @copies(
// CHECK-SAME:    %[[X:.*]]: memref<2x3x4x4xf32>, %[[Y:.*]]: memref<2x3x6x6xf32>
// CHECK:         %[[S:.*]] = memref.subview %[[Y]][0, 0, 1, 1] [2, 3, 4, 4] [1, 1, 1, 1]
// CHECK:         linalg.copy ins(%[[X]] : memref<2x3x4x4xf32>) outs(%[[S]] : memref<2x3x4x4xf32, strided<[108, 36, 6, 1], offset: 7>>)
// CHECK-NOT:     memref.copy
func.func @copies(%x: memref<2x3x4x4xf32>, %y: memref<2x3x6x6xf32>) {
  %s = memref.subview %y[0, 0, 1, 1] [2, 3, 4, 4] [1, 1, 1, 1]
      : memref<2x3x6x6xf32> to memref<2x3x4x4xf32, strided<[108, 36, 6, 1], offset: 7>>
  memref.copy %x, %s : memref<2x3x4x4xf32> to memref<2x3x4x4xf32, strided<[108, 36, 6, 1], offset: 7>>
  return
}
