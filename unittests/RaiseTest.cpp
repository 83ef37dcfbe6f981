//===- RaiseTest.cpp - raiseBranches keeps the numerics -------------------===//
//
// Flat models shaped like torchvision's ONNX exports (BatchNorm folded into
// conv biases or kept, ResNeXt / ResNet / MobileNetV2 / Inception +
// SqueezeNet / DenseNet / MLP), every parameter a random stored value, run
// on the LibTorch runtime in double precision:
//   (a) the raised model computes what the flat one did;
//   (b) sub-network K of its I form (makeInclusive, K = 2), and that
//       sub-network extracted, compute the raised model;
//   (c) its IS form (makeInclusiveSparse, K = 2) passes verifyInterruptible
//       and is interruptible at run time (residual models): garbage in
//       group 2 of every block output, or sub-network 1 run alone, leaves
//       output 1 unchanged, and so does extracting sub-network 1.
// Each comparison is shown able to fail: one changed branch weight in the
// raised model changes its output.
//
//===----------------------------------------------------------------------===//
#include "SubnetNoise.h"
#include "slice/Analysis/Interruptible.h"
#include "slice/Anytime/Forms.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Runtime/ProgramBuilder.h"
#include "slice/Transforms/Raise.h"
#include "slice/Zoo/ModelBuilder.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "gtest/gtest.h"

#include <random>

using namespace mlir;
using namespace mlir::slice;
namespace rt = ::slice::rt;

namespace {
/// Builds a flat model the way an importer does: one get_param per use.
class FlatBuilder {
public:
  FlatBuilder(MLIRContext *context, StringRef name, ArrayRef<int64_t> image)
      : b(context), module(ModuleOp::create(b.getUnknownLoc(), name)),
        mb(*module, b) {
    module->getOperation()->setAttr(
        SliceDialect::getAnytimeAttrName(),
        AnytimeAttr::get(context, AnytimeForm::plain, 1, 1));
    SmallVector<int64_t> shape{ShapedType::kDynamic};
    shape.append(image.begin(), image.end());
    auto input = RankedTensorType::get(shape, b.getF32Type());
    b.setInsertionPointToEnd(module->getBody());
    func = func::FuncOp::create(b, b.getUnknownLoc(), "forward",
                                b.getFunctionType({input}, {}));
    b.setInsertionPointToStart(func.addEntryBlock());
    x = func.getArgument(0);
  }

  Value conv(Value in, StringRef name, int64_t out, int64_t kh, int64_t kw,
             int64_t stride, ArrayRef<int64_t> pad, int64_t groups, bool bias) {
    int64_t c = channelsOf(in);
    Value w = mb.param(name.str() + ".weight", {out, c / groups, kh, kw},
                       InitScheme::msra);
    Value bv = bias ? mb.param(name.str() + ".bias", {out}, InitScheme::zeros)
                    : Value();
    return Conv2dOp::create(
        b, mb.loc(name), in, w, bv, b.getDenseI64ArrayAttr({stride, stride}),
        b.getDenseI64ArrayAttr(pad), b.getDenseI64ArrayAttr({1, 1}),
        b.getI64IntegerAttr(groups), nullptr);
  }
  /// Square kernel, symmetric padding k/2.
  Value conv(Value in, StringRef name, int64_t out, int64_t k,
             int64_t stride = 1, int64_t groups = 1, bool bias = true) {
    int64_t p = k / 2;
    return conv(in, name, out, k, k, stride, {p, p, p, p}, groups, bias);
  }
  Value bn(Value in, StringRef name) { return mb.batchNorm(in, name); }
  Value relu(Value in) { return ReluOp::create(b, b.getUnknownLoc(), in); }
  Value clip6(Value in) {
    return ClipOp::create(b, b.getUnknownLoc(), in, b.getF64FloatAttr(0),
                          b.getF64FloatAttr(6));
  }
  Value add(Value l, Value r) {
    return AddOp::create(b, b.getUnknownLoc(), l, r);
  }
  Value concat(ValueRange inputs) {
    return ConcatOp::create(b, b.getUnknownLoc(), inputs);
  }
  Value maxPool(Value in, int64_t k, int64_t s, int64_t p) {
    return MaxPoolOp::create(b, b.getUnknownLoc(), in, ArrayRef<int64_t>{k, k},
                             ArrayRef<int64_t>{s, s},
                             ArrayRef<int64_t>{p, p, p, p},
                             ArrayRef<int64_t>{1, 1}, false);
  }
  Value avgPool(Value in, int64_t k, int64_t s, int64_t p) {
    return AvgPoolOp::create(b, b.getUnknownLoc(), in, ArrayRef<int64_t>{k, k},
                             ArrayRef<int64_t>{s, s},
                             ArrayRef<int64_t>{p, p, p, p}, false,
                             /*count_include_pad=*/true);
  }
  Value flatten(Value in) {
    return FlattenOp::create(b, b.getUnknownLoc(), in, b.getI64IntegerAttr(1));
  }
  Value linear(Value in, StringRef name, int64_t out) {
    return mb.linear(in, name, out);
  }
  Value classifier(Value in, int64_t classes = 5) {
    return linear(flatten(GlobalAvgPoolOp::create(b, b.getUnknownLoc(), in)),
                  "fc", classes);
  }

