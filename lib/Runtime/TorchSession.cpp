//===- TorchSession.cpp - anytime growth on LibTorch ----------------------===//
#include "Executor.h"
#include "slice/Runtime/Anytime.h"
#include "slice/Runtime/Runtime.h"

namespace slice::rt {

namespace {
Array toArray(const at::Tensor &t) {
  at::Tensor c = t.to(at::kCPU).to(at::kFloat).contiguous();
  Array a;
  a.shape = c.sizes().vec();
  a.data.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
  return a;
}

class TorchSession : public AnytimeSession {
public:
  TorchSession(const Program &program, at::Device device, uint64_t seed)
      : AnytimeSession(program), device(device),
        exec(program, device, at::kFloat, seed) {}

private:
  std::string begin(const Array &normalised) override {
    try {
      images = at::from_blob(const_cast<float *>(normalised.data.data()),
                             normalised.shape, at::kFloat)
                   .clone()
                   .to(device);
      state.clear();
    } catch (const std::exception &e) {
      return errorText(e);
    }
    return "";
  }

  std::string runStep(int64_t k, std::vector<Array> &outputs) override {
    try {
      at::InferenceMode inference;
      for (const at::Tensor &t : exec.step(k, images, state))
        outputs.push_back(toArray(t));
    } catch (const std::exception &e) {
      return errorText(e);
    }
    return "";
  }

  std::string keep(const std::vector<int64_t> &positions) override {
    try {
      at::Tensor index =
          at::tensor(positions, at::TensorOptions().dtype(at::kLong)).to(device);
      images = images.index_select(0, index);
      for (auto &[id, t] : state)
        t = t.index_select(0, index);
    } catch (const std::exception &e) {
      return errorText(e);
    }
    return "";
  }

  at::Device device;
  Executor exec;
  at::Tensor images;
  std::map<int, at::Tensor> state;
};
} // namespace

std::unique_ptr<AnytimeSession> makeTorchSession(const Program &program,
                                                 const RunOptions &options,
                                                 std::string &error) {
  at::Device device(at::kCPU);
  if ((error = setUpDevice(options, device)) != "")
    return nullptr;
  if (program.steps.empty()) {
    error = "the program has no anytime steps";
    return nullptr;
  }
  try {
    return std::make_unique<TorchSession>(program, device, options.seed);
  } catch (const std::exception &e) {
    error = errorText(e);
    return nullptr;
  }
}

} // namespace slice::rt
