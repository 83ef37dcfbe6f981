//===- Executor.h - running a Program on ATen (internal) --------*- C++ -*-===//
//
// Internal to the LibTorch side of the runtime: includes ATen.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_LIB_RUNTIME_EXECUTOR_H
#define SLICE_LIB_RUNTIME_EXECUTOR_H

#include "slice/Runtime/Program.h"

#include <ATen/ATen.h>

#include <functional>
#include <stdexcept>

namespace slice::rt {

/// A runtime error that names the op (layer) it happened in.
struct RuntimeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Executes a Program with ATen kernels; autograd records through them.
class Executor {
public:
  /// Creates every parameter: the stored value when the program has one,
  /// else its init scheme, drawn from a generator seeded by (seed, name) so
  /// that the same name gets the same initial value in every form of a
  /// model.
  Executor(const Program &program, at::Device device, at::ScalarType dtype,
           uint64_t seed);

  /// Runs the model. For an inclusive (I-form) model `subnet` is the
  /// sub-network that runs (one of K passes); other forms compute every
  /// output with subnet <= `subnet` in one pass (0: all). Returns one tensor
  /// per program output, undefined for outputs not computed.
  std::vector<at::Tensor> forward(const at::Tensor &images, int64_t subnet,
                                  bool training);

  const Program &program() const { return prog; }
  std::vector<at::Tensor> &params() { return tensors; }
  /// Trainable parameters (the optimizer's).
  std::vector<at::Tensor> trainable() const;

  /// Run identical branches as one grouped computation (off: one by one,
  /// the reference the fused path is tested against).
  bool fuseBranches = true;

  /// Called with every block result (for interruptibility checks).
  std::function<void(const Instr &, at::Tensor &)> onBlockResult;

private:
  struct Fused;
  void run(const Region &region, std::vector<at::Tensor> &values);
  at::Tensor exec(const Instr &instr, std::vector<at::Tensor> &values);
  at::Tensor block(const Instr &instr, std::vector<at::Tensor> &values);
  at::Tensor batchNorm(const Instr &instr, const at::Tensor &x);
  at::Tensor pool(const Instr &instr, const at::Tensor &x);
  at::Tensor param(int index) const;

  Program prog;
  std::vector<at::Tensor> tensors;
  at::Device device;
  int64_t subnet = 0;
  bool training = false;
};

uint64_t initSeed(uint64_t seed, const std::string &name);

} // namespace slice::rt

#endif // SLICE_LIB_RUNTIME_EXECUTOR_H
