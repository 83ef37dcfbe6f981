// RUN: slice-opt %s --split-input-file --convert-slice-to-linalg | FileCheck %s

// Every slice op lowers to linalg/tensor/arith on tensors; parameters become
// tagged function arguments after the image.

// CHECK-LABEL: func.func @conv(
// CHECK-SAME:    %[[X:.*]]: tensor<2x4x8x8xf32> {slice.input}
// CHECK-SAME:    %[[W:.*]]: tensor<8x4x3x3xf32> {slice.param = "w"}
// CHECK-SAME:    %[[B:.*]]: tensor<8xf32> {slice.param = "b"}
// CHECK-SAME:    -> tensor<2x8x4x4xf32>
// CHECK-SAME:    attributes {llvm.emit_c_interface, slice.subnets = 1 : i64}
// CHECK:         %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK:         } : tensor<2x4x8x8xf32> to tensor<2x4x10x10xf32>
// The bias is the accumulator's initial value.
// CHECK:         %[[INIT:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<8xf32>) outs(%{{.*}} : tensor<2x8x4x4xf32>)
// CHECK:         %[[Y:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME:      ins(%[[P]], %[[W]] : tensor<2x4x10x10xf32>, tensor<8x4x3x3xf32>) outs(%[[INIT]] : tensor<2x8x4x4xf32>)
// CHECK:         return %[[Y]]
module {
  slice.param @w : tensor<8x4x3x3xf32> init(msra)
  slice.param @b : tensor<8xf32> init(zeros)
  func.func @conv(%x: tensor<2x4x8x8xf32>) -> tensor<2x8x4x4xf32> {
    %w = slice.get_param @w : tensor<8x4x3x3xf32>
    %b = slice.get_param @b : tensor<8xf32>
    %y = slice.conv2d %x, %w, %b {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>}
        : tensor<2x4x8x8xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>
    return %y : tensor<2x8x4x4xf32>
  }
}

// -----

// Grouped convolution (4 groups, dynamic batch, asymmetric padding,
// dilation): linalg's grouped convolution on expanded operands.
// CHECK-LABEL: func.func @grouped(
// CHECK-SAME:    %[[X:.*]]: tensor<?x8x8x8xf32> {slice.input}, %[[W:.*]]: tensor<8x2x3x3xf32> {slice.param = "w"}
// CHECK:         %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 1, 0] high[0, 0, 1, 2]
// CHECK:         } : tensor<?x8x8x8xf32> to tensor<?x8x10x10xf32>
// CHECK:         %[[N:.*]] = tensor.dim %[[P]], %c0
// CHECK:         %[[XG:.*]] = tensor.expand_shape %[[P]] {{\[}}[0], [1, 2], [3], [4]] output_shape [%[[N]], 4, 2, 10, 10]
// CHECK:         %[[WG:.*]] = tensor.expand_shape %[[W]] {{\[}}[0, 1], [2], [3], [4]] output_shape [4, 2, 2, 3, 3]
// CHECK:         %[[ACC:.*]] = tensor.expand_shape {{.*}} into tensor<?x4x2x8x6xf32>
// CHECK:         %[[Y:.*]] = linalg.conv_2d_ngchw_gfchw {dilations = dense<[1, 2]> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
// CHECK-SAME:      ins(%[[XG]], %[[WG]] : tensor<?x4x2x10x10xf32>, tensor<4x2x2x3x3xf32>) outs(%[[ACC]] : tensor<?x4x2x8x6xf32>)
// CHECK:         %[[R:.*]] = tensor.collapse_shape %[[Y]] {{\[}}[0], [1, 2], [3], [4]] : tensor<?x4x2x8x6xf32> into tensor<?x8x8x6xf32>
// CHECK:         return %[[R]]
module {
  slice.param @w : tensor<8x2x3x3xf32> init(msra)
  func.func @grouped(%x: tensor<?x8x8x8xf32>) -> tensor<?x8x8x6xf32> {
    %w = slice.get_param @w : tensor<8x2x3x3xf32>
    %y = slice.conv2d %x, %w {padding = array<i64: 1, 0, 1, 2>, groups = 4 : i64, dilations = array<i64: 1, 2>}
        : tensor<?x8x8x8xf32>, tensor<8x2x3x3xf32>
    return %y : tensor<?x8x8x6xf32>
  }
}

