//===- RuntimeFixture.h - models for the runtime tests ----------*- C++ -*-===//
#ifndef SLICE_UNITTESTS_RUNTIMEFIXTURE_H
#define SLICE_UNITTESTS_RUNTIMEFIXTURE_H

#include "AnytimeForms.h"
#include "SubnetNoise.h"
#include "slice/Dialect/Params.h"
#include "slice/Runtime/ProgramBuilder.h"
#include "slice/Zoo/ConcatNets.h"
#include "slice/Zoo/ResNeXt.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "gtest/gtest.h"

#include <random>

namespace slice::test {
using namespace mlir;
using namespace mlir::slice;

/// Small zoo models with random stored weights, and what the runtime tests
/// do with them.
class RuntimeFixture : public ::testing::Test {
protected:
  RuntimeFixture() {
    context.loadDialect<SliceDialect, func::FuncDialect>();
  }

  /// A small ResNeXt whose every parameter holds a random stored value
  /// (BatchNorm variances positive), so BatchNorm statistics matter.
  OwningOpRef<ModuleOp> model(int64_t cardinality = 4) {
    zoo::ResNeXtConfig c;
    c.blocks = 3;
    c.width = 8;
    c.bottleneck = 2;
    c.cardinality = cardinality;
    c.inChannels = 2;
    c.imageSize = 8;
    c.classes = 5;
    OwningOpRef<ModuleOp> module = zoo::buildResNeXt(&context, c);
    randomize(*module);
    return module;
  }

  /// Every parameter of `module` gets a random stored value.
  void randomize(ModuleOp module) {
    std::map<std::string, std::vector<float>> values;
    std::mt19937 gen(42);
    std::normal_distribution<float> normal(0, 0.3f);
    std::uniform_real_distribution<float> positive(0.5f, 1.5f);
    for (ParamOp param : module.getOps<ParamOp>()) {
      std::vector<float> v(param.getTensorType().getNumElements());
      bool variance = param.getSymName().contains(".var");
      for (float &x : v)
        x = variance ? positive(gen) : normal(gen);
      values[param.getSymName().str()] = v;
    }
    EXPECT_TRUE(succeeded(storeParamValues(module, values)));
  }

  /// A small DenseNet-BC: 2 dense layers per block, growth 8 split into 4
  /// branches.
  OwningOpRef<ModuleOp> denseNet() {
    zoo::DenseNetConfig c;
    c.layers = 2;
    c.growth = 8;
    c.cardinality = 4;
    c.inChannels = 2;
    c.imageSize = 8;
    c.classes = 5;
    OwningOpRef<ModuleOp> module = zoo::buildDenseNet(&context, c);
    randomize(*module);
    return module;
  }

  /// A small Inception-style model: one block per stage, 8 paths (two of
  /// each kind).
  OwningOpRef<ModuleOp> inception() {
    zoo::InceptionConfig c;
    c.blocks = 3;
    c.width = 4;
    c.cardinality = 8;
    c.stemWidth = 6;
    c.inChannels = 2;
    c.imageSize = 8;
    c.classes = 5;
    OwningOpRef<ModuleOp> module = zoo::buildInception(&context, c);
    randomize(*module);
    return module;
  }

  /// The concat-aggregated zoo models, by name.
  std::vector<std::pair<std::string, OwningOpRef<ModuleOp>>> concatModels() {
    std::vector<std::pair<std::string, OwningOpRef<ModuleOp>>> out;
    out.emplace_back("densenet-bc", denseNet());
    out.emplace_back("inception", inception());
    return out;
  }

  static float maxDiff(const at::Tensor &a, const at::Tensor &b) {
    return (a - b).abs().max().item<float>();
  }

  static OwningOpRef<ModuleOp> inForm(ModuleOp module, AnytimeForm form,
                                      int64_t K) {
    return ::slice::test::inForm(module, form, K);
  }

  rt::Program program(ModuleOp module) {
    FailureOr<rt::Program> p = buildProgram(module);
    EXPECT_TRUE(succeeded(p));
    return *p;
  }

  /// The output of `module`'s head for sub-network `k` at level 1.
  static at::Tensor headOutput(rt::Executor &e, const at::Tensor &x, int64_t k,
                               int64_t pass, bool training) {
    std::vector<at::Tensor> outs = e.forward(x, pass, training);
    for (size_t i = 0; i < outs.size(); ++i)
      if (e.program().outputs[i].subnet == k && outs[i].defined())
        return outs[i];
    ADD_FAILURE() << "no output for sub-network " << k;
    return {};
  }

  /// Head k's output (a full pass) with noise in every parameter entry
  /// sub-network `reads` of `module` does not read.
  static at::Tensor headWithNoiseOutside(ModuleOp module, rt::Executor &e,
                                         const at::Tensor &x, int64_t k,
                                         int64_t reads) {
    std::vector<at::Tensor> saved =
        noiseOutsideSubnet(module, reads, e);
    at::Tensor out = headOutput(e, x, k, 0, false);
    restoreParams(e, saved);
    return out;
  }

  rt::Program unfusedProgram(ModuleOp module) {
    ProgramOptions options;
    options.fuse = false;
    FailureOr<rt::Program> p = buildProgram(module, options);
    EXPECT_TRUE(succeeded(p));
    return *p;
  }

  MLIRContext context;
  static at::Tensor randomImages() {
    at::manual_seed(0);
    return at::randn({6, 2, 8, 8}, at::TensorOptions().dtype(at::kFloat));
  }
  at::Tensor images = randomImages();
};
} // namespace slice::test

#endif // SLICE_UNITTESTS_RUNTIMEFIXTURE_H
