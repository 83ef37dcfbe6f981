module @resnext_cifar_L3_W4_B1_C4 attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @stem.weight : tensor<4x1x3x3xf32> init(msra)
  slice.param @stage1.block1.bn.scale : tensor<4xf32> init(ones)
  slice.param @stage1.block1.bn.bias : tensor<4xf32> init(zeros)
  slice.param @stage1.block1.bn.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage1.block1.bn.var : tensor<4xf32> init(ones) buffer
  slice.param @stage1.block1.branch1.conv1.weight : tensor<1x2x1x1xf32> init(msra)
  slice.param @stage1.block1.branch1.bn1.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch1.bn1.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch1.bn1.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch1.bn1.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch1.conv2.weight : tensor<1x1x3x3xf32> init(msra)
  slice.param @stage1.block1.branch1.bn2.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch1.bn2.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch1.bn2.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch1.bn2.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch1.conv3.weight : tensor<2x1x1x1xf32> init(msra)
  slice.param @stage1.block1.branch2.conv1.weight : tensor<1x2x1x1xf32> init(msra)
  slice.param @stage1.block1.branch2.bn1.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch2.bn1.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch2.bn1.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch2.bn1.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch2.conv2.weight : tensor<1x1x3x3xf32> init(msra)
  slice.param @stage1.block1.branch2.bn2.scale : tensor<1xf32> init(ones)
  slice.param @stage1.block1.branch2.bn2.bias : tensor<1xf32> init(zeros)
  slice.param @stage1.block1.branch2.bn2.mean : tensor<1xf32> init(zeros) buffer
  slice.param @stage1.block1.branch2.bn2.var : tensor<1xf32> init(ones) buffer
  slice.param @stage1.block1.branch2.conv3.weight : tensor<2x1x1x1xf32> init(msra)
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
  slice.param @stage1.block1.branch3.conv3.weight : tensor<2x1x1x1xf32> init(msra)
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
  slice.param @stage1.block1.branch4.conv3.weight : tensor<2x1x1x1xf32> init(msra)
  slice.param @stage2.block1.bn.scale : tensor<8xf32> init(ones)
  slice.param @stage2.block1.bn.bias : tensor<8xf32> init(zeros)
  slice.param @stage2.block1.bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @stage2.block1.bn.var : tensor<8xf32> init(ones) buffer
  slice.param @stage2.block1.branch1.conv1.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @stage2.block1.branch1.bn1.scale : tensor<2xf32> init(ones)
  slice.param @stage2.block1.branch1.bn1.bias : tensor<2xf32> init(zeros)
  slice.param @stage2.block1.branch1.bn1.mean : tensor<2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch1.bn1.var : tensor<2xf32> init(ones) buffer
  slice.param @stage2.block1.branch1.conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @stage2.block1.branch1.bn2.scale : tensor<2xf32> init(ones)
  slice.param @stage2.block1.branch1.bn2.bias : tensor<2xf32> init(zeros)
  slice.param @stage2.block1.branch1.bn2.mean : tensor<2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch1.bn2.var : tensor<2xf32> init(ones) buffer
  slice.param @stage2.block1.branch1.conv3.weight : tensor<4x2x1x1xf32> init(msra)
  slice.param @stage2.block1.branch2.conv1.weight : tensor<2x4x1x1xf32> init(msra)
  slice.param @stage2.block1.branch2.bn1.scale : tensor<2xf32> init(ones)
  slice.param @stage2.block1.branch2.bn1.bias : tensor<2xf32> init(zeros)
  slice.param @stage2.block1.branch2.bn1.mean : tensor<2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch2.bn1.var : tensor<2xf32> init(ones) buffer
  slice.param @stage2.block1.branch2.conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @stage2.block1.branch2.bn2.scale : tensor<2xf32> init(ones)
  slice.param @stage2.block1.branch2.bn2.bias : tensor<2xf32> init(zeros)
  slice.param @stage2.block1.branch2.bn2.mean : tensor<2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch2.bn2.var : tensor<2xf32> init(ones) buffer
  slice.param @stage2.block1.branch2.conv3.weight : tensor<4x2x1x1xf32> init(msra)
  slice.param @stage2.block1.branch3.conv1.weight : tensor<2x8x1x1xf32> init(msra)
  slice.param @stage2.block1.branch3.bn1.scale : tensor<2xf32> init(ones)
  slice.param @stage2.block1.branch3.bn1.bias : tensor<2xf32> init(zeros)
  slice.param @stage2.block1.branch3.bn1.mean : tensor<2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch3.bn1.var : tensor<2xf32> init(ones) buffer
  slice.param @stage2.block1.branch3.conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @stage2.block1.branch3.bn2.scale : tensor<2xf32> init(ones)
  slice.param @stage2.block1.branch3.bn2.bias : tensor<2xf32> init(zeros)
  slice.param @stage2.block1.branch3.bn2.mean : tensor<2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch3.bn2.var : tensor<2xf32> init(ones) buffer
  slice.param @stage2.block1.branch3.conv3.weight : tensor<4x2x1x1xf32> init(msra)
  slice.param @stage2.block1.branch4.conv1.weight : tensor<2x8x1x1xf32> init(msra)
  slice.param @stage2.block1.branch4.bn1.scale : tensor<2xf32> init(ones)
  slice.param @stage2.block1.branch4.bn1.bias : tensor<2xf32> init(zeros)
  slice.param @stage2.block1.branch4.bn1.mean : tensor<2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch4.bn1.var : tensor<2xf32> init(ones) buffer
  slice.param @stage2.block1.branch4.conv2.weight : tensor<2x2x3x3xf32> init(msra)
  slice.param @stage2.block1.branch4.bn2.scale : tensor<2xf32> init(ones)
  slice.param @stage2.block1.branch4.bn2.bias : tensor<2xf32> init(zeros)
  slice.param @stage2.block1.branch4.bn2.mean : tensor<2xf32> init(zeros) buffer
  slice.param @stage2.block1.branch4.bn2.var : tensor<2xf32> init(ones) buffer
  slice.param @stage2.block1.branch4.conv3.weight : tensor<4x2x1x1xf32> init(msra)
  slice.param @stage3.block1.bn.scale : tensor<16xf32> init(ones)
  slice.param @stage3.block1.bn.bias : tensor<16xf32> init(zeros)
  slice.param @stage3.block1.bn.mean : tensor<16xf32> init(zeros) buffer
  slice.param @stage3.block1.bn.var : tensor<16xf32> init(ones) buffer
  slice.param @stage3.block1.branch1.conv1.weight : tensor<4x8x1x1xf32> init(msra)
  slice.param @stage3.block1.branch1.bn1.scale : tensor<4xf32> init(ones)
  slice.param @stage3.block1.branch1.bn1.bias : tensor<4xf32> init(zeros)
  slice.param @stage3.block1.branch1.bn1.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch1.bn1.var : tensor<4xf32> init(ones) buffer
  slice.param @stage3.block1.branch1.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @stage3.block1.branch1.bn2.scale : tensor<4xf32> init(ones)
  slice.param @stage3.block1.branch1.bn2.bias : tensor<4xf32> init(zeros)
  slice.param @stage3.block1.branch1.bn2.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch1.bn2.var : tensor<4xf32> init(ones) buffer
  slice.param @stage3.block1.branch1.conv3.weight : tensor<8x4x1x1xf32> init(msra)
  slice.param @stage3.block1.branch2.conv1.weight : tensor<4x8x1x1xf32> init(msra)
  slice.param @stage3.block1.branch2.bn1.scale : tensor<4xf32> init(ones)
  slice.param @stage3.block1.branch2.bn1.bias : tensor<4xf32> init(zeros)
  slice.param @stage3.block1.branch2.bn1.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch2.bn1.var : tensor<4xf32> init(ones) buffer
  slice.param @stage3.block1.branch2.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @stage3.block1.branch2.bn2.scale : tensor<4xf32> init(ones)
  slice.param @stage3.block1.branch2.bn2.bias : tensor<4xf32> init(zeros)
  slice.param @stage3.block1.branch2.bn2.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch2.bn2.var : tensor<4xf32> init(ones) buffer
  slice.param @stage3.block1.branch2.conv3.weight : tensor<8x4x1x1xf32> init(msra)
  slice.param @stage3.block1.branch3.conv1.weight : tensor<4x16x1x1xf32> init(msra)
  slice.param @stage3.block1.branch3.bn1.scale : tensor<4xf32> init(ones)
  slice.param @stage3.block1.branch3.bn1.bias : tensor<4xf32> init(zeros)
  slice.param @stage3.block1.branch3.bn1.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch3.bn1.var : tensor<4xf32> init(ones) buffer
  slice.param @stage3.block1.branch3.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @stage3.block1.branch3.bn2.scale : tensor<4xf32> init(ones)
  slice.param @stage3.block1.branch3.bn2.bias : tensor<4xf32> init(zeros)
  slice.param @stage3.block1.branch3.bn2.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch3.bn2.var : tensor<4xf32> init(ones) buffer
  slice.param @stage3.block1.branch3.conv3.weight : tensor<8x4x1x1xf32> init(msra)
  slice.param @stage3.block1.branch4.conv1.weight : tensor<4x16x1x1xf32> init(msra)
  slice.param @stage3.block1.branch4.bn1.scale : tensor<4xf32> init(ones)
  slice.param @stage3.block1.branch4.bn1.bias : tensor<4xf32> init(zeros)
  slice.param @stage3.block1.branch4.bn1.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch4.bn1.var : tensor<4xf32> init(ones) buffer
  slice.param @stage3.block1.branch4.conv2.weight : tensor<4x4x3x3xf32> init(msra)
  slice.param @stage3.block1.branch4.bn2.scale : tensor<4xf32> init(ones)
  slice.param @stage3.block1.branch4.bn2.bias : tensor<4xf32> init(zeros)
  slice.param @stage3.block1.branch4.bn2.mean : tensor<4xf32> init(zeros) buffer
  slice.param @stage3.block1.branch4.bn2.var : tensor<4xf32> init(ones) buffer
  slice.param @stage3.block1.branch4.conv3.weight : tensor<8x4x1x1xf32> init(msra)
  slice.param @head.bn.scale : tensor<16xf32> init(ones)
  slice.param @head.bn.scale.subnet1 : tensor<8xf32> init(ones)
  slice.param @head.bn.bias : tensor<16xf32> init(zeros)
  slice.param @head.bn.bias.subnet1 : tensor<8xf32> init(zeros)
  slice.param @head.bn.mean : tensor<16xf32> init(zeros) buffer
  slice.param @head.bn.mean.subnet1 : tensor<8xf32> init(zeros) buffer
  slice.param @head.bn.var : tensor<16xf32> init(ones) buffer
  slice.param @head.bn.var.subnet1 : tensor<8xf32> init(ones) buffer
  slice.param @head.fc.weight : tensor<10x16xf32> init(uniform)
  slice.param @head.fc.weight.subnet1 : tensor<10x8xf32> init(uniform)
  slice.param @head.fc.bias : tensor<10xf32> init(zeros)
  slice.param @head.fc.bias.subnet1 : tensor<10xf32> init(zeros)
  func.func @step1(%arg0: tensor<?x1x28x28xf32>) -> (tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64}, tensor<?x2x28x28xf32> {slice.state = 0 : i64}, tensor<?x4x14x14xf32> {slice.state = 1 : i64}, tensor<?x8x7x7xf32> {slice.state = 2 : i64}, tensor<?x8x7x7xf32> {slice.state = 3 : i64}) attributes {slice.step = 1 : i64, slice.step_head_macs = 80 : i64, slice.step_macs = 75344 : i64} {
    %0 = slice.get_param @stem.weight : tensor<4x1x3x3xf32>
    %1 = slice.param_slice %0 {offsets = array<i64: 0, 0, 0, 0>, sizes = array<i64: 2, 1, 3, 3>} : tensor<4x1x3x3xf32>
    %2 = slice.conv2d %arg0, %1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<2x1x3x3xf32>
    %3 = slice.get_param @stage1.block1.bn.scale : tensor<4xf32>
    %4 = slice.param_slice %3 {offsets = array<i64: 0>, sizes = array<i64: 2>} : tensor<4xf32>
    %5 = slice.get_param @stage1.block1.bn.bias : tensor<4xf32>
    %6 = slice.param_slice %5 {offsets = array<i64: 0>, sizes = array<i64: 2>} : tensor<4xf32>
    %7 = slice.get_param @stage1.block1.bn.mean : tensor<4xf32>
    %8 = slice.param_slice %7 {offsets = array<i64: 0>, sizes = array<i64: 2>} : tensor<4xf32>
    %9 = slice.get_param @stage1.block1.bn.var : tensor<4xf32>
    %10 = slice.param_slice %9 {offsets = array<i64: 0>, sizes = array<i64: 2>} : tensor<4xf32>
    %11 = slice.batch_norm %2, %4, %6, %8, %10 : tensor<?x2x28x28xf32>, tensor<2xf32>
    %12 = slice.relu %11 : tensor<?x2x28x28xf32>
    %13 = slice.get_param @stage1.block1.branch1.conv1.weight : tensor<1x2x1x1xf32>
    %14 = slice.get_param @stage1.block1.branch2.conv1.weight : tensor<1x2x1x1xf32>
    %15 = slice.param_concat %13, %14 {axis = 0 : i64} : tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>
    %16 = slice.conv2d %12, %15 : tensor<?x2x28x28xf32>, tensor<2x2x1x1xf32>
    %17 = slice.get_param @stage1.block1.branch1.bn1.scale : tensor<1xf32>
    %18 = slice.get_param @stage1.block1.branch2.bn1.scale : tensor<1xf32>
    %19 = slice.param_concat %17, %18 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %20 = slice.get_param @stage1.block1.branch1.bn1.bias : tensor<1xf32>
    %21 = slice.get_param @stage1.block1.branch2.bn1.bias : tensor<1xf32>
    %22 = slice.param_concat %20, %21 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %23 = slice.get_param @stage1.block1.branch1.bn1.mean : tensor<1xf32>
    %24 = slice.get_param @stage1.block1.branch2.bn1.mean : tensor<1xf32>
    %25 = slice.param_concat %23, %24 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %26 = slice.get_param @stage1.block1.branch1.bn1.var : tensor<1xf32>
    %27 = slice.get_param @stage1.block1.branch2.bn1.var : tensor<1xf32>
    %28 = slice.param_concat %26, %27 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %29 = slice.batch_norm %16, %19, %22, %25, %28 : tensor<?x2x28x28xf32>, tensor<2xf32>
    %30 = slice.relu %29 : tensor<?x2x28x28xf32>
    %31 = slice.get_param @stage1.block1.branch1.conv2.weight : tensor<1x1x3x3xf32>
    %32 = slice.get_param @stage1.block1.branch2.conv2.weight : tensor<1x1x3x3xf32>
    %33 = slice.param_concat %31, %32 {axis = 0 : i64} : tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>
    %34 = slice.conv2d %30, %33 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x28x28xf32>, tensor<2x1x3x3xf32>
    %35 = slice.get_param @stage1.block1.branch1.bn2.scale : tensor<1xf32>
    %36 = slice.get_param @stage1.block1.branch2.bn2.scale : tensor<1xf32>
    %37 = slice.param_concat %35, %36 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %38 = slice.get_param @stage1.block1.branch1.bn2.bias : tensor<1xf32>
    %39 = slice.get_param @stage1.block1.branch2.bn2.bias : tensor<1xf32>
    %40 = slice.param_concat %38, %39 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %41 = slice.get_param @stage1.block1.branch1.bn2.mean : tensor<1xf32>
    %42 = slice.get_param @stage1.block1.branch2.bn2.mean : tensor<1xf32>
    %43 = slice.param_concat %41, %42 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %44 = slice.get_param @stage1.block1.branch1.bn2.var : tensor<1xf32>
    %45 = slice.get_param @stage1.block1.branch2.bn2.var : tensor<1xf32>
    %46 = slice.param_concat %44, %45 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %47 = slice.batch_norm %34, %37, %40, %43, %46 : tensor<?x2x28x28xf32>, tensor<2xf32>
    %48 = slice.relu %47 : tensor<?x2x28x28xf32>
    %49 = slice.get_param @stage1.block1.branch1.conv3.weight : tensor<2x1x1x1xf32>
    %50 = slice.get_param @stage1.block1.branch2.conv3.weight : tensor<2x1x1x1xf32>
    %51 = slice.param_concat %49, %50 {axis = 1 : i64} : tensor<2x1x1x1xf32>, tensor<2x1x1x1xf32>
    %52 = slice.conv2d %48, %51 : tensor<?x2x28x28xf32>, tensor<2x2x1x1xf32>
    %53 = slice.add %2, %52 : tensor<?x2x28x28xf32>
    %54 = slice.avg_pool %53 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x2x28x28xf32>
    %55 = slice.pad_channels %54 {pads = array<i64: 2>} : tensor<?x2x14x14xf32>
    %56 = slice.get_param @stage2.block1.bn.scale : tensor<8xf32>
    %57 = slice.param_slice %56 {offsets = array<i64: 0>, sizes = array<i64: 4>} : tensor<8xf32>
    %58 = slice.get_param @stage2.block1.bn.bias : tensor<8xf32>
    %59 = slice.param_slice %58 {offsets = array<i64: 0>, sizes = array<i64: 4>} : tensor<8xf32>
    %60 = slice.get_param @stage2.block1.bn.mean : tensor<8xf32>
    %61 = slice.param_slice %60 {offsets = array<i64: 0>, sizes = array<i64: 4>} : tensor<8xf32>
    %62 = slice.get_param @stage2.block1.bn.var : tensor<8xf32>
    %63 = slice.param_slice %62 {offsets = array<i64: 0>, sizes = array<i64: 4>} : tensor<8xf32>
    %64 = slice.batch_norm %55, %57, %59, %61, %63 : tensor<?x4x14x14xf32>, tensor<4xf32>
    %65 = slice.relu %64 : tensor<?x4x14x14xf32>
    %66 = slice.get_param @stage2.block1.branch1.conv1.weight : tensor<2x4x1x1xf32>
    %67 = slice.get_param @stage2.block1.branch2.conv1.weight : tensor<2x4x1x1xf32>
    %68 = slice.param_concat %66, %67 {axis = 0 : i64} : tensor<2x4x1x1xf32>, tensor<2x4x1x1xf32>
    %69 = slice.conv2d %65, %68 : tensor<?x4x14x14xf32>, tensor<4x4x1x1xf32>
    %70 = slice.get_param @stage2.block1.branch1.bn1.scale : tensor<2xf32>
    %71 = slice.get_param @stage2.block1.branch2.bn1.scale : tensor<2xf32>
    %72 = slice.param_concat %70, %71 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %73 = slice.get_param @stage2.block1.branch1.bn1.bias : tensor<2xf32>
    %74 = slice.get_param @stage2.block1.branch2.bn1.bias : tensor<2xf32>
    %75 = slice.param_concat %73, %74 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %76 = slice.get_param @stage2.block1.branch1.bn1.mean : tensor<2xf32>
    %77 = slice.get_param @stage2.block1.branch2.bn1.mean : tensor<2xf32>
    %78 = slice.param_concat %76, %77 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %79 = slice.get_param @stage2.block1.branch1.bn1.var : tensor<2xf32>
    %80 = slice.get_param @stage2.block1.branch2.bn1.var : tensor<2xf32>
    %81 = slice.param_concat %79, %80 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %82 = slice.batch_norm %69, %72, %75, %78, %81 : tensor<?x4x14x14xf32>, tensor<4xf32>
    %83 = slice.relu %82 : tensor<?x4x14x14xf32>
    %84 = slice.get_param @stage2.block1.branch1.conv2.weight : tensor<2x2x3x3xf32>
    %85 = slice.get_param @stage2.block1.branch2.conv2.weight : tensor<2x2x3x3xf32>
    %86 = slice.param_concat %84, %85 {axis = 0 : i64} : tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>
    %87 = slice.conv2d %83, %86 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x14x14xf32>, tensor<4x2x3x3xf32>
    %88 = slice.get_param @stage2.block1.branch1.bn2.scale : tensor<2xf32>
    %89 = slice.get_param @stage2.block1.branch2.bn2.scale : tensor<2xf32>
    %90 = slice.param_concat %88, %89 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %91 = slice.get_param @stage2.block1.branch1.bn2.bias : tensor<2xf32>
    %92 = slice.get_param @stage2.block1.branch2.bn2.bias : tensor<2xf32>
    %93 = slice.param_concat %91, %92 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %94 = slice.get_param @stage2.block1.branch1.bn2.mean : tensor<2xf32>
    %95 = slice.get_param @stage2.block1.branch2.bn2.mean : tensor<2xf32>
    %96 = slice.param_concat %94, %95 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %97 = slice.get_param @stage2.block1.branch1.bn2.var : tensor<2xf32>
    %98 = slice.get_param @stage2.block1.branch2.bn2.var : tensor<2xf32>
    %99 = slice.param_concat %97, %98 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %100 = slice.batch_norm %87, %90, %93, %96, %99 : tensor<?x4x14x14xf32>, tensor<4xf32>
    %101 = slice.relu %100 : tensor<?x4x14x14xf32>
    %102 = slice.get_param @stage2.block1.branch1.conv3.weight : tensor<4x2x1x1xf32>
    %103 = slice.get_param @stage2.block1.branch2.conv3.weight : tensor<4x2x1x1xf32>
    %104 = slice.param_concat %102, %103 {axis = 1 : i64} : tensor<4x2x1x1xf32>, tensor<4x2x1x1xf32>
    %105 = slice.conv2d %101, %104 : tensor<?x4x14x14xf32>, tensor<4x4x1x1xf32>
    %106 = slice.add %55, %105 : tensor<?x4x14x14xf32>
    %107 = slice.avg_pool %106 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x14x14xf32>
    %108 = slice.pad_channels %107 {pads = array<i64: 4>} : tensor<?x4x7x7xf32>
    %109 = slice.get_param @stage3.block1.bn.scale : tensor<16xf32>
    %110 = slice.param_slice %109 {offsets = array<i64: 0>, sizes = array<i64: 8>} : tensor<16xf32>
    %111 = slice.get_param @stage3.block1.bn.bias : tensor<16xf32>
    %112 = slice.param_slice %111 {offsets = array<i64: 0>, sizes = array<i64: 8>} : tensor<16xf32>
    %113 = slice.get_param @stage3.block1.bn.mean : tensor<16xf32>
    %114 = slice.param_slice %113 {offsets = array<i64: 0>, sizes = array<i64: 8>} : tensor<16xf32>
    %115 = slice.get_param @stage3.block1.bn.var : tensor<16xf32>
    %116 = slice.param_slice %115 {offsets = array<i64: 0>, sizes = array<i64: 8>} : tensor<16xf32>
    %117 = slice.batch_norm %108, %110, %112, %114, %116 : tensor<?x8x7x7xf32>, tensor<8xf32>
    %118 = slice.relu %117 : tensor<?x8x7x7xf32>
    %119 = slice.get_param @stage3.block1.branch1.conv1.weight : tensor<4x8x1x1xf32>
    %120 = slice.get_param @stage3.block1.branch2.conv1.weight : tensor<4x8x1x1xf32>
    %121 = slice.param_concat %119, %120 {axis = 0 : i64} : tensor<4x8x1x1xf32>, tensor<4x8x1x1xf32>
    %122 = slice.conv2d %118, %121 : tensor<?x8x7x7xf32>, tensor<8x8x1x1xf32>
    %123 = slice.get_param @stage3.block1.branch1.bn1.scale : tensor<4xf32>
    %124 = slice.get_param @stage3.block1.branch2.bn1.scale : tensor<4xf32>
    %125 = slice.param_concat %123, %124 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %126 = slice.get_param @stage3.block1.branch1.bn1.bias : tensor<4xf32>
    %127 = slice.get_param @stage3.block1.branch2.bn1.bias : tensor<4xf32>
    %128 = slice.param_concat %126, %127 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %129 = slice.get_param @stage3.block1.branch1.bn1.mean : tensor<4xf32>
    %130 = slice.get_param @stage3.block1.branch2.bn1.mean : tensor<4xf32>
    %131 = slice.param_concat %129, %130 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %132 = slice.get_param @stage3.block1.branch1.bn1.var : tensor<4xf32>
    %133 = slice.get_param @stage3.block1.branch2.bn1.var : tensor<4xf32>
    %134 = slice.param_concat %132, %133 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %135 = slice.batch_norm %122, %125, %128, %131, %134 : tensor<?x8x7x7xf32>, tensor<8xf32>
    %136 = slice.relu %135 : tensor<?x8x7x7xf32>
    %137 = slice.get_param @stage3.block1.branch1.conv2.weight : tensor<4x4x3x3xf32>
    %138 = slice.get_param @stage3.block1.branch2.conv2.weight : tensor<4x4x3x3xf32>
    %139 = slice.param_concat %137, %138 {axis = 0 : i64} : tensor<4x4x3x3xf32>, tensor<4x4x3x3xf32>
    %140 = slice.conv2d %136, %139 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x8x7x7xf32>, tensor<8x4x3x3xf32>
    %141 = slice.get_param @stage3.block1.branch1.bn2.scale : tensor<4xf32>
    %142 = slice.get_param @stage3.block1.branch2.bn2.scale : tensor<4xf32>
    %143 = slice.param_concat %141, %142 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %144 = slice.get_param @stage3.block1.branch1.bn2.bias : tensor<4xf32>
    %145 = slice.get_param @stage3.block1.branch2.bn2.bias : tensor<4xf32>
    %146 = slice.param_concat %144, %145 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %147 = slice.get_param @stage3.block1.branch1.bn2.mean : tensor<4xf32>
    %148 = slice.get_param @stage3.block1.branch2.bn2.mean : tensor<4xf32>
    %149 = slice.param_concat %147, %148 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %150 = slice.get_param @stage3.block1.branch1.bn2.var : tensor<4xf32>
    %151 = slice.get_param @stage3.block1.branch2.bn2.var : tensor<4xf32>
    %152 = slice.param_concat %150, %151 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %153 = slice.batch_norm %140, %143, %146, %149, %152 : tensor<?x8x7x7xf32>, tensor<8xf32>
    %154 = slice.relu %153 : tensor<?x8x7x7xf32>
    %155 = slice.get_param @stage3.block1.branch1.conv3.weight : tensor<8x4x1x1xf32>
    %156 = slice.get_param @stage3.block1.branch2.conv3.weight : tensor<8x4x1x1xf32>
    %157 = slice.param_concat %155, %156 {axis = 1 : i64} : tensor<8x4x1x1xf32>, tensor<8x4x1x1xf32>
    %158 = slice.conv2d %154, %157 : tensor<?x8x7x7xf32>, tensor<8x8x1x1xf32>
    %159 = slice.add %108, %158 : tensor<?x8x7x7xf32>
    %160 = slice.get_param @head.bn.scale.subnet1 : tensor<8xf32>
    %161 = slice.get_param @head.bn.bias.subnet1 : tensor<8xf32>
    %162 = slice.get_param @head.bn.mean.subnet1 : tensor<8xf32>
    %163 = slice.get_param @head.bn.var.subnet1 : tensor<8xf32>
    %164 = slice.batch_norm %159, %160, %161, %162, %163 : tensor<?x8x7x7xf32>, tensor<8xf32>
    %165 = slice.relu %164 : tensor<?x8x7x7xf32>
    %166 = slice.global_avg_pool %165 : tensor<?x8x7x7xf32>
    %167 = slice.flatten %166 : tensor<?x8x1x1xf32>
    %168 = slice.get_param @head.fc.weight.subnet1 : tensor<10x8xf32>
    %169 = slice.get_param @head.fc.bias.subnet1 : tensor<10xf32>
    %170 = slice.linear %167, %168, %169 : tensor<?x8xf32>, tensor<10x8xf32>, tensor<10xf32>
    return %170, %12, %65, %118, %159 : tensor<?x10xf32>, tensor<?x2x28x28xf32>, tensor<?x4x14x14xf32>, tensor<?x8x7x7xf32>, tensor<?x8x7x7xf32>
  }
  func.func @step2(%arg0: tensor<?x1x28x28xf32>, %arg1: tensor<?x2x28x28xf32> {slice.state = 0 : i64}, %arg2: tensor<?x4x14x14xf32> {slice.state = 1 : i64}, %arg3: tensor<?x8x7x7xf32> {slice.state = 2 : i64}, %arg4: tensor<?x8x7x7xf32> {slice.state = 3 : i64}) -> (tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 2 : i64}) attributes {slice.step = 2 : i64, slice.step_head_macs = 0 : i64, slice.step_macs = 84832 : i64} {
    %0 = slice.get_param @stem.weight : tensor<4x1x3x3xf32>
    %1 = slice.param_slice %0 {offsets = array<i64: 2, 0, 0, 0>, sizes = array<i64: 2, 1, 3, 3>} : tensor<4x1x3x3xf32>
    %2 = slice.conv2d %arg0, %1 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<2x1x3x3xf32>
    %3 = slice.get_param @stage1.block1.bn.scale : tensor<4xf32>
    %4 = slice.param_slice %3 {offsets = array<i64: 2>, sizes = array<i64: 2>} : tensor<4xf32>
    %5 = slice.get_param @stage1.block1.bn.bias : tensor<4xf32>
    %6 = slice.param_slice %5 {offsets = array<i64: 2>, sizes = array<i64: 2>} : tensor<4xf32>
    %7 = slice.get_param @stage1.block1.bn.mean : tensor<4xf32>
    %8 = slice.param_slice %7 {offsets = array<i64: 2>, sizes = array<i64: 2>} : tensor<4xf32>
    %9 = slice.get_param @stage1.block1.bn.var : tensor<4xf32>
    %10 = slice.param_slice %9 {offsets = array<i64: 2>, sizes = array<i64: 2>} : tensor<4xf32>
    %11 = slice.batch_norm %2, %4, %6, %8, %10 : tensor<?x2x28x28xf32>, tensor<2xf32>
    %12 = slice.relu %11 : tensor<?x2x28x28xf32>
    %13 = slice.concat %arg1, %12 : tensor<?x2x28x28xf32>, tensor<?x2x28x28xf32>
    %14 = slice.get_param @stage1.block1.branch3.conv1.weight : tensor<1x4x1x1xf32>
    %15 = slice.get_param @stage1.block1.branch4.conv1.weight : tensor<1x4x1x1xf32>
    %16 = slice.param_concat %14, %15 {axis = 0 : i64} : tensor<1x4x1x1xf32>, tensor<1x4x1x1xf32>
    %17 = slice.conv2d %13, %16 : tensor<?x4x28x28xf32>, tensor<2x4x1x1xf32>
    %18 = slice.get_param @stage1.block1.branch3.bn1.scale : tensor<1xf32>
    %19 = slice.get_param @stage1.block1.branch4.bn1.scale : tensor<1xf32>
    %20 = slice.param_concat %18, %19 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %21 = slice.get_param @stage1.block1.branch3.bn1.bias : tensor<1xf32>
    %22 = slice.get_param @stage1.block1.branch4.bn1.bias : tensor<1xf32>
    %23 = slice.param_concat %21, %22 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %24 = slice.get_param @stage1.block1.branch3.bn1.mean : tensor<1xf32>
    %25 = slice.get_param @stage1.block1.branch4.bn1.mean : tensor<1xf32>
    %26 = slice.param_concat %24, %25 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %27 = slice.get_param @stage1.block1.branch3.bn1.var : tensor<1xf32>
    %28 = slice.get_param @stage1.block1.branch4.bn1.var : tensor<1xf32>
    %29 = slice.param_concat %27, %28 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %30 = slice.batch_norm %17, %20, %23, %26, %29 : tensor<?x2x28x28xf32>, tensor<2xf32>
    %31 = slice.relu %30 : tensor<?x2x28x28xf32>
    %32 = slice.get_param @stage1.block1.branch3.conv2.weight : tensor<1x1x3x3xf32>
    %33 = slice.get_param @stage1.block1.branch4.conv2.weight : tensor<1x1x3x3xf32>
    %34 = slice.param_concat %32, %33 {axis = 0 : i64} : tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>
    %35 = slice.conv2d %31, %34 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x28x28xf32>, tensor<2x1x3x3xf32>
    %36 = slice.get_param @stage1.block1.branch3.bn2.scale : tensor<1xf32>
    %37 = slice.get_param @stage1.block1.branch4.bn2.scale : tensor<1xf32>
    %38 = slice.param_concat %36, %37 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %39 = slice.get_param @stage1.block1.branch3.bn2.bias : tensor<1xf32>
    %40 = slice.get_param @stage1.block1.branch4.bn2.bias : tensor<1xf32>
    %41 = slice.param_concat %39, %40 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %42 = slice.get_param @stage1.block1.branch3.bn2.mean : tensor<1xf32>
    %43 = slice.get_param @stage1.block1.branch4.bn2.mean : tensor<1xf32>
    %44 = slice.param_concat %42, %43 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %45 = slice.get_param @stage1.block1.branch3.bn2.var : tensor<1xf32>
    %46 = slice.get_param @stage1.block1.branch4.bn2.var : tensor<1xf32>
    %47 = slice.param_concat %45, %46 {axis = 0 : i64} : tensor<1xf32>, tensor<1xf32>
    %48 = slice.batch_norm %35, %38, %41, %44, %47 : tensor<?x2x28x28xf32>, tensor<2xf32>
    %49 = slice.relu %48 : tensor<?x2x28x28xf32>
    %50 = slice.get_param @stage1.block1.branch3.conv3.weight : tensor<2x1x1x1xf32>
    %51 = slice.get_param @stage1.block1.branch4.conv3.weight : tensor<2x1x1x1xf32>
    %52 = slice.param_concat %50, %51 {axis = 1 : i64} : tensor<2x1x1x1xf32>, tensor<2x1x1x1xf32>
    %53 = slice.conv2d %49, %52 : tensor<?x2x28x28xf32>, tensor<2x2x1x1xf32>
    %54 = slice.add %2, %53 : tensor<?x2x28x28xf32>
    %55 = slice.avg_pool %54 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x2x28x28xf32>
    %56 = slice.pad_channels %55 {pads = array<i64: 2>} : tensor<?x2x14x14xf32>
    %57 = slice.get_param @stage2.block1.bn.scale : tensor<8xf32>
    %58 = slice.param_slice %57 {offsets = array<i64: 4>, sizes = array<i64: 4>} : tensor<8xf32>
    %59 = slice.get_param @stage2.block1.bn.bias : tensor<8xf32>
    %60 = slice.param_slice %59 {offsets = array<i64: 4>, sizes = array<i64: 4>} : tensor<8xf32>
    %61 = slice.get_param @stage2.block1.bn.mean : tensor<8xf32>
    %62 = slice.param_slice %61 {offsets = array<i64: 4>, sizes = array<i64: 4>} : tensor<8xf32>
    %63 = slice.get_param @stage2.block1.bn.var : tensor<8xf32>
    %64 = slice.param_slice %63 {offsets = array<i64: 4>, sizes = array<i64: 4>} : tensor<8xf32>
    %65 = slice.batch_norm %56, %58, %60, %62, %64 : tensor<?x4x14x14xf32>, tensor<4xf32>
    %66 = slice.relu %65 : tensor<?x4x14x14xf32>
    %67 = slice.concat %arg2, %66 : tensor<?x4x14x14xf32>, tensor<?x4x14x14xf32>
    %68 = slice.get_param @stage2.block1.branch3.conv1.weight : tensor<2x8x1x1xf32>
    %69 = slice.get_param @stage2.block1.branch4.conv1.weight : tensor<2x8x1x1xf32>
    %70 = slice.param_concat %68, %69 {axis = 0 : i64} : tensor<2x8x1x1xf32>, tensor<2x8x1x1xf32>
    %71 = slice.conv2d %67, %70 : tensor<?x8x14x14xf32>, tensor<4x8x1x1xf32>
    %72 = slice.get_param @stage2.block1.branch3.bn1.scale : tensor<2xf32>
    %73 = slice.get_param @stage2.block1.branch4.bn1.scale : tensor<2xf32>
    %74 = slice.param_concat %72, %73 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %75 = slice.get_param @stage2.block1.branch3.bn1.bias : tensor<2xf32>
    %76 = slice.get_param @stage2.block1.branch4.bn1.bias : tensor<2xf32>
    %77 = slice.param_concat %75, %76 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %78 = slice.get_param @stage2.block1.branch3.bn1.mean : tensor<2xf32>
    %79 = slice.get_param @stage2.block1.branch4.bn1.mean : tensor<2xf32>
    %80 = slice.param_concat %78, %79 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %81 = slice.get_param @stage2.block1.branch3.bn1.var : tensor<2xf32>
    %82 = slice.get_param @stage2.block1.branch4.bn1.var : tensor<2xf32>
    %83 = slice.param_concat %81, %82 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %84 = slice.batch_norm %71, %74, %77, %80, %83 : tensor<?x4x14x14xf32>, tensor<4xf32>
    %85 = slice.relu %84 : tensor<?x4x14x14xf32>
    %86 = slice.get_param @stage2.block1.branch3.conv2.weight : tensor<2x2x3x3xf32>
    %87 = slice.get_param @stage2.block1.branch4.conv2.weight : tensor<2x2x3x3xf32>
    %88 = slice.param_concat %86, %87 {axis = 0 : i64} : tensor<2x2x3x3xf32>, tensor<2x2x3x3xf32>
    %89 = slice.conv2d %85, %88 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x14x14xf32>, tensor<4x2x3x3xf32>
    %90 = slice.get_param @stage2.block1.branch3.bn2.scale : tensor<2xf32>
    %91 = slice.get_param @stage2.block1.branch4.bn2.scale : tensor<2xf32>
    %92 = slice.param_concat %90, %91 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %93 = slice.get_param @stage2.block1.branch3.bn2.bias : tensor<2xf32>
    %94 = slice.get_param @stage2.block1.branch4.bn2.bias : tensor<2xf32>
    %95 = slice.param_concat %93, %94 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %96 = slice.get_param @stage2.block1.branch3.bn2.mean : tensor<2xf32>
    %97 = slice.get_param @stage2.block1.branch4.bn2.mean : tensor<2xf32>
    %98 = slice.param_concat %96, %97 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %99 = slice.get_param @stage2.block1.branch3.bn2.var : tensor<2xf32>
    %100 = slice.get_param @stage2.block1.branch4.bn2.var : tensor<2xf32>
    %101 = slice.param_concat %99, %100 {axis = 0 : i64} : tensor<2xf32>, tensor<2xf32>
    %102 = slice.batch_norm %89, %92, %95, %98, %101 : tensor<?x4x14x14xf32>, tensor<4xf32>
    %103 = slice.relu %102 : tensor<?x4x14x14xf32>
    %104 = slice.get_param @stage2.block1.branch3.conv3.weight : tensor<4x2x1x1xf32>
    %105 = slice.get_param @stage2.block1.branch4.conv3.weight : tensor<4x2x1x1xf32>
    %106 = slice.param_concat %104, %105 {axis = 1 : i64} : tensor<4x2x1x1xf32>, tensor<4x2x1x1xf32>
    %107 = slice.conv2d %103, %106 : tensor<?x4x14x14xf32>, tensor<4x4x1x1xf32>
    %108 = slice.add %56, %107 : tensor<?x4x14x14xf32>
    %109 = slice.avg_pool %108 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x14x14xf32>
    %110 = slice.pad_channels %109 {pads = array<i64: 4>} : tensor<?x4x7x7xf32>
    %111 = slice.get_param @stage3.block1.bn.scale : tensor<16xf32>
    %112 = slice.param_slice %111 {offsets = array<i64: 8>, sizes = array<i64: 8>} : tensor<16xf32>
    %113 = slice.get_param @stage3.block1.bn.bias : tensor<16xf32>
    %114 = slice.param_slice %113 {offsets = array<i64: 8>, sizes = array<i64: 8>} : tensor<16xf32>
    %115 = slice.get_param @stage3.block1.bn.mean : tensor<16xf32>
    %116 = slice.param_slice %115 {offsets = array<i64: 8>, sizes = array<i64: 8>} : tensor<16xf32>
    %117 = slice.get_param @stage3.block1.bn.var : tensor<16xf32>
    %118 = slice.param_slice %117 {offsets = array<i64: 8>, sizes = array<i64: 8>} : tensor<16xf32>
    %119 = slice.batch_norm %110, %112, %114, %116, %118 : tensor<?x8x7x7xf32>, tensor<8xf32>
    %120 = slice.relu %119 : tensor<?x8x7x7xf32>
    %121 = slice.concat %arg3, %120 : tensor<?x8x7x7xf32>, tensor<?x8x7x7xf32>
    %122 = slice.get_param @stage3.block1.branch3.conv1.weight : tensor<4x16x1x1xf32>
    %123 = slice.get_param @stage3.block1.branch4.conv1.weight : tensor<4x16x1x1xf32>
    %124 = slice.param_concat %122, %123 {axis = 0 : i64} : tensor<4x16x1x1xf32>, tensor<4x16x1x1xf32>
    %125 = slice.conv2d %121, %124 : tensor<?x16x7x7xf32>, tensor<8x16x1x1xf32>
    %126 = slice.get_param @stage3.block1.branch3.bn1.scale : tensor<4xf32>
    %127 = slice.get_param @stage3.block1.branch4.bn1.scale : tensor<4xf32>
    %128 = slice.param_concat %126, %127 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %129 = slice.get_param @stage3.block1.branch3.bn1.bias : tensor<4xf32>
    %130 = slice.get_param @stage3.block1.branch4.bn1.bias : tensor<4xf32>
    %131 = slice.param_concat %129, %130 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %132 = slice.get_param @stage3.block1.branch3.bn1.mean : tensor<4xf32>
    %133 = slice.get_param @stage3.block1.branch4.bn1.mean : tensor<4xf32>
    %134 = slice.param_concat %132, %133 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %135 = slice.get_param @stage3.block1.branch3.bn1.var : tensor<4xf32>
    %136 = slice.get_param @stage3.block1.branch4.bn1.var : tensor<4xf32>
    %137 = slice.param_concat %135, %136 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %138 = slice.batch_norm %125, %128, %131, %134, %137 : tensor<?x8x7x7xf32>, tensor<8xf32>
    %139 = slice.relu %138 : tensor<?x8x7x7xf32>
    %140 = slice.get_param @stage3.block1.branch3.conv2.weight : tensor<4x4x3x3xf32>
    %141 = slice.get_param @stage3.block1.branch4.conv2.weight : tensor<4x4x3x3xf32>
    %142 = slice.param_concat %140, %141 {axis = 0 : i64} : tensor<4x4x3x3xf32>, tensor<4x4x3x3xf32>
    %143 = slice.conv2d %139, %142 {groups = 2 : i64, padding = array<i64: 1, 1, 1, 1>} : tensor<?x8x7x7xf32>, tensor<8x4x3x3xf32>
    %144 = slice.get_param @stage3.block1.branch3.bn2.scale : tensor<4xf32>
    %145 = slice.get_param @stage3.block1.branch4.bn2.scale : tensor<4xf32>
    %146 = slice.param_concat %144, %145 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %147 = slice.get_param @stage3.block1.branch3.bn2.bias : tensor<4xf32>
    %148 = slice.get_param @stage3.block1.branch4.bn2.bias : tensor<4xf32>
    %149 = slice.param_concat %147, %148 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %150 = slice.get_param @stage3.block1.branch3.bn2.mean : tensor<4xf32>
    %151 = slice.get_param @stage3.block1.branch4.bn2.mean : tensor<4xf32>
    %152 = slice.param_concat %150, %151 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %153 = slice.get_param @stage3.block1.branch3.bn2.var : tensor<4xf32>
    %154 = slice.get_param @stage3.block1.branch4.bn2.var : tensor<4xf32>
    %155 = slice.param_concat %153, %154 {axis = 0 : i64} : tensor<4xf32>, tensor<4xf32>
    %156 = slice.batch_norm %143, %146, %149, %152, %155 : tensor<?x8x7x7xf32>, tensor<8xf32>
    %157 = slice.relu %156 : tensor<?x8x7x7xf32>
    %158 = slice.get_param @stage3.block1.branch3.conv3.weight : tensor<8x4x1x1xf32>
    %159 = slice.get_param @stage3.block1.branch4.conv3.weight : tensor<8x4x1x1xf32>
    %160 = slice.param_concat %158, %159 {axis = 1 : i64} : tensor<8x4x1x1xf32>, tensor<8x4x1x1xf32>
    %161 = slice.conv2d %157, %160 : tensor<?x8x7x7xf32>, tensor<8x8x1x1xf32>
    %162 = slice.add %110, %161 : tensor<?x8x7x7xf32>
    %163 = slice.concat %arg4, %162 : tensor<?x8x7x7xf32>, tensor<?x8x7x7xf32>
    %164 = slice.get_param @head.bn.scale : tensor<16xf32>
    %165 = slice.get_param @head.bn.bias : tensor<16xf32>
    %166 = slice.get_param @head.bn.mean : tensor<16xf32>
    %167 = slice.get_param @head.bn.var : tensor<16xf32>
    %168 = slice.batch_norm %163, %164, %165, %166, %167 : tensor<?x16x7x7xf32>, tensor<16xf32>
    %169 = slice.relu %168 : tensor<?x16x7x7xf32>
    %170 = slice.global_avg_pool %169 : tensor<?x16x7x7xf32>
    %171 = slice.flatten %170 : tensor<?x16x1x1xf32>
    %172 = slice.get_param @head.fc.weight : tensor<10x16xf32>
    %173 = slice.get_param @head.fc.bias : tensor<10xf32>
    %174 = slice.linear %171, %172, %173 : tensor<?x16xf32>, tensor<10x16xf32>, tensor<10xf32>
    return %174 : tensor<?x10xf32>
  }
}

