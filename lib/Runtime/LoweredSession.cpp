//===- LoweredSession.cpp - anytime growth on the generated code ----------===//
//
// The steps --anytime-steps derives, compiled by LoweredModel::createSteps,
// grown like the LibTorch session grows them: the image and the state of
// every active row live in host memory, each step reads its state inputs by
// id and leaves its state outputs; dropping rows compacts them.
//
//===----------------------------------------------------------------------===//
#include "slice/Runtime/Anytime.h"
#include "slice/Runtime/LoweredModel.h"

#include <map>

using namespace mlir::slice;
namespace rt = ::slice::rt;

namespace {
int64_t rowSize(const std::vector<int64_t> &shape) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

/// Keeps the rows at `positions` of `data` (rows of `size` floats).
void keepRows(std::vector<float> &data, int64_t size,
              const std::vector<int64_t> &positions) {
  for (size_t i = 0; i < positions.size(); ++i)
    if (int64_t(i) != positions[i])
      std::copy(data.begin() + positions[i] * size,
                data.begin() + (positions[i] + 1) * size,
                data.begin() + i * size);
  data.resize(positions.size() * size);
}

class LoweredSession : public rt::AnytimeSession {
public:
  LoweredSession(const rt::Program &program,
                 std::unique_ptr<LoweredModel> code)
      : AnytimeSession(program), code(std::move(code)) {}

private:
  std::string begin(const rt::Array &normalised) override {
    images = normalised.data;
    rows = normalised.shape[0];
    state.clear();
    return "";
  }

  std::string runStep(int64_t k, std::vector<rt::Array> &outputs) override {
    const rt::Step &step = prog.steps[k - 1];
    std::vector<const float *> inputs{images.data()};
    for (int id : step.stateIn) {
      auto it = state.find(id);
      if (it == state.end())
        return "step " + std::to_string(k) + " reads state " +
               std::to_string(id) + ", which no earlier step left";
      inputs.push_back(it->second.first.data());
    }
    std::vector<std::vector<float>> results;
    if (std::string e = code->call(k - 1, inputs, rows, results); !e.empty())
      return e;
    const std::vector<std::vector<int64_t>> &shapes = code->outputShapes(k - 1);
    for (size_t i = 0; i < step.outputs.size(); ++i) {
      rt::Array a;
      a.shape = {rows};
      a.shape.insert(a.shape.end(), shapes[i].begin(), shapes[i].end());
      a.data = std::move(results[i]);
      outputs.push_back(std::move(a));
    }
    // State no later step reads is freed.
    for (auto it = state.begin(); it != state.end();) {
      bool later = false;
      for (size_t j = k; j < prog.steps.size() && !later; ++j)
        later = llvm::is_contained(prog.steps[j].stateIn, it->first);
      it = later ? std::next(it) : state.erase(it);
    }
    for (size_t i = 0; i < step.stateOut.size(); ++i) {
      size_t r = step.outputs.size() + i;
      state[step.stateOut[i]] = {std::move(results[r]), rowSize(shapes[r])};
    }
    return "";
  }

  std::string keep(const std::vector<int64_t> &positions) override {
    keepRows(images, rowSize(prog.inputShape), positions);
    for (auto &[id, s] : state)
      keepRows(s.first, s.second, positions);
    rows = int64_t(positions.size());
    return "";
  }

  std::unique_ptr<LoweredModel> code;
  std::vector<float> images;
  int64_t rows = 0;
  /// State id -> (rows, floats per row).
  std::map<int, std::pair<std::vector<float>, int64_t>> state;
};
} // namespace

std::unique_ptr<rt::AnytimeSession>
mlir::slice::makeLoweredSession(const rt::Program &program,
                                std::unique_ptr<LoweredModel> lowered,
                                std::string &error) {
  if (program.steps.empty()) {
    error = "the program has no anytime steps";
    return nullptr;
  }
  if (lowered->numFunctions() != program.steps.size()) {
    error = "the lowered code has " + std::to_string(lowered->numFunctions()) +
            " functions for " + std::to_string(program.steps.size()) + " steps";
    return nullptr;
  }
  for (size_t k = 0; k < program.steps.size(); ++k) {
    const rt::Step &step = program.steps[k];
    if (lowered->inputShapes(k).size() != 1 + step.stateIn.size() ||
        lowered->outputShapes(k).size() !=
            step.outputs.size() + step.stateOut.size()) {
      error = "the lowered step " + std::to_string(k + 1) +
              " has another interface than the program's";
      return nullptr;
    }
  }
  if (lowered->staticBatch() != 0) {
    error = "anytime growth needs code for any batch (rows leave as they "
            "stop)";
    return nullptr;
  }
  return std::make_unique<LoweredSession>(program, std::move(lowered));
}
