//===- LoweringTest.cpp - CPU code generation against the LibTorch runtime ===//
//
// Every model is lowered with --slice-to-llvm-cpu, JIT-compiled with MLIR's
// ExecutionEngine and run on a fixed input with random stored weights (and
// BatchNorm statistics); its outputs must match slice-run's LibTorch
// Executor (eval mode, the reference semantics) to 1e-4. Covered: the zoo's
// CIFAR and ImageNet ResNeXt in plain, I (K = 2), IS (K = 2, also with all
// heads in one pass) and shallow-exit (K = 2) forms, every sub-network k,
// and a model using every op and attribute the lowering handles (grouped
// and block-sparse convolutions, asymmetric / ceil-mode pools, clip, ...).
// One test changes a weight behind the lowered code's back and expects the
// comparison to fail, so the check is not vacuous.
//
//===----------------------------------------------------------------------===//
#include "../lib/Runtime/Executor.h"
#include "slice/Dialect/Params.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Conversion/SliceToLinalg.h"
#include "slice/Dialect/SliceDialect.h"
#include "slice/Runtime/ProgramBuilder.h"
#include "AnytimeForms.h"
#include "slice/Conversion/Pipelines.h"
#include "slice/Zoo/ResNeXt.h"

#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/Support/TargetSelect.h"
#include "gtest/gtest.h"

#include <iostream>
#include <random>

using namespace mlir;
using namespace mlir::slice;
namespace rt = ::slice::rt;

namespace {
/// A lowered function's interface: argument i reads the image (empty name)
/// or the parameter named; it writes `results` outputs after them.
struct Signature {
  std::string name;
  std::vector<std::string> args;
  unsigned results = 0;
  std::vector<int64_t> subnets; // per output
};

/// A rank-N f32 memref descriptor: {allocated, aligned, offset, sizes,
/// strides} as the C interface passes it.
struct Descriptor {
  std::vector<int64_t> words;
  Descriptor(float *data, const std::vector<int64_t> &shape) {
    words.push_back(reinterpret_cast<int64_t>(data));
    words.push_back(reinterpret_cast<int64_t>(data));
    words.push_back(0);
    for (int64_t d : shape)
      words.push_back(d);
    int64_t stride = 1;
    std::vector<int64_t> strides(shape.size());
    for (size_t i = shape.size(); i-- > 0;) {
      strides[i] = stride;
      stride *= shape[i];
    }
    words.insert(words.end(), strides.begin(), strides.end());
  }
};

class LoweringTest : public ::testing::Test {
protected:
  LoweringTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    registerAllExtensions(registry);
    registerAllToLLVMIRTranslations(registry);
    context.appendDialectRegistry(registry);
    context.loadDialect<SliceDialect, func::FuncDialect>();
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
  }

  /// Random stored values for every parameter (positive variances), so
  /// BatchNorm statistics matter.
  void randomise(ModuleOp module, unsigned seed = 42) {
    std::map<std::string, std::vector<float>> values;
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal(0, 0.3f);
    std::uniform_real_distribution<float> positive(0.5f, 1.5f);
    for (ParamOp param : module.getOps<ParamOp>()) {
      std::vector<float> v(param.getTensorType().getNumElements());
      // "<bn>.var", or a copy of one ("<bn>.var.subnet1").
      bool variance = param.getSymName().ends_with(".var") ||
                      param.getSymName().contains(".var.");
      for (float &x : v)
        x = variance ? positive(gen) : normal(gen);
      values[param.getSymName().str()] = v;
    }
    ASSERT_TRUE(succeeded(storeParamValues(module, values)));
  }

  OwningOpRef<ModuleOp> zoo(zoo::ResNeXtConfig::Style style, int64_t batch) {
    zoo::ResNeXtConfig c;
    c.style = style;
    c.blocks = style == zoo::ResNeXtConfig::Style::Cifar ? 3 : 4;
    c.width = 8;
    c.bottleneck = 2;
    c.cardinality = 4;
    c.inChannels = 3;
    c.imageSize = style == zoo::ResNeXtConfig::Style::Cifar ? 8 : 32;
    c.classes = 5;
    c.batch = batch;
    OwningOpRef<ModuleOp> module = zoo::buildResNeXt(&context, c);
    randomise(*module);
    return module;
  }

  OwningOpRef<ModuleOp> inForm(ModuleOp module, AnytimeForm form, int64_t K) {
    OwningOpRef<ModuleOp> copy = ::slice::test::inForm(module, form, K);
    // New parameters (exit heads) get values too.
    randomise(*copy, 43);
    return copy;
  }


