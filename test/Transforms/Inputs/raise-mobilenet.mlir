// A flat MobileNetV2 (BatchNorm folded, ReLU6 as clip, depthwise convs).
module @mobilenet_flat attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @features.0.weight : tensor<8x3x3x3xf32> init(msra)
  slice.param @features.0.bias : tensor<8xf32> init(zeros)
  slice.param @features.1.dw.weight : tensor<8x1x3x3xf32> init(msra)
  slice.param @features.1.dw.bias : tensor<8xf32> init(zeros)
  slice.param @features.1.project.weight : tensor<4x8x1x1xf32> init(msra)
  slice.param @features.1.project.bias : tensor<4xf32> init(zeros)
  slice.param @features.2.expand.weight : tensor<24x4x1x1xf32> init(msra)
  slice.param @features.2.expand.bias : tensor<24xf32> init(zeros)
  slice.param @features.2.dw.weight : tensor<24x1x3x3xf32> init(msra)
  slice.param @features.2.dw.bias : tensor<24xf32> init(zeros)
  slice.param @features.2.project.weight : tensor<8x24x1x1xf32> init(msra)
  slice.param @features.2.project.bias : tensor<8xf32> init(zeros)
  slice.param @features.3.expand.weight : tensor<48x8x1x1xf32> init(msra)
  slice.param @features.3.expand.bias : tensor<48xf32> init(zeros)
  slice.param @features.3.dw.weight : tensor<48x1x3x3xf32> init(msra)
  slice.param @features.3.dw.bias : tensor<48xf32> init(zeros)
  slice.param @features.3.project.weight : tensor<8x48x1x1xf32> init(msra)
  slice.param @features.3.project.bias : tensor<8xf32> init(zeros)
  slice.param @features.4.expand.weight : tensor<48x8x1x1xf32> init(msra)
  slice.param @features.4.expand.bias : tensor<48xf32> init(zeros)
  slice.param @features.4.dw.weight : tensor<48x1x3x3xf32> init(msra)
  slice.param @features.4.dw.bias : tensor<48xf32> init(zeros)
  slice.param @features.4.project.weight : tensor<12x48x1x1xf32> init(msra)
  slice.param @features.4.project.bias : tensor<12xf32> init(zeros)
  slice.param @features.5.weight : tensor<32x12x1x1xf32> init(msra)
  slice.param @features.5.bias : tensor<32xf32> init(zeros)
  slice.param @fc.weight : tensor<10x32xf32> init(uniform)
  slice.param @fc.bias : tensor<10xf32> init(zeros)
  func.func @forward(%x: tensor<?x3x16x16xf32>) -> tensor<?x10xf32> {
    %v1 = slice.get_param @features.0.weight : tensor<8x3x3x3xf32>
    %v2 = slice.get_param @features.0.bias : tensor<8xf32>
    %v3 = slice.conv2d %x, %v1, %v2 {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>} : tensor<?x3x16x16xf32>, tensor<8x3x3x3xf32>, tensor<8xf32> loc("features.0")
    %v4 = slice.clip %v3 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x8x8x8xf32>
    %v5 = slice.get_param @features.1.dw.weight : tensor<8x1x3x3xf32>
    %v6 = slice.get_param @features.1.dw.bias : tensor<8xf32>
    %v7 = slice.conv2d %v4, %v5, %v6 {padding = array<i64: 1, 1, 1, 1>, groups = 8 : i64} : tensor<?x8x8x8xf32>, tensor<8x1x3x3xf32>, tensor<8xf32> loc("features.1.dw")
    %v8 = slice.clip %v7 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x8x8x8xf32>
    %v9 = slice.get_param @features.1.project.weight : tensor<4x8x1x1xf32>
    %v10 = slice.get_param @features.1.project.bias : tensor<4xf32>
    %v11 = slice.conv2d %v8, %v9, %v10 : tensor<?x8x8x8xf32>, tensor<4x8x1x1xf32>, tensor<4xf32> loc("features.1.project")
    %v12 = slice.get_param @features.2.expand.weight : tensor<24x4x1x1xf32>
    %v13 = slice.get_param @features.2.expand.bias : tensor<24xf32>
    %v14 = slice.conv2d %v11, %v12, %v13 : tensor<?x4x8x8xf32>, tensor<24x4x1x1xf32>, tensor<24xf32> loc("features.2.expand")
    %v15 = slice.clip %v14 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x24x8x8xf32>
    %v16 = slice.get_param @features.2.dw.weight : tensor<24x1x3x3xf32>
    %v17 = slice.get_param @features.2.dw.bias : tensor<24xf32>
    %v18 = slice.conv2d %v15, %v16, %v17 {strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 1, 1>, groups = 24 : i64} : tensor<?x24x8x8xf32>, tensor<24x1x3x3xf32>, tensor<24xf32> loc("features.2.dw")
    %v19 = slice.clip %v18 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x24x4x4xf32>
    %v20 = slice.get_param @features.2.project.weight : tensor<8x24x1x1xf32>
    %v21 = slice.get_param @features.2.project.bias : tensor<8xf32>
    %v22 = slice.conv2d %v19, %v20, %v21 : tensor<?x24x4x4xf32>, tensor<8x24x1x1xf32>, tensor<8xf32> loc("features.2.project")
    %v23 = slice.get_param @features.3.expand.weight : tensor<48x8x1x1xf32>
    %v24 = slice.get_param @features.3.expand.bias : tensor<48xf32>
    %v25 = slice.conv2d %v22, %v23, %v24 : tensor<?x8x4x4xf32>, tensor<48x8x1x1xf32>, tensor<48xf32> loc("features.3.expand")
    %v26 = slice.clip %v25 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x48x4x4xf32>
    %v27 = slice.get_param @features.3.dw.weight : tensor<48x1x3x3xf32>
    %v28 = slice.get_param @features.3.dw.bias : tensor<48xf32>
    %v29 = slice.conv2d %v26, %v27, %v28 {padding = array<i64: 1, 1, 1, 1>, groups = 48 : i64} : tensor<?x48x4x4xf32>, tensor<48x1x3x3xf32>, tensor<48xf32> loc("features.3.dw")
    %v30 = slice.clip %v29 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x48x4x4xf32>
    %v31 = slice.get_param @features.3.project.weight : tensor<8x48x1x1xf32>
    %v32 = slice.get_param @features.3.project.bias : tensor<8xf32>
    %v33 = slice.conv2d %v30, %v31, %v32 : tensor<?x48x4x4xf32>, tensor<8x48x1x1xf32>, tensor<8xf32> loc("features.3.project")
    %v34 = slice.add %v33, %v22 : tensor<?x8x4x4xf32> loc("features.3")
    %v35 = slice.get_param @features.4.expand.weight : tensor<48x8x1x1xf32>
    %v36 = slice.get_param @features.4.expand.bias : tensor<48xf32>
    %v37 = slice.conv2d %v34, %v35, %v36 : tensor<?x8x4x4xf32>, tensor<48x8x1x1xf32>, tensor<48xf32> loc("features.4.expand")
    %v38 = slice.clip %v37 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x48x4x4xf32>
    %v39 = slice.get_param @features.4.dw.weight : tensor<48x1x3x3xf32>
    %v40 = slice.get_param @features.4.dw.bias : tensor<48xf32>
    %v41 = slice.conv2d %v38, %v39, %v40 {padding = array<i64: 1, 1, 1, 1>, groups = 48 : i64} : tensor<?x48x4x4xf32>, tensor<48x1x3x3xf32>, tensor<48xf32> loc("features.4.dw")
    %v42 = slice.clip %v41 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x48x4x4xf32>
    %v43 = slice.get_param @features.4.project.weight : tensor<12x48x1x1xf32>
    %v44 = slice.get_param @features.4.project.bias : tensor<12xf32>
    %v45 = slice.conv2d %v42, %v43, %v44 : tensor<?x48x4x4xf32>, tensor<12x48x1x1xf32>, tensor<12xf32> loc("features.4.project")
    %v46 = slice.get_param @features.5.weight : tensor<32x12x1x1xf32>
    %v47 = slice.get_param @features.5.bias : tensor<32xf32>
    %v48 = slice.conv2d %v45, %v46, %v47 : tensor<?x12x4x4xf32>, tensor<32x12x1x1xf32>, tensor<32xf32> loc("features.5")
    %v49 = slice.clip %v48 {max = 6.0 : f64, min = 0.0 : f64} : tensor<?x32x4x4xf32>
    %v50 = slice.global_avg_pool %v49 : tensor<?x32x4x4xf32>
    %v51 = slice.flatten %v50 : tensor<?x32x1x1xf32>
    %v52 = slice.get_param @fc.weight : tensor<10x32xf32>
    %v53 = slice.get_param @fc.bias : tensor<10xf32>
    %v54 = slice.linear %v51, %v52, %v53 : tensor<?x32xf32>, tensor<10x32xf32>, tensor<10xf32> loc("fc")
    return %v54 : tensor<?x10xf32>
  }
}
