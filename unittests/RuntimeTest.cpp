//===- RuntimeTest.cpp - numerical checks of the LibTorch runtime ---------===//
//
// (a) I-form sub-network K computes the original network; (b) IS-form
// sub-network k is interruptible: noise in every weight and statistic it
// does not read (groups > k, other heads) leaves its output unchanged, and
// the extracted sub-network k computes the same; (c) gradients match finite
// differences; (d) the fused program (identical branches as one grouped
// chain) equals the branch-by-branch one, gradients and BatchNorm
// statistics included.
//
//===----------------------------------------------------------------------===//
#include "RuntimeFixture.h"
#include "slice/Analysis/Interruptible.h"
#include "slice/Anytime/Subnet.h"

#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"

using namespace mlir;
using namespace mlir::slice;
namespace rt = ::slice::rt;

namespace {
using RuntimeTest = ::slice::test::RuntimeFixture;

TEST_F(RuntimeTest, InclusiveSubnetKIsTheOriginalNetwork) {
  OwningOpRef<ModuleOp> plain = model();
  OwningOpRef<ModuleOp> inclusive = inForm(*plain, AnytimeForm::inclusive, 2);
  rt::Executor original(program(*plain), at::kCPU, at::kFloat, 7);
  rt::Executor anytime(program(*inclusive), at::kCPU, at::kFloat, 7);
  at::NoGradGuard noGrad;
  for (bool training : {false, true}) {
    at::Tensor expected = headOutput(original, images, 1, 0, training);
    at::Tensor actual = headOutput(anytime, images, 2, 2, training);
    EXPECT_TRUE(at::allclose(actual, expected, 1e-5, 1e-5))
        << "training=" << training << " max diff "
        << (actual - expected).abs().max().item<float>();
  }
}

TEST_F(RuntimeTest, InclusiveSparseSubnetsAreInterruptible) {
  OwningOpRef<ModuleOp> plain = model(/*cardinality=*/6);
  OwningOpRef<ModuleOp> sparse = inForm(*plain, AnytimeForm::inclusive_sparse, 3);
  rt::Program full = program(*sparse);
  rt::Executor e(full, at::kCPU, at::kFloat, 7);
  at::NoGradGuard noGrad;
  for (int64_t k = 1; k <= 3; ++k) {
    at::Tensor clean = headOutput(e, images, k, 0, false);
    // Noise in everything sub-network k does not read.
    at::Tensor perturbed = headWithNoiseOutside(*sparse, e, images, k, k);
    EXPECT_TRUE(at::allclose(clean, perturbed, 1e-5, 1e-5))
        << "sub-network " << k << " max diff "
        << (clean - perturbed).abs().max().item<float>();
    if (k < 3) {
      // The check can fail: the full network does read groups above k.
      at::Tensor full = headOutput(e, images, 3, 0, false);
      at::Tensor fullPerturbed = headWithNoiseOutside(*sparse, e, images, 3, k);
      EXPECT_FALSE(at::allclose(full, fullPerturbed));
    }

    // The extracted dense sub-network computes the same.
    FailureOr<OwningOpRef<ModuleOp>> extracted = cloneSubnet(*sparse, k);
    ASSERT_TRUE(succeeded(extracted));
    rt::Executor alone(program(**extracted), at::kCPU, at::kFloat, 7);
    at::Tensor fromExtracted = headOutput(alone, images, 1, 0, false);
    EXPECT_TRUE(at::allclose(clean, fromExtracted, 1e-5, 1e-5))
        << "extracted sub-network " << k << " max diff "
        << (clean - fromExtracted).abs().max().item<float>();
  }
}

TEST_F(RuntimeTest, GradientsMatchFiniteDifferences) {
  OwningOpRef<ModuleOp> plain = model(/*cardinality=*/3);
  OwningOpRef<ModuleOp> sparse = inForm(*plain, AnytimeForm::inclusive_sparse, 3);
  rt::Executor e(program(*sparse), at::kCPU, at::kDouble, 7);
  at::Tensor x = images.to(at::kDouble);
  std::vector<at::Tensor> weights;
  for (size_t i = 0; i < e.params().size(); ++i)
    weights.push_back(at::randn({1}, at::kDouble));
  auto loss = [&] {
    at::Tensor total = at::zeros({}, at::kDouble);
    std::vector<at::Tensor> outs = e.forward(x, 0, /*training=*/true);
    for (size_t i = 0; i < outs.size(); ++i)
      total = total + (outs[i] * (double(i) + 1.0)).sin().sum();
    return total;
  };
  at::Tensor l = loss();
  l.backward();
  std::mt19937 gen(3);
  int checked = 0;
  for (size_t i = 0; i < e.params().size(); ++i) {
    at::Tensor &p = e.params()[i];
    if (!p.requires_grad() || !p.grad().defined())
      continue;
    at::Tensor flat = p.detach().view(-1);
    at::Tensor grad = p.grad().view(-1);
    int64_t j = std::uniform_int_distribution<int64_t>(0, flat.numel() - 1)(gen);
    double eps = 1e-6, saved = flat[j].item<double>();
    at::NoGradGuard noGrad;
    flat[j] = saved + eps;
    double up = loss().item<double>();
    flat[j] = saved - eps;
    double down = loss().item<double>();
    flat[j] = saved;
    double numeric = (up - down) / (2 * eps), analytic = grad[j].item<double>();
    EXPECT_NEAR(analytic, numeric, 1e-5 + 1e-4 * std::abs(numeric))
        << e.program().params[i].name << "[" << j << "]";
    ++checked;
  }
  EXPECT_GT(checked, 50);
}
} // namespace

