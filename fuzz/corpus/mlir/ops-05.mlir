

// Elementwise ops: relu, clip, add.

// CHECK-LABEL: func.func @elementwise(
// CHECK: %[[R:.*]] = slice.relu %{{.*}} : tensor<?x8x4x4xf32>
// CHECK: %[[C:.*]] = slice.clip %[[R]] {max = 6.000000e+00 : f64, min = 0.000000e+00 : f64} : tensor<?x8x4x4xf32>
// CHECK: %[[E:.*]] = slice.clip %[[C]] {max = 1.000000e+00 : f64, min = 1.000000e+00 : f64} : tensor<?x8x4x4xf32>
// CHECK: %[[A:.*]] = slice.add %[[E]], %{{.*}} : tensor<?x8x4x4xf32>
// CHECK: return %[[A]] : tensor<?x8x4x4xf32>
func.func @elementwise(%x: tensor<?x8x4x4xf32>) -> tensor<?x8x4x4xf32> {
  %0 = slice.relu %x : tensor<?x8x4x4xf32>
  %1 = slice.clip %0 {min = 0.0 : f64, max = 6.0 : f64} : tensor<?x8x4x4xf32>
  %2 = slice.clip %1 {min = 1.0 : f64, max = 1.0 : f64} : tensor<?x8x4x4xf32>
  %3 = slice.add %2, %x : tensor<?x8x4x4xf32>
  return %3 : tensor<?x8x4x4xf32>
}

