//===- SubnetNoise.h - what a sub-network must not read (test helper) ------===//
//
// The runtime check of interruptibility: every parameter entry sub-network k
// does not read (by the compiler's own account, the views of its
// specialisation) is replaced by large noise. Head k must not change; a
// wider head must. Weights of groups above k compute the features of groups
// above k, so a head that read those features would change too.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_UNITTESTS_SUBNETNOISE_H
#define SLICE_UNITTESTS_SUBNETNOISE_H

#include "../lib/Runtime/Executor.h"
#include "slice/Anytime/Subnet.h"

#include <map>

namespace slice::test {

/// Per parameter name, true where sub-network `k` of `module` reads it.
inline std::map<std::string, at::Tensor>
readBySubnet(mlir::ModuleOp module, int64_t k, const rt::Program &program) {
  using namespace mlir;
  using namespace mlir::slice;
  std::map<std::string, at::Tensor> masks;
  for (const rt::ParamSpec &spec : program.params)
    masks[spec.name] = at::zeros(spec.shape, at::kBool);
  FailureOr<OwningOpRef<ModuleOp>> sub =
      cloneSubnet(module, k, SubnetParams::Views);
  if (failed(sub))
    return masks;
  (*sub)->walk([&](GetParamOp get) {
    at::Tensor &mask = masks[get.getName().str()];
    for (Operation *user : get->getUsers()) {
      auto view = dyn_cast<ParamSliceOp>(user);
      if (!view) {
        mask.fill_(true);
        continue;
      }
      at::Tensor part = mask;
      if (std::optional<uint64_t> row = view.getRow())
        part = part.select(0, int64_t(*row));
      for (auto [d, size] : llvm::enumerate(view.getSizes()))
        part = part.narrow(int64_t(d), view.getOffsetsOrZeros()[d], size);
      part.fill_(true);
    }
  });
  return masks;
}

/// Replaces every parameter entry of `e` that sub-network `k` of `module`
/// does not read by N(0, 100) noise (|noise| + 1 for statistics, so
/// variances stay positive); returns the original values.
inline std::vector<at::Tensor> noiseOutsideSubnet(mlir::ModuleOp module,
                                                  int64_t k, rt::Executor &e) {
  std::map<std::string, at::Tensor> masks =
      readBySubnet(module, k, e.program());
  std::vector<at::Tensor> saved;
  at::NoGradGuard noGrad;
  for (size_t i = 0; i < e.params().size(); ++i) {
    at::Tensor &t = e.params()[i];
    saved.push_back(t.detach().clone());
    at::Tensor noise = at::randn_like(t) * 100;
    if (e.program().params[i].buffer)
      noise = noise.abs() + 1;
    at::Tensor mask = masks[e.program().params[i].name].to(t.device());
    t.copy_(at::where(mask, t, noise));
  }
  return saved;
}

inline void restoreParams(rt::Executor &e,
                          const std::vector<at::Tensor> &saved) {
  at::NoGradGuard noGrad;
  for (size_t i = 0; i < saved.size(); ++i)
    e.params()[i].copy_(saved[i]);
}

} // namespace slice::test

#endif // SLICE_UNITTESTS_SUBNETNOISE_H
