

// IS-form block whose branch yields no channel dimension (generic form).
module attributes {slice.anytime = #slice.anytime<form = inclusive_sparse, subnets = 1>} {
  func.func @block_partition_rank(%x: tensor<8xf32>) {
    // expected-error @+2 {{block branch #0 yields no channel dimension}}
    // expected-error @+1 {{'slice.block' op failed to infer returned types}}
    %0 = "slice.block"(%x) <{aggregation = 0 : i32, operandSegmentSizes = array<i32: 1, 0>, partition = array<i64: 8>, branch_groups = array<i64: 1>}> ({
    ^bb0(%in: tensor<8xf32>):
      "slice.yield"(%in) : (tensor<8xf32>) -> ()
    }) : (tensor<8xf32>) -> tensor<8xf32>
    return
  }
}

//===----------------------------------------------------------------------===//
// slice.head
//===----------------------------------------------------------------------===//