  /// The signatures of the functions --convert-slice-to-linalg emits.
  std::vector<Signature> signatures(ModuleOp module, StringRef subnet) {
    OwningOpRef<ModuleOp> copy(cast<ModuleOp>(module->clone()));
    FailureOr<SmallVector<int64_t>> ks = parseSubnetOption(*copy, subnet);
    EXPECT_TRUE(succeeded(ks));
    EXPECT_TRUE(succeeded(
        lowerSliceModel(*copy, *ks, ParamLowering::Arguments)));
    std::vector<Signature> out;
    for (auto func : copy->getOps<func::FuncOp>()) {
      Signature s;
      s.name = func.getSymName().str();
      for (unsigned i = 0; i < func.getNumArguments(); ++i) {
        auto tag = func.getArgAttrOfType<StringAttr>(i, kParamArgAttr);
        s.args.push_back(tag ? tag.getValue().str() : "");
      }
      s.results = func.getNumResults();
      for (unsigned i = 0; i < s.results; ++i) {
        auto k = func.getResultAttrOfType<IntegerAttr>(i, kSubnetAttr);
        s.subnets.push_back(k ? k.getInt() : 0);
      }
      out.push_back(s);
    }
    return out;
  }

  /// JIT-compiles `module` lowered with --slice-to-llvm-cpu{subnet}.
  std::unique_ptr<ExecutionEngine> compile(ModuleOp module, StringRef subnet) {
    OwningOpRef<ModuleOp> copy(cast<ModuleOp>(module->clone()));
    PassManager pm(&context);
    SliceToLLVMCPUOptions options;
    options.subnet = subnet.str();
    buildSliceToLLVMCPUPipeline(pm, options);
    if (failed(pm.run(*copy))) {
      ADD_FAILURE() << "--slice-to-llvm-cpu failed";
      return nullptr;
    }
    ExecutionEngineOptions engineOptions;
    auto engine = ExecutionEngine::create(*copy, engineOptions);
    if (!engine) {
      ADD_FAILURE() << "JIT: " << llvm::toString(engine.takeError());
      return nullptr;
    }
    return std::move(*engine);
  }

  /// Runs `sig` on `images` with the stored values of `params` (the module
  /// the function was specialised from); `tweak` may change a weight.
  std::vector<at::Tensor>
  run(ExecutionEngine &engine, const Signature &sig, ModuleOp params,
      const at::Tensor &images, const std::vector<std::vector<int64_t>> &outShapes,
      const std::function<void(const std::string &, at::Tensor &)> &tweak = {}) {
    std::vector<at::Tensor> tensors;
    std::vector<Descriptor> descs;
    for (const std::string &name : sig.args) {
      at::Tensor t;
      if (name.empty()) {
        t = images.contiguous().clone();
      } else {
        ParamOp param;
        for (ParamOp p : params.getOps<ParamOp>())
          if (p.getSymName() == name)
            param = p;
        EXPECT_TRUE(param) << name;
        if (!param)
          return {};
        std::optional<std::vector<float>> value = readStoredValue(param);
        EXPECT_TRUE(value.has_value()) << name;
        std::vector<int64_t> shape(param.getTensorType().getShape());
        t = at::from_blob(value->data(), shape, at::kFloat).clone();
        if (tweak)
          tweak(name, t);
      }
      tensors.push_back(t);
    }
    std::vector<at::Tensor> outputs;
    for (const auto &shape : outShapes)
      outputs.push_back(at::full(shape, std::nanf(""), at::kFloat));
    for (at::Tensor &t : tensors)
      descs.emplace_back(t.data_ptr<float>(), t.sizes().vec());
    for (at::Tensor &t : outputs)
      descs.emplace_back(t.data_ptr<float>(), t.sizes().vec());
    std::vector<void *> pointers, args;
    for (Descriptor &d : descs)
      pointers.push_back(d.words.data());
    for (void *&p : pointers)
      args.push_back(&p);
    llvm::Error error =
        engine.invokePacked("_mlir_ciface_" + sig.name, args);
    EXPECT_FALSE(error) << llvm::toString(std::move(error));
    return outputs;
  }

  /// The reference outputs of sub-network k (every head's output when k is
  /// K and the form computes all heads in one pass).
  std::vector<at::Tensor> reference(ModuleOp module, const at::Tensor &images,
                                    int64_t k, bool allHeads) {
    FailureOr<rt::Program> program = buildProgram(module);
    EXPECT_TRUE(succeeded(program));
    rt::Executor e(*program, at::kCPU, at::kFloat, 7);
    at::NoGradGuard noGrad;
    std::vector<at::Tensor> outs = e.forward(images, k, /*training=*/false);
    std::vector<at::Tensor> picked;
    for (size_t i = 0; i < outs.size(); ++i)
      if (allHeads || program->outputs[i].subnet == k)
        picked.push_back(outs[i]);
    return picked;
  }

