

// Concat blocks with a grouped layout: group by group, the residual's share
// (partition minus the group's branches) and then the group's branches. In
// a plain model (an extracted sub-network) any number of groups.

// CHECK-LABEL: func.func @block_concat_grouped(
// CHECK: slice.block concat(%{{.*}} : tensor<?x6x8x8xf32>) residual(%{{.*}} : tensor<?x6x8x8xf32>) attributes {branch_groups = array<i64: 1, 3, 3>, partition = array<i64: 4, 2, 6>} {
// CHECK: slice.block concat(%{{.*}} : tensor<?x6x8x8xf32>) attributes {branch_groups = array<i64: 1, 2>, partition = array<i64: 2, 4>} {
func.func @block_concat_grouped(%x: tensor<?x6x8x8xf32>) -> (tensor<?x12x8x8xf32>, tensor<?x6x8x8xf32>) {
  // Residual groups r = [4 - 2, 2, 6 - 4] = [2, 2, 2].
  %0 = slice.block concat (%x : tensor<?x6x8x8xf32>) residual(%x : tensor<?x6x8x8xf32>) attributes {partition = array<i64: 4, 2, 6>, branch_groups = array<i64: 1, 3, 3>} {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x2x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 3 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x3x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 1 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x1x8x8xf32>
  }
  // Without a residual the groups are the branches'.
  %1 = slice.block concat (%x : tensor<?x6x8x8xf32>) attributes {partition = array<i64: 2, 4>, branch_groups = array<i64: 1, 2>} {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x2x8x8xf32>
  }, {
  ^bb0(%in: tensor<?x6x8x8xf32>):
    %s = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x6x8x8xf32>
    slice.yield %s : tensor<?x4x8x8xf32>
  }
  return %0, %1 : tensor<?x12x8x8xf32>, tensor<?x6x8x8xf32>
}

