//===- LoweredModel.h - running the code slice-opt generates ----*- C++ -*-===//
//
// The `mlir-cpu` and `mlir-gpu` backends of slice-run: sub-network k of a
// model lowered with --slice-to-llvm-cpu (JIT-compiled for this CPU) or
// --slice-to-nvvm (PTX, which the driver compiles for the GPU at hand, run
// through the CUDA driver of CudaDriver.h), with the model's stored weights
// uploaded once.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_RUNTIME_LOWEREDMODEL_H
#define SLICE_RUNTIME_LOWEREDMODEL_H

#include "mlir/IR/BuiltinOps.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir {
class ExecutionEngine;
} // namespace mlir

namespace mlir::slice {

enum class LoweredTarget { cpu, cuda };

class LoweredModel {
public:
  ~LoweredModel();

  /// Compiles sub-network `k` of `model` for `target` (CUDA: device
  /// `ordinal`). Returns null and sets `error` when there is no usable GPU
  /// (the message starts with "no CUDA driver" or "no CUDA device"), a
  /// parameter has no stored value, or the lowering fails.
  static std::unique_ptr<LoweredModel> create(ModuleOp model, int64_t k,
                                              LoweredTarget target,
                                              std::string &error,
                                              int ordinal = 0);

  LoweredTarget target() const { return where; }
  /// CPU threads for a dynamic batch (each runs a slice of the images);
  /// 0: one per core.
  void setThreads(int threads);
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
  LoweredModel() = default;
  std::string runOnCpu(const float *images, int64_t count,
                       std::vector<std::vector<float>> &results);
  std::string runOnGpu(const float *images, int64_t count,
                       std::vector<std::vector<float>> &results);

  LoweredTarget where = LoweredTarget::cpu;
  int64_t numThreads = 1;
  std::unique_ptr<ExecutionEngine> engine;
  std::string function;
  std::vector<int64_t> imageShape; // C, H, W
  int64_t batch = 0;
  std::vector<std::pair<int64_t, int64_t>> outputInfo;
  /// The parameters, in argument order: with their shapes, on the device
  /// (CUDA) or in `hostParams` (CPU).
  std::vector<std::pair<void *, std::vector<int64_t>>> params;
  std::vector<std::vector<float>> hostParams;
};

} // namespace mlir::slice

#endif // SLICE_RUNTIME_LOWEREDMODEL_H
