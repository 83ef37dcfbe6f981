// A plain classifier whose logits come from a bare linear layer (as an ONNX
// import does before --slice-raise-branches): it has no slice.head.
slice.param @fc.w : tensor<4x192xf32> init(normal)
slice.param @fc.b : tensor<4xf32> init(zeros)
func.func @forward(%x: tensor<?x3x8x8xf32>) -> tensor<?x4xf32> {
  %f = slice.flatten %x : tensor<?x3x8x8xf32>
  %w = slice.get_param @fc.w : tensor<4x192xf32>
  %b = slice.get_param @fc.b : tensor<4xf32>
  %y = slice.linear %f, %w, %b : tensor<?x192xf32>, tensor<4x192xf32>, tensor<4xf32>
  return %y : tensor<?x4xf32>
}