namespace {
// Identical branches run fused (one grouped computation) or one by one:
// outputs, gradients and BatchNorm statistics agree.
TEST_F(RuntimeTest, FusedBranchesMatchBranchByBranch) {
  OwningOpRef<ModuleOp> plain = model(/*cardinality=*/6);
  OwningOpRef<ModuleOp> sparse = inForm(*plain, AnytimeForm::inclusive_sparse, 3);
  rt::Program p = program(*sparse);
  rt::Executor fused(p, at::kCPU, at::kDouble, 7),
      single(unfusedProgram(*sparse), at::kCPU, at::kDouble, 7);
  at::Tensor x = images.to(at::kDouble);
  for (bool training : {false, true, true, true, true}) {
    std::vector<at::Tensor> a = fused.forward(x, 0, training);
    std::vector<at::Tensor> b = single.forward(x, 0, training);
    at::Tensor la = at::zeros({}, at::kDouble), lb = at::zeros({}, at::kDouble);
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_TRUE(at::allclose(a[i], b[i], 1e-7, 1e-7))
          << "output " << i << " training=" << training;
      la = la + (a[i] * (double(i) + 1)).sin().sum();
      lb = lb + (b[i] * (double(i) + 1)).sin().sum();
    }
    if (!training)
      continue;
    la.backward();
    lb.backward();
    for (size_t i = 0; i < p.params.size(); ++i) {
      const at::Tensor &pa = fused.params()[i], &pb = single.params()[i];
      EXPECT_TRUE(at::allclose(pa, pb, 1e-7, 1e-7)) << p.params[i].name;
      if (pa.grad().defined() || pb.grad().defined()) {
        // Summation order differs (grouped vs separate convolutions).
        EXPECT_TRUE(at::allclose(pa.grad(), pb.grad(), 1e-7, 1e-7))
            << "gradient of " << p.params[i].name << " max diff "
            << (pa.grad() - pb.grad()).abs().max().item<double>() << " of "
            << pb.grad().abs().max().item<double>();
      }
    }
    // A plain gradient step, so the next pass starts from new weights.
    at::NoGradGuard noGrad;
    for (rt::Executor *e : {&fused, &single})
      for (at::Tensor &t : e->params())
        if (t.grad().defined()) {
          t.sub_(t.grad(), 0.1);
          t.grad().zero_();
        }
  }
}
} // namespace

