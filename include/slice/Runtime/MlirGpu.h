//===- MlirGpu.h - running GPU code slice-opt generates ---------*- C++ -*-===//
//
// The `mlir-gpu` backend of slice-run: sub-network k of a model lowered with
// --slice-to-nvvm (PTX, which the driver compiles for the GPU at hand) and
// run through the CUDA driver (CudaDriver.h), with the model's stored
// weights uploaded once.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_RUNTIME_MLIRGPU_H
#define SLICE_RUNTIME_MLIRGPU_H

#include "mlir/IR/BuiltinOps.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir {
class ExecutionEngine;
} // namespace mlir

namespace mlir::slice {

class GpuModel {
public:
  ~GpuModel();

  /// Compiles sub-network `k` of `model` for device `ordinal`. Returns null
  /// and sets `error` when there is no usable GPU (the message starts with
  /// "no CUDA driver" or "no CUDA device"), a parameter has no stored value,
  /// or the lowering fails.
  static std::unique_ptr<GpuModel> create(ModuleOp model, int64_t k,
                                          std::string &error, int ordinal = 0);

  /// The batch the code was compiled for, or 0 when it takes any.
  int64_t staticBatch() const { return batch; }
  /// Per output: its label level and its number of classes.
  const std::vector<std::pair<int64_t, int64_t>> &outputs() const {
    return outputInfo;
  }

  /// Runs `count` images (N x C x H x W floats, already normalised) and
  /// returns one row-major `count x classes` block per output.
  std::string run(const float *images, int64_t count,
                  std::vector<std::vector<float>> &results);

private:
  GpuModel() = default;

  std::unique_ptr<ExecutionEngine> engine;
  std::string function;
  std::vector<int64_t> imageShape; // C, H, W
  int64_t batch = 0;
  std::vector<std::pair<int64_t, int64_t>> outputInfo;
  /// Device buffers of the parameters, with their shapes, in argument order.
  std::vector<std::pair<void *, std::vector<int64_t>>> params;
};

} // namespace mlir::slice

#endif // SLICE_RUNTIME_MLIRGPU_H
