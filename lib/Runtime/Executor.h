//===- Executor.h - running a Program on ATen (internal) --------*- C++ -*-===//
//
// Internal to the LibTorch side of the runtime: includes ATen.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_LIB_RUNTIME_EXECUTOR_H
#define SLICE_LIB_RUNTIME_EXECUTOR_H

#include "slice/Runtime/Program.h"

#include <ATen/ATen.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <new>
#include <map>
#include <stdexcept>

namespace slice::rt {

/// A runtime error that names the op (layer) it happened in.
struct RuntimeError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// What a user reads of an exception: LibTorch's message without the C++
/// backtrace it carries ("Exception raised from ... frame #0 ..."); an
/// allocation that failed says so first, with its size in GiB and what
/// helps, instead of an allocator's "[enforce fail at alloc_cpu.cpp:75]".
inline std::string errorText(const std::exception &e) {
  std::string text = e.what();
  if (const auto *c10 = dynamic_cast<const c10::Error *>(&e))
    text = c10->what_without_backtrace();
  const std::string hint =
      " (a smaller --batch, or a smaller model, needs less)";
  if (dynamic_cast<const std::bad_alloc *>(&e))
    return "out of memory" + hint;
  const std::string cpu = "you tried to allocate ";
  if (size_t at = text.find(cpu); at != std::string::npos) {
    double bytes = std::strtod(text.c_str() + at + cpu.size(), nullptr);
    char size[64];
    std::snprintf(size, sizeof size, "%.1f GiB", bytes / (1ull << 30));
    return std::string("out of memory: one tensor needs ") + size +
           " and the allocator could not get it" + hint;
  }
  if (size_t at = text.find("CUDA out of memory"); at != std::string::npos)
    return text.substr(at, text.find('\n', at) - at) + hint;
  return text;
}

/// Executes a Program (a flat model: the compiler has written out every
/// block, fused identical branches and specialised the I form's passes)
/// with ATen kernels; autograd records through them.
class Executor {
public:
  /// Creates every parameter: the stored value when the program has one,
  /// else its init scheme, drawn from a generator seeded by (seed, name) so
  /// that the same name gets the same initial value in every form of a
  /// model.
  Executor(const Program &program, at::Device device, at::ScalarType dtype,
           uint64_t seed);

  /// Runs the model. In the I form pass `subnet` computes sub-network k's
  /// outputs (0: every pass in turn); other forms compute every output in
  /// their one pass. Returns one tensor per program output, undefined for
  /// outputs not computed.
  std::vector<at::Tensor> forward(const at::Tensor &images, int64_t subnet,
                                  bool training);

  /// Runs anytime step k (1-based; the program was built with its steps)
  /// on `images`: reads the state it needs from `state` (by state id),
  /// leaves what later steps read there, and returns the step's outputs
  /// (those of Step::outputs, in order).
  std::vector<at::Tensor> step(int64_t k, const at::Tensor &images,
                               std::map<int, at::Tensor> &state);

  const Program &program() const { return prog; }
  std::vector<at::Tensor> &params() { return tensors; }
  /// Trainable parameters (the optimizer's).
  std::vector<at::Tensor> trainable() const;

private:
  void run(const Pass &pass, std::vector<at::Tensor> &values);
  at::Tensor exec(const Instr &instr, std::vector<at::Tensor> &values);
  at::Tensor batchNorm(const Instr &instr, std::vector<at::Tensor> &values);
  at::Tensor pool(const Instr &instr, const at::Tensor &x);
  void writeBack(int value, const at::Tensor &updated,
                 std::vector<at::Tensor> &values);

  Program prog;
  std::vector<at::Tensor> tensors;
  /// The op computing each value (null for pass inputs).
  std::vector<const Instr *> producer;
  at::Device device;
  bool training = false;
};

uint64_t initSeed(uint64_t seed, const std::string &name);

struct RunOptions;
/// Threads for ATen and the device of `options`; an error message naming
/// the option when it cannot be had.
std::string setUpDevice(const RunOptions &options, at::Device &device);

} // namespace slice::rt

#endif // SLICE_LIB_RUNTIME_EXECUTOR_H