namespace {
// Pooling with asymmetric padding follows the IR's shape rule and PyTorch's
// divisor semantics; checked against hand-computed windows.
TEST_F(RuntimeTest, AsymmetricPaddingPools) {
  auto run = [&](StringRef op) {
    std::string text = (R"mlir(
      func.func @forward(%x: tensor<1x1x4x4xf32>) -> tensor<1x1x2x2xf32> {
        %y = )mlir" + op + R"mlir( : tensor<1x1x4x4xf32>
        return %y : tensor<1x1x2x2xf32>
      })mlir").str();
    OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
    EXPECT_TRUE(module);
    rt::Executor e(program(*module), at::kCPU, at::kFloat, 0);
    at::Tensor x = at::arange(1, 17, at::kFloat).view({1, 1, 4, 4});
    return e.forward(x, 0, false)[0].view({4});
  };
  // Windows start at row/col -1 with stride 2: {-1,0} and {1,2}.
  // x = 1..16 row-major; the top-left window holds only x[0][0] = 1.
  at::Tensor exclude = run("slice.avg_pool %x {kernel = array<i64: 2, 2>, "
                           "strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 0, 0>, "
                           "count_include_pad = false}");
  EXPECT_TRUE(at::allclose(exclude, at::tensor({1.0f, 2.5f, 7.0f, 8.5f})))
      << exclude;
  at::Tensor include = run("slice.avg_pool %x {kernel = array<i64: 2, 2>, "
                           "strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 0, 0>}");
  EXPECT_TRUE(at::allclose(include, at::tensor({0.25f, 1.25f, 3.5f, 8.5f})))
      << include;
  at::Tensor max = run("slice.max_pool %x {kernel = array<i64: 2, 2>, "
                       "strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 0, 0>}");
  EXPECT_TRUE(at::allclose(max, at::tensor({1.0f, 3.0f, 9.0f, 11.0f}))) << max;
}
} // namespace

