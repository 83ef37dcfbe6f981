//===- GrowthTest.cpp - anytime growth on the LibTorch runtime ------------===//
//
// Growing sub-network k into k+1 step by step (buildAnytimeSteps, the
// LibTorch session): (a) after step k the outputs are sub-network k's, as
// the extracted sub-network computes them, in the IS and shallow-exit forms
// of the zoo's ResNeXt, DenseNet-BC and Inception, with hierarchical heads
// too; (b) the steps' multiply-adds add up to sub-network K's exactly, plus
// the earlier heads; (c) a row dropped after step k is not computed later
// and the others are unchanged; (d) steps 1..k read nothing sub-network k
// does not: noise in every weight sub-networks 1..k do not read leaves
// their outputs unchanged (and changes step k+1's, so the check can fail).
// (e) the generated CPU code grows like LibTorch.
//
//===----------------------------------------------------------------------===//
#include "RuntimeFixture.h"
#include "slice/Anytime/Forms.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Runtime/Anytime.h"
#include "slice/Runtime/LoweredModel.h"
#include "slice/Runtime/Runtime.h"

using namespace mlir;
using namespace mlir::slice;
namespace rt = ::slice::rt;

namespace {
class GrowthTest : public ::slice::test::RuntimeFixture {
protected:
  /// The seed the direct executors use: parameters without stored values
  /// (new heads) are drawn from it.
  static rt::RunOptions options() {
    rt::RunOptions o;
    o.seed = 7;
    return o;
  }

  rt::Program stepProgram(ModuleOp module) {
    ProgramOptions options;
    options.steps = true;
    FailureOr<rt::Program> p = buildProgram(module, options);
    EXPECT_TRUE(succeeded(p));
    return succeeded(p) ? *p : rt::Program();
  }

  static rt::Array toArray(const at::Tensor &t) {
    at::Tensor c = t.contiguous();
    rt::Array a;
    a.shape = c.sizes().vec();
    a.data.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    return a;
  }

  static at::Tensor toTensor(const rt::Array &a) {
    return at::from_blob(const_cast<float *>(a.data.data()), a.shape, at::kFloat)
        .clone();
  }

  /// Sub-network k's outputs (every level), extracted and run directly.
  std::vector<at::Tensor> direct(ModuleOp module, int64_t k) {
    FailureOr<OwningOpRef<ModuleOp>> sub = cloneSubnet(module, k);
    EXPECT_TRUE(succeeded(sub));
    rt::Executor e(program(**sub), at::kCPU, at::kFloat, 7);
    at::NoGradGuard noGrad;
    return e.forward(images, 0, false);
  }

