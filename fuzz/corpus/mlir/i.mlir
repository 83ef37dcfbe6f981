module @resnext_cifar_L3_W4_B1_C4 attributes {slice.anytime = #slice.anytime<form = inclusive, subnets = 2>} {
  slice.param @stem.weight : tensor<4x1x3x3xf32> init(msra)
  slice.param @stage1.block1.bn.scale : tensor<4xf32> init(ones)
  slice.param @stage1.block1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @stage1.block1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage1.block1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @stage1.block1.branch1.conv1.weight : tensor<1x4x1x1xf32> init(msra)
  slice.param @stage1.block1.branch1.bn1.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch1.bn1.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch1.bn1.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch1.bn1.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch1.conv2.weight : tensor<1x1x3x3xf32> init(msra)
  slice.param @stage1.block1.branch1.bn2.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch1.bn2.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch1.bn2.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch1.bn2.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch1.conv3.weight : tensor<4x1x1x1xf32> init(msra)
  slice.param @stage1.block1.branch2.conv1.weight : tensor<1x4x1x1xf32> init(msra)
  slice.param @stage1.block1.branch2.bn1.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch2.bn1.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch2.bn1.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch2.bn1.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch2.conv2.weight : tensor<1x1x3x3xf32> init(msra)
  slice.param @stage1.block1.branch2.bn2.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch2.bn2.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch2.bn2.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch2.bn2.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch2.conv3.weight : tensor<4x1x1x1xf32> init(msra)
  slice.param @stage1.block1.branch3.conv1.weight : tensor<1x4x1x1xf32> init(msra)
  slice.param @stage1.block1.branch3.bn1.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch3.bn1.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch3.bn1.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch3.bn1.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch3.conv2.weight : tensor<1x1x3x3xf32> init(msra)
  slice.param @stage1.block1.branch3.bn2.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch3.bn2.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch3.bn2.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch3.bn2.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch3.conv3.weight : tensor<4x1x1x1xf32> init(msra)
  slice.param @stage1.block1.branch4.conv1.weight : tensor<1x4x1x1xf32> init(msra)
  slice.param @stage1.block1.branch4.bn1.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch4.bn1.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch4.bn1.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch4.bn1.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch4.conv2.weight : tensor<1x1x3x3xf32> init(msra)
  slice.param @stage1.block1.branch4.bn2.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch4.bn2.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch4.bn2.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch4.bn2.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch4.conv3.weight : tensor<4x1x1x1xf32> init(msra)
  slice.param @stage2.block1.bn.scale : tensor<2x8xf32> init(ones)
  slice.param @stage2.block1.bn.bias : tensor<2x8xf32> init(zeros)
  slice.param @stage2.block1.bn.mean : tensor<2x8xf32> init(zeros) buffer
  slice.param @stage2.block1.bn.var : tensor<2x8xf32> init(ones) buffer
  slice.param @stage2.block1.branch1.conv1.weight : tensor<2x8x1x1xf32> init(msra)
  slice.param @stage2.block1.branch1.bn1.scale : tensor<2x2xf32> init(ones)
  slice.param @stage2.block1.branch1.bn1.bias : tensor<2x2xf32> init(zeros)
  slice.param @stage2.block1.branch1.bn1.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch1.bn1.var : tensor<2x2xf32> init(ones) buffer
  slice.param @stage2.block1.branch1.conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @stage2.block1.branch1.bn2.scale : tensor<2x2xf32> init(ones)
  slice.param @stage2.block1.branch1.bn2.bias : tensor<2x2xf32> init(zeros)
  slice.param @stage2.block1.branch1.bn2.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch1.bn2.var : tensor<2x2xf32> init(ones) buffer
  slice.param @stage2.block1.branch1.conv3.weight : tensor<8x2x1x1xf32> init(msra)
  slice.param @stage2.block1.branch2.conv1.weight : tensor<2x8x1x1xf32> init(msra)
  slice.param @stage2.block1.branch2.bn1.scale : tensor<2x2xf32> init(ones)
  slice.param @stage2.block1.branch2.bn1.bias : tensor<2x2xf32> init(zeros)
  slice.param @stage2.block1.branch2.bn1.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch2.bn1.var : tensor<2x2xf32> init(ones) buffer
  slice.param @stage2.block1.branch2.conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @stage2.block1.branch2.bn2.scale : tensor<2x2xf32> init(ones)
  slice.param @stage2.block1.branch2.bn2.bias : tensor<2x2xf32> init(zeros)
  slice.param @stage2.block1.branch2.bn2.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch2.bn2.var : tensor<2x2xf32> init(ones) buffer
  slice.param @stage2.block1.branch2.conv3.weight : tensor<8x2x1x1xf32> init(msra)
  slice.param @stage2.block1.branch3.conv1.weight : tensor<2x8x1x1xf32> init(msra)
  slice.param @stage2.block1.branch3.bn1.scale : tensor<2x2xf32> init(ones)
  slice.param @stage2.block1.branch3.bn1.bias : tensor<2x2xf32> init(zeros)
  slice.param @stage2.block1.branch3.bn1.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch3.bn1.var : tensor<2x2xf32> init(ones) buffer
  slice.param @stage2.block1.branch3.conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @stage2.block1.branch3.bn2.scale : tensor<2x2xf32> init(ones)
  slice.param @stage2.block1.branch3.bn2.bias : tensor<2x2xf32> init(zeros)
  slice.param @stage2.block1.branch3.bn2.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch3.bn2.var : tensor<2x2xf32> init(ones) buffer
  slice.param @stage2.block1.branch3.conv3.weight : tensor<8x2x1x1xf32> init(msra)
  slice.param @stage2.block1.branch4.conv1.weight : tensor<2x8x1x1xf32> init(msra)
  slice.param @stage2.block1.branch4.bn1.scale : tensor<2x2xf32> init(ones)
  slice.param @stage2.block1.branch4.bn1.bias : tensor<2x2xf32> init(zeros)
  slice.param @stage2.block1.branch4.bn1.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch4.bn1.var : tensor<2x2xf32> init(ones) buffer
  slice.param @stage2.block1.branch4.conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @stage2.block1.branch4.bn2.scale : tensor<2x2xf32> init(ones)
  slice.param @stage2.block1.branch4.bn2.bias : tensor<2x2xf32> init(zeros)
  slice.param @stage2.block1.branch4.bn2.mean : tensor<2x2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch4.bn2.var : tensor<2x2xf32> init(ones) buffer
  slice.param @stage2.block1.branch4.conv3.weight : tensor<8x2x1x1xf32> init(msra)
  slice.param @stage3.block1.bn.scale : tensor<2x16xf32> init(ones)
  slice.param @stage3.block1.bn.bias : tensor<2x16xf32> init(zeros)
  slice.param @stage3.block1.bn.mean : tensor<2x16xf32> init(zeros) buffer
  slice.param @stage3.block1.bn.var : tensor<2x16xf32> init(ones) buffer
  slice.param @stage3.block1.branch1.conv1.weight : tensor<4x16x1x1xf32> init(msra)
  slice.param @stage3.block1.branch1.bn1.scale : tensor<2x4xf32> init(ones)
  slice.param @stage3.block1.branch1.bn1.bias : tensor<2x4xf32> init(zeros)
  slice.param @stage3.block1.branch1.bn1.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch1.bn1.var : tensor<2x4xf32> init(ones) buffer
  slice.param @stage3.block1.branch1.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @stage3.block1.branch1.bn2.scale : tensor<2x4xf32> init(ones)
  slice.param @stage3.block1.branch1.bn2.bias : tensor<2x4xf32> init(zeros)
  slice.param @stage3.block1.branch1.bn2.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch1.bn2.var : tensor<2x4xf32> init(ones) buffer
  slice.param @stage3.block1.branch1.conv3.weight : tensor<16x4x1x1xf32> init(msra)
  slice.param @stage3.block1.branch2.conv1.weight : tensor<4x16x1x1xf32> init(msra)
  slice.param @stage3.block1.branch2.bn1.scale : tensor<2x4xf32> init(ones)
  slice.param @stage3.block1.branch2.bn1.bias : tensor<2x4xf32> init(zeros)
  slice.param @stage3.block1.branch2.bn1.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch2.bn1.var : tensor<2x4xf32> init(ones) buffer
  slice.param @stage3.block1.branch2.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @stage3.block1.branch2.bn2.scale : tensor<2x4xf32> init(ones)
  slice.param @stage3.block1.branch2.bn2.bias : tensor<2x4xf32> init(zeros)
  slice.param @stage3.block1.branch2.bn2.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch2.bn2.var : tensor<2x4xf32> init(ones) buffer
  slice.param @stage3.block1.branch2.conv3.weight : tensor<16x4x1x1xf32> init(msra)
  slice.param @stage3.block1.branch3.conv1.weight : tensor<4x16x1x1xf32> init(msra)
  slice.param @stage3.block1.branch3.bn1.scale : tensor<2x4xf32> init(ones)
  slice.param @stage3.block1.branch3.bn1.bias : tensor<2x4xf32> init(zeros)
  slice.param @stage3.block1.branch3.bn1.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch3.bn1.var : tensor<2x4xf32> init(ones) buffer
  slice.param @stage3.block1.branch3.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @stage3.block1.branch3.bn2.scale : tensor<2x4xf32> init(ones)
  slice.param @stage3.block1.branch3.bn2.bias : tensor<2x4xf32> init(zeros)
  slice.param @stage3.block1.branch3.bn2.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch3.bn2.var : tensor<2x4xf32> init(ones) buffer
  slice.param @stage3.block1.branch3.conv3.weight : tensor<16x4x1x1xf32> init(msra)
  slice.param @stage3.block1.branch4.conv1.weight : tensor<4x16x1x1xf32> init(msra)
  slice.param @stage3.block1.branch4.bn1.scale : tensor<2x4xf32> init(ones)
  slice.param @stage3.block1.branch4.bn1.bias : tensor<2x4xf32> init(zeros)
  slice.param @stage3.block1.branch4.bn1.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch4.bn1.var : tensor<2x4xf32> init(ones) buffer
  slice.param @stage3.block1.branch4.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @stage3.block1.branch4.bn2.scale : tensor<2x4xf32> init(ones)
  slice.param @stage3.block1.branch4.bn2.bias : tensor<2x4xf32> init(zeros)
  slice.param @stage3.block1.branch4.bn2.mean : tensor<2x4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch4.bn2.var : tensor<2x4xf32> init(ones) buffer
  slice.param @stage3.block1.branch4.conv3.weight : tensor<16x4x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<16xf32> init(ones)
  slice.param @head.bn.scale.subnet1 : tensor<16xf32> init(ones)
  slice.param @head.bn.bias : tensor<16xf32> init(zeros)
  slice.param @head.bn.bias.subnet1 : tensor<16xf32> init(zeros)
  slice.param @head.bn.mean : tensor<16xf32> init(zeros) buffer
  slice.param @head.bn.mean.subnet1 : tensor<16xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<16xf32> init(ones) buffer
  slice.param @head.bn.var.subnet1 : tensor<16xf32> init(ones) buffer
  slice.param @head.fc.weight : tensor<10x16xf32> init(uniform)
  slice.param @head.fc.weight.subnet1 : tensor<10x16xf32> init(uniform)
  slice.param @head.fc.bias : tensor<10xf32> init(zeros)
  slice.param @head.fc.bias.subnet1 : tensor<10xf32> init(zeros)
  func.func @forward(%arg0: tensor<?x1x28x28xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %0 = slice.get_param @stem.weight : tensor<4x1x3x3xf32>
    %1 = slice.conv2d %arg0, %0 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<4x1x3x3xf32>
    %2 = slice.get_param @stage1.block1.bn.scale : tensor<4xf32>
    %3 = slice.get_param @stage1.block1.bn.bias : tensor<4xf32>
    %4 = slice.get_param @stage1.block1.bn.mean : tensor<4xf32>
    %5 = slice.get_param @stage1.block1.bn.var : tensor<4xf32>
    %6 = slice.batch_norm %1, %2, %3, %4, %5 : tensor<?x4x28x28xf32>, tensor<4xf32>
    %7 = slice.relu %6 : tensor<?x4x28x28xf32>
    %8 = slice.block add(%7 : tensor<?x4x28x28xf32>) residual(%1 : tensor<?x4x28x28xf32>) attributes {subnet_branches = array<i64: 2, 4>} {
    ^bb0(%arg1: tensor<?x4x28x28xf32>):
      %29 = slice.get_param @stage1.block1.branch1.conv1.weight : tensor<1x4x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x4x28x28xf32>, tensor<1x4x1x1xf32>
      %31 = slice.get_param @stage1.block1.branch1.bn1.scale : tensor<1xf32>
      %32 = slice.get_param @stage1.block1.branch1.bn1.bias : tensor<1xf32>
      %33 = slice.get_param @stage1.block1.branch1.bn1.mean : tensor<1xf32>
      %34 = slice.get_param @stage1.block1.branch1.bn1.var : tensor<1xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %36 = slice.relu %35 : tensor<?x1x28x28xf32>
      %37 = slice.get_param @stage1.block1.branch1.conv2.weight : tensor<1x1x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
      %39 = slice.get_param @stage1.block1.branch1.bn2.scale : tensor<1xf32>
      %40 = slice.get_param @stage1.block1.branch1.bn2.bias : tensor<1xf32>
      %41 = slice.get_param @stage1.block1.branch1.bn2.mean : tensor<1xf32>
      %42 = slice.get_param @stage1.block1.branch1.bn2.var : tensor<1xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %44 = slice.relu %43 : tensor<?x1x28x28xf32>
      %45 = slice.get_param @stage1.block1.branch1.conv3.weight : tensor<4x1x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x1x28x28xf32>, tensor<4x1x1x1xf32>
      slice.yield %46 : tensor<?x4x28x28xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x28x28xf32>):
      %29 = slice.get_param @stage1.block1.branch2.conv1.weight : tensor<1x4x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x4x28x28xf32>, tensor<1x4x1x1xf32>
      %31 = slice.get_param @stage1.block1.branch2.bn1.scale : tensor<1xf32>
      %32 = slice.get_param @stage1.block1.branch2.bn1.bias : tensor<1xf32>
      %33 = slice.get_param @stage1.block1.branch2.bn1.mean : tensor<1xf32>
      %34 = slice.get_param @stage1.block1.branch2.bn1.var : tensor<1xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %36 = slice.relu %35 : tensor<?x1x28x28xf32>
      %37 = slice.get_param @stage1.block1.branch2.conv2.weight : tensor<1x1x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
      %39 = slice.get_param @stage1.block1.branch2.bn2.scale : tensor<1xf32>
      %40 = slice.get_param @stage1.block1.branch2.bn2.bias : tensor<1xf32>
      %41 = slice.get_param @stage1.block1.branch2.bn2.mean : tensor<1xf32>
      %42 = slice.get_param @stage1.block1.branch2.bn2.var : tensor<1xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %44 = slice.relu %43 : tensor<?x1x28x28xf32>
      %45 = slice.get_param @stage1.block1.branch2.conv3.weight : tensor<4x1x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x1x28x28xf32>, tensor<4x1x1x1xf32>
      slice.yield %46 : tensor<?x4x28x28xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x28x28xf32>):
      %29 = slice.get_param @stage1.block1.branch3.conv1.weight : tensor<1x4x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x4x28x28xf32>, tensor<1x4x1x1xf32>
      %31 = slice.get_param @stage1.block1.branch3.bn1.scale : tensor<1xf32>
      %32 = slice.get_param @stage1.block1.branch3.bn1.bias : tensor<1xf32>
      %33 = slice.get_param @stage1.block1.branch3.bn1.mean : tensor<1xf32>
      %34 = slice.get_param @stage1.block1.branch3.bn1.var : tensor<1xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %36 = slice.relu %35 : tensor<?x1x28x28xf32>
      %37 = slice.get_param @stage1.block1.branch3.conv2.weight : tensor<1x1x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
      %39 = slice.get_param @stage1.block1.branch3.bn2.scale : tensor<1xf32>
      %40 = slice.get_param @stage1.block1.branch3.bn2.bias : tensor<1xf32>
      %41 = slice.get_param @stage1.block1.branch3.bn2.mean : tensor<1xf32>
      %42 = slice.get_param @stage1.block1.branch3.bn2.var : tensor<1xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %44 = slice.relu %43 : tensor<?x1x28x28xf32>
      %45 = slice.get_param @stage1.block1.branch3.conv3.weight : tensor<4x1x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x1x28x28xf32>, tensor<4x1x1x1xf32>
      slice.yield %46 : tensor<?x4x28x28xf32>
    }, {
    ^bb0(%arg1: tensor<?x4x28x28xf32>):
      %29 = slice.get_param @stage1.block1.branch4.conv1.weight : tensor<1x4x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x4x28x28xf32>, tensor<1x4x1x1xf32>
      %31 = slice.get_param @stage1.block1.branch4.bn1.scale : tensor<1xf32>
      %32 = slice.get_param @stage1.block1.branch4.bn1.bias : tensor<1xf32>
      %33 = slice.get_param @stage1.block1.branch4.bn1.mean : tensor<1xf32>
      %34 = slice.get_param @stage1.block1.branch4.bn1.var : tensor<1xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %36 = slice.relu %35 : tensor<?x1x28x28xf32>
      %37 = slice.get_param @stage1.block1.branch4.conv2.weight : tensor<1x1x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
      %39 = slice.get_param @stage1.block1.branch4.bn2.scale : tensor<1xf32>
      %40 = slice.get_param @stage1.block1.branch4.bn2.bias : tensor<1xf32>
      %41 = slice.get_param @stage1.block1.branch4.bn2.mean : tensor<1xf32>
      %42 = slice.get_param @stage1.block1.branch4.bn2.var : tensor<1xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x1x28x28xf32>, tensor<1xf32>
      %44 = slice.relu %43 : tensor<?x1x28x28xf32>
      %45 = slice.get_param @stage1.block1.branch4.conv3.weight : tensor<4x1x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x1x28x28xf32>, tensor<4x1x1x1xf32>
      slice.yield %46 : tensor<?x4x28x28xf32>
    }
    %9 = slice.avg_pool %8 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x28x28xf32>
    %10 = slice.pad_channels %9 {pads = array<i64: 4>} : tensor<?x4x14x14xf32>
    %11 = slice.get_param @stage2.block1.bn.scale : tensor<2x8xf32>
    %12 = slice.get_param @stage2.block1.bn.bias : tensor<2x8xf32>
    %13 = slice.get_param @stage2.block1.bn.mean : tensor<2x8xf32>
    %14 = slice.get_param @stage2.block1.bn.var : tensor<2x8xf32>
    %15 = slice.batch_norm %10, %11, %12, %13, %14 : tensor<?x8x14x14xf32>, tensor<2x8xf32>
    %16 = slice.relu %15 : tensor<?x8x14x14xf32>
    %17 = slice.block add(%16 : tensor<?x8x14x14xf32>) residual(%10 : tensor<?x8x14x14xf32>) attributes {subnet_branches = array<i64: 2, 4>} {
    ^bb0(%arg1: tensor<?x8x14x14xf32>):
      %29 = slice.get_param @stage2.block1.branch1.conv1.weight : tensor<2x8x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x8x14x14xf32>, tensor<2x8x1x1xf32>
      %31 = slice.get_param @stage2.block1.branch1.bn1.scale : tensor<2x2xf32>
      %32 = slice.get_param @stage2.block1.branch1.bn1.bias : tensor<2x2xf32>
      %33 = slice.get_param @stage2.block1.branch1.bn1.mean : tensor<2x2xf32>
      %34 = slice.get_param @stage2.block1.branch1.bn1.var : tensor<2x2xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x2x14x14xf32>, tensor<2x2xf32>
      %36 = slice.relu %35 : tensor<?x2x14x14xf32>
      %37 = slice.get_param @stage2.block1.branch1.conv2.weight : tensor<2x2x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
      %39 = slice.get_param @stage2.block1.branch1.bn2.scale : tensor<2x2xf32>
      %40 = slice.get_param @stage2.block1.branch1.bn2.bias : tensor<2x2xf32>
      %41 = slice.get_param @stage2.block1.branch1.bn2.mean : tensor<2x2xf32>
      %42 = slice.get_param @stage2.block1.branch1.bn2.var : tensor<2x2xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x2x14x14xf32>, tensor<2x2xf32>
      %44 = slice.relu %43 : tensor<?x2x14x14xf32>
      %45 = slice.get_param @stage2.block1.branch1.conv3.weight : tensor<8x2x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x2x14x14xf32>, tensor<8x2x1x1xf32>
      slice.yield %46 : tensor<?x8x14x14xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x14x14xf32>):
      %29 = slice.get_param @stage2.block1.branch2.conv1.weight : tensor<2x8x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x8x14x14xf32>, tensor<2x8x1x1xf32>
      %31 = slice.get_param @stage2.block1.branch2.bn1.scale : tensor<2x2xf32>
      %32 = slice.get_param @stage2.block1.branch2.bn1.bias : tensor<2x2xf32>
      %33 = slice.get_param @stage2.block1.branch2.bn1.mean : tensor<2x2xf32>
      %34 = slice.get_param @stage2.block1.branch2.bn1.var : tensor<2x2xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x2x14x14xf32>, tensor<2x2xf32>
      %36 = slice.relu %35 : tensor<?x2x14x14xf32>
      %37 = slice.get_param @stage2.block1.branch2.conv2.weight : tensor<2x2x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
      %39 = slice.get_param @stage2.block1.branch2.bn2.scale : tensor<2x2xf32>
      %40 = slice.get_param @stage2.block1.branch2.bn2.bias : tensor<2x2xf32>
      %41 = slice.get_param @stage2.block1.branch2.bn2.mean : tensor<2x2xf32>
      %42 = slice.get_param @stage2.block1.branch2.bn2.var : tensor<2x2xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x2x14x14xf32>, tensor<2x2xf32>
      %44 = slice.relu %43 : tensor<?x2x14x14xf32>
      %45 = slice.get_param @stage2.block1.branch2.conv3.weight : tensor<8x2x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x2x14x14xf32>, tensor<8x2x1x1xf32>
      slice.yield %46 : tensor<?x8x14x14xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x14x14xf32>):
      %29 = slice.get_param @stage2.block1.branch3.conv1.weight : tensor<2x8x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x8x14x14xf32>, tensor<2x8x1x1xf32>
      %31 = slice.get_param @stage2.block1.branch3.bn1.scale : tensor<2x2xf32>
      %32 = slice.get_param @stage2.block1.branch3.bn1.bias : tensor<2x2xf32>
      %33 = slice.get_param @stage2.block1.branch3.bn1.mean : tensor<2x2xf32>
      %34 = slice.get_param @stage2.block1.branch3.bn1.var : tensor<2x2xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x2x14x14xf32>, tensor<2x2xf32>
      %36 = slice.relu %35 : tensor<?x2x14x14xf32>
      %37 = slice.get_param @stage2.block1.branch3.conv2.weight : tensor<2x2x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
      %39 = slice.get_param @stage2.block1.branch3.bn2.scale : tensor<2x2xf32>
      %40 = slice.get_param @stage2.block1.branch3.bn2.bias : tensor<2x2xf32>
      %41 = slice.get_param @stage2.block1.branch3.bn2.mean : tensor<2x2xf32>
      %42 = slice.get_param @stage2.block1.branch3.bn2.var : tensor<2x2xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x2x14x14xf32>, tensor<2x2xf32>
      %44 = slice.relu %43 : tensor<?x2x14x14xf32>
      %45 = slice.get_param @stage2.block1.branch3.conv3.weight : tensor<8x2x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x2x14x14xf32>, tensor<8x2x1x1xf32>
      slice.yield %46 : tensor<?x8x14x14xf32>
    }, {
    ^bb0(%arg1: tensor<?x8x14x14xf32>):
      %29 = slice.get_param @stage2.block1.branch4.conv1.weight : tensor<2x8x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x8x14x14xf32>, tensor<2x8x1x1xf32>
      %31 = slice.get_param @stage2.block1.branch4.bn1.scale : tensor<2x2xf32>
      %32 = slice.get_param @stage2.block1.branch4.bn1.bias : tensor<2x2xf32>
      %33 = slice.get_param @stage2.block1.branch4.bn1.mean : tensor<2x2xf32>
      %34 = slice.get_param @stage2.block1.branch4.bn1.var : tensor<2x2xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x2x14x14xf32>, tensor<2x2xf32>
      %36 = slice.relu %35 : tensor<?x2x14x14xf32>
      %37 = slice.get_param @stage2.block1.branch4.conv2.weight : tensor<2x2x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
      %39 = slice.get_param @stage2.block1.branch4.bn2.scale : tensor<2x2xf32>
      %40 = slice.get_param @stage2.block1.branch4.bn2.bias : tensor<2x2xf32>
      %41 = slice.get_param @stage2.block1.branch4.bn2.mean : tensor<2x2xf32>
      %42 = slice.get_param @stage2.block1.branch4.bn2.var : tensor<2x2xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x2x14x14xf32>, tensor<2x2xf32>
      %44 = slice.relu %43 : tensor<?x2x14x14xf32>
      %45 = slice.get_param @stage2.block1.branch4.conv3.weight : tensor<8x2x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x2x14x14xf32>, tensor<8x2x1x1xf32>
      slice.yield %46 : tensor<?x8x14x14xf32>
    }
    %18 = slice.avg_pool %17 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x8x14x14xf32>
    %19 = slice.pad_channels %18 {pads = array<i64: 8>} : tensor<?x8x7x7xf32>
    %20 = slice.get_param @stage3.block1.bn.scale : tensor<2x16xf32>
    %21 = slice.get_param @stage3.block1.bn.bias : tensor<2x16xf32>
    %22 = slice.get_param @stage3.block1.bn.mean : tensor<2x16xf32>
    %23 = slice.get_param @stage3.block1.bn.var : tensor<2x16xf32>
    %24 = slice.batch_norm %19, %20, %21, %22, %23 : tensor<?x16x7x7xf32>, tensor<2x16xf32>
    %25 = slice.relu %24 : tensor<?x16x7x7xf32>
    %26 = slice.block add(%25 : tensor<?x16x7x7xf32>) residual(%19 : tensor<?x16x7x7xf32>) attributes {subnet_branches = array<i64: 2, 4>} {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @stage3.block1.branch1.conv1.weight : tensor<4x16x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x16x7x7xf32>, tensor<4x16x1x1xf32>
      %31 = slice.get_param @stage3.block1.branch1.bn1.scale : tensor<2x4xf32>
      %32 = slice.get_param @stage3.block1.branch1.bn1.bias : tensor<2x4xf32>
      %33 = slice.get_param @stage3.block1.branch1.bn1.mean : tensor<2x4xf32>
      %34 = slice.get_param @stage3.block1.branch1.bn1.var : tensor<2x4xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x4x7x7xf32>, tensor<2x4xf32>
      %36 = slice.relu %35 : tensor<?x4x7x7xf32>
      %37 = slice.get_param @stage3.block1.branch1.conv2.weight : tensor<4x4x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
      %39 = slice.get_param @stage3.block1.branch1.bn2.scale : tensor<2x4xf32>
      %40 = slice.get_param @stage3.block1.branch1.bn2.bias : tensor<2x4xf32>
      %41 = slice.get_param @stage3.block1.branch1.bn2.mean : tensor<2x4xf32>
      %42 = slice.get_param @stage3.block1.branch1.bn2.var : tensor<2x4xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x4x7x7xf32>, tensor<2x4xf32>
      %44 = slice.relu %43 : tensor<?x4x7x7xf32>
      %45 = slice.get_param @stage3.block1.branch1.conv3.weight : tensor<16x4x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x4x7x7xf32>, tensor<16x4x1x1xf32>
      slice.yield %46 : tensor<?x16x7x7xf32>
    }, {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @stage3.block1.branch2.conv1.weight : tensor<4x16x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x16x7x7xf32>, tensor<4x16x1x1xf32>
      %31 = slice.get_param @stage3.block1.branch2.bn1.scale : tensor<2x4xf32>
      %32 = slice.get_param @stage3.block1.branch2.bn1.bias : tensor<2x4xf32>
      %33 = slice.get_param @stage3.block1.branch2.bn1.mean : tensor<2x4xf32>
      %34 = slice.get_param @stage3.block1.branch2.bn1.var : tensor<2x4xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x4x7x7xf32>, tensor<2x4xf32>
      %36 = slice.relu %35 : tensor<?x4x7x7xf32>
      %37 = slice.get_param @stage3.block1.branch2.conv2.weight : tensor<4x4x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
      %39 = slice.get_param @stage3.block1.branch2.bn2.scale : tensor<2x4xf32>
      %40 = slice.get_param @stage3.block1.branch2.bn2.bias : tensor<2x4xf32>
      %41 = slice.get_param @stage3.block1.branch2.bn2.mean : tensor<2x4xf32>
      %42 = slice.get_param @stage3.block1.branch2.bn2.var : tensor<2x4xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x4x7x7xf32>, tensor<2x4xf32>
      %44 = slice.relu %43 : tensor<?x4x7x7xf32>
      %45 = slice.get_param @stage3.block1.branch2.conv3.weight : tensor<16x4x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x4x7x7xf32>, tensor<16x4x1x1xf32>
      slice.yield %46 : tensor<?x16x7x7xf32>
    }, {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @stage3.block1.branch3.conv1.weight : tensor<4x16x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x16x7x7xf32>, tensor<4x16x1x1xf32>
      %31 = slice.get_param @stage3.block1.branch3.bn1.scale : tensor<2x4xf32>
      %32 = slice.get_param @stage3.block1.branch3.bn1.bias : tensor<2x4xf32>
      %33 = slice.get_param @stage3.block1.branch3.bn1.mean : tensor<2x4xf32>
      %34 = slice.get_param @stage3.block1.branch3.bn1.var : tensor<2x4xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x4x7x7xf32>, tensor<2x4xf32>
      %36 = slice.relu %35 : tensor<?x4x7x7xf32>
      %37 = slice.get_param @stage3.block1.branch3.conv2.weight : tensor<4x4x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
      %39 = slice.get_param @stage3.block1.branch3.bn2.scale : tensor<2x4xf32>
      %40 = slice.get_param @stage3.block1.branch3.bn2.bias : tensor<2x4xf32>
      %41 = slice.get_param @stage3.block1.branch3.bn2.mean : tensor<2x4xf32>
      %42 = slice.get_param @stage3.block1.branch3.bn2.var : tensor<2x4xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x4x7x7xf32>, tensor<2x4xf32>
      %44 = slice.relu %43 : tensor<?x4x7x7xf32>
      %45 = slice.get_param @stage3.block1.branch3.conv3.weight : tensor<16x4x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x4x7x7xf32>, tensor<16x4x1x1xf32>
      slice.yield %46 : tensor<?x16x7x7xf32>
    }, {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @stage3.block1.branch4.conv1.weight : tensor<4x16x1x1xf32>
      %30 = slice.conv2d %arg1, %29 : tensor<?x16x7x7xf32>, tensor<4x16x1x1xf32>
      %31 = slice.get_param @stage3.block1.branch4.bn1.scale : tensor<2x4xf32>
      %32 = slice.get_param @stage3.block1.branch4.bn1.bias : tensor<2x4xf32>
      %33 = slice.get_param @stage3.block1.branch4.bn1.mean : tensor<2x4xf32>
      %34 = slice.get_param @stage3.block1.branch4.bn1.var : tensor<2x4xf32>
      %35 = slice.batch_norm %30, %31, %32, %33, %34 : tensor<?x4x7x7xf32>, tensor<2x4xf32>
      %36 = slice.relu %35 : tensor<?x4x7x7xf32>
      %37 = slice.get_param @stage3.block1.branch4.conv2.weight : tensor<4x4x3x3xf32>
      %38 = slice.conv2d %36, %37 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
      %39 = slice.get_param @stage3.block1.branch4.bn2.scale : tensor<2x4xf32>
      %40 = slice.get_param @stage3.block1.branch4.bn2.bias : tensor<2x4xf32>
      %41 = slice.get_param @stage3.block1.branch4.bn2.mean : tensor<2x4xf32>
      %42 = slice.get_param @stage3.block1.branch4.bn2.var : tensor<2x4xf32>
      %43 = slice.batch_norm %38, %39, %40, %41, %42 : tensor<?x4x7x7xf32>, tensor<2x4xf32>
      %44 = slice.relu %43 : tensor<?x4x7x7xf32>
      %45 = slice.get_param @stage3.block1.branch4.conv3.weight : tensor<16x4x1x1xf32>
      %46 = slice.conv2d %44, %45 : tensor<?x4x7x7xf32>, tensor<16x4x1x1xf32>
      slice.yield %46 : tensor<?x16x7x7xf32>
    }
    %27 = slice.head subnet 1 level 1 (%26 : tensor<?x16x7x7xf32>) {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @head.bn.scale.subnet1 : tensor<16xf32>
      %30 = slice.get_param @head.bn.bias.subnet1 : tensor<16xf32>
      %31 = slice.get_param @head.bn.mean.subnet1 : tensor<16xf32>
      %32 = slice.get_param @head.bn.var.subnet1 : tensor<16xf32>
      %33 = slice.batch_norm %arg1, %29, %30, %31, %32 : tensor<?x16x7x7xf32>, tensor<16xf32>
      %34 = slice.relu %33 : tensor<?x16x7x7xf32>
      %35 = slice.global_avg_pool %34 : tensor<?x16x7x7xf32>
      %36 = slice.flatten %35 : tensor<?x16x1x1xf32>
      %37 = slice.get_param @head.fc.weight.subnet1 : tensor<10x16xf32>
      %38 = slice.get_param @head.fc.bias.subnet1 : tensor<10xf32>
      %39 = slice.linear %36, %37, %38 : tensor<?x16xf32>, tensor<10x16xf32>, tensor<10xf32>
      slice.yield %39 : tensor<?x10xf32>
    }
    %28 = slice.head subnet 2 level 1 (%26 : tensor<?x16x7x7xf32>) {
    ^bb0(%arg1: tensor<?x16x7x7xf32>):
      %29 = slice.get_param @head.bn.scale : tensor<16xf32>
      %30 = slice.get_param @head.bn.bias : tensor<16xf32>
      %31 = slice.get_param @head.bn.mean : tensor<16xf32>
      %32 = slice.get_param @head.bn.var : tensor<16xf32>
      %33 = slice.batch_norm %arg1, %29, %30, %31, %32 : tensor<?x16x7x7xf32>, tensor<16xf32>
      %34 = slice.relu %33 : tensor<?x16x7x7xf32>
      %35 = slice.global_avg_pool %34 : tensor<?x16x7x7xf32>
      %36 = slice.flatten %35 : tensor<?x16x1x1xf32>
      %37 = slice.get_param @head.fc.weight : tensor<10x16xf32>
      %38 = slice.get_param @head.fc.bias : tensor<10xf32>
      %39 = slice.linear %36, %37, %38 : tensor<?x16xf32>, tensor<10x16xf32>, tensor<10xf32>
      slice.yield %39 : tensor<?x10xf32>
    }
    return %27, %28 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

