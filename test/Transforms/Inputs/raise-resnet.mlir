// A flat ResNet (training-mode export: BatchNorm kept, convs without bias):
// a projection bottleneck, then basic blocks.
module @resnet_flat attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @conv1.weight : tensor<8x3x3x3xf32> init(msra)
  slice.param @bn1.scale : tensor<8xf32> init(ones)
  slice.param @bn1.bias : tensor<8xf32> init(zeros)
  slice.param @bn1.mean : tensor<8xf32> init(zeros) buffer
  slice.param @bn1.var : tensor<8xf32> init(ones) buffer
  slice.param @layer1.0.conv1.weight : tensor<4x8x1x1xf32> init(msra)
  slice.param @layer1.0.bn1.scale : tensor<4xf32> init(ones)
  slice.param @layer1.0.bn1.bias : tensor<4xf32> init(zeros)
  slice.param @layer1.0.bn1.mean : tensor<4xf32> init(zeros) buffer
  slice.param @layer1.0.bn1.var : tensor<4xf32> init(ones) buffer
  slice.param @layer1.0.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @layer1.0.bn2.scale : tensor<4xf32> init(ones)
  slice.param @layer1.0.bn2.bias : tensor<4xf32> init(zeros)
  slice.param @layer1.0.bn2.mean : tensor<4xf32> init(zeros) buffer
  slice.param @layer1.0.bn2.var : tensor<4xf32> init(ones) buffer
  slice.param @layer1.0.conv3.weight : tensor<16x4x1x1xf32> init(msra)
  slice.param @layer1.0.bn3.scale : tensor<16xf32> init(ones)
  slice.param @layer1.0.bn3.bias : tensor<16xf32> init(zeros)
  slice.param @layer1.0.bn3.mean : tensor<16xf32> init(zeros) buffer
  slice.param @layer1.0.bn3.var : tensor<16xf32> init(ones) buffer
  slice.param @layer1.0.downsample.0.weight : tensor<16x8x1x1xf32> init(msra)
  slice.param @layer1.0.downsample.1.scale : tensor<16xf32> init(ones)
  slice.param @layer1.0.downsample.1.bias : tensor<16xf32> init(zeros)
  slice.param @layer1.0.downsample.1.mean : tensor<16xf32> init(zeros) buffer
  slice.param @layer1.0.downsample.1.var : tensor<16xf32> init(ones) buffer
  slice.param @layer1.1.conv1.weight : tensor<16x16x3x3xf32> init(msra)
  slice.param @layer1.1.bn1.scale : tensor<16xf32> init(ones)
  slice.param @layer1.1.bn1.bias : tensor<16xf32> init(zeros)
  slice.param @layer1.1.bn1.mean : tensor<16xf32> init(zeros) buffer
  slice.param @layer1.1.bn1.var : tensor<16xf32> init(ones) buffer
  slice.param @layer1.1.conv2.weight : tensor<16x16x3x3xf32> init(msra)
  slice.param @layer1.1.bn2.scale : tensor<16xf32> init(ones)
  slice.param @layer1.1.bn2.bias : tensor<16xf32> init(zeros)
  slice.param @layer1.1.bn2.mean : tensor<16xf32> init(zeros) buffer
  slice.param @layer1.1.bn2.var : tensor<16xf32> init(ones) buffer
  slice.param @layer2.0.conv1.weight : tensor<32x16x3x3xf32> init(msra)
  slice.param @layer2.0.bn1.scale : tensor<32xf32> init(ones)
  slice.param @layer2.0.bn1.bias : tensor<32xf32> init(zeros)
  slice.param @layer2.0.bn1.mean : tensor<32xf32> init(zeros) buffer
  slice.param @layer2.0.bn1.var : tensor<32xf32> init(ones) buffer
  slice.param @layer2.0.conv2.weight : tensor<32x32x3x3xf32> init(msra)
  slice.param @layer2.0.bn2.scale : tensor<32xf32> init(ones)
  slice.param @layer2.0.bn2.bias : tensor<32xf32> init(zeros)
  slice.param @layer2.0.bn2.mean : tensor<32xf32> init(zeros) buffer
  slice.param @layer2.0.bn2.var : tensor<32xf32> init(ones) buffer
  slice.param @layer2.0.downsample.0.weight : tensor<32x16x1x1xf32> init(msra)
  slice.param @layer2.0.downsample.1.scale : tensor<32xf32> init(ones)
  slice.param @layer2.0.downsample.1.bias : tensor<32xf32> init(zeros)
  slice.param @layer2.0.downsample.1.mean : tensor<32xf32> init(zeros) buffer
  slice.param @layer2.0.downsample.1.var : tensor<32xf32> init(ones) buffer
  slice.param @fc.weight : tensor<10x32xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x3x16x16xf32>) -> tensor<?x10xf32> {
    %v1 = slice.get_param @conv1.weight : tensor<8x3x3x3xf32>
    %v2 = slice.conv2d %x, %v1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x16x16xf32>, tensor<8x3x3x3xf32> loc("conv1")
    %v3 = slice.get_param @bn1.scale : tensor<8xf32>
    %v4 = slice.get_param @bn1.bias : tensor<8xf32>
    %v5 = slice.get_param @bn1.mean : tensor<8xf32>
    %v6 = slice.get_param @bn1.var : tensor<8xf32>
    %v7 = slice.batch_norm %v2, %v3, %v4, %v5, %v6 : tensor<?x8x16x16xf32>, tensor<8xf32>
    %v8 = slice.relu %v7 : tensor<?x8x16x16xf32>
    %v9 = slice.max_pool %v8 {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x8x16x16xf32>
    %v10 = slice.get_param @layer1.0.conv1.weight : tensor<4x8x1x1xf32>
    %v11 = slice.conv2d %v9, %v10 : tensor<?x8x8x8xf32>, tensor<4x8x1x1xf32> loc("layer1.0.conv1")
    %v12 = slice.get_param @layer1.0.bn1.scale : tensor<4xf32>
    %v13 = slice.get_param @layer1.0.bn1.bias : tensor<4xf32>
    %v14 = slice.get_param @layer1.0.bn1.mean : tensor<4xf32>
    %v15 = slice.get_param @layer1.0.bn1.var : tensor<4xf32>
    %v16 = slice.batch_norm %v11, %v12, %v13, %v14, %v15 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v17 = slice.relu %v16 : tensor<?x4x8x8xf32>
    %v18 = slice.get_param @layer1.0.conv2.weight : tensor<4x4x3x3xf32>
    %v19 = slice.conv2d %v17, %v18 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x8x8xf32>, tensor<4x4x3x3xf32> loc("layer1.0.conv2")
    %v20 = slice.get_param @layer1.0.bn2.scale : tensor<4xf32>
    %v21 = slice.get_param @layer1.0.bn2.bias : tensor<4xf32>
    %v22 = slice.get_param @layer1.0.bn2.mean : tensor<4xf32>
    %v23 = slice.get_param @layer1.0.bn2.var : tensor<4xf32>
    %v24 = slice.batch_norm %v19, %v20, %v21, %v22, %v23 : tensor<?x4x8x8xf32>, tensor<4xf32>
    %v25 = slice.relu %v24 : tensor<?x4x8x8xf32>
    %v26 = slice.get_param @layer1.0.conv3.weight : tensor<16x4x1x1xf32>
    %v27 = slice.conv2d %v25, %v26 : tensor<?x4x8x8xf32>, tensor<16x4x1x1xf32> loc("layer1.0.conv3")
    %v28 = slice.get_param @layer1.0.bn3.scale : tensor<16xf32>
    %v29 = slice.get_param @layer1.0.bn3.bias : tensor<16xf32>
    %v30 = slice.get_param @layer1.0.bn3.mean : tensor<16xf32>
    %v31 = slice.get_param @layer1.0.bn3.var : tensor<16xf32>
    %v32 = slice.batch_norm %v27, %v28, %v29, %v30, %v31 : tensor<?x16x8x8xf32>, tensor<16xf32>
    %v33 = slice.get_param @layer1.0.downsample.0.weight : tensor<16x8x1x1xf32>
    %v34 = slice.conv2d %v9, %v33 : tensor<?x8x8x8xf32>, tensor<16x8x1x1xf32> loc("layer1.0.downsample.0")
    %v35 = slice.get_param @layer1.0.downsample.1.scale : tensor<16xf32>
    %v36 = slice.get_param @layer1.0.downsample.1.bias : tensor<16xf32>
    %v37 = slice.get_param @layer1.0.downsample.1.mean : tensor<16xf32>
    %v38 = slice.get_param @layer1.0.downsample.1.var : tensor<16xf32>
    %v39 = slice.batch_norm %v34, %v35, %v36, %v37, %v38 : tensor<?x16x8x8xf32>, tensor<16xf32>
    %v40 = slice.add %v32, %v39 : tensor<?x16x8x8xf32> loc("layer1.0")
    %v41 = slice.relu %v40 : tensor<?x16x8x8xf32>
    %v42 = slice.get_param @layer1.1.conv1.weight : tensor<16x16x3x3xf32>
    %v43 = slice.conv2d %v41, %v42 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x8x8xf32>, tensor<16x16x3x3xf32> loc("layer1.1.conv1")
    %v44 = slice.get_param @layer1.1.bn1.scale : tensor<16xf32>
    %v45 = slice.get_param @layer1.1.bn1.bias : tensor<16xf32>
    %v46 = slice.get_param @layer1.1.bn1.mean : tensor<16xf32>
    %v47 = slice.get_param @layer1.1.bn1.var : tensor<16xf32>
    %v48 = slice.batch_norm %v43, %v44, %v45, %v46, %v47 : tensor<?x16x8x8xf32>, tensor<16xf32>
    %v49 = slice.relu %v48 : tensor<?x16x8x8xf32>
    %v50 = slice.get_param @layer1.1.conv2.weight : tensor<16x16x3x3xf32>
    %v51 = slice.conv2d %v49, %v50 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x8x8xf32>, tensor<16x16x3x3xf32> loc("layer1.1.conv2")
    %v52 = slice.get_param @layer1.1.bn2.scale : tensor<16xf32>
    %v53 = slice.get_param @layer1.1.bn2.bias : tensor<16xf32>
    %v54 = slice.get_param @layer1.1.bn2.mean : tensor<16xf32>
    %v55 = slice.get_param @layer1.1.bn2.var : tensor<16xf32>
    %v56 = slice.batch_norm %v51, %v52, %v53, %v54, %v55 : tensor<?x16x8x8xf32>, tensor<16xf32>
    %v57 = slice.add %v56, %v41 : tensor<?x16x8x8xf32> loc("layer1.1")
    %v58 = slice.relu %v57 : tensor<?x16x8x8xf32>
    %v59 = slice.get_param @layer2.0.conv1.weight : tensor<32x16x3x3xf32>
    %v60 = slice.conv2d %v58, %v59 {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x16x8x8xf32>, tensor<32x16x3x3xf32> loc("layer2.0.conv1")
    %v61 = slice.get_param @layer2.0.bn1.scale : tensor<32xf32>
    %v62 = slice.get_param @layer2.0.bn1.bias : tensor<32xf32>
    %v63 = slice.get_param @layer2.0.bn1.mean : tensor<32xf32>
    %v64 = slice.get_param @layer2.0.bn1.var : tensor<32xf32>
    %v65 = slice.batch_norm %v60, %v61, %v62, %v63, %v64 : tensor<?x32x4x4xf32>, tensor<32xf32>
    %v66 = slice.relu %v65 : tensor<?x32x4x4xf32>
    %v67 = slice.get_param @layer2.0.conv2.weight : tensor<32x32x3x3xf32>
    %v68 = slice.conv2d %v66, %v67 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x32x4x4xf32>, tensor<32x32x3x3xf32> loc("layer2.0.conv2")
    %v69 = slice.get_param @layer2.0.bn2.scale : tensor<32xf32>
    %v70 = slice.get_param @layer2.0.bn2.bias : tensor<32xf32>
    %v71 = slice.get_param @layer2.0.bn2.mean : tensor<32xf32>
    %v72 = slice.get_param @layer2.0.bn2.var : tensor<32xf32>
    %v73 = slice.batch_norm %v68, %v69, %v70, %v71, %v72 : tensor<?x32x4x4xf32>, tensor<32xf32>
    %v74 = slice.get_param @layer2.0.downsample.0.weight : tensor<32x16x1x1xf32>
    %v75 = slice.conv2d %v58, %v74 {strides = array<i64: 2, 2>} : tensor<?x16x8x8xf32>, tensor<32x16x1x1xf32> loc("layer2.0.downsample.0")
    %v76 = slice.get_param @layer2.0.downsample.1.scale : tensor<32xf32>
    %v77 = slice.get_param @layer2.0.downsample.1.bias : tensor<32xf32>
    %v78 = slice.get_param @layer2.0.downsample.1.mean : tensor<32xf32>
    %v79 = slice.get_param @layer2.0.downsample.1.var : tensor<32xf32>
    %v80 = slice.batch_norm %v75, %v76, %v77, %v78, %v79 : tensor<?x32x4x4xf32>, tensor<32xf32>
    %v81 = slice.add %v73, %v80 : tensor<?x32x4x4xf32> loc("layer2.0")
    %v82 = slice.relu %v81 : tensor<?x32x4x4xf32>
    %v83 = slice.global_avg_pool %v82 : tensor<?x32x4x4xf32>
    %v84 = slice.flatten %v83 : tensor<?x32x1x1xf32>
    %v85 = slice.get_param @fc.weight : tensor<10x32xf32>
    %v86 = slice.get_param @fc.bias : tensor<10xf32>
    %v87 = slice.linear %v84, %v85, %v86 : tensor<?x32xf32>, tensor<10x32xf32>, tensor<10xf32> loc("fc")
    return %v87 : tensor<?x10xf32>
  }
}