  /// Grows `module` through every step and checks each against direct().
  void checkGrowth(const std::string &name, ModuleOp module) {
    rt::Program p = stepProgram(module);
    ASSERT_EQ(int64_t(p.steps.size()), p.subnets) << name;
    std::string error;
    std::unique_ptr<rt::AnytimeSession> session =
        rt::makeTorchSession(p, options(), error);
    ASSERT_TRUE(session) << name << ": " << error;
    ASSERT_EQ(session->start(toArray(images)), "") << name;
    for (int64_t k = 1; k <= p.subnets; ++k) {
      std::vector<rt::Array> outputs;
      ASSERT_EQ(session->grow(outputs), "") << name << " step " << k;
      std::vector<at::Tensor> expected = direct(module, k);
      ASSERT_EQ(outputs.size(), expected.size()) << name << " step " << k;
      for (size_t i = 0; i < outputs.size(); ++i) {
        at::Tensor got = toTensor(outputs[i]);
        double bound = 1e-5 * std::max(1.0, expected[i].abs().max().item<double>());
        EXPECT_LE((got - expected[i]).abs().max().item<double>(), bound)
            << name << ": step " << k << " output " << i
            << " differs from sub-network " << k << " run directly";
      }
    }
    // Growing to K does exactly sub-network K's work, plus earlier heads.
    int64_t grown = 0;
    for (const rt::Step &s : p.steps)
      grown += s.macs - s.headMacs;
    EXPECT_EQ(grown, p.subnetMacs.back()) << name;
    EXPECT_EQ(p.steps.back().headMacs, 0) << name;
  }
};

TEST_F(GrowthTest, GrownSubnetsEqualDirectOnes) {
  OwningOpRef<ModuleOp> resnext = model(/*cardinality=*/6);
  checkGrowth("resnext IS", *inForm(*resnext, AnytimeForm::inclusive_sparse, 3));
  checkGrowth("resnext exits",
              *inForm(*resnext, AnytimeForm::shallow, 2));
  checkGrowth("resnext plain", *resnext);
  OwningOpRef<ModuleOp> dense = denseNet();
  checkGrowth("densenet-bc IS", *inForm(*dense, AnytimeForm::inclusive_sparse, 4));
  OwningOpRef<ModuleOp> paths = inception();
  checkGrowth("inception IS", *inForm(*paths, AnytimeForm::inclusive_sparse, 2));
  checkGrowth("inception exits", *inForm(*paths, AnytimeForm::shallow, 2));
}

TEST_F(GrowthTest, HierarchicalHeadsGrowEveryLevel) {
  OwningOpRef<ModuleOp> sparse =
      inForm(*model(/*cardinality=*/4), AnytimeForm::inclusive_sparse, 2);
  Taxonomy taxonomy;
  taxonomy.names = {{"a", "b", "c", "d", "e"}, {"x", "y"}};
  taxonomy.parents = {{0, 0, 1, 1, 1}};
  ASSERT_TRUE(succeeded(addHierarchicalHeads(*sparse, taxonomy, "test")));
  randomize(*sparse);
  checkGrowth("resnext IS hierarchical", *sparse);
}

TEST_F(GrowthTest, TheIFormCannotGrow) {
  OwningOpRef<ModuleOp> inclusive =
      inForm(*model(), AnytimeForm::inclusive, 2);
  std::string message;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &d) {
    message = d.str();
    return success();
  });
  ProgramOptions options;
  options.steps = true;
  EXPECT_TRUE(failed(buildProgram(*inclusive, options)));
  EXPECT_NE(message.find("share no features"), std::string::npos) << message;
}

TEST_F(GrowthTest, DroppedRowsAreNotComputed) {
  OwningOpRef<ModuleOp> sparse =
      inForm(*model(/*cardinality=*/6), AnytimeForm::inclusive_sparse, 3);
  rt::Program p = stepProgram(*sparse);
  std::string error;
  auto all = rt::makeTorchSession(p, options(), error);
  auto some = rt::makeTorchSession(p, options(), error);
  ASSERT_TRUE(all && some) << error;
  ASSERT_EQ(all->start(toArray(images)), "");
  ASSERT_EQ(some->start(toArray(images)), "");
  std::vector<rt::Array> a, b;
  ASSERT_EQ(all->grow(a), "");
  ASSERT_EQ(some->grow(b), "");
  ASSERT_EQ(some->drop({0, 3}), "");
  EXPECT_EQ(some->active(), (std::vector<int64_t>{1, 2, 4, 5}));
  for (int64_t k = 2; k <= 3; ++k) {
    ASSERT_EQ(all->grow(a), "");
    ASSERT_EQ(some->grow(b), "");
    // Only the four rows still growing are computed, and as before.
    ASSERT_EQ(b.front().shape.front(), 4);
    at::Tensor kept = toTensor(a.front()).index_select(
        0, at::tensor(std::vector<int64_t>{1, 2, 4, 5}, at::kLong));
    EXPECT_TRUE(at::allclose(toTensor(b.front()), kept, 1e-6, 1e-6))
        << "step " << k;
  }
}

