

// Parameter expressions: a view (row, then leading entries) and a
// concatenation along an axis.
// CHECK-LABEL: func.func @param_exprs(
// CHECK: slice.param_slice %{{.*}} {row = 1 : i64, sizes = array<i64: 3>} : tensor<2x4xf32>
// CHECK: slice.param_slice %{{.*}} {sizes = array<i64: 8, 2, 3, 3>} : tensor<8x4x3x3xf32>
// CHECK: slice.param_concat %{{.*}}, %{{.*}} {axis = 1 : i64} : tensor<8x4x3x3xf32>, tensor<8x4x3x3xf32>
// CHECK: slice.param_slice %{{.*}} {offsets = array<i64: 4, 0, 0, 0>, sizes = array<i64: 4, 4, 3, 3>} : tensor<8x4x3x3xf32>
func.func @param_exprs(%bn: tensor<2x4xf32>, %w: tensor<8x4x3x3xf32>)
    -> (tensor<3xf32>, tensor<8x2x3x3xf32>, tensor<8x8x3x3xf32>, tensor<4x4x3x3xf32>) {
  %r = slice.param_slice %bn {row = 1 : i64, sizes = array<i64: 3>} : tensor<2x4xf32>
  %l = slice.param_slice %w {sizes = array<i64: 8, 2, 3, 3>} : tensor<8x4x3x3xf32>
  %c = slice.param_concat %w, %w {axis = 1 : i64} : tensor<8x4x3x3xf32>, tensor<8x4x3x3xf32>
  %g = slice.param_slice %w {offsets = array<i64: 4, 0, 0, 0>, sizes = array<i64: 4, 4, 3, 3>} : tensor<8x4x3x3xf32>
  return %r, %l, %c, %g : tensor<3xf32>, tensor<8x2x3x3xf32>, tensor<8x8x3x3xf32>, tensor<4x4x3x3xf32>
}

