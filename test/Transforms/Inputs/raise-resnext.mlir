// A flat ResNeXt (eval-mode export: BatchNorm folded into conv biases).
module @resnext_flat attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @stem.weight : tensor<8x3x3x3xf32> init(msra)
  slice.param @stem.bias : tensor<8xf32> init(zeros)
  slice.param @layer1.0.conv1.weight : tensor<8x8x1x1xf32> init(msra)
  slice.param @layer1.0.conv1.bias : tensor<8xf32> init(zeros)
  slice.param @layer1.0.conv2.weight : tensor<8x2x3x3xf32> init(msra)
  slice.param @layer1.0.conv2.bias : tensor<8xf32> init(zeros)
  slice.param @layer1.0.conv3.weight : tensor<16x8x1x1xf32> init(msra)
  slice.param @layer1.0.conv3.bias : tensor<16xf32> init(zeros)
  slice.param @layer1.0.downsample.weight : tensor<16x8x1x1xf32> init(msra)
  slice.param @layer1.0.downsample.bias : tensor<16xf32> init(zeros)
  slice.param @layer1.1.conv1.weight : tensor<8x16x1x1xf32> init(msra)
  slice.param @layer1.1.conv1.bias : tensor<8xf32> init(zeros)
  slice.param @layer1.1.conv2.weight : tensor<8x2x3x3xf32> init(msra)
  slice.param @layer1.1.conv2.bias : tensor<8xf32> init(zeros)
  slice.param @layer1.1.conv3.weight : tensor<16x8x1x1xf32> init(msra)
  slice.param @layer1.1.conv3.bias : tensor<16xf32> init(zeros)
  slice.param @layer2.0.conv1.weight : tensor<16x16x1x1xf32> init(msra)
  slice.param @layer2.0.conv1.bias : tensor<16xf32> init(zeros)
  slice.param @layer2.0.conv2.weight : tensor<16x4x3x3xf32> init(msra)
  slice.param @layer2.0.conv2.bias : tensor<16xf32> init(zeros)
  slice.param @layer2.0.conv3.weight : tensor<32x16x1x1xf32> init(msra)
  slice.param @layer2.0.conv3.bias : tensor<32xf32> init(zeros)
  slice.param @layer2.0.downsample.weight : tensor<32x16x1x1xf32> init(msra)
  slice.param @layer2.0.downsample.bias : tensor<32xf32> init(zeros)
  slice.param @fc.weight : tensor<10x32xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x3x16x16xf32>) -> tensor<?x10xf32> {
    %v1 = slice.get_param @stem.weight : tensor<8x3x3x3xf32>
    %v2 = slice.get_param @stem.bias : tensor<8xf32>
    %v3 = slice.conv2d %x, %v1, %v2 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x16x16xf32>, tensor<8x3x3x3xf32>, tensor<8xf32> loc("stem")
    %v4 = slice.relu %v3 : tensor<?x8x16x16xf32>
    %v5 = slice.max_pool %v4 {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x8x16x16xf32>
    %v6 = slice.get_param @layer1.0.conv1.weight : tensor<8x8x1x1xf32>
    %v7 = slice.get_param @layer1.0.conv1.bias : tensor<8xf32>
    %v8 = slice.conv2d %v5, %v6, %v7 : tensor<?x8x8x8xf32>, tensor<8x8x1x1xf32>, tensor<8xf32> loc("layer1.0.conv1")
    %v9 = slice.relu %v8 : tensor<?x8x8x8xf32>
    %v10 = slice.get_param @layer1.0.conv2.weight : tensor<8x2x3x3xf32>
    %v11 = slice.get_param @layer1.0.conv2.bias : tensor<8xf32>
    %v12 = slice.conv2d %v9, %v10, %v11 {padding = array<i64: 1, 1, 1, 1>, groups = 4 : i64} : tensor<?x8x8x8xf32>, tensor<8x2x3x3xf32>, tensor<8xf32> loc("layer1.0.conv2")
    %v13 = slice.relu %v12 : tensor<?x8x8x8xf32>
    %v14 = slice.get_param @layer1.0.conv3.weight : tensor<16x8x1x1xf32>
    %v15 = slice.get_param @layer1.0.conv3.bias : tensor<16xf32>
    %v16 = slice.conv2d %v13, %v14, %v15 : tensor<?x8x8x8xf32>, tensor<16x8x1x1xf32>, tensor<16xf32> loc("layer1.0.conv3")
    %v17 = slice.get_param @layer1.0.downsample.weight : tensor<16x8x1x1xf32>
    %v18 = slice.get_param @layer1.0.downsample.bias : tensor<16xf32>
    %v19 = slice.conv2d %v5, %v17, %v18 : tensor<?x8x8x8xf32>, tensor<16x8x1x1xf32>, tensor<16xf32> loc("layer1.0.downsample")
    %v20 = slice.add %v16, %v19 : tensor<?x16x8x8xf32> loc("layer1.0")
    %v21 = slice.relu %v20 : tensor<?x16x8x8xf32>
    %v22 = slice.get_param @layer1.1.conv1.weight : tensor<8x16x1x1xf32>
    %v23 = slice.get_param @layer1.1.conv1.bias : tensor<8xf32>
    %v24 = slice.conv2d %v21, %v22, %v23 : tensor<?x16x8x8xf32>, tensor<8x16x1x1xf32>, tensor<8xf32> loc("layer1.1.conv1")
    %v25 = slice.relu %v24 : tensor<?x8x8x8xf32>
    %v26 = slice.get_param @layer1.1.conv2.weight : tensor<8x2x3x3xf32>
    %v27 = slice.get_param @layer1.1.conv2.bias : tensor<8xf32>
    %v28 = slice.conv2d %v25, %v26, %v27 {padding = array<i64: 1, 1, 1, 1>, groups = 4 : i64} : tensor<?x8x8x8xf32>, tensor<8x2x3x3xf32>, tensor<8xf32> loc("layer1.1.conv2")
    %v29 = slice.relu %v28 : tensor<?x8x8x8xf32>
    %v30 = slice.get_param @layer1.1.conv3.weight : tensor<16x8x1x1xf32>
    %v31 = slice.get_param @layer1.1.conv3.bias : tensor<16xf32>
    %v32 = slice.conv2d %v29, %v30, %v31 : tensor<?x8x8x8xf32>, tensor<16x8x1x1xf32>, tensor<16xf32> loc("layer1.1.conv3")
    %v33 = slice.add %v32, %v21 : tensor<?x16x8x8xf32> loc("layer1.1")
    %v34 = slice.relu %v33 : tensor<?x16x8x8xf32>
    %v35 = slice.get_param @layer2.0.conv1.weight : tensor<16x16x1x1xf32>
    %v36 = slice.get_param @layer2.0.conv1.bias : tensor<16xf32>
    %v37 = slice.conv2d %v34, %v35, %v36 : tensor<?x16x8x8xf32>, tensor<16x16x1x1xf32>, tensor<16xf32> loc("layer2.0.conv1")
    %v38 = slice.relu %v37 : tensor<?x16x8x8xf32>
    %v39 = slice.get_param @layer2.0.conv2.weight : tensor<16x4x3x3xf32>
    %v40 = slice.get_param @layer2.0.conv2.bias : tensor<16xf32>
    %v41 = slice.conv2d %v38, %v39, %v40 {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>, groups = 4 : i64} : tensor<?x16x8x8xf32>, tensor<16x4x3x3xf32>, tensor<16xf32> loc("layer2.0.conv2")
    %v42 = slice.relu %v41 : tensor<?x16x4x4xf32>
    %v43 = slice.get_param @layer2.0.conv3.weight : tensor<32x16x1x1xf32>
    %v44 = slice.get_param @layer2.0.conv3.bias : tensor<32xf32>
    %v45 = slice.conv2d %v42, %v43, %v44 : tensor<?x16x4x4xf32>, tensor<32x16x1x1xf32>, tensor<32xf32> loc("layer2.0.conv3")
    %v46 = slice.get_param @layer2.0.downsample.weight : tensor<32x16x1x1xf32>
    %v47 = slice.get_param @layer2.0.downsample.bias : tensor<32xf32>
    %v48 = slice.conv2d %v34, %v46, %v47 {strides = array<i64: 2, 2>} : tensor<?x16x8x8xf32>, tensor<32x16x1x1xf32>, tensor<32xf32> loc("layer2.0.downsample")
    %v49 = slice.add %v45, %v48 : tensor<?x32x4x4xf32> loc("layer2.0")
    %v50 = slice.relu %v49 : tensor<?x32x4x4xf32>
    %v51 = slice.global_avg_pool %v50 : tensor<?x32x4x4xf32>
    %v52 = slice.flatten %v51 : tensor<?x32x1x1xf32>
    %v53 = slice.get_param @fc.weight : tensor<10x32xf32>
    %v54 = slice.get_param @fc.bias : tensor<10xf32>
    %v55 = slice.linear %v52, %v53, %v54 : tensor<?x32xf32>, tensor<10x32xf32>, tensor<10xf32> loc("fc")
    return %v55 : tensor<?x10xf32>
  }
}
