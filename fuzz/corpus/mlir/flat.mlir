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
  func.func @forward(%arg0: tensor<?x1x28x28xf32>) -> (tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64}, tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 2 : i64}) {
    %0 = slice.get_param @stem.weight : tensor<4x1x3x3xf32>
    %1 = slice.conv2d %arg0, %0 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<4x1x3x3xf32>
    %2 = slice.get_param @stage1.block1.bn.scale : tensor<4xf32>
    %3 = slice.get_param @stage1.block1.bn.bias : tensor<4xf32>
    %4 = slice.get_param @stage1.block1.bn.mean : tensor<4xf32>
    %5 = slice.get_param @stage1.block1.bn.var : tensor<4xf32>
    %6 = slice.batch_norm %1, %2, %3, %4, %5 : tensor<?x4x28x28xf32>, tensor<4xf32>
    %7 = slice.relu %6 : tensor<?x4x28x28xf32>
    %8 = slice.channel_slice %7 {offset = 0 : i64, size = 2 : i64} : tensor<?x4x28x28xf32>
    %9 = slice.get_param @stage1.block1.branch1.conv1.weight : tensor<1x2x1x1xf32>
    %10 = slice.conv2d %8, %9 : tensor<?x2x28x28xf32>, tensor<1x2x1x1xf32>
    %11 = slice.get_param @stage1.block1.branch1.bn1.scale : tensor<1xf32>
    %12 = slice.get_param @stage1.block1.branch1.bn1.bias : tensor<1xf32>
    %13 = slice.get_param @stage1.block1.branch1.bn1.mean : tensor<1xf32>
    %14 = slice.get_param @stage1.block1.branch1.bn1.var : tensor<1xf32>
    %15 = slice.batch_norm %10, %11, %12, %13, %14 : tensor<?x1x28x28xf32>, tensor<1xf32>
    %16 = slice.relu %15 : tensor<?x1x28x28xf32>
    %17 = slice.get_param @stage1.block1.branch1.conv2.weight : tensor<1x1x3x3xf32>
    %18 = slice.conv2d %16, %17 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
    %19 = slice.get_param @stage1.block1.branch1.bn2.scale : tensor<1xf32>
    %20 = slice.get_param @stage1.block1.branch1.bn2.bias : tensor<1xf32>
    %21 = slice.get_param @stage1.block1.branch1.bn2.mean : tensor<1xf32>
    %22 = slice.get_param @stage1.block1.branch1.bn2.var : tensor<1xf32>
    %23 = slice.batch_norm %18, %19, %20, %21, %22 : tensor<?x1x28x28xf32>, tensor<1xf32>
    %24 = slice.relu %23 : tensor<?x1x28x28xf32>
    %25 = slice.get_param @stage1.block1.branch1.conv3.weight : tensor<2x1x1x1xf32>
    %26 = slice.conv2d %24, %25 : tensor<?x1x28x28xf32>, tensor<2x1x1x1xf32>
    %27 = slice.channel_slice %7 {offset = 0 : i64, size = 2 : i64} : tensor<?x4x28x28xf32>
    %28 = slice.get_param @stage1.block1.branch2.conv1.weight : tensor<1x2x1x1xf32>
    %29 = slice.conv2d %27, %28 : tensor<?x2x28x28xf32>, tensor<1x2x1x1xf32>
    %30 = slice.get_param @stage1.block1.branch2.bn1.scale : tensor<1xf32>
    %31 = slice.get_param @stage1.block1.branch2.bn1.bias : tensor<1xf32>
    %32 = slice.get_param @stage1.block1.branch2.bn1.mean : tensor<1xf32>
    %33 = slice.get_param @stage1.block1.branch2.bn1.var : tensor<1xf32>
    %34 = slice.batch_norm %29, %30, %31, %32, %33 : tensor<?x1x28x28xf32>, tensor<1xf32>
    %35 = slice.relu %34 : tensor<?x1x28x28xf32>
    %36 = slice.get_param @stage1.block1.branch2.conv2.weight : tensor<1x1x3x3xf32>
    %37 = slice.conv2d %35, %36 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
    %38 = slice.get_param @stage1.block1.branch2.bn2.scale : tensor<1xf32>
    %39 = slice.get_param @stage1.block1.branch2.bn2.bias : tensor<1xf32>
    %40 = slice.get_param @stage1.block1.branch2.bn2.mean : tensor<1xf32>
    %41 = slice.get_param @stage1.block1.branch2.bn2.var : tensor<1xf32>
    %42 = slice.batch_norm %37, %38, %39, %40, %41 : tensor<?x1x28x28xf32>, tensor<1xf32>
    %43 = slice.relu %42 : tensor<?x1x28x28xf32>
    %44 = slice.get_param @stage1.block1.branch2.conv3.weight : tensor<2x1x1x1xf32>
    %45 = slice.conv2d %43, %44 : tensor<?x1x28x28xf32>, tensor<2x1x1x1xf32>
    %46 = slice.get_param @stage1.block1.branch3.conv1.weight : tensor<1x4x1x1xf32>
    %47 = slice.conv2d %7, %46 : tensor<?x4x28x28xf32>, tensor<1x4x1x1xf32>
    %48 = slice.get_param @stage1.block1.branch3.bn1.scale : tensor<1xf32>
    %49 = slice.get_param @stage1.block1.branch3.bn1.bias : tensor<1xf32>
    %50 = slice.get_param @stage1.block1.branch3.bn1.mean : tensor<1xf32>
    %51 = slice.get_param @stage1.block1.branch3.bn1.var : tensor<1xf32>
    %52 = slice.batch_norm %47, %48, %49, %50, %51 : tensor<?x1x28x28xf32>, tensor<1xf32>
    %53 = slice.relu %52 : tensor<?x1x28x28xf32>
    %54 = slice.get_param @stage1.block1.branch3.conv2.weight : tensor<1x1x3x3xf32>
    %55 = slice.conv2d %53, %54 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
    %56 = slice.get_param @stage1.block1.branch3.bn2.scale : tensor<1xf32>
    %57 = slice.get_param @stage1.block1.branch3.bn2.bias : tensor<1xf32>
    %58 = slice.get_param @stage1.block1.branch3.bn2.mean : tensor<1xf32>
    %59 = slice.get_param @stage1.block1.branch3.bn2.var : tensor<1xf32>
    %60 = slice.batch_norm %55, %56, %57, %58, %59 : tensor<?x1x28x28xf32>, tensor<1xf32>
    %61 = slice.relu %60 : tensor<?x1x28x28xf32>
    %62 = slice.get_param @stage1.block1.branch3.conv3.weight : tensor<2x1x1x1xf32>
    %63 = slice.conv2d %61, %62 : tensor<?x1x28x28xf32>, tensor<2x1x1x1xf32>
    %64 = slice.get_param @stage1.block1.branch4.conv1.weight : tensor<1x4x1x1xf32>
    %65 = slice.conv2d %7, %64 : tensor<?x4x28x28xf32>, tensor<1x4x1x1xf32>
    %66 = slice.get_param @stage1.block1.branch4.bn1.scale : tensor<1xf32>
    %67 = slice.get_param @stage1.block1.branch4.bn1.bias : tensor<1xf32>
    %68 = slice.get_param @stage1.block1.branch4.bn1.mean : tensor<1xf32>
    %69 = slice.get_param @stage1.block1.branch4.bn1.var : tensor<1xf32>
    %70 = slice.batch_norm %65, %66, %67, %68, %69 : tensor<?x1x28x28xf32>, tensor<1xf32>
    %71 = slice.relu %70 : tensor<?x1x28x28xf32>
    %72 = slice.get_param @stage1.block1.branch4.conv2.weight : tensor<1x1x3x3xf32>
    %73 = slice.conv2d %71, %72 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x1x28x28xf32>, tensor<1x1x3x3xf32>
    %74 = slice.get_param @stage1.block1.branch4.bn2.scale : tensor<1xf32>
    %75 = slice.get_param @stage1.block1.branch4.bn2.bias : tensor<1xf32>
    %76 = slice.get_param @stage1.block1.branch4.bn2.mean : tensor<1xf32>
    %77 = slice.get_param @stage1.block1.branch4.bn2.var : tensor<1xf32>
    %78 = slice.batch_norm %73, %74, %75, %76, %77 : tensor<?x1x28x28xf32>, tensor<1xf32>
    %79 = slice.relu %78 : tensor<?x1x28x28xf32>
    %80 = slice.get_param @stage1.block1.branch4.conv3.weight : tensor<2x1x1x1xf32>
    %81 = slice.conv2d %79, %80 : tensor<?x1x28x28xf32>, tensor<2x1x1x1xf32>
    %82 = slice.channel_slice %1 {offset = 0 : i64, size = 2 : i64} : tensor<?x4x28x28xf32>
    %83 = slice.add %82, %26 : tensor<?x2x28x28xf32>
    %84 = slice.add %83, %45 : tensor<?x2x28x28xf32>
    %85 = slice.channel_slice %1 {offset = 2 : i64, size = 2 : i64} : tensor<?x4x28x28xf32>
    %86 = slice.add %85, %63 : tensor<?x2x28x28xf32>
    %87 = slice.add %86, %81 : tensor<?x2x28x28xf32>
    %88 = slice.concat %84, %87 : tensor<?x2x28x28xf32>, tensor<?x2x28x28xf32>
    %89 = slice.avg_pool %88 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x4x28x28xf32>
    %90 = slice.pad_channels %89 {groups = array<i64: 2, 2>, pads = array<i64: 2, 2>} : tensor<?x4x14x14xf32>
    %91 = slice.get_param @stage2.block1.bn.scale : tensor<8xf32>
    %92 = slice.get_param @stage2.block1.bn.bias : tensor<8xf32>
    %93 = slice.get_param @stage2.block1.bn.mean : tensor<8xf32>
    %94 = slice.get_param @stage2.block1.bn.var : tensor<8xf32>
    %95 = slice.batch_norm %90, %91, %92, %93, %94 : tensor<?x8x14x14xf32>, tensor<8xf32>
    %96 = slice.relu %95 : tensor<?x8x14x14xf32>
    %97 = slice.channel_slice %96 {offset = 0 : i64, size = 4 : i64} : tensor<?x8x14x14xf32>
    %98 = slice.get_param @stage2.block1.branch1.conv1.weight : tensor<2x4x1x1xf32>
    %99 = slice.conv2d %97, %98 : tensor<?x4x14x14xf32>, tensor<2x4x1x1xf32>
    %100 = slice.get_param @stage2.block1.branch1.bn1.scale : tensor<2xf32>
    %101 = slice.get_param @stage2.block1.branch1.bn1.bias : tensor<2xf32>
    %102 = slice.get_param @stage2.block1.branch1.bn1.mean : tensor<2xf32>
    %103 = slice.get_param @stage2.block1.branch1.bn1.var : tensor<2xf32>
    %104 = slice.batch_norm %99, %100, %101, %102, %103 : tensor<?x2x14x14xf32>, tensor<2xf32>
    %105 = slice.relu %104 : tensor<?x2x14x14xf32>
    %106 = slice.get_param @stage2.block1.branch1.conv2.weight : tensor<2x2x3x3xf32>
    %107 = slice.conv2d %105, %106 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
    %108 = slice.get_param @stage2.block1.branch1.bn2.scale : tensor<2xf32>
    %109 = slice.get_param @stage2.block1.branch1.bn2.bias : tensor<2xf32>
    %110 = slice.get_param @stage2.block1.branch1.bn2.mean : tensor<2xf32>
    %111 = slice.get_param @stage2.block1.branch1.bn2.var : tensor<2xf32>
    %112 = slice.batch_norm %107, %108, %109, %110, %111 : tensor<?x2x14x14xf32>, tensor<2xf32>
    %113 = slice.relu %112 : tensor<?x2x14x14xf32>
    %114 = slice.get_param @stage2.block1.branch1.conv3.weight : tensor<4x2x1x1xf32>
    %115 = slice.conv2d %113, %114 : tensor<?x2x14x14xf32>, tensor<4x2x1x1xf32>
    %116 = slice.channel_slice %96 {offset = 0 : i64, size = 4 : i64} : tensor<?x8x14x14xf32>
    %117 = slice.get_param @stage2.block1.branch2.conv1.weight : tensor<2x4x1x1xf32>
    %118 = slice.conv2d %116, %117 : tensor<?x4x14x14xf32>, tensor<2x4x1x1xf32>
    %119 = slice.get_param @stage2.block1.branch2.bn1.scale : tensor<2xf32>
    %120 = slice.get_param @stage2.block1.branch2.bn1.bias : tensor<2xf32>
    %121 = slice.get_param @stage2.block1.branch2.bn1.mean : tensor<2xf32>
    %122 = slice.get_param @stage2.block1.branch2.bn1.var : tensor<2xf32>
    %123 = slice.batch_norm %118, %119, %120, %121, %122 : tensor<?x2x14x14xf32>, tensor<2xf32>
    %124 = slice.relu %123 : tensor<?x2x14x14xf32>
    %125 = slice.get_param @stage2.block1.branch2.conv2.weight : tensor<2x2x3x3xf32>
    %126 = slice.conv2d %124, %125 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
    %127 = slice.get_param @stage2.block1.branch2.bn2.scale : tensor<2xf32>
    %128 = slice.get_param @stage2.block1.branch2.bn2.bias : tensor<2xf32>
    %129 = slice.get_param @stage2.block1.branch2.bn2.mean : tensor<2xf32>
    %130 = slice.get_param @stage2.block1.branch2.bn2.var : tensor<2xf32>
    %131 = slice.batch_norm %126, %127, %128, %129, %130 : tensor<?x2x14x14xf32>, tensor<2xf32>
    %132 = slice.relu %131 : tensor<?x2x14x14xf32>
    %133 = slice.get_param @stage2.block1.branch2.conv3.weight : tensor<4x2x1x1xf32>
    %134 = slice.conv2d %132, %133 : tensor<?x2x14x14xf32>, tensor<4x2x1x1xf32>
    %135 = slice.get_param @stage2.block1.branch3.conv1.weight : tensor<2x8x1x1xf32>
    %136 = slice.conv2d %96, %135 : tensor<?x8x14x14xf32>, tensor<2x8x1x1xf32>
    %137 = slice.get_param @stage2.block1.branch3.bn1.scale : tensor<2xf32>
    %138 = slice.get_param @stage2.block1.branch3.bn1.bias : tensor<2xf32>
    %139 = slice.get_param @stage2.block1.branch3.bn1.mean : tensor<2xf32>
    %140 = slice.get_param @stage2.block1.branch3.bn1.var : tensor<2xf32>
    %141 = slice.batch_norm %136, %137, %138, %139, %140 : tensor<?x2x14x14xf32>, tensor<2xf32>
    %142 = slice.relu %141 : tensor<?x2x14x14xf32>
    %143 = slice.get_param @stage2.block1.branch3.conv2.weight : tensor<2x2x3x3xf32>
    %144 = slice.conv2d %142, %143 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
    %145 = slice.get_param @stage2.block1.branch3.bn2.scale : tensor<2xf32>
    %146 = slice.get_param @stage2.block1.branch3.bn2.bias : tensor<2xf32>
    %147 = slice.get_param @stage2.block1.branch3.bn2.mean : tensor<2xf32>
    %148 = slice.get_param @stage2.block1.branch3.bn2.var : tensor<2xf32>
    %149 = slice.batch_norm %144, %145, %146, %147, %148 : tensor<?x2x14x14xf32>, tensor<2xf32>
    %150 = slice.relu %149 : tensor<?x2x14x14xf32>
    %151 = slice.get_param @stage2.block1.branch3.conv3.weight : tensor<4x2x1x1xf32>
    %152 = slice.conv2d %150, %151 : tensor<?x2x14x14xf32>, tensor<4x2x1x1xf32>
    %153 = slice.get_param @stage2.block1.branch4.conv1.weight : tensor<2x8x1x1xf32>
    %154 = slice.conv2d %96, %153 : tensor<?x8x14x14xf32>, tensor<2x8x1x1xf32>
    %155 = slice.get_param @stage2.block1.branch4.bn1.scale : tensor<2xf32>
    %156 = slice.get_param @stage2.block1.branch4.bn1.bias : tensor<2xf32>
    %157 = slice.get_param @stage2.block1.branch4.bn1.mean : tensor<2xf32>
    %158 = slice.get_param @stage2.block1.branch4.bn1.var : tensor<2xf32>
    %159 = slice.batch_norm %154, %155, %156, %157, %158 : tensor<?x2x14x14xf32>, tensor<2xf32>
    %160 = slice.relu %159 : tensor<?x2x14x14xf32>
    %161 = slice.get_param @stage2.block1.branch4.conv2.weight : tensor<2x2x3x3xf32>
    %162 = slice.conv2d %160, %161 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x2x14x14xf32>, tensor<2x2x3x3xf32>
    %163 = slice.get_param @stage2.block1.branch4.bn2.scale : tensor<2xf32>
    %164 = slice.get_param @stage2.block1.branch4.bn2.bias : tensor<2xf32>
    %165 = slice.get_param @stage2.block1.branch4.bn2.mean : tensor<2xf32>
    %166 = slice.get_param @stage2.block1.branch4.bn2.var : tensor<2xf32>
    %167 = slice.batch_norm %162, %163, %164, %165, %166 : tensor<?x2x14x14xf32>, tensor<2xf32>
    %168 = slice.relu %167 : tensor<?x2x14x14xf32>
    %169 = slice.get_param @stage2.block1.branch4.conv3.weight : tensor<4x2x1x1xf32>
    %170 = slice.conv2d %168, %169 : tensor<?x2x14x14xf32>, tensor<4x2x1x1xf32>
    %171 = slice.channel_slice %90 {offset = 0 : i64, size = 4 : i64} : tensor<?x8x14x14xf32>
    %172 = slice.add %171, %115 : tensor<?x4x14x14xf32>
    %173 = slice.add %172, %134 : tensor<?x4x14x14xf32>
    %174 = slice.channel_slice %90 {offset = 4 : i64, size = 4 : i64} : tensor<?x8x14x14xf32>
    %175 = slice.add %174, %152 : tensor<?x4x14x14xf32>
    %176 = slice.add %175, %170 : tensor<?x4x14x14xf32>
    %177 = slice.concat %173, %176 : tensor<?x4x14x14xf32>, tensor<?x4x14x14xf32>
    %178 = slice.avg_pool %177 {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : tensor<?x8x14x14xf32>
    %179 = slice.pad_channels %178 {groups = array<i64: 4, 4>, pads = array<i64: 4, 4>} : tensor<?x8x7x7xf32>
    %180 = slice.get_param @stage3.block1.bn.scale : tensor<16xf32>
    %181 = slice.get_param @stage3.block1.bn.bias : tensor<16xf32>
    %182 = slice.get_param @stage3.block1.bn.mean : tensor<16xf32>
    %183 = slice.get_param @stage3.block1.bn.var : tensor<16xf32>
    %184 = slice.batch_norm %179, %180, %181, %182, %183 : tensor<?x16x7x7xf32>, tensor<16xf32>
    %185 = slice.relu %184 : tensor<?x16x7x7xf32>
    %186 = slice.channel_slice %185 {offset = 0 : i64, size = 8 : i64} : tensor<?x16x7x7xf32>
    %187 = slice.get_param @stage3.block1.branch1.conv1.weight : tensor<4x8x1x1xf32>
    %188 = slice.conv2d %186, %187 : tensor<?x8x7x7xf32>, tensor<4x8x1x1xf32>
    %189 = slice.get_param @stage3.block1.branch1.bn1.scale : tensor<4xf32>
    %190 = slice.get_param @stage3.block1.branch1.bn1.bias : tensor<4xf32>
    %191 = slice.get_param @stage3.block1.branch1.bn1.mean : tensor<4xf32>
    %192 = slice.get_param @stage3.block1.branch1.bn1.var : tensor<4xf32>
    %193 = slice.batch_norm %188, %189, %190, %191, %192 : tensor<?x4x7x7xf32>, tensor<4xf32>
    %194 = slice.relu %193 : tensor<?x4x7x7xf32>
    %195 = slice.get_param @stage3.block1.branch1.conv2.weight : tensor<4x4x3x3xf32>
    %196 = slice.conv2d %194, %195 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
    %197 = slice.get_param @stage3.block1.branch1.bn2.scale : tensor<4xf32>
    %198 = slice.get_param @stage3.block1.branch1.bn2.bias : tensor<4xf32>
    %199 = slice.get_param @stage3.block1.branch1.bn2.mean : tensor<4xf32>
    %200 = slice.get_param @stage3.block1.branch1.bn2.var : tensor<4xf32>
    %201 = slice.batch_norm %196, %197, %198, %199, %200 : tensor<?x4x7x7xf32>, tensor<4xf32>
    %202 = slice.relu %201 : tensor<?x4x7x7xf32>
    %203 = slice.get_param @stage3.block1.branch1.conv3.weight : tensor<8x4x1x1xf32>
    %204 = slice.conv2d %202, %203 : tensor<?x4x7x7xf32>, tensor<8x4x1x1xf32>
    %205 = slice.channel_slice %185 {offset = 0 : i64, size = 8 : i64} : tensor<?x16x7x7xf32>
    %206 = slice.get_param @stage3.block1.branch2.conv1.weight : tensor<4x8x1x1xf32>
    %207 = slice.conv2d %205, %206 : tensor<?x8x7x7xf32>, tensor<4x8x1x1xf32>
    %208 = slice.get_param @stage3.block1.branch2.bn1.scale : tensor<4xf32>
    %209 = slice.get_param @stage3.block1.branch2.bn1.bias : tensor<4xf32>
    %210 = slice.get_param @stage3.block1.branch2.bn1.mean : tensor<4xf32>
    %211 = slice.get_param @stage3.block1.branch2.bn1.var : tensor<4xf32>
    %212 = slice.batch_norm %207, %208, %209, %210, %211 : tensor<?x4x7x7xf32>, tensor<4xf32>
    %213 = slice.relu %212 : tensor<?x4x7x7xf32>
    %214 = slice.get_param @stage3.block1.branch2.conv2.weight : tensor<4x4x3x3xf32>
    %215 = slice.conv2d %213, %214 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
    %216 = slice.get_param @stage3.block1.branch2.bn2.scale : tensor<4xf32>
    %217 = slice.get_param @stage3.block1.branch2.bn2.bias : tensor<4xf32>
    %218 = slice.get_param @stage3.block1.branch2.bn2.mean : tensor<4xf32>
    %219 = slice.get_param @stage3.block1.branch2.bn2.var : tensor<4xf32>
    %220 = slice.batch_norm %215, %216, %217, %218, %219 : tensor<?x4x7x7xf32>, tensor<4xf32>
    %221 = slice.relu %220 : tensor<?x4x7x7xf32>
    %222 = slice.get_param @stage3.block1.branch2.conv3.weight : tensor<8x4x1x1xf32>
    %223 = slice.conv2d %221, %222 : tensor<?x4x7x7xf32>, tensor<8x4x1x1xf32>
    %224 = slice.get_param @stage3.block1.branch3.conv1.weight : tensor<4x16x1x1xf32>
    %225 = slice.conv2d %185, %224 : tensor<?x16x7x7xf32>, tensor<4x16x1x1xf32>
    %226 = slice.get_param @stage3.block1.branch3.bn1.scale : tensor<4xf32>
    %227 = slice.get_param @stage3.block1.branch3.bn1.bias : tensor<4xf32>
    %228 = slice.get_param @stage3.block1.branch3.bn1.mean : tensor<4xf32>
    %229 = slice.get_param @stage3.block1.branch3.bn1.var : tensor<4xf32>
    %230 = slice.batch_norm %225, %226, %227, %228, %229 : tensor<?x4x7x7xf32>, tensor<4xf32>
    %231 = slice.relu %230 : tensor<?x4x7x7xf32>
    %232 = slice.get_param @stage3.block1.branch3.conv2.weight : tensor<4x4x3x3xf32>
    %233 = slice.conv2d %231, %232 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
    %234 = slice.get_param @stage3.block1.branch3.bn2.scale : tensor<4xf32>
    %235 = slice.get_param @stage3.block1.branch3.bn2.bias : tensor<4xf32>
    %236 = slice.get_param @stage3.block1.branch3.bn2.mean : tensor<4xf32>
    %237 = slice.get_param @stage3.block1.branch3.bn2.var : tensor<4xf32>
    %238 = slice.batch_norm %233, %234, %235, %236, %237 : tensor<?x4x7x7xf32>, tensor<4xf32>
    %239 = slice.relu %238 : tensor<?x4x7x7xf32>
    %240 = slice.get_param @stage3.block1.branch3.conv3.weight : tensor<8x4x1x1xf32>
    %241 = slice.conv2d %239, %240 : tensor<?x4x7x7xf32>, tensor<8x4x1x1xf32>
    %242 = slice.get_param @stage3.block1.branch4.conv1.weight : tensor<4x16x1x1xf32>
    %243 = slice.conv2d %185, %242 : tensor<?x16x7x7xf32>, tensor<4x16x1x1xf32>
    %244 = slice.get_param @stage3.block1.branch4.bn1.scale : tensor<4xf32>
    %245 = slice.get_param @stage3.block1.branch4.bn1.bias : tensor<4xf32>
    %246 = slice.get_param @stage3.block1.branch4.bn1.mean : tensor<4xf32>
    %247 = slice.get_param @stage3.block1.branch4.bn1.var : tensor<4xf32>
    %248 = slice.batch_norm %243, %244, %245, %246, %247 : tensor<?x4x7x7xf32>, tensor<4xf32>
    %249 = slice.relu %248 : tensor<?x4x7x7xf32>
    %250 = slice.get_param @stage3.block1.branch4.conv2.weight : tensor<4x4x3x3xf32>
    %251 = slice.conv2d %249, %250 {padding = array<i64: 1, 1, 1, 1>} : tensor<?x4x7x7xf32>, tensor<4x4x3x3xf32>
    %252 = slice.get_param @stage3.block1.branch4.bn2.scale : tensor<4xf32>
    %253 = slice.get_param @stage3.block1.branch4.bn2.bias : tensor<4xf32>
    %254 = slice.get_param @stage3.block1.branch4.bn2.mean : tensor<4xf32>
    %255 = slice.get_param @stage3.block1.branch4.bn2.var : tensor<4xf32>
    %256 = slice.batch_norm %251, %252, %253, %254, %255 : tensor<?x4x7x7xf32>, tensor<4xf32>
    %257 = slice.relu %256 : tensor<?x4x7x7xf32>
    %258 = slice.get_param @stage3.block1.branch4.conv3.weight : tensor<8x4x1x1xf32>
    %259 = slice.conv2d %257, %258 : tensor<?x4x7x7xf32>, tensor<8x4x1x1xf32>
    %260 = slice.channel_slice %179 {offset = 0 : i64, size = 8 : i64} : tensor<?x16x7x7xf32>
    %261 = slice.add %260, %204 : tensor<?x8x7x7xf32>
    %262 = slice.add %261, %223 : tensor<?x8x7x7xf32>
    %263 = slice.channel_slice %179 {offset = 8 : i64, size = 8 : i64} : tensor<?x16x7x7xf32>
    %264 = slice.add %263, %241 : tensor<?x8x7x7xf32>
    %265 = slice.add %264, %259 : tensor<?x8x7x7xf32>
    %266 = slice.concat %262, %265 : tensor<?x8x7x7xf32>, tensor<?x8x7x7xf32>
    %267 = slice.get_param @head.bn.scale.subnet1 : tensor<8xf32>
    %268 = slice.get_param @head.bn.bias.subnet1 : tensor<8xf32>
    %269 = slice.get_param @head.bn.mean.subnet1 : tensor<8xf32>
    %270 = slice.get_param @head.bn.var.subnet1 : tensor<8xf32>
    %271 = slice.batch_norm %262, %267, %268, %269, %270 : tensor<?x8x7x7xf32>, tensor<8xf32>
    %272 = slice.relu %271 : tensor<?x8x7x7xf32>
    %273 = slice.global_avg_pool %272 : tensor<?x8x7x7xf32>
    %274 = slice.flatten %273 : tensor<?x8x1x1xf32>
    %275 = slice.get_param @head.fc.weight.subnet1 : tensor<10x8xf32>
    %276 = slice.get_param @head.fc.bias.subnet1 : tensor<10xf32>
    %277 = slice.linear %274, %275, %276 : tensor<?x8xf32>, tensor<10x8xf32>, tensor<10xf32>
    %278 = slice.get_param @head.bn.scale : tensor<16xf32>
    %279 = slice.get_param @head.bn.bias : tensor<16xf32>
    %280 = slice.get_param @head.bn.mean : tensor<16xf32>
    %281 = slice.get_param @head.bn.var : tensor<16xf32>
    %282 = slice.batch_norm %266, %278, %279, %280, %281 : tensor<?x16x7x7xf32>, tensor<16xf32>
    %283 = slice.relu %282 : tensor<?x16x7x7xf32>
    %284 = slice.global_avg_pool %283 : tensor<?x16x7x7xf32>
    %285 = slice.flatten %284 : tensor<?x16x1x1xf32>
    %286 = slice.get_param @head.fc.weight : tensor<10x16xf32>
    %287 = slice.get_param @head.fc.bias : tensor<10xf32>
    %288 = slice.linear %285, %286, %287 : tensor<?x16xf32>, tensor<10x16xf32>, tensor<10xf32>
    return %277, %288 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