namespace {
// Concat blocks (DenseNet-BC, Inception): the I form's grouped layout
// reorders every concat result and its readers; sub-network K is still the
// original network, and every sub-network k equals its extraction.
TEST_F(RuntimeTest, ConcatInclusiveSubnetKIsTheOriginalNetwork) {
  for (auto &[name, plain] : concatModels()) {
    for (int64_t K : {2, 4}) {
      OwningOpRef<ModuleOp> inclusive =
          inForm(*plain, AnytimeForm::inclusive, K);
      rt::Executor original(program(*plain), at::kCPU, at::kFloat, 7);
      rt::Executor anytime(program(*inclusive), at::kCPU, at::kFloat, 7);
      at::NoGradGuard noGrad;
      for (bool training : {false, true}) {
        at::Tensor expected = headOutput(original, images, 1, 0, training);
        at::Tensor actual = headOutput(anytime, images, K, K, training);
        EXPECT_TRUE(at::allclose(actual, expected, 1e-5, 1e-5))
            << name << " K=" << K << " training=" << training
            << " max diff " << maxDiff(actual, expected);
        std::printf("[ metric ] %s I-form K=%lld training=%d: max |sub-network K"
                    " - original| = %.3g\n",
                    name.c_str(), (long long)K, int(training),
                    maxDiff(actual, expected));
      }
      // Training passes updated running statistics: start again.
      rt::Executor evaluated(program(*inclusive), at::kCPU, at::kFloat, 7);
      for (int64_t k = 1; k <= K; ++k) {
        at::Tensor inModel = headOutput(evaluated, images, k, k, false);
        FailureOr<OwningOpRef<ModuleOp>> extracted = cloneSubnet(*inclusive, k);
        ASSERT_TRUE(succeeded(extracted)) << name << " k=" << k;
        ASSERT_TRUE(succeeded(verify(**extracted))) << name << " k=" << k;
        rt::Executor alone(program(**extracted), at::kCPU, at::kFloat, 7);
        at::Tensor fromExtracted = headOutput(alone, images, 1, 0, false);
        EXPECT_TRUE(at::allclose(inModel, fromExtracted, 1e-5, 1e-5))
            << name << " extracted sub-network " << k << " of K=" << K
            << " max diff " << maxDiff(inModel, fromExtracted);
        if (k < K) { // a thinner network computes something else
          EXPECT_FALSE(at::allclose(inModel, headOutput(evaluated, images, K,
                                                        K, false)));
        }
      }
    }
  }
}

TEST_F(RuntimeTest, ConcatInclusiveSparseSubnetsAreInterruptible) {
  for (auto &[name, plain] : concatModels()) {
    const int64_t K = name == "inception" ? 2 : 4;
    OwningOpRef<ModuleOp> sparse =
        inForm(*plain, AnytimeForm::inclusive_sparse, K);
    ASSERT_TRUE(succeeded(verifyInterruptible(*sparse))) << name;
    rt::Executor e(program(*sparse), at::kCPU, at::kFloat, 7);
    at::NoGradGuard noGrad;
    for (int64_t k = 1; k <= K; ++k) {
      at::Tensor clean = headOutput(e, images, k, 0, false);
      // Noise in everything sub-network k does not read.
      at::Tensor perturbed = headWithNoiseOutside(*sparse, e, images, k, k);
      EXPECT_TRUE(at::allclose(clean, perturbed, 1e-5, 1e-5))
          << name << " sub-network " << k << " max diff "
          << maxDiff(clean, perturbed);
      // Running only sub-network k (later branches skipped) agrees.
      at::Tensor alone = headOutput(e, images, k, k, false);
      EXPECT_TRUE(at::allclose(clean, alone, 1e-5, 1e-5))
          << name << " sub-network " << k << " run alone";
      if (k < K) {
        // The check can fail: the full network does read groups above k.
        at::Tensor full = headOutput(e, images, K, 0, false);
        at::Tensor fullPerturbed =
            headWithNoiseOutside(*sparse, e, images, K, k);
        EXPECT_FALSE(at::allclose(full, fullPerturbed)) << name;
      }
      FailureOr<OwningOpRef<ModuleOp>> extracted = cloneSubnet(*sparse, k);
      ASSERT_TRUE(succeeded(extracted)) << name << " k=" << k;
      ASSERT_TRUE(succeeded(verify(**extracted))) << name << " k=" << k;
      rt::Executor thin(program(**extracted), at::kCPU, at::kFloat, 7);
      at::Tensor fromExtracted = headOutput(thin, images, 1, 0, false);
      EXPECT_TRUE(at::allclose(clean, fromExtracted, 1e-5, 1e-5))
          << name << " extracted sub-network " << k << " max diff "
          << maxDiff(clean, fromExtracted);
    }
  }
}

// Fused concat branches (stacked first layer, grouped later layers, output
// split back per branch) against branch-by-branch, in every form, with
// gradients and BatchNorm statistics.
TEST_F(RuntimeTest, ConcatFusedBranchesMatchBranchByBranch) {
  for (auto &[name, plain] : concatModels()) {
    for (AnytimeForm form : {AnytimeForm::plain, AnytimeForm::inclusive,
                             AnytimeForm::inclusive_sparse}) {
      OwningOpRef<ModuleOp> module = inForm(*plain, form, 2);
      std::string pipeline = ::slice::test::formName(form);
      rt::Program p = program(*module);
      rt::Executor fused(p, at::kCPU, at::kDouble, 7),
          single(unfusedProgram(*module), at::kCPU, at::kDouble, 7);
      at::Tensor x = images.to(at::kDouble);
      int64_t passes = p.form == rt::Form::Inclusive ? p.subnets : 1;
      for (bool training : {false, true, true}) {
        for (int64_t k = 1; k <= passes; ++k) {
          int64_t pass = p.form == rt::Form::Inclusive ? k : 0;
          std::vector<at::Tensor> a = fused.forward(x, pass, training);
          std::vector<at::Tensor> b = single.forward(x, pass, training);
          at::Tensor la = at::zeros({}, at::kDouble), lb = at::zeros({}, at::kDouble);
          for (size_t i = 0; i < a.size(); ++i) {
            if (!a[i].defined())
              continue;
            EXPECT_TRUE(at::allclose(a[i], b[i], 1e-7, 1e-7))
                << name << " " << pipeline << " output " << i;
            la = la + (a[i] * (double(i) + 1)).sin().sum();
            lb = lb + (b[i] * (double(i) + 1)).sin().sum();
          }
          if (!training)
            continue;
          la.backward();
          lb.backward();
        }
        if (!training)
          continue;
        for (size_t i = 0; i < p.params.size(); ++i) {
          const at::Tensor &pa = fused.params()[i], &pb = single.params()[i];
          EXPECT_TRUE(at::allclose(pa, pb, 1e-7, 1e-7))
              << name << " " << pipeline << " " << p.params[i].name;
          if (pa.grad().defined() || pb.grad().defined()) {
            EXPECT_TRUE(at::allclose(pa.grad(), pb.grad(), 1e-7, 1e-7))
                << name << " " << pipeline << " gradient of "
                << p.params[i].name;
          }
        }
        at::NoGradGuard noGrad;
        for (rt::Executor *e : {&fused, &single})
          for (at::Tensor &t : e->params())
            if (t.grad().defined()) {
              t.sub_(t.grad(), 0.1);
              t.grad().zero_();
            }
      }
    }
  }
}
} // namespace