  /// Returns `logits` and fills every parameter with a random stored value.
  OwningOpRef<ModuleOp> finish(Value logits, uint32_t seed = 1) {
    func::ReturnOp::create(b, b.getUnknownLoc(), logits);
    func.setFunctionType(
        b.getFunctionType(func.getArgumentTypes(), {logits.getType()}));
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal(0, 0.4f);
    std::uniform_real_distribution<float> positive(0.5f, 1.5f);
    std::map<std::string, std::vector<float>> values;
    for (ParamOp param : module->getOps<ParamOp>()) {
      std::vector<float> v(param.getTensorType().getNumElements());
      bool variance = param.getSymName().ends_with(".var");
      for (float &e : v)
        e = variance ? positive(gen) : normal(gen);
      values[param.getSymName().str()] = v;
    }
    EXPECT_TRUE(succeeded(storeParamValues(*module, values)));
    EXPECT_TRUE(succeeded(verify(*module)));
    return std::move(module);
  }

  OpBuilder b;
  OwningOpRef<ModuleOp> module;
  ModelBuilder mb;
  func::FuncOp func;
  Value x;
};

class RaiseTest : public ::testing::Test {
protected:
  RaiseTest() {
    context.loadDialect<SliceDialect, func::FuncDialect>();
    // Remarks of the transformations are not what these tests look at.
    context.getDiagEngine().registerHandler([](Diagnostic &d) {
      return success(d.getSeverity() == DiagnosticSeverity::Remark);
    });
  }

  /// A copy of `module` rewritten by `transform`, verified.
  static FailureOr<OwningOpRef<ModuleOp>>
  transformed(ModuleOp module,
              llvm::function_ref<LogicalResult(ModuleOp)> transform) {
    OwningOpRef<ModuleOp> copy(cast<ModuleOp>(module->clone()));
    if (failed(transform(*copy)) || failed(verify(*copy)))
      return failure();
    return copy;
  }

  /// The output of sub-network `k` (its I-form pass k), double precision.
  at::Tensor output(ModuleOp module, const at::Tensor &images, int64_t k = 1,
                    bool training = false) {
    FailureOr<rt::Program> program = buildProgram(module);
    EXPECT_TRUE(succeeded(program));
    if (failed(program))
      return {};
    rt::Executor e(*program, at::kCPU, at::kDouble, 7);
    at::NoGradGuard noGrad;
    std::vector<at::Tensor> outs = e.forward(images, k, training);
    for (size_t i = 0; i < outs.size(); ++i)
      if (e.program().outputs[i].subnet == k && outs[i].defined())
        return outs[i];
    ADD_FAILURE() << "no output for sub-network " << k;
    return {};
  }