  static double maxDiff(const std::vector<at::Tensor> &a,
                        const std::vector<at::Tensor> &b) {
    EXPECT_EQ(a.size(), b.size());
    double worst = 0;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
      EXPECT_EQ(a[i].sizes(), b[i].sizes()) << "output " << i;
      if (a[i].sizes() != b[i].sizes())
        return INFINITY;
      double d = (a[i] - b[i]).abs().max().item<double>();
      if (std::isnan(d))
        return INFINITY;
      worst = std::max(worst, d);
    }
    return worst;
  }

  /// Lowers `module` with k=all (or as it is when `whole`) and
  /// compares every function with the Executor; returns the largest
  /// difference.
  double compareAll(ModuleOp module, const at::Tensor &images, bool whole) {
    StringRef subnet = whole ? "" : "all";
    std::unique_ptr<ExecutionEngine> engine = compile(module, subnet);
    if (!engine)
      return INFINITY;
    double worst = 0;
    for (const Signature &sig : signatures(module, subnet)) {
      int64_t k = whole ? getAnytime(module).getSubnets()
                        : sig.subnets.empty() ? 1 : sig.subnets.front();
      std::vector<at::Tensor> expected = reference(module, images, k, whole);
      std::vector<std::vector<int64_t>> shapes;
      for (const at::Tensor &t : expected)
        shapes.push_back(t.sizes().vec());
      // The weights the code was generated for (fused ones included).
      FailureOr<OwningOpRef<ModuleOp>> params =
          buildFlatModel(module, codegenFlatModelOptions(whole ? 0 : k));
      EXPECT_TRUE(succeeded(params));
      if (failed(params))
        return INFINITY;
      std::vector<at::Tensor> actual =
          run(*engine, sig, **params, images, shapes);
      double d = maxDiff(actual, expected);
      EXPECT_LE(d, 1e-4) << sig.name << ": lowered code differs from LibTorch";
      std::cout << "[ lowering ] " << sig.name << " max |CPU - LibTorch| = " << d
                << "\n";
      worst = std::max(worst, d);
    }
    return worst;
  }

  at::Tensor images(int64_t n, int64_t c, int64_t h, int64_t w = 0) {
    at::manual_seed(0);
    return at::randn({n, c, h, w ? w : h},
                     at::TensorOptions().dtype(at::kFloat));
  }

  MLIRContext context;
};

TEST_F(LoweringTest, ZooCifarAllForms) {
  OwningOpRef<ModuleOp> plain = zoo(zoo::ResNeXtConfig::Style::Cifar, 0);
  at::Tensor x = images(3, 3, 8);
  EXPECT_LE(compareAll(*plain, x, /*whole=*/true), 1e-4);
  for (AnytimeForm form : {AnytimeForm::inclusive, AnytimeForm::inclusive_sparse,
                           AnytimeForm::shallow}) {
    SCOPED_TRACE(::slice::test::formName(form));
    OwningOpRef<ModuleOp> anytime = inForm(*plain, form, 2);
    EXPECT_LE(compareAll(*anytime, x, /*whole=*/false), 1e-4);
  }
  // The IS and shallow forms also lower as they are: all heads, one pass.
  for (AnytimeForm form : {AnytimeForm::inclusive_sparse, AnytimeForm::shallow}) {
    SCOPED_TRACE(std::string(::slice::test::formName(form)) + " (all heads)");
    OwningOpRef<ModuleOp> anytime = inForm(*plain, form, 2);
    EXPECT_LE(compareAll(*anytime, x, /*whole=*/true), 1e-4);
  }
}

TEST_F(LoweringTest, ZooImageNetStaticBatch) {
  // 7x7/2 stem, max pool, 4 stages; static batch.
  OwningOpRef<ModuleOp> plain = zoo(zoo::ResNeXtConfig::Style::ImageNet, 2);
  at::Tensor x = images(2, 3, 32);
  EXPECT_LE(compareAll(*plain, x, /*whole=*/true), 1e-4);
  OwningOpRef<ModuleOp> sparse = inForm(*plain, AnytimeForm::inclusive_sparse, 2);
  EXPECT_LE(compareAll(*sparse, x, /*whole=*/false), 1e-4);
}