// -----

// Block-sparse convolution, in = [4, 4], out = [4, 8], mask [1 0; 1 1]:
// three convolutions, one per present block, on slices of input and
// weight; output group 2 accumulates both of its blocks in place. Absent
// block (1, 2) (weight rows 0..3, columns 4..7) is never read.
// CHECK-LABEL: func.func @sparse(
// CHECK-SAME:    %[[X:.*]]: tensor<2x8x4x4xf32> {slice.input}, %[[W:.*]]: tensor<12x8x1x1xf32>
// CHECK-NOT:     tensor.extract_slice %[[W]][0, 4, 0, 0]
// CHECK:         %[[X1:.*]] = tensor.extract_slice %[[X]][0, 0, 0, 0] [2, 4, 4, 4] [1, 1, 1, 1]
// CHECK:         %[[W11:.*]] = tensor.extract_slice %[[W]][0, 0, 0, 0] [4, 4, 1, 1] [1, 1, 1, 1]
// CHECK:         %[[Y1:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%[[X1]], %[[W11]] : tensor<2x4x4x4xf32>, tensor<4x4x1x1xf32>)
// CHECK:         %[[R1:.*]] = tensor.insert_slice %[[Y1]] into %{{.*}}[0, 0, 0, 0] [2, 4, 4, 4] [1, 1, 1, 1] : tensor<2x4x4x4xf32> into tensor<2x12x4x4xf32>
// CHECK-NOT:     tensor.extract_slice %[[W]][0, 4, 0, 0]
// CHECK:         %[[W21:.*]] = tensor.extract_slice %[[W]][4, 0, 0, 0] [8, 4, 1, 1] [1, 1, 1, 1]
// CHECK:         %[[P:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%{{.*}}, %[[W21]] : tensor<2x4x4x4xf32>, tensor<8x4x1x1xf32>)
// CHECK:         %[[X2:.*]] = tensor.extract_slice %[[X]][0, 4, 0, 0] [2, 4, 4, 4] [1, 1, 1, 1]
// CHECK:         %[[W22:.*]] = tensor.extract_slice %[[W]][4, 4, 0, 0] [8, 4, 1, 1] [1, 1, 1, 1]
// CHECK:         %[[Y2:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%[[X2]], %[[W22]] : {{.*}}) outs(%[[P]] : tensor<2x8x4x4xf32>)
// CHECK:         %[[R:.*]] = tensor.insert_slice %[[Y2]] into %[[R1]][0, 4, 0, 0] [2, 8, 4, 4] [1, 1, 1, 1]
// CHECK-NOT:     linalg.conv_2d_nchw_fchw
// CHECK:         return %[[R]]
module {
  slice.param @w : tensor<12x8x1x1xf32> init(msra)
  func.func @sparse(%x: tensor<2x8x4x4xf32>) -> tensor<2x12x4x4xf32> {
    %w = slice.get_param @w : tensor<12x8x1x1xf32>
    %y = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [4, 4], out = [4, 8], mask = [1, 0, 1, 1]>}
        : tensor<2x8x4x4xf32>, tensor<12x8x1x1xf32>
    return %y : tensor<2x12x4x4xf32>
  }
}

// -----