  static int64_t countBlocks(ModuleOp module) {
    int64_t n = 0;
    module.walk([&](BlockOp) { ++n; });
    return n;
  }

  static void expectClose(const at::Tensor &actual, const at::Tensor &expected,
                          const std::string &what) {
    ASSERT_TRUE(actual.defined() && expected.defined()) << what;
    ASSERT_EQ(actual.sizes(), expected.sizes()) << what;
    EXPECT_TRUE(at::allclose(actual, expected, 1e-9, 1e-9))
        << what << ": max diff "
        << (actual - expected).abs().max().item<double>();
  }

  /// (a) raised == flat; the comparison fails on a changed branch weight.
  OwningOpRef<ModuleOp> checkRaised(ModuleOp flat, int64_t expectedBlocks,
                                    bool trainingToo,
                                    const RaiseOptions &options = {}) {
    FailureOr<OwningOpRef<ModuleOp>> raised = transformed(
        flat, [&](ModuleOp m) { return raiseBranches(m, options); });
    EXPECT_TRUE(succeeded(raised));
    if (failed(raised))
      return {};
    EXPECT_EQ(countBlocks(**raised), expectedBlocks);
    int64_t heads = 0;
    (*raised)->walk([&](HeadOp) { ++heads; });
    EXPECT_EQ(heads, 1);
    at::Tensor images = inputs(flat);
    at::Tensor expected = output(flat, images);
    EXPECT_GT(expected.std().item<double>(), 1e-3) << "a trivial output";
    expectClose(output(**raised, images), expected, "raised vs flat (eval)");
    if (trainingToo)
      expectClose(output(**raised, images, 1, true),
                  output(flat, images, 1, true), "raised vs flat (training)");

    // The same comparison sees a changed weight in the last branch (that
    // reads one) of the first block.
    OwningOpRef<ModuleOp> changed(cast<ModuleOp>((*raised)->clone()));
    BlockOp first;
    changed->walk([&](BlockOp block) {
      if (!first)
        first = block;
    });
    GetParamOp get;
    if (first)
      for (Region &branch : llvm::reverse(first.getBranches()))
        if (!get)
          branch.walk([&](GetParamOp g) {
            if (!get)
              get = g;
          });
    if (get) {
      ParamOp param = get.getParamOp();
      std::vector<float> v = *readStoredValue(param);
      for (float &e : v)
        e += 0.5f;
      EXPECT_TRUE(succeeded(
          storeParamValues(*changed, {{param.getSymName().str(), v}})));
      EXPECT_FALSE(at::allclose(output(*changed, images), expected, 1e-9, 1e-9))
          << "a changed weight of " << param.getSymName().str()
          << " went unnoticed";
    }
    return std::move(*raised);
  }

  /// (b) sub-network K of the I form, and extracted, is the raised model.
  void checkInclusive(ModuleOp raised, bool trainingToo) {
    FailureOr<OwningOpRef<ModuleOp>> inclusive =
        transformed(raised, [](ModuleOp m) { return makeInclusive(m, 2); });
    ASSERT_TRUE(succeeded(inclusive));
    FailureOr<OwningOpRef<ModuleOp>> extracted = transformed(
        **inclusive, [](ModuleOp m) { return extractSubnet(m, 2); });
    ASSERT_TRUE(succeeded(extracted));
    at::Tensor images = inputs(raised);
    at::Tensor expected = output(raised, images);
    expectClose(output(**inclusive, images, 2), expected, "I-form k=2");
    expectClose(output(**extracted, images), expected, "extracted k=2");
    if (trainingToo)
      expectClose(output(**inclusive, images, 2, true),
                  output(raised, images, 1, true), "I-form k=2 (training)");
  }