TEST_F(LoweringTest, EveryOp) {
  // Grouped, dilated, strided, biased, asymmetric-padded and block-sparse
  // convolutions; pools with ceil mode, asymmetric padding and both divisor
  // rules; clip, concat, grouped channel padding, slices, a concat block,
  // an IS block with a residual and a group no branch writes, flatten and
  // a biased linear layer.
  const char *text = R"mlir(
module attributes {slice.anytime = #slice.anytime<form = plain, subnets = 1>} {
  slice.param @c1 : tensor<8x3x3x3xf32> init(msra)
  slice.param @c1b : tensor<8xf32> init(zeros)
  slice.param @g : tensor<8x2x3x3xf32> init(msra)
  slice.param @s : tensor<12x8x1x1xf32> init(msra)
  slice.param @sb : tensor<12xf32> init(zeros)
  slice.param @bn.scale : tensor<12xf32> init(ones)
  slice.param @bn.bias : tensor<12xf32> init(zeros)
  slice.param @bn.mean : tensor<12xf32> init(zeros) buffer
  slice.param @bn.var : tensor<12xf32> init(ones) buffer
  slice.param @br1 : tensor<6x6x1x1xf32> init(msra)
  slice.param @br2 : tensor<6x12x3x3xf32> init(msra)
  slice.param @cat : tensor<4x12x1x1xf32> init(msra)
  slice.param @fc : tensor<7x96xf32> init(uniform)
  slice.param @fcb : tensor<7xf32> init(zeros)
  func.func @forward(%x: tensor<?x3x13x11xf32>) -> tensor<?x7xf32> {
    %w1 = slice.get_param @c1 : tensor<8x3x3x3xf32>
    %b1 = slice.get_param @c1b : tensor<8xf32>
    %a = slice.conv2d %x, %w1, %b1 {padding = array<i64: 1, 0, 2, 1>, strides = array<i64: 2, 1>}
        : tensor<?x3x13x11xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>
    %c = slice.clip %a {min = -0.5 : f64, max = 0.75 : f64} : tensor<?x8x7x10xf32>
    %wg = slice.get_param @g : tensor<8x2x3x3xf32>
    %g = slice.conv2d %c, %wg {groups = 4 : i64, padding = array<i64: 2, 2, 2, 2>, dilations = array<i64: 2, 2>}
        : tensor<?x8x7x10xf32>, tensor<8x2x3x3xf32>
    %mp = slice.max_pool %g {kernel = array<i64: 3, 2>, strides = array<i64: 2, 3>, padding = array<i64: 1, 0, 0, 1>, ceil_mode = true}
        : tensor<?x8x7x10xf32>
    %ap = slice.avg_pool %g {kernel = array<i64: 3, 3>, strides = array<i64: 2, 3>, padding = array<i64: 1, 1, 2, 0>, ceil_mode = true, count_include_pad = false}
        : tensor<?x8x7x10xf32>
    %ai = slice.avg_pool %g {kernel = array<i64: 2, 3>, strides = array<i64: 2, 3>, padding = array<i64: 0, 1, 1, 0>, ceil_mode = true}
        : tensor<?x8x7x10xf32>
    %s1 = slice.add %mp, %ap : tensor<?x8x4x4xf32>
    %s2 = slice.add %s1, %ai : tensor<?x8x4x4xf32>
    %ws = slice.get_param @s : tensor<12x8x1x1xf32>
    %wsb = slice.get_param @sb : tensor<12xf32>
    %sp = slice.conv2d %s2, %ws, %wsb {block_sparse = #slice.block_sparse<in = [4, 4], out = [6, 6], mask = [1, 0, 1, 1]>}
        : tensor<?x8x4x4xf32>, tensor<12x8x1x1xf32>, tensor<12xf32>
    %sc = slice.get_param @bn.scale : tensor<12xf32>
    %sh = slice.get_param @bn.bias : tensor<12xf32>
    %m = slice.get_param @bn.mean : tensor<12xf32>
    %v = slice.get_param @bn.var : tensor<12xf32>
    %n = slice.batch_norm %sp, %sc, %sh, %m, %v {epsilon = 1.0e-03 : f64} : tensor<?x12x4x4xf32>, tensor<12xf32>
    %r = slice.relu %n : tensor<?x12x4x4xf32>
    %is = slice.block add(%r : tensor<?x12x4x4xf32>) residual(%sp : tensor<?x12x4x4xf32>)
        attributes {partition = array<i64: 6, 6>, branch_groups = array<i64: 1, 1>} {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %p = slice.channel_slice %in {offset = 0 : i64, size = 6 : i64} : tensor<?x12x4x4xf32>
      %w = slice.get_param @br1 : tensor<6x6x1x1xf32>
      %o = slice.conv2d %p, %w : tensor<?x6x4x4xf32>, tensor<6x6x1x1xf32>
      slice.yield %o : tensor<?x6x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %w = slice.get_param @br2 : tensor<6x12x3x3xf32>
      %o = slice.conv2d %in, %w {padding = array<i64: 1, 1, 1, 1>} : tensor<?x12x4x4xf32>, tensor<6x12x3x3xf32>
      slice.yield %o : tensor<?x6x4x4xf32>
    }
    %cb = slice.block concat(%is : tensor<?x12x4x4xf32>) {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %w = slice.get_param @cat : tensor<4x12x1x1xf32>
      %o = slice.conv2d %in, %w : tensor<?x12x4x4xf32>, tensor<4x12x1x1xf32>
      slice.yield %o : tensor<?x4x4x4xf32>
    }, {
    ^bb0(%in: tensor<?x12x4x4xf32>):
      %o = slice.channel_slice %in {offset = 2 : i64, size = 3 : i64} : tensor<?x12x4x4xf32>
      slice.yield %o : tensor<?x3x4x4xf32>
    }
    %pc = slice.pad_channels %cb {groups = array<i64: 4, 3>, pads = array<i64: 1, 0>} : tensor<?x7x4x4xf32>
    %cc = slice.concat %pc, %cb, %pc : tensor<?x8x4x4xf32>, tensor<?x7x4x4xf32>, tensor<?x8x4x4xf32>
    %l = slice.head subnet 1 level 1 (%cc : tensor<?x23x4x4xf32>) {
    ^bb0(%f: tensor<?x23x4x4xf32>):
      %q = slice.channel_slice %f {offset = 1 : i64, size = 6 : i64} : tensor<?x23x4x4xf32>
      %gp = slice.global_avg_pool %q : tensor<?x6x4x4xf32>
      %fl0 = slice.flatten %gp : tensor<?x6x1x1xf32>
      %fl = slice.flatten %q : tensor<?x6x4x4xf32>
      %wf = slice.get_param @fc : tensor<7x96xf32>
      %bf = slice.get_param @fcb : tensor<7xf32>
      %y = slice.linear %fl, %wf, %bf : tensor<?x96xf32>, tensor<7x96xf32>, tensor<7xf32>
      slice.yield %y : tensor<?x7xf32>
    }
    return %l : tensor<?x7xf32>
  }
}
)mlir";
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  ASSERT_TRUE(module);
  randomise(*module, 5);
  EXPECT_LE(compareAll(*module, images(2, 3, 13, 11), /*whole=*/true), 1e-4);
}