// Inference BatchNorm (running statistics, ATen's order of operations),
// ReLU, clip and add: elementwise generics; per-channel operands read
// through (n, c, h, w) -> (c).
// CHECK-DAG:   #[[CH:.*]] = affine_map<(d0, d1, d2, d3) -> (d1)>
// CHECK-DAG:   #[[ID:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
// CHECK-LABEL: func.func @elementwise(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x4x3x3xf32> {slice.input}
// CHECK:         %[[BN:.*]] = linalg.generic {indexing_maps = [#[[ID]], #[[CH]], #[[CH]], #[[CH]], #[[CH]], #[[ID]]], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
// CHECK-SAME:      ins(%[[X]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} : tensor<2x4x3x3xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK-NEXT:    ^bb0(%[[V:.*]]: f32, %[[S:.*]]: f32, %[[B:.*]]: f32, %[[M:.*]]: f32, %[[VAR:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[EPS:.*]] = arith.constant 1.000000e-03 : f32
// CHECK-NEXT:      %[[VE:.*]] = arith.addf %[[VAR]], %[[EPS]]
// CHECK-NEXT:      %[[STD:.*]] = math.sqrt %[[VE]]
// CHECK-NEXT:      %[[ONE:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:      %[[INV:.*]] = arith.divf %[[ONE]], %[[STD]]
// CHECK-NEXT:      %[[ALPHA:.*]] = arith.mulf %[[S]], %[[INV]]
// CHECK-NEXT:      %[[MA:.*]] = arith.mulf %[[M]], %[[ALPHA]]
// CHECK-NEXT:      %[[BETA:.*]] = arith.subf %[[B]], %[[MA]]
// CHECK-NEXT:      %[[XA:.*]] = arith.mulf %[[V]], %[[ALPHA]]
// CHECK-NEXT:      %[[Y:.*]] = arith.addf %[[XA]], %[[BETA]]
// CHECK-NEXT:      linalg.yield %[[Y]]
// CHECK:         %[[R:.*]] = linalg.generic {{.*}} ins(%[[BN]] : tensor<2x4x3x3xf32>)
// CHECK:           arith.constant 0.000000e+00 : f32
// CHECK-NEXT:      arith.maximumf
// CHECK:         %[[C:.*]] = linalg.generic {{.*}} ins(%[[R]] : tensor<2x4x3x3xf32>)
// CHECK:           arith.constant 0.000000e+00 : f32
// CHECK-NEXT:      %[[LO:.*]] = arith.maximumf
// CHECK-NEXT:      arith.constant 6.000000e+00 : f32
// CHECK-NEXT:      arith.minimumf %[[LO]]
// CHECK:         %[[A:.*]] = linalg.generic {{.*}} ins(%[[C]], %[[X]] : tensor<2x4x3x3xf32>, tensor<2x4x3x3xf32>)
// CHECK:           arith.addf
// CHECK:         return %[[A]]
module {
  slice.param @s : tensor<4xf32> init(ones)
  slice.param @b : tensor<4xf32> init(zeros)
  slice.param @m : tensor<4xf32> init(zeros) buffer
  slice.param @v : tensor<4xf32> init(ones) buffer
  func.func @elementwise(%x: tensor<2x4x3x3xf32>) -> tensor<2x4x3x3xf32> {
    %s = slice.get_param @s : tensor<4xf32>
    %b = slice.get_param @b : tensor<4xf32>
    %m = slice.get_param @m : tensor<4xf32>
    %v = slice.get_param @v : tensor<4xf32>
    %n = slice.batch_norm %x, %s, %b, %m, %v {epsilon = 1.0e-3 : f64} : tensor<2x4x3x3xf32>, tensor<4xf32>
    %r = slice.relu %n : tensor<2x4x3x3xf32>
    %c = slice.clip %r {min = 0.0 : f64, max = 6.0 : f64} : tensor<2x4x3x3xf32>
    %a = slice.add %c, %x : tensor<2x4x3x3xf32>
    return %a : tensor<2x4x3x3xf32>
  }
}

// -----