  /// (c) the IS form is interruptible, and its extractions agree.
  void checkInclusiveSparse(ModuleOp raised) {
    FailureOr<OwningOpRef<ModuleOp>> sparse = transformed(
        raised, [](ModuleOp m) { return makeInclusiveSparse(m, 2); });
    ASSERT_TRUE(succeeded(sparse));
    ASSERT_TRUE(succeeded(verifyInterruptible(**sparse)));
    FailureOr<rt::Program> program = buildProgram(**sparse);
    ASSERT_TRUE(succeeded(program));
    rt::Executor e(*program, at::kCPU, at::kDouble, 7);
    at::NoGradGuard noGrad;
    at::Tensor images = inputs(raised);
    auto head1 = [&](int64_t upTo = 0) {
      std::vector<at::Tensor> outs = e.forward(images, upTo, false);
      for (size_t i = 0; i < outs.size(); ++i)
        if (e.program().outputs[i].subnet == 1)
          return outs[i];
      return at::Tensor();
    };
    at::Tensor clean = head1();
    std::vector<at::Tensor> saved =
        ::slice::test::noiseOutsideSubnet(**sparse, 1, e);
    expectClose(head1(), clean, "IS sub-network 1 with noise in what it "
                                "does not read");
    ::slice::test::restoreParams(e, saved);
    expectClose(head1(1), clean, "IS sub-network 1 run alone");
    FailureOr<OwningOpRef<ModuleOp>> extracted = transformed(
        **sparse, [](ModuleOp m) { return extractSubnet(m, 1); });
    ASSERT_TRUE(succeeded(extracted));
    expectClose(output(**extracted, images), clean, "extracted IS k=1");
  }

  static at::Tensor inputs(ModuleOp module) {
    auto func = *module.getOps<func::FuncOp>().begin();
    auto type = cast<RankedTensorType>(func.getArgument(0).getType());
    at::manual_seed(3);
    return at::randn(
        {4, type.getDimSize(1), type.getDimSize(2), type.getDimSize(3)},
        at::TensorOptions().dtype(at::kDouble));
  }

