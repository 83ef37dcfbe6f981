

// pad_channels (one group and per group) and channel_slice.

// CHECK-LABEL: func.func @channels(
// CHECK: %[[P0:.*]] = slice.pad_channels %{{.*}} {pads = array<i64: 16>} : tensor<?x16x8x8xf32>
// CHECK: %[[P1:.*]] = slice.pad_channels %{{.*}} {groups = array<i64: 4, 12>, pads = array<i64: 4, 0>} : tensor<?x16x8x8xf32>
// CHECK: %[[P2:.*]] = slice.pad_channels %{{.*}} {pads = array<i64: 0>} : tensor<3x16xf32>
// CHECK: %[[S0:.*]] = slice.channel_slice %{{.*}} {offset = 0 : i64, size = 4 : i64} : tensor<?x16x8x8xf32>
// CHECK: %[[S1:.*]] = slice.channel_slice %{{.*}} {offset = 4 : i64, size = 12 : i64} : tensor<?x16x8x8xf32>
// CHECK: %[[S2:.*]] = slice.channel_slice %{{.*}} {offset = 0 : i64, size = 16 : i64} : tensor<3x16xf32>
// CHECK: return %[[P0]], %[[P1]], %[[P2]], %[[S0]], %[[S1]], %[[S2]] : tensor<?x32x8x8xf32>, tensor<?x20x8x8xf32>, tensor<3x16xf32>, tensor<?x4x8x8xf32>, tensor<?x12x8x8xf32>, tensor<3x16xf32>
func.func @channels(%x: tensor<?x16x8x8xf32>, %v: tensor<3x16xf32>)
    -> (tensor<?x32x8x8xf32>, tensor<?x20x8x8xf32>, tensor<3x16xf32>, tensor<?x4x8x8xf32>, tensor<?x12x8x8xf32>, tensor<3x16xf32>) {
  %0 = slice.pad_channels %x {pads = array<i64: 16>} : tensor<?x16x8x8xf32>
  %1 = slice.pad_channels %x {groups = array<i64: 4, 12>, pads = array<i64: 4, 0>} : tensor<?x16x8x8xf32>
  %2 = slice.pad_channels %v {pads = array<i64: 0>} : tensor<3x16xf32>
  %3 = slice.channel_slice %x {offset = 0 : i64, size = 4 : i64} : tensor<?x16x8x8xf32>
  %4 = slice.channel_slice %x {offset = 4 : i64, size = 12 : i64} : tensor<?x16x8x8xf32>
  %5 = slice.channel_slice %v {offset = 0 : i64, size = 16 : i64} : tensor<3x16xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<?x32x8x8xf32>, tensor<?x20x8x8xf32>, tensor<3x16xf32>, tensor<?x4x8x8xf32>, tensor<?x12x8x8xf32>, tensor<3x16xf32>
}