// Max pooling in ceil mode with asymmetric padding: -inf padding plus the
// row the last window overhangs (7 + 1 + 0 < (4 - 1) * 2 + 3).
// CHECK-LABEL: func.func @max_pool(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x2x7x10xf32> {slice.input}
// CHECK:         %[[NINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK:         %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 1, 0] high[0, 0, 1, 1]
// CHECK:           tensor.yield %[[NINF]]
// CHECK:         } : tensor<1x2x7x10xf32> to tensor<1x2x9x11xf32>
// CHECK:         %[[K:.*]] = tensor.empty() : tensor<3x2xf32>
// CHECK:         %[[INIT:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<1x2x4x4xf32>)
// CHECK:         %[[Y:.*]] = linalg.pooling_nchw_max {dilations = dense<1> : tensor<2xi64>, strides = dense<[2, 3]> : tensor<2xi64>}
// CHECK-SAME:      ins(%[[P]], %[[K]] : tensor<1x2x9x11xf32>, tensor<3x2xf32>) outs(%[[INIT]] : tensor<1x2x4x4xf32>)
// CHECK:         return %[[Y]]
func.func @max_pool(%x: tensor<1x2x7x10xf32>) -> tensor<1x2x4x4xf32> {
  %y = slice.max_pool %x {kernel = array<i64: 3, 2>, strides = array<i64: 2, 3>, padding = array<i64: 1, 0, 0, 1>, ceil_mode = true}
      : tensor<1x2x7x10xf32>
  return %y : tensor<1x2x4x4xf32>
}

// -----

// Average pooling without counting padding: the window sum, divided by the
// number of input positions each window covers, computed from the output
// position (border windows differ).
// CHECK-LABEL: func.func @avg_pool_exclude(
// Padding: the declared [1, 1, 2, 0] plus one column of ceil overhang.
// CHECK:         %[[P:.*]] = tensor.pad %{{.*}} low[0, 0, 1, 1] high[0, 0, 2, 1]
// CHECK:         %[[S:.*]] = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<[2, 3]> : tensor<2xi64>}
// CHECK-SAME:      ins(%[[P]], %{{.*}} : tensor<1x2x10x12xf32>, tensor<3x3xf32>)
// CHECK:         %[[A:.*]] = linalg.generic {{.*}} ins(%[[S]] : tensor<1x2x4x4xf32>)
// Rows: [2i - 1, 2i + 2) clipped to [0, 7) (not to the padded 9).
// CHECK:           %[[I:.*]] = linalg.index 2 : index
// CHECK:           %[[I2:.*]] = arith.muli %[[I]], %c2
// CHECK:           %[[START:.*]] = arith.subi %[[I2]], %c1
// CHECK:           arith.maxsi %[[START]], %c0
// CHECK:           %[[J:.*]] = linalg.index 3 : index
// CHECK:           %[[NI:.*]] = arith.index_cast %{{.*}} : index to i64
// CHECK:           %[[NF:.*]] = arith.sitofp %[[NI]] : i64 to f32
// CHECK:           arith.divf %{{.*}}, %[[NF]]
// CHECK:         return %[[A]]
func.func @avg_pool_exclude(%x: tensor<1x2x7x10xf32>) -> tensor<1x2x4x4xf32> {
  %y = slice.avg_pool %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 3>, padding = array<i64: 1, 1, 2, 0>, ceil_mode = true, count_include_pad = false}
      : tensor<1x2x7x10xf32>
  return %y : tensor<1x2x4x4xf32>
}

// -----

// Without padding every window has kernel-size elements: one scaling.
// CHECK-LABEL: func.func @avg_pool_uniform(
// CHECK:         %[[S:.*]] = linalg.pooling_nchw_sum {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
// CHECK-SAME:      ins(%{{.*}}, %{{.*}} : tensor<?x8x8x8xf32>, tensor<2x2xf32>) outs(%{{.*}} : tensor<?x8x4x4xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[S]] : tensor<?x8x4x4xf32>)
// CHECK:           %[[Q:.*]] = arith.constant 2.500000e-01 : f32
// CHECK-NEXT:      arith.mulf %{{.*}}, %[[Q]]
// CHECK-NOT:     linalg.index
func.func @avg_pool_uniform(%x: tensor<?x8x8x8xf32>) -> tensor<?x8x4x4xf32> {
  %y = slice.avg_pool %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x8x8x8xf32>
  return %y : tensor<?x8x4x4xf32>
}