  MLIRContext context;
};

// ResNeXt with BatchNorm folded into biases: an identity block and a
// strided projection block, 4 groups each.
TEST_F(RaiseTest, ResNeXtFoldedBatchNorm) {
  FlatBuilder f(&context, "resnext", {3, 8, 8});
  Value s = f.relu(f.conv(f.x, "stem", 8, 3));
  Value a = f.relu(f.conv(s, "b1.conv1", 8, 1));
  Value c = f.relu(f.conv(a, "b1.conv2", 8, 3, 1, /*groups=*/4));
  Value y1 = f.relu(f.add(f.conv(c, "b1.conv3", 8, 1), s));
  a = f.relu(f.conv(y1, "b2.conv1", 8, 1));
  c = f.relu(f.conv(a, "b2.conv2", 8, 3, 2, /*groups=*/4));
  Value o = f.conv(c, "b2.conv3", 16, 1);
  Value y2 = f.relu(f.add(o, f.conv(y1, "b2.down", 16, 1, 2)));
  OwningOpRef<ModuleOp> flat = f.finish(f.classifier(y2));
  OwningOpRef<ModuleOp> raised = checkRaised(*flat, 2, /*trainingToo=*/false);
  ASSERT_TRUE(raised);
  checkInclusive(*raised, false);
  checkInclusiveSparse(*raised);
}

// ResNet as exported in training mode (BatchNorm kept, convs without bias):
// a projection bottleneck (its dense 3x3 conv makes the first 1x1 conv
// shared) and a basic block. BatchNorm of the branch sum stays after the
// block, so training-mode numerics (batch statistics) agree too.
TEST_F(RaiseTest, ResNetTrainingModeExport) {
  FlatBuilder f(&context, "resnet", {3, 8, 8});
  Value s = f.maxPool(
      f.relu(f.bn(f.conv(f.x, "stem", 8, 3, 1, 1, false), "stem.bn")), 3, 1, 1);
  Value a = f.relu(f.bn(f.conv(s, "b1.conv1", 4, 1, 1, 1, false), "b1.bn1"));
  Value c = f.relu(f.bn(f.conv(a, "b1.conv2", 4, 3, 2, 1, false), "b1.bn2"));
  Value o = f.bn(f.conv(c, "b1.conv3", 16, 1, 1, 1, false), "b1.bn3");
  Value sc = f.bn(f.conv(s, "b1.down", 16, 1, 2, 1, false), "b1.down.bn");
  Value y1 = f.relu(f.add(o, sc));
  a = f.relu(f.bn(f.conv(y1, "b2.conv1", 16, 3, 1, 1, false), "b2.bn1"));
  o = f.bn(f.conv(a, "b2.conv2", 16, 3, 1, 1, false), "b2.bn2");
  Value y2 = f.relu(f.add(o, y1));
  OwningOpRef<ModuleOp> flat = f.finish(f.classifier(y2));
  OwningOpRef<ModuleOp> raised = checkRaised(*flat, 2, /*trainingToo=*/true);
  ASSERT_TRUE(raised);
  checkInclusive(*raised, true);
  checkInclusiveSparse(*raised);
  // Another cardinality, the same function.
  RaiseOptions cardinality2;
  cardinality2.cardinality = 2;
  checkRaised(*flat, 2, true, cardinality2);
}

// MobileNetV2 with folded BatchNorm and ReLU6: the first block (depthwise
// first) stays flat, a strided block without residual and an inverted
// residual are raised; the last 1x1 conv goes into the head.
TEST_F(RaiseTest, MobileNetV2) {
  FlatBuilder f(&context, "mobilenet", {3, 8, 8});
  Value s = f.clip6(f.conv(f.x, "stem", 8, 3));
  Value d = f.clip6(f.conv(s, "b1.dw", 8, 3, 1, /*groups=*/8));
  Value p1 = f.conv(d, "b1.project", 4, 1);
  Value e = f.clip6(f.conv(p1, "b2.expand", 24, 1));
  d = f.clip6(f.conv(e, "b2.dw", 24, 3, 2, /*groups=*/24));
  Value p2 = f.conv(d, "b2.project", 6, 1);
  e = f.clip6(f.conv(p2, "b3.expand", 24, 1));
  d = f.clip6(f.conv(e, "b3.dw", 24, 3, 1, /*groups=*/24));
  Value y = f.add(f.conv(d, "b3.project", 6, 1), p2);
  Value last = f.clip6(f.conv(y, "last", 16, 1));
  OwningOpRef<ModuleOp> flat = f.finish(f.classifier(last));
  OwningOpRef<ModuleOp> raised = checkRaised(*flat, 2, false);
  ASSERT_TRUE(raised);
  checkInclusive(*raised, false);
  checkInclusiveSparse(*raised);
}

// Inception paths (one holding an Inception-v3 style nested concat, one an
// avg_pool counting padding, one a bare max_pool), the same flattened, and
// a SqueezeNet fire module.
TEST_F(RaiseTest, InceptionAndFire) {
  FlatBuilder f(&context, "inception", {3, 8, 8});
  Value s = f.relu(f.conv(f.x, "stem", 8, 3));
  Value p1 = f.relu(f.conv(s, "i.b1", 4, 1));
  Value a = f.relu(f.conv(s, "i.b2", 4, 1));
  Value p2 =
      f.concat({f.relu(f.conv(a, "i.b2x", 3, 1, 3, 1, {0, 1, 0, 1}, 1, true)),
                f.relu(f.conv(a, "i.b2y", 3, 3, 1, 1, {1, 0, 1, 0}, 1, true))});
  Value p3 = f.relu(f.conv(f.avgPool(s, 3, 1, 1), "i.b3", 4, 1));
  Value p4 = f.maxPool(s, 3, 1, 1);
  Value c = f.concat({p1, p2, p3, p4});
  // Inception-v3's E block as the ONNX export has it: the nested concat
  // flattened, two operands reading one shared intermediate.
  Value e = f.relu(f.conv(c, "e.b2", 4, 1));
  Value flatE = f.concat(
      {f.relu(f.conv(c, "e.b1", 2, 1)),
       f.relu(f.conv(e, "e.b2x", 3, 1, 3, 1, {0, 1, 0, 1}, 1, true)),
       f.relu(f.conv(e, "e.b2y", 3, 3, 1, 1, {1, 0, 1, 0}, 1, true)),
       f.maxPool(c, 3, 1, 1)});
  Value sq = f.relu(f.conv(flatE, "fire.squeeze", 6, 1));
  Value fire = f.concat({f.relu(f.conv(sq, "fire.e1", 8, 1)),
                         f.relu(f.conv(sq, "fire.e3", 8, 3))});
  OwningOpRef<ModuleOp> flat = f.finish(f.classifier(fire));
  // Nested concats ride along inside their paths: 3 blocks.
  OwningOpRef<ModuleOp> raised = checkRaised(*flat, 3, /*trainingToo=*/true);
  ASSERT_TRUE(raised);
  // The bare max-pool paths became the blocks' residuals, so their width
  // may vary with the sub-network: both anytime forms apply.
  checkInclusive(*raised, true);
  checkInclusiveSparse(*raised);
}

// DenseNet as exported: each layer concatenates all earlier features
// (including a one-input concat), the block output concatenates them all.
TEST_F(RaiseTest, DenseNet) {
  FlatBuilder f(&context, "densenet", {3, 8, 8});
  Value x0 = f.conv(f.x, "stem", 8, 3, 1, 1, false);
  auto layer = [&](Value in, StringRef name) {
    std::string n = name.str();
    Value h = f.relu(f.bn(in, n + ".bn1"));
    h = f.relu(f.bn(f.conv(h, n + ".conv1", 8, 1, 1, 1, false), n + ".bn2"));
    return f.conv(h, n + ".conv2", 4, 3, 1, 1, false);
  };
  Value x1 = layer(f.concat({x0}), "l1");
  Value x2 = layer(f.concat({x0, x1}), "l2");
  Value out = f.concat({x0, x1, x2});
  Value t = f.avgPool(
      f.conv(f.relu(f.bn(out, "tr.bn")), "tr.conv", 8, 1, 1, 1, false), 2, 2,
      0);
  OwningOpRef<ModuleOp> flat = f.finish(f.classifier(f.relu(f.bn(t, "norm5"))));
  // Each layer's conv2 splits into branches of new features, its bottleneck
  // stays shared: both anytime forms apply.
  OwningOpRef<ModuleOp> raised = checkRaised(*flat, 2, /*trainingToo=*/true);
  ASSERT_TRUE(raised);
  checkInclusive(*raised, true);
  checkInclusiveSparse(*raised);
}

// A three-layer MLP on flattened images: the last two layers form the
// block (the middle one is dense), the first stays shared.
TEST_F(RaiseTest, MLP) {
  FlatBuilder f(&context, "mlp", {1, 4, 4});
  Value h = f.relu(f.linear(f.flatten(f.x), "fc1", 12));
  h = f.relu(f.linear(h, "fc2", 12));
  OwningOpRef<ModuleOp> flat = f.finish(f.linear(h, "fc3", 5));
  OwningOpRef<ModuleOp> raised = checkRaised(*flat, 1, false);
  ASSERT_TRUE(raised);
  checkInclusive(*raised, false);
}

// Bad options are errors of raiseBranches itself, with the pass's messages.
TEST_F(RaiseTest, RejectsBadOptions) {
  std::vector<std::string> errors;
  ScopedDiagnosticHandler collect(&context, [&](Diagnostic &d) {
    errors.push_back(d.str());
    return success();
  });
  OwningOpRef<ModuleOp> module = ModuleOp::create(UnknownLoc::get(&context));
  RaiseOptions noBranches;
  noBranches.cardinality = 0;
  EXPECT_TRUE(failed(raiseBranches(*module, noBranches)));
  RaiseOptions typo;
  typo.patterns = {"residual", "concats"};
  EXPECT_TRUE(failed(raiseBranches(*module, typo)));
  EXPECT_EQ(errors,
            (std::vector<std::string>{
                "--slice-raise-branches needs cardinality >= 1, got 0",
                "--slice-raise-branches: unknown pattern 'concats' (known: "
                "residual, grouped, mlp, concat, dense, head)"}));
}
} // namespace