TEST_F(LoweringTest, ComparisonFailsWhenAWeightDiffers) {
  OwningOpRef<ModuleOp> plain = zoo(zoo::ResNeXtConfig::Style::Cifar, 0);
  OwningOpRef<ModuleOp> sparse = inForm(*plain, AnytimeForm::inclusive_sparse, 2);
  at::Tensor x = images(3, 3, 8);
  std::unique_ptr<ExecutionEngine> engine = compile(*sparse, "1");
  ASSERT_TRUE(engine);
  std::vector<Signature> sigs = signatures(*sparse, "1");
  ASSERT_EQ(sigs.size(), 1u);
  std::vector<at::Tensor> expected = reference(*sparse, x, 1, false);
  FailureOr<OwningOpRef<ModuleOp>> extracted =
      buildFlatModel(*sparse, codegenFlatModelOptions(1));
  ASSERT_TRUE(succeeded(extracted));
  std::vector<std::vector<int64_t>> shapes = {expected[0].sizes().vec()};
  std::vector<at::Tensor> same = run(*engine, sigs[0], **extracted, x, shapes);
  EXPECT_LE(maxDiff(same, expected), 1e-4);
  // One branch weight of the last block is off by 0.5 behind the lowered
  // code's back: the comparison must notice.
  bool tweaked = false;
  std::vector<at::Tensor> changed = run(
      *engine, sigs[0], **extracted, x, shapes,
      [&](const std::string &name, at::Tensor &t) {
        // (Fused with the other branches of its group.)
        if (StringRef(name).starts_with("stage3.block1.branch1.conv3.weight")) {
          t.add_(0.5f);
          tweaked = true;
        }
      });
  EXPECT_TRUE(tweaked);
  EXPECT_GT(maxDiff(changed, expected), 1e-2);
}
} // namespace