// -----

// Global average pooling, flatten and a linear layer: a reduction over
// H and W, a scaling, the unit dimensions back, a collapse, and a matmul
// reading the out x in weight transposed; the bias initialises it.
// CHECK-DAG:   #[[MK:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG:   #[[NK:.*]] = affine_map<(d0, d1, d2) -> (d1, d2)>
// CHECK-DAG:   #[[MN:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @head_ops(
// CHECK-SAME:    %[[W:[^:]*]]: tensor<10x8xf32> {slice.param = "fc.weight"}, %[[B:[^:]*]]: tensor<10xf32> {slice.param = "fc.bias"}
// CHECK:         %[[SUM:.*]] = linalg.generic {{.*}} iterator_types = ["parallel", "parallel", "reduction", "reduction"]{{.*}} outs(%{{.*}} : tensor<?x8xf32>)
// CHECK:         %[[MEAN:.*]] = linalg.generic {{.*}} ins(%[[SUM]] : tensor<?x8xf32>)
// CHECK:           arith.constant 6.250000e-02 : f32
// CHECK:         %[[G:.*]] = tensor.expand_shape %[[MEAN]] {{\[}}[0], [1, 2, 3]] output_shape [%{{.*}}, 8, 1, 1] : tensor<?x8xf32> into tensor<?x8x1x1xf32>
// CHECK:         %[[F:.*]] = tensor.collapse_shape %[[G]] {{\[}}[0], [1, 2, 3]] : tensor<?x8x1x1xf32> into tensor<?x8xf32>
// CHECK:         %[[INIT:.*]] = linalg.generic {{.*}} ins(%[[B]] : tensor<10xf32>)
// CHECK:         %[[Y:.*]] = linalg.matmul indexing_maps = [#[[MK]], #[[NK]], #[[MN]]] ins(%[[F]], %[[W]] : tensor<?x8xf32>, tensor<10x8xf32>) outs(%[[INIT]] : tensor<?x10xf32>)
// CHECK:         return %[[Y]]
module {
  slice.param @fc.weight : tensor<10x8xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @head_ops(%x: tensor<?x8x4x4xf32>) -> tensor<?x10xf32> {
    %g = slice.global_avg_pool %x : tensor<?x8x4x4xf32>
    %f = slice.flatten %g : tensor<?x8x1x1xf32>
    %w = slice.get_param @fc.weight : tensor<10x8xf32>
    %b = slice.get_param @fc.bias : tensor<10xf32>
    %y = slice.linear %f, %w, %b : tensor<?x8xf32>, tensor<10x8xf32>, tensor<10xf32>
    return %y : tensor<?x10xf32>
  }
}

// -----

// Flatten from axis 2 and from axis 0.
// CHECK-LABEL: func.func @flatten(
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2, 3]] : tensor<2x3x4x5xf32> into tensor<6x20xf32>
// CHECK:         %[[ALL:.*]] = tensor.collapse_shape %{{.*}} {{\[}}[0, 1, 2, 3]] : tensor<2x3x4x5xf32> into tensor<120xf32>
// CHECK:         tensor.expand_shape %[[ALL]] {{\[}}[0, 1]] output_shape [1, 120] : tensor<120xf32> into tensor<1x120xf32>
func.func @flatten(%x: tensor<2x3x4x5xf32>) -> (tensor<6x20xf32>, tensor<1x120xf32>) {
  %a = slice.flatten %x {axis = 2 : i64} : tensor<2x3x4x5xf32>
  %b = slice.flatten %x {axis = 0 : i64} : tensor<2x3x4x5xf32>
  return %a, %b : tensor<6x20xf32>, tensor<1x120xf32>
}

// -----

