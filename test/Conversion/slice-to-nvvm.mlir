// RUN: slice-opt %s "--slice-to-nvvm=format=isa" | FileCheck %s
// RUN: slice-opt %s "--slice-to-nvvm=format=isa chip=sm_80 features=+ptx70 block-size=64" | FileCheck %s --check-prefix=OPTS

// The GPU path: one kernel per linalg op after fusion (BatchNorm + ReLU is
// one), each in a gpu.binary holding PTX for the requested target and
// launched with 256-thread blocks (the grid covers all output elements);
// intermediate buffers in device memory, all on one stream the function
// waits for. format=isa needs no CUDA toolkit.
// CHECK:     llvm.func @forward(
// CHECK:       %[[S:.*]] = llvm.call @mgpuStreamCreate()
// CHECK:       llvm.call @mgpuMemAlloc(%{{.*}}, %[[S]], %{{.*}})
// CHECK:       gpu.launch_func <%[[S]] : !llvm.ptr> @forward_kernel::@forward_kernel blocks in (%{{.*}}, %[[ONE:.*]], %[[ONE]]) threads in (%{{.*}}, %[[ONE]], %[[ONE]])
// CHECK:       llvm.call @mgpuMemFree(%{{.*}}, %[[S]])
// CHECK:       llvm.call @mgpuStreamSynchronize(%[[S]])
// CHECK:       llvm.call @mgpuStreamDestroy(%[[S]])
// CHECK:     llvm.func @_mlir_ciface_forward(%{{.*}}: !llvm.ptr {slice.input}, %{{.*}}: !llvm.ptr {slice.param = "bn.scale"}
// CHECK:     gpu.binary @forward_kernel  [#gpu.object<#nvvm.target<chip = "sm_90", features = "+ptx80">, {{.*}}assembly = "{{.*}}.version 8.0{{.*}}.target sm_90{{.*}}.visible .entry forward_kernel({{.*}}.maxntid 256, 1, 1
// No libdevice: BatchNorm's square root is PTX sqrt.rn.f32.
// CHECK-NOT: __nv_
// CHECK:     sqrt.rn.f32
// CHECK-NOT: __nv_

// OPTS:      gpu.binary @forward_kernel  [#gpu.object<#nvvm.target<chip = "sm_80", features = "+ptx70">, {{.*}}assembly = "{{.*}}.version 7.0{{.*}}.target sm_80{{.*}}.maxntid 64, 1, 1
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @bn.scale : tensor<8xf32> init(ones)
  slice.param @bn.bias : tensor<8xf32> init(zeros)
  slice.param @bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @bn.var : tensor<8xf32> init(ones) buffer
  slice.param @conv : tensor<8x8x3x3xf32> init(msra)
  slice.param @fc.weight : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> tensor<?x10xf32> {
    %s = slice.get_param @bn.scale : tensor<8xf32>
    %b = slice.get_param @bn.bias : tensor<8xf32>
    %m = slice.get_param @bn.mean : tensor<8xf32>
    %v = slice.get_param @bn.var : tensor<8xf32>
    %n = slice.batch_norm %x, %s, %b, %m, %v : tensor<?x8x8x8xf32>, tensor<8xf32>
    %p = slice.relu %n : tensor<?x8x8x8xf32>
    %w = slice.get_param @conv : tensor<8x8x3x3xf32>
    %c = slice.conv2d %p, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x8x8x8xf32>, tensor<8x8x3x3xf32>
    %g = slice.global_avg_pool %c : tensor<?x8x8x8xf32>
    %f = slice.flatten %g : tensor<?x8x1x1xf32>
    %fw = slice.get_param @fc.weight : tensor<10x8xf32>
    %l = slice.linear %f, %fw : tensor<?x8xf32>, tensor<10x8xf32>
    return %l : tensor<?x10xf32>
  }
}
