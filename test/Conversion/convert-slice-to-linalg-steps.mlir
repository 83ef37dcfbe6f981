// RUN: slice-opt %s --split-input-file --anytime-steps --convert-slice-to-linalg | FileCheck %s
// RUN: slice-opt %s --split-input-file --anytime-steps --slice-to-llvm-cpu | FileCheck %s --check-prefix=LLVM
// RUN: slice-opt %s --anytime-steps "--convert-slice-to-linalg=k=1" -verify-diagnostics

// A module of anytime steps (--anytime-steps) lowers every step as it
// stands: the image, then the state the step reads (its slice.state ids
// kept), then the parameters; outputs, then the state it leaves. The
// generated code of slice-run's mlir-cpu / mlir-gpu sessions.
// CHECK-LABEL: func.func @step1(
// CHECK-SAME:    {slice.input}
// CHECK-SAME:    {slice.param = "head1.fc"})
// CHECK-SAME:    -> (tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 1 : i64}, tensor<?x4x8x8xf32> {slice.state = 0 : i64}, tensor<?x4x8x8xf32> {slice.state = 1 : i64})
// CHECK-SAME:    attributes {llvm.emit_c_interface, slice.step = 1 : i64, slice.step_head_macs = 40 : i64, slice.step_macs = 1064 : i64
// CHECK-NOT:     = slice.
// CHECK-LABEL: func.func @step2(
// CHECK-SAME:    %{{.*}}: tensor<?x8x8x8xf32> {slice.input}, %{{.*}}: tensor<?x4x8x8xf32> {slice.state = 0 : i64}, %{{.*}}: tensor<?x4x8x8xf32> {slice.state = 1 : i64}, %{{.*}}: tensor<8xf32> {slice.param = "bn.scale"}
// CHECK-SAME:    -> (tensor<?x10xf32> {slice.level = 1 : i64, slice.subnet = 2 : i64})
// CHECK-SAME:    slice.step = 2 : i64
// CHECK-NOT:     = slice.
// LLVM: llvm.func @_mlir_ciface_step1(%{{.*}}: !llvm.ptr {slice.input},
// LLVM-SAME: !llvm.ptr {slice.level = 1 : i64, slice.subnet = 1 : i64}, %{{.*}}: !llvm.ptr {slice.state = 0 : i64}, %{{.*}}: !llvm.ptr {slice.state = 1 : i64})
// LLVM: llvm.func @_mlir_ciface_step2(%{{.*}}: !llvm.ptr {slice.input}, %{{.*}}: !llvm.ptr {slice.state = 0 : i64}, %{{.*}}: !llvm.ptr {slice.state = 1 : i64},
// LLVM-SAME: !llvm.ptr {slice.level = 1 : i64, slice.subnet = 2 : i64})
// expected-error @+1 {{k=: a module of anytime steps lowers every step; lower it without k}}
module @inclusive_sparse attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 2>} {
  slice.param @bn.scale : tensor<8xf32> init(ones)
  slice.param @bn.bias : tensor<8xf32> init(zeros)
  slice.param @bn.mean : tensor<8xf32> init(zeros) buffer
  slice.param @bn.var : tensor<8xf32> init(ones) buffer
  slice.param @b1.conv1 : tensor<2x4x1x1xf32> init(msra)
  slice.param @b1.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @b2.conv1 : tensor<2x8x1x1xf32> init(msra)
  slice.param @b2.conv3 : tensor<4x2x1x1xf32> init(msra)
  slice.param @head1.fc : tensor<10x4xf32> init(uniform)
  slice.param @head2.fc : tensor<10x8xf32> init(uniform)
  func.func @forward(%x: tensor<?x8x8x8xf32>) -> (tensor<?x10xf32>, tensor<?x10xf32>) {
    %s = slice.get_param @bn.scale : tensor<8xf32>
    %b = slice.get_param @bn.bias : tensor<8xf32>
    %m = slice.get_param @bn.mean : tensor<8xf32>
    %v = slice.get_param @bn.var : tensor<8xf32>
    %n = slice.batch_norm %x, %s, %b, %m, %v : tensor<?x8x8x8xf32>, tensor<8xf32>
    %p = slice.relu %n : tensor<?x8x8x8xf32>
    %y = slice.block add(%p : tensor<?x8x8x8xf32>) residual(%x : tensor<?x8x8x8xf32>)
        attributes {partition = array<i64: 4, 4>, branch_groups = array<i64: 1, 2>} {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %g1 = slice.channel_slice %in {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %w1 = slice.get_param @b1.conv1 : tensor<2x4x1x1xf32>
      %a = slice.conv2d %g1, %w1 : tensor<?x4x8x8xf32>, tensor<2x4x1x1xf32>
      %w3 = slice.get_param @b1.conv3 : tensor<4x2x1x1xf32>
      %o = slice.conv2d %a, %w3 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x8x8xf32>
    }, {
    ^bb0(%in: tensor<?x8x8x8xf32>):
      %w1 = slice.get_param @b2.conv1 : tensor<2x8x1x1xf32>
      %a = slice.conv2d %in, %w1 : tensor<?x8x8x8xf32>, tensor<2x8x1x1xf32>
      %w3 = slice.get_param @b2.conv3 : tensor<4x2x1x1xf32>
      %o = slice.conv2d %a, %w3 : tensor<?x2x8x8xf32>, tensor<4x2x1x1xf32>
      slice.yield %o : tensor<?x4x8x8xf32>
    }
    %l1 = slice.head subnet 1 level 1 (%y : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %pre = slice.channel_slice %f {offset = 0 : i64, size = 4 : i64} : tensor<?x8x8x8xf32>
      %g = slice.global_avg_pool %pre : tensor<?x4x8x8xf32>
      %fl = slice.flatten %g : tensor<?x4x1x1xf32>
      %w = slice.get_param @head1.fc : tensor<10x4xf32>
      %l = slice.linear %fl, %w : tensor<?x4xf32>, tensor<10x4xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    %l2 = slice.head subnet 2 level 1 (%y : tensor<?x8x8x8xf32>) {
    ^bb0(%f: tensor<?x8x8x8xf32>):
      %g = slice.global_avg_pool %f : tensor<?x8x8x8xf32>
      %fl = slice.flatten %g : tensor<?x8x1x1xf32>
      %w = slice.get_param @head2.fc : tensor<10x8xf32>
      %l = slice.linear %fl, %w : tensor<?x8xf32>, tensor<10x8xf32>
      slice.yield %l : tensor<?x10xf32>
    }
    return %l1, %l2 : tensor<?x10xf32>, tensor<?x10xf32>
  }
}