// Concat, grouped channel padding ([x1, 0, x2, 0]) and channel slices:
// insert_slice / extract_slice at the channel offsets.
// CHECK-LABEL: func.func @channels(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<?x4x2x2xf32> {slice.input}, %[[Y:[^:]*]]: tensor<?x2x2x2xf32>
// CHECK:         %[[E:.*]] = tensor.empty(%{{.*}}) : tensor<?x6x2x2xf32>
// CHECK:         %[[C1:.*]] = tensor.insert_slice %[[X]] into %[[E]][0, 0, 0, 0] [%{{.*}}, 4, 2, 2] [1, 1, 1, 1]
// CHECK:         %[[C:.*]] = tensor.insert_slice %[[Y]] into %[[C1]][0, 4, 0, 0] [%{{.*}}, 2, 2, 2] [1, 1, 1, 1]
// CHECK:         %[[Z:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%{{.*}} : tensor<?x8x2x2xf32>)
// CHECK:         %[[G1:.*]] = tensor.extract_slice %[[X]][0, 0, 0, 0] [%{{.*}}, 2, 2, 2] [1, 1, 1, 1]
// CHECK:         %[[P1:.*]] = tensor.insert_slice %[[G1]] into %[[Z]][0, 0, 0, 0] [%{{.*}}, 2, 2, 2]
// CHECK:         %[[G2:.*]] = tensor.extract_slice %[[X]][0, 2, 0, 0] [%{{.*}}, 2, 2, 2] [1, 1, 1, 1]
// CHECK:         %[[P:.*]] = tensor.insert_slice %[[G2]] into %[[P1]][0, 4, 0, 0] [%{{.*}}, 2, 2, 2]
// A slice of a concatenation reads the parts it overlaps (flattening
// simplifies it before the lowering).
// CHECK:         %[[S1:.*]] = tensor.extract_slice %[[X]][0, 3, 0, 0] [%{{.*}}, 1, 2, 2] [1, 1, 1, 1] : tensor<?x4x2x2xf32> to tensor<?x1x2x2xf32>
// CHECK:         %[[S2:.*]] = tensor.extract_slice %[[Y]][0, 0, 0, 0] [%{{.*}}, 1, 2, 2] [1, 1, 1, 1] : tensor<?x2x2x2xf32> to tensor<?x1x2x2xf32>
// CHECK:         %[[S3:.*]] = tensor.insert_slice %[[S1]] into %{{.*}}[0, 0, 0, 0]
// CHECK:         %[[S:.*]] = tensor.insert_slice %[[S2]] into %[[S3]][0, 1, 0, 0]
// CHECK:         return %[[C]], %[[P]], %[[S]]
func.func @channels(%x: tensor<?x4x2x2xf32>, %y: tensor<?x2x2x2xf32>)
    -> (tensor<?x6x2x2xf32>, tensor<?x8x2x2xf32>, tensor<?x2x2x2xf32>) {
  %c = slice.concat %x, %y : tensor<?x4x2x2xf32>, tensor<?x2x2x2xf32>
  %p = slice.pad_channels %x {groups = array<i64: 2, 2>, pads = array<i64: 2, 2>} : tensor<?x4x2x2xf32>
  %s = slice.channel_slice %c {offset = 3 : i64, size = 2 : i64} : tensor<?x6x2x2xf32>
  return %c, %p, %s : tensor<?x6x2x2xf32>, tensor<?x8x2x2xf32>, tensor<?x2x2x2xf32>
}

// -----

