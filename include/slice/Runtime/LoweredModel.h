//===- LoweredModel.h - running the code slice-opt generates ----*- C++ -*-===//
//
// The `mlir-cpu` and `mlir-gpu` backends of slice-run: sub-network k of a
// model, or its anytime steps, lowered with --slice-to-llvm-cpu (JIT-
// compiled for this CPU) or --slice-to-nvvm (PTX, which the driver compiles
// for the GPU at hand, run through the CUDA driver of CudaDriver.h), with
// the model's stored weights uploaded once and shared by every function.
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

namespace slice::rt {
class AnytimeSession;
struct Program;
} // namespace slice::rt

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
  /// Compiles the anytime steps of `model` (buildAnytimeSteps): function i
  /// is step i+1, taking the image and the state, returning its outputs
  /// and the state (the order of Program::steps).
  static std::unique_ptr<LoweredModel> createSteps(ModuleOp model,
                                                   LoweredTarget target,
                                                   std::string &error,
                                                   int ordinal = 0);

  LoweredTarget target() const { return where; }
  /// CPU threads for a dynamic batch (each runs a slice of the images);
  /// 0: one per core.
  void setThreads(int threads);
  /// The batch the code was compiled for, or 0 when it takes any.
  int64_t staticBatch() const { return batch; }
  /// Function 0's outputs: per output, its label level and its number of
  /// classes (create(): the sub-network's logits).
  const std::vector<std::pair<int64_t, int64_t>> &outputs() const {
    return outputInfo;
  }

  /// Runs function 0 on `count` images (N x C x H x W floats, already
  /// normalised) and returns one row-major `count x classes` block per
  /// output.
  std::string run(const float *images, int64_t count,
                  std::vector<std::vector<float>> &results);

  /// The compiled functions (create(): one; createSteps(): K).
  size_t numFunctions() const { return functions.size(); }
  /// Function `f`'s inputs and outputs: the sizes after the batch.
  const std::vector<std::vector<int64_t>> &inputShapes(size_t f) const {
    return functions[f].inputs;
  }
  const std::vector<std::vector<int64_t>> &outputShapes(size_t f) const {
    return functions[f].outputs;
  }
  /// Runs function `f` on `count` rows: `inputs[i]` holds count rows of
  /// input i (batch first, row-major); `results` gets one block of count
  /// rows per output.
  std::string call(size_t f, const std::vector<const float *> &inputs,
                   int64_t count, std::vector<std::vector<float>> &results);

private:
  struct Function {
    std::string name;
    std::vector<std::vector<int64_t>> inputs, outputs;
    /// Indices into `params`, in argument order.
    std::vector<size_t> params;
    /// The packed C interface, looked up (so compiled) at creation.
    void (*entry)(void **) = nullptr;
  };

  LoweredModel() = default;
  static std::unique_ptr<LoweredModel> compile(OwningOpRef<ModuleOp> prepared,
                                               LoweredTarget target,
                                               std::string &error);
  std::string callOnCpu(const Function &f,
                        const std::vector<const float *> &inputs,
                        int64_t count, std::vector<std::vector<float>> &results);
  std::string callOnGpu(const Function &f,
                        const std::vector<const float *> &inputs,
                        int64_t count, std::vector<std::vector<float>> &results);

  LoweredTarget where = LoweredTarget::cpu;
  int64_t numThreads = 1;
  std::unique_ptr<ExecutionEngine> engine;
  std::vector<Function> functions;
  int64_t batch = 0;
  std::vector<std::pair<int64_t, int64_t>> outputInfo;
  /// The parameters every function reads, by name: with their shapes, on
  /// the device (CUDA) or in `hostParams` (CPU).
  std::vector<std::string> paramNames;
  std::vector<std::pair<void *, std::vector<int64_t>>> params;
  std::vector<std::vector<float>> hostParams;
};

/// An anytime session on the generated code (`lowered` from createSteps of
/// the model `program` was built from, with ProgramOptions::steps): the
/// state stays in host memory between steps.
std::unique_ptr<::slice::rt::AnytimeSession>
makeLoweredSession(const ::slice::rt::Program &program,
                   std::unique_ptr<LoweredModel> lowered, std::string &error);

} // namespace mlir::slice

#endif // SLICE_RUNTIME_LOWEREDMODEL_H
