

// concat along channels; a static extent in another input refines a dynamic one.

// CHECK-LABEL: func.func @concat(
// CHECK: %[[C0:.*]] = slice.concat %{{.*}}, %{{.*}} : tensor<?x16x8x8xf32>, tensor<?x8x8x8xf32>
// CHECK: %[[C1:.*]] = slice.concat %{{.*}}, %{{.*}}, %{{.*}} : tensor<?x16x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x4x8x8xf32>
// CHECK: %[[C2:.*]] = slice.concat %{{.*}} : tensor<4x8x8x8xf32>
// CHECK: %[[C3:.*]] = slice.concat %{{.*}}, %{{.*}} : tensor<?x16xf32>, tensor<?x3xf32>
// CHECK: return %[[C0]], %[[C1]], %[[C2]], %[[C3]] : tensor<?x24x8x8xf32>, tensor<4x28x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x19xf32>
func.func @concat(%a: tensor<?x16x8x8xf32>, %b: tensor<?x8x8x8xf32>, %c: tensor<4x8x8x8xf32>, %d: tensor<?x4x8x8xf32>, %e: tensor<?x16xf32>, %f: tensor<?x3xf32>)
    -> (tensor<?x24x8x8xf32>, tensor<4x28x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x19xf32>) {
  %0 = slice.concat %a, %b : tensor<?x16x8x8xf32>, tensor<?x8x8x8xf32>
  %1 = slice.concat %a, %c, %d : tensor<?x16x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x4x8x8xf32>
  %2 = slice.concat %c : tensor<4x8x8x8xf32>
  %3 = slice.concat %e, %f : tensor<?x16xf32>, tensor<?x3xf32>
  return %0, %1, %2, %3 : tensor<?x24x8x8xf32>, tensor<4x28x8x8xf32>, tensor<4x8x8x8xf32>, tensor<?x19xf32>
}