// A plain block: branches inlined, residual and branch outputs summed
// (one generic per add, which linalg's elementwise fusion merges in the
// code generation pipelines); a head is inlined too and its output tagged.
// CHECK-LABEL: func.func @plain_block(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x4x2x2xf32> {slice.input}, %[[W1:[^:]*]]: tensor<4x4x1x1xf32> {slice.param = "w1"}, %[[W2:[^:]*]]: tensor<4x4x1x1xf32> {slice.param = "w2"}
// CHECK-SAME:    -> (tensor<2x4x2x2xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64})
// CHECK-NOT:     = slice.
// CHECK:         %[[B1:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%[[X]], %[[W1]]
// CHECK:         %[[B2:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%[[X]], %[[W2]]
// CHECK:         %[[S:.*]] = linalg.generic {{.*}} ins(%[[X]], %[[B1]] : tensor<2x4x2x2xf32>, tensor<2x4x2x2xf32>)
// CHECK:           arith.addf
// CHECK:         %[[Y:.*]] = linalg.generic {{.*}} ins(%[[S]], %[[B2]] : tensor<2x4x2x2xf32>, tensor<2x4x2x2xf32>)
// CHECK:           arith.addf
// CHECK:         %[[H:.*]] = linalg.generic {{.*}} ins(%[[Y]] : tensor<2x4x2x2xf32>)
// CHECK:           arith.maximumf
// CHECK:         return %[[H]]
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @w1 : tensor<4x4x1x1xf32> init(msra)
  slice.param @w2 : tensor<4x4x1x1xf32> init(msra)
  func.func @plain_block(%x: tensor<2x4x2x2xf32>) -> tensor<2x4x2x2xf32> {
    %y = slice.block add(%x : tensor<2x4x2x2xf32>) residual(%x : tensor<2x4x2x2xf32>) {
    ^bb0(%in: tensor<2x4x2x2xf32>):
      %w = slice.get_param @w1 : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<2x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<2x4x2x2xf32>
    }, {
    ^bb0(%in: tensor<2x4x2x2xf32>):
      %w = slice.get_param @w2 : tensor<4x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<2x4x2x2xf32>, tensor<4x4x1x1xf32>
      slice.yield %o : tensor<2x4x2x2xf32>
    }
    %l = slice.head subnet 1 level 1 (%y : tensor<2x4x2x2xf32>) {
    ^bb0(%f: tensor<2x4x2x2xf32>):
      %r = slice.relu %f : tensor<2x4x2x2xf32>
      slice.yield %r : tensor<2x4x2x2xf32>
    }
    return %l : tensor<2x4x2x2xf32>
  }
}

// -----

