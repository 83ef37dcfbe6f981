// Ops and attribute forms the exporter handles that the zoo's ResNeXt does
// not use: asymmetric and dilated convolution with bias, grouped
// convolution, block-sparse convolution (an absent block inside a span),
// ceil-mode max/avg pooling with padding and overhanging windows,
// count_include_pad both ways, a concat block, a partitioned block with
// unwritten (zero) groups, grouped pad_channels, channel_slice, BatchNorm of
// N x C features, linear with and without bias, add. (Clip is left out:
// OpenCV 4.6 reads only the opset-6 Clip, with attributes; the exporter
// writes min/max as inputs, as opsets >= 11 require. export-structure.mlir
// checks it.)
module @all_ops attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @stem.weight : tensor<8x4x3x3xf32> init(msra)
  slice.param @stem.bias : tensor<8xf32> init(uniform)
  slice.param @sparse.weight : tensor<8x8x1x1xf32> init(msra)
  slice.param @sparse.bias : tensor<8xf32> init(uniform)
  slice.param @grouped.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @part.weight : tensor<8x16x1x1xf32> init(msra)
  slice.param @bn.scale : tensor<26xf32> init(ones)
  slice.param @bn.bias : tensor<26xf32> init(zeros)
  slice.param @bn.mean : tensor<26xf32> init(zeros) buffer
  slice.param @bn.var : tensor<26xf32> init(ones) buffer
  slice.param @fc1.weight : tensor<5x26xf32> init(uniform)
  slice.param @fc2.weight : tensor<5x26xf32> init(uniform)
  slice.param @fc2.bias : tensor<5xf32> init(uniform)
  func.func @forward(%x: tensor<?x4x9x9xf32>) -> tensor<?x5xf32> {
    %w0 = slice.get_param @stem.weight : tensor<8x4x3x3xf32>
    %b0 = slice.get_param @stem.bias : tensor<8xf32>
    %c0 = slice.conv2d %x, %w0, %b0 {padding = array<i64: 1, 0, 2, 1>, dilations = array<i64: 1, 2>}
        : tensor<?x4x9x9xf32>, tensor<8x4x3x3xf32>, tensor<8xf32>
    %cl = slice.relu %c0 : tensor<?x8x10x6xf32>
    %mp = slice.max_pool %cl {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>,
        padding = array<i64: 1, 1, 1, 1>, ceil_mode = true} : tensor<?x8x10x6xf32>
    %ws = slice.get_param @sparse.weight : tensor<8x8x1x1xf32>
    %bs = slice.get_param @sparse.bias : tensor<8xf32>
    %sp = slice.conv2d %mp, %ws, %bs {block_sparse = #slice.block_sparse<in = [2, 4, 2], out = [4, 4], mask = [1, 0, 1, 0, 1, 0]>}
        : tensor<?x8x6x4xf32>, tensor<8x8x1x1xf32>, tensor<8xf32>
    %a1 = slice.avg_pool %sp {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>,
        padding = array<i64: 1, 1, 0, 0>, ceil_mode = true} : tensor<?x8x6x4xf32>
    %a2 = slice.avg_pool %sp {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>,
        padding = array<i64: 1, 1, 1, 1>, ceil_mode = true, count_include_pad = false} : tensor<?x8x6x4xf32>
    %s = slice.add %a1, %a2 : tensor<?x8x4x3xf32>
    %cat = slice.block concat(%s : tensor<?x8x4x3xf32>) residual(%s : tensor<?x8x4x3xf32>) {
    ^bb0(%in: tensor<?x8x4x3xf32>):
      %wg = slice.get_param @grouped.weight : tensor<4x4x3x3xf32>
      %g = slice.conv2d %in, %wg {padding = array<i64: 1, 1, 1, 1>, groups = 2 : i64}
          : tensor<?x8x4x3xf32>, tensor<4x4x3x3xf32>
      slice.yield %g : tensor<?x4x4x3xf32>
    }, {
    ^bb0(%in: tensor<?x8x4x3xf32>):
      %m = slice.channel_slice %in {offset = 2 : i64, size = 4 : i64} : tensor<?x8x4x3xf32>
      %r = slice.relu %m : tensor<?x4x4x3xf32>
      slice.yield %r : tensor<?x4x4x3xf32>
    }
    %part = slice.block add(%cat : tensor<?x16x4x3xf32>)
        attributes {partition = array<i64: 4, 8, 4>, branch_groups = array<i64: 2>} {
    ^bb0(%in: tensor<?x16x4x3xf32>):
      %wp = slice.get_param @part.weight : tensor<8x16x1x1xf32>
      %p = slice.conv2d %in, %wp : tensor<?x16x4x3xf32>, tensor<8x16x1x1xf32>
      slice.yield %p : tensor<?x8x4x3xf32>
    }
    %y = slice.add %part, %cat : tensor<?x16x4x3xf32>
    %pad = slice.pad_channels %y {groups = array<i64: 10, 6>, pads = array<i64: 6, 4>} : tensor<?x16x4x3xf32>
    %gap = slice.global_avg_pool %pad : tensor<?x26x4x3xf32>
    %f = slice.flatten %gap : tensor<?x26x1x1xf32>
    %sc = slice.get_param @bn.scale : tensor<26xf32>
    %bb = slice.get_param @bn.bias : tensor<26xf32>
    %mu = slice.get_param @bn.mean : tensor<26xf32>
    %va = slice.get_param @bn.var : tensor<26xf32>
    %n = slice.batch_norm %f, %sc, %bb, %mu, %va : tensor<?x26xf32>, tensor<26xf32>
    %w1 = slice.get_param @fc1.weight : tensor<5x26xf32>
    %l1 = slice.linear %n, %w1 : tensor<?x26xf32>, tensor<5x26xf32>
    %w2 = slice.get_param @fc2.weight : tensor<5x26xf32>
    %b2 = slice.get_param @fc2.bias : tensor<5xf32>
    %l2 = slice.linear %f, %w2, %b2 : tensor<?x26xf32>, tensor<5x26xf32>, tensor<5xf32>
    %out = slice.add %l1, %l2 : tensor<?x5xf32>
    return %out : tensor<?x5xf32>
  }
}