TEST_F(GrowthTest, StepsReadOnlyTheirSubnetwork) {
  OwningOpRef<ModuleOp> sparse =
      inForm(*denseNet(), AnytimeForm::inclusive_sparse, 4);
  rt::Program clean = stepProgram(*sparse);
  for (int64_t k = 1; k < 4; ++k) {
    // Every stored entry no sub-network 1..k reads becomes noise (head j
    // is sub-network j's alone).
    OwningOpRef<ModuleOp> noisy(cast<ModuleOp>((*sparse)->clone()));
    std::map<std::string, at::Tensor> masks =
        ::slice::test::readBySubnet(*sparse, 1, clean);
    for (int64_t j = 2; j <= k; ++j)
      for (auto &[name, mask] : ::slice::test::readBySubnet(*sparse, j, clean))
        masks[name] = masks[name].logical_or(mask);
    std::map<std::string, std::vector<float>> values;
    at::manual_seed(k);
    for (const rt::ParamSpec &spec : clean.params) {
      at::Tensor v = toTensor({spec.shape, spec.value});
      at::Tensor noise = at::randn_like(v) * 100;
      if (spec.buffer)
        noise = noise.abs() + 1;
      at::Tensor mixed = at::where(masks[spec.name], v, noise).contiguous();
      values[spec.name].assign(mixed.data_ptr<float>(),
                               mixed.data_ptr<float>() + mixed.numel());
    }
    ASSERT_TRUE(succeeded(storeParamValues(*noisy, values)));
    std::string error;
    auto a = rt::makeTorchSession(clean, options(), error);
    auto b = rt::makeTorchSession(stepProgram(*noisy), options(), error);
    ASSERT_TRUE(a && b) << error;
    ASSERT_EQ(a->start(toArray(images)), "");
    ASSERT_EQ(b->start(toArray(images)), "");
    for (int64_t j = 1; j <= k; ++j) {
      std::vector<rt::Array> x, y;
      ASSERT_EQ(a->grow(x), "");
      ASSERT_EQ(b->grow(y), "");
      EXPECT_TRUE(at::allclose(toTensor(x.front()), toTensor(y.front()), 1e-5,
                               1e-5))
          << "step " << j << " of " << k << " read a weight above k: max diff "
          << (toTensor(x.front()) - toTensor(y.front())).abs().max().item<float>();
    }
    // Step k+1 reads weights sub-network k does not: it must differ.
    std::vector<rt::Array> x, y;
    ASSERT_EQ(a->grow(x), "");
    ASSERT_EQ(b->grow(y), "");
    EXPECT_FALSE(at::allclose(toTensor(x.front()), toTensor(y.front())))
        << "step " << k + 1 << " should read weights sub-network " << k
        << " does not";
  }
}
} // namespace

namespace {
/// The generated CPU code (LoweredModel::createSteps) grows every step
/// with LibTorch's outputs (1e-4 relative), rows dropped after step 1
/// included, on the IS ResNeXt, DenseNet-BC and the Inception exits.
class LoweredGrowthTest : public GrowthTest {};

TEST_F(LoweredGrowthTest, GeneratedCpuCodeGrowsLikeLibTorch) {
  std::vector<std::pair<std::string, OwningOpRef<ModuleOp>>> cases;
  cases.emplace_back("resnext IS", inForm(*model(/*cardinality=*/6),
                                          AnytimeForm::inclusive_sparse, 3));
  cases.emplace_back("densenet-bc IS",
                     inForm(*denseNet(), AnytimeForm::inclusive_sparse, 4));
  cases.emplace_back("inception exits",
                     inForm(*inception(), AnytimeForm::shallow, 2));
  for (auto &[name, module] : cases) {
    randomize(*module); // the generated code runs stored weights only
    rt::Program p = stepProgram(*module);
    std::string error;
    auto torch = rt::makeTorchSession(p, options(), error);
    ASSERT_TRUE(torch) << name << ": " << error;
    std::unique_ptr<LoweredModel> code =
        LoweredModel::createSteps(*module, LoweredTarget::cpu, error);
    ASSERT_TRUE(code) << name << ": " << error;
    code->setThreads(2);
    auto lowered = makeLoweredSession(p, std::move(code), error);
    ASSERT_TRUE(lowered) << name << ": " << error;
    ASSERT_EQ(torch->start(toArray(images)), "");
    ASSERT_EQ(lowered->start(toArray(images)), "");
    for (int64_t k = 1; k <= p.subnets; ++k) {
      std::vector<rt::Array> a, b;
      ASSERT_EQ(torch->grow(a), "") << name;
      ASSERT_EQ(lowered->grow(b), "") << name;
      ASSERT_EQ(a.size(), b.size()) << name;
      for (size_t i = 0; i < a.size(); ++i) {
        ASSERT_EQ(a[i].shape, b[i].shape) << name << " step " << k;
        at::Tensor x = toTensor(a[i]), y = toTensor(b[i]);
        double bound = 1e-4 * std::max(1.0, x.abs().max().item<double>());
        EXPECT_LE((x - y).abs().max().item<double>(), bound)
            << name << ": step " << k << " output " << i;
      }
      if (k == 1) {
        ASSERT_EQ(torch->drop({0, 3}), "");
        ASSERT_EQ(lowered->drop({0, 3}), "");
      }
    }
  }
}
} // namespace