// IS block, K = 2, partition [2, 2], branch groups [1, 2]: branch 1 reads
// group 1 and is computed at width 2 only; group g of the result is the
// residual's group g plus the branches of g. Both heads in one function.
// CHECK-LABEL: func.func @is_block(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<2x4x2x2xf32> {slice.input}, %[[W1:[^:]*]]: tensor<2x2x1x1xf32> {slice.param = "b1"}, %[[W2:[^:]*]]: tensor<2x4x1x1xf32> {slice.param = "b2"}
// CHECK-SAME:    -> (tensor<2x2x2x2xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64}, tensor<2x4x2x2xf32> {slice.level = 1 : i64, slice.subnet = 2 : i64})
// CHECK-SAME:    slice.subnets = 2 : i64
// CHECK:         %[[G1:.*]] = tensor.extract_slice %[[X]][0, 0, 0, 0] [2, 2, 2, 2] [1, 1, 1, 1]
// CHECK:         %[[O1:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%[[G1]], %[[W1]] : tensor<2x2x2x2xf32>, tensor<2x2x1x1xf32>) outs(%{{.*}} : tensor<2x2x2x2xf32>)
// CHECK:         %[[O2:.*]] = linalg.conv_2d_nchw_fchw {{.*}} ins(%[[X]], %[[W2]] : tensor<2x4x2x2xf32>, tensor<2x4x1x1xf32>) outs(%{{.*}} : tensor<2x2x2x2xf32>)
// CHECK:         %[[R1:.*]] = tensor.extract_slice %[[X]][0, 0, 0, 0] [2, 2, 2, 2]
// CHECK:         %[[S1:.*]] = linalg.generic {{.*}} ins(%[[R1]], %[[O1]] : tensor<2x2x2x2xf32>, tensor<2x2x2x2xf32>)
// CHECK:         %[[R2:.*]] = tensor.extract_slice %[[X]][0, 2, 0, 0] [2, 2, 2, 2]
// CHECK:         %[[S2:.*]] = linalg.generic {{.*}} ins(%[[R2]], %[[O2]] : tensor<2x2x2x2xf32>, tensor<2x2x2x2xf32>)
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<2x4x2x2xf32>
// CHECK:         %[[Y1:.*]] = tensor.insert_slice %[[S1]] into %[[E]][0, 0, 0, 0] [2, 2, 2, 2]
// CHECK:         %[[Y:.*]] = tensor.insert_slice %[[S2]] into %[[Y1]][0, 2, 0, 0] [2, 2, 2, 2]
// Head 1 reads group 1 itself: it never waits for group 2.
// CHECK:         return %[[S1]], %[[Y]]
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @b1 : tensor<2x2x1x1xf32> init(msra)
  slice.param @b2 : tensor<2x4x1x1xf32> init(msra)
  func.func @is_block(%x: tensor<2x4x2x2xf32>) -> (tensor<2x2x2x2xf32>, tensor<2x4x2x2xf32>) {
    %y = slice.block add(%x : tensor<2x4x2x2xf32>) residual(%x : tensor<2x4x2x2xf32>)
        attributes {partition = array<i64: 2, 2>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<2x4x2x2xf32>):
      %g = slice.channel_slice %in {offset = 0 : i64, size = 2 : i64} : tensor<2x4x2x2xf32>
      %w = slice.get_param @b1 : tensor<2x2x1x1xf32>
      %o = slice.conv2d %g, %w : tensor<2x2x2x2xf32>, tensor<2x2x1x1xf32>
      slice.yield %o : tensor<2x2x2x2xf32>
    }, {
    ^bb0(%in: tensor<2x4x2x2xf32>):
      %w = slice.get_param @b2 : tensor<2x4x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<2x4x2x2xf32>, tensor<2x4x1x1xf32>
      slice.yield %o : tensor<2x2x2x2xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y : tensor<2x4x2x2xf32>) {
    ^bb0(%f: tensor<2x4x2x2xf32>):
      %p = slice.channel_slice %f {offset = 0 : i64, size = 2 : i64} : tensor<2x4x2x2xf32>
      slice.yield %p : tensor<2x2x2x2xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<2x4x2x2xf32>) {
    ^bb0(%f: tensor<2x4x2x2xf32>):
      slice.yield %f : tensor<2x4x2x2xf32>
    }
    return %l1, %l2 : tensor<2x2x2x2xf32>, tensor<2x4x2x2xf32>
  }
}

// -----

// A concat block (DenseNet style): residual first, then the branches; a
// branch may yield its argument.
// CHECK-LABEL: func.func @concat_block(
// CHECK-SAME:    %[[X:[^:]*]]: tensor<1x2x2x2xf32> {slice.input}
// CHECK:         %[[B:.*]] = linalg.generic {{.*}} ins(%[[X]] : tensor<1x2x2x2xf32>)
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<1x6x2x2xf32>
// CHECK:         %[[C1:.*]] = tensor.insert_slice %[[X]] into %[[E]][0, 0, 0, 0] [1, 2, 2, 2]
// CHECK:         %[[C2:.*]] = tensor.insert_slice %[[B]] into %[[C1]][0, 2, 0, 0] [1, 2, 2, 2]
// CHECK:         %[[C:.*]] = tensor.insert_slice %[[X]] into %[[C2]][0, 4, 0, 0] [1, 2, 2, 2]
// CHECK:         return %[[C]]
func.func @concat_block(%x: tensor<1x2x2x2xf32>) -> tensor<1x6x2x2xf32> {
  %y = slice.block concat(%x : tensor<1x2x2x2xf32>) residual(%x : tensor<1x2x2x2xf32>) {
  ^bb0(%in: tensor<1x2x2x2xf32>):
    %r = slice.relu %in : tensor<1x2x2x2xf32>
    slice.yield %r : tensor<1x2x2x2xf32>
  }, {
  ^bb0(%in: tensor<1x2x2x2xf32>):
    slice.yield %in : tensor<1x2x2x2xf32>
  }
  return %y : tensor<1x6x2x2xf32>
}
