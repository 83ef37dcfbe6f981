//===- slice-bench.cpp - runtime benchmarks, ratios measured side by side -===//
//
// One run measures, on the same machine and inputs:
//  1. training time per iteration of the IS form (all K outputs, one pass)
//     and of the I form (K passes) relative to the plain network of the same
//     full width (target: IS <= 1.25x plain);
//  2. inference latency share of every extracted sub-network against its
//     multiply-add share (target: latency share <= 1.15x FLOPs share);
//  3. slice-run's inference of the plain network against the same network
//     written directly against LibTorch with grouped convolutions (target:
//     <= 1.05x);
//  4. with --lowered mlir-cpu|mlir-gpu, the code slice-opt generates for
//     every IS sub-network against LibTorch running the same extracted
//     sub-network (structured: per-group convolutions, no zero block) and
//     against LibTorch running the IS network as dense masked weights (the
//     full-width network with zeros where IS has no connection: the plain
//     network's cost, whatever k), at batch 1 and --infer-batch, on the CPU
//     or the GPU (--lowered mlir-gpu needs a CUDA LibTorch).
// Prints a table and writes JSON (--json).
//
//===----------------------------------------------------------------------===//
#include "../lib/Runtime/Executor.h"
#include "slice/Anytime/Forms.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Runtime/LoweredModel.h"
#include "slice/Runtime/ProgramBuilder.h"
#include "slice/Zoo/ResNeXt.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <malloc.h>
#include <thread>

using namespace mlir;
using namespace mlir::slice;
namespace rt = ::slice::rt;
namespace cl = llvm::cl;

namespace {
cl::opt<int64_t> blocks("blocks", cl::init(6), cl::desc("L"));
cl::opt<int64_t> width("width", cl::init(48), cl::desc("W"));
cl::opt<int64_t> cardinality("cardinality", cl::init(9), cl::desc("C"));
cl::opt<int64_t> imageSize("image-size", cl::init(28));
cl::opt<int64_t> inChannels("in-channels", cl::init(1));
cl::opt<int64_t> subnets("K", cl::init(3), cl::desc("sub-networks"));
cl::opt<int64_t> trainBatch("train-batch", cl::init(64));
cl::opt<int64_t> inferBatch("infer-batch", cl::init(256));
cl::opt<int64_t> iterations("iterations", cl::init(10),
                            cl::desc("timed repetitions per measurement"));
cl::opt<int> threads("bench-threads", cl::init(0), cl::desc("CPU threads (0: one per core)"));
cl::opt<std::string> jsonFile("json", cl::desc("write the results as JSON"));
cl::opt<std::string> lowered(
    "lowered", cl::init("none"),
    cl::desc("also time generated code per IS sub-network: none, mlir-cpu "
             "or mlir-gpu"));
cl::opt<int64_t> loweredIterations(
    "lowered-iterations", cl::init(3),
    cl::desc("timed repetitions per generated-code measurement"));

using Clock = std::chrono::steady_clock;

/// Median of `runs` timings of `fn` in milliseconds, after one warm-up.
template <typename Fn> double medianMs(Fn fn, int64_t runs) {
  fn();
  std::vector<double> t;
  for (int64_t i = 0; i < runs; ++i) {
    auto start = Clock::now();
    fn();
    t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start)
                    .count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

/// The benchmarked ResNeXt, rewritten by `transform` (an anytime
/// construction) when there is one.
OwningOpRef<ModuleOp>
zooModel(MLIRContext &context,
         llvm::function_ref<LogicalResult(ModuleOp)> transform = nullptr) {
  zoo::ResNeXtConfig c;
  c.blocks = blocks;
  c.width = width;
  c.cardinality = cardinality;
  c.imageSize = imageSize;
  c.inChannels = inChannels;
  OwningOpRef<ModuleOp> module = zoo::buildResNeXt(&context, c);
  if (transform && failed(transform(*module)))
    llvm::report_fatal_error("benchmark transformation failed");
  return module;
}

rt::Program programOf(ModuleOp module) {
  FailureOr<rt::Program> p = buildProgram(module);
  if (failed(p))
    llvm::report_fatal_error("cannot build the runtime program");
  return *p;
}

/// One anytime training iteration: forward, loss over every output (K
/// passes in the I form), backward.
double trainIterationMs(const rt::Program &program, const at::Tensor &x,
                        const at::Tensor &y) {
  rt::Executor model(program, at::kCPU, at::kFloat, 1);
  return medianMs(
      [&] {
        auto step = [&](int64_t k) {
          at::Tensor loss;
          for (const at::Tensor &out : model.forward(x, k, true))
            if (out.defined()) {
              at::Tensor l = at::nll_loss(at::log_softmax(out, 1), y);
              loss = loss.defined() ? loss + l : l;
            }
          loss.backward();
        };
        if (program.form == rt::Form::Inclusive)
          for (int64_t k = 1; k <= program.subnets; ++k)
            step(k);
        else
          step(0);
        for (at::Tensor &p : model.params())
          if (p.grad().defined())
            p.grad().zero_();
      },
      iterations);
}

/// The plain ResNeXt as a PyTorch user writes it: grouped convolutions.
struct DirectResNeXt {
  struct Bn {
    at::Tensor w, b, m, v;
    explicit Bn(int64_t c)
        : w(at::ones({c})), b(at::zeros({c})), m(at::zeros({c})),
          v(at::ones({c})) {}
    at::Tensor operator()(const at::Tensor &x) const {
      return at::batch_norm(x, w, b, m, v, false, 0.1, 1e-5, true);
    }
  };
  struct Block {
    Bn bn0, bn1, bn2;
    at::Tensor w1, w2, w3;
    int64_t groups;
  };
  at::Tensor stem, fc, fcBias;
  std::vector<Block> stages;
  std::vector<bool> downBefore;
  Bn headBn{1};

  DirectResNeXt() {
    int64_t w = width, b = 4, perStage = blocks / 3;
    stem = at::randn({w, inChannels, 3, 3}) * 0.1;
    for (int64_t s = 0; s < 3; ++s) {
      for (int64_t i = 0; i < perStage; ++i) {
        int64_t mid = cardinality * b;
        stages.push_back(Block{Bn(w), Bn(mid), Bn(mid),
                               at::randn({mid, w, 1, 1}) * 0.1,
                               at::randn({mid, b, 3, 3}) * 0.1,
                               at::randn({w, mid, 1, 1}) * 0.1, cardinality});
        downBefore.push_back(s > 0 && i == 0);
      }
      if (s < 2) {
        w *= 2;
        b *= 2;
      }
    }
    headBn = Bn(w);
    fc = at::randn({10, w}) * 0.1;
    fcBias = at::zeros({10});
  }

  at::Tensor operator()(const at::Tensor &image) const {
    at::Tensor x = at::conv2d(image, stem, {}, 1, 1);
    for (size_t i = 0; i < stages.size(); ++i) {
      const Block &blk = stages[i];
      if (downBefore[i]) {
        x = at::avg_pool2d(x, {2, 2}, {2, 2});
        x = at::cat({x, at::zeros_like(x)}, 1);
      }
      at::Tensor t = at::relu(blk.bn0(x));
      t = at::relu(blk.bn1(at::conv2d(t, blk.w1)));
      t = at::relu(blk.bn2(at::conv2d(t, blk.w2, {}, 1, 1, 1, blk.groups)));
      x = x + at::conv2d(t, blk.w3);
    }
    x = at::relu(headBn(x)).mean({2, 3});
    return at::linear(x, fc, fcBias);
  }
};
/// Per IS sub-network and batch: generated code against LibTorch on the
/// same extracted sub-network.
struct LoweredTiming {
  int64_t k, batch, macs;
  double generatedMs, libtorchMs, denseMaskedMs;
};

/// Stored values for every parameter, so that the generated code (which
/// runs trained models only) and LibTorch read the same weights.
void storeRandomWeights(ModuleOp module) {
  std::map<std::string, std::vector<float>> values;
  for (ParamOp param : module.getOps<ParamOp>()) {
    std::vector<int64_t> shape(param.getTensorType().getShape());
    at::Tensor t = at::randn(shape) * 0.1;
    if (param.getSymName().contains(".var"))
      t = t.abs() + 0.5;
    values[param.getSymName().str()] =
        std::vector<float>(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
  }
  if (failed(storeParamValues(module, values)))
    llvm::report_fatal_error("cannot store the benchmark weights");
}

/// Median latency of `program` (every output) on `device`, waiting for it.
double forwardMs(const rt::Program &program, at::Device device, int64_t batch) {
  rt::Executor model(program, device, at::kFloat, 1);
  at::Tensor x =
      at::randn({batch, inChannels, imageSize, imageSize}).to(device);
  at::InferenceMode guard;
  return medianMs(
      [&] {
        std::vector<at::Tensor> outs = model.forward(x, 0, false);
        (void)outs.back().sum().item<float>(); // waits for the device
      },
      iterations);
}

std::vector<LoweredTiming> timeLowered(ModuleOp sparse, ModuleOp plain) {
  bool onGpu = lowered == "mlir-gpu";
  at::Device device = onGpu ? at::Device(at::kCUDA) : at::Device(at::kCPU);
  // Dense masked weights compute every connection, zero or not: the plain
  // network's work for any sub-network.
  std::map<int64_t, double> denseMasked;
  for (int64_t batch : {int64_t(1), int64_t(inferBatch)})
    denseMasked[batch] = forwardMs(programOf(plain), device, batch);
  std::vector<LoweredTiming> out;
  for (int64_t j = 1; j <= subnets; ++j) {
    std::string error;
    std::unique_ptr<LoweredModel> code = LoweredModel::create(
        sparse, j, onGpu ? LoweredTarget::cuda : LoweredTarget::cpu, error);
    if (!code)
      llvm::report_fatal_error(llvm::Twine("--lowered ") + lowered + ": " + error);
    FailureOr<OwningOpRef<ModuleOp>> sub = cloneSubnet(sparse, j);
    if (failed(sub))
      llvm::report_fatal_error("cannot extract a sub-network");
    rt::Program p = programOf(**sub);
    for (int64_t batch : {int64_t(1), int64_t(inferBatch)}) {
      at::Tensor x = at::randn({batch, inChannels, imageSize, imageSize});
      std::vector<std::vector<float>> results;
      double generated = medianMs(
          [&] {
            if (std::string e = code->run(x.data_ptr<float>(), batch, results);
                !e.empty())
              llvm::report_fatal_error(llvm::Twine("generated code: ") + e);
          },
          loweredIterations);
      out.push_back({j, batch, p.subnetMacs.front(), generated,
                     forwardMs(p, device, batch), denseMasked[batch]});
    }
  }
  return out;
}
} // namespace

int main(int argc, char **argv) {
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  cl::ParseCommandLineOptions(argc, argv, "slice runtime benchmarks\n");
  at::set_num_threads(threads > 0 ? threads
                                  : int(std::thread::hardware_concurrency()));
  at::manual_seed(0);
  MLIRContext context;
  context.loadDialect<SliceDialect, func::FuncDialect>();

  OwningOpRef<ModuleOp> plain = zooModel(context);
  OwningOpRef<ModuleOp> inclusive = zooModel(
      context, [](ModuleOp m) { return makeInclusive(m, subnets); });
  OwningOpRef<ModuleOp> sparse = zooModel(
      context, [](ModuleOp m) { return makeInclusiveSparse(m, subnets); });

  at::Tensor xTrain = at::randn({trainBatch, inChannels, imageSize, imageSize});
  at::Tensor yTrain = at::randint(0, 10, {trainBatch}, at::kLong);
  double plainTrain = trainIterationMs(programOf(*plain), xTrain, yTrain);
  double sparseTrain = trainIterationMs(programOf(*sparse), xTrain, yTrain);
  double inclusiveTrain = trainIterationMs(programOf(*inclusive), xTrain, yTrain);

  // Inference of each extracted IS sub-network.
  at::Tensor xInfer = at::randn({inferBatch, inChannels, imageSize, imageSize});
  std::vector<double> latency;
  std::vector<int64_t> macs;
  for (int64_t j = 1; j <= subnets; ++j) {
    FailureOr<OwningOpRef<ModuleOp>> sub = cloneSubnet(*sparse, j);
    if (failed(sub))
      return 1;
    rt::Program p = programOf(**sub);
    rt::Executor model(p, at::kCPU, at::kFloat, 1);
    at::InferenceMode guard;
    latency.push_back(medianMs([&] { model.forward(xInfer, 0, false); }, iterations));
    macs.push_back(p.subnetMacs.front());
  }

  // slice-run against direct LibTorch on the plain network.
  double sliceInfer, directInfer;
  {
    rt::Executor model(programOf(*plain), at::kCPU, at::kFloat, 1);
    DirectResNeXt direct;
    at::InferenceMode guard;
    sliceInfer = medianMs([&] { model.forward(xInfer, 0, false); }, iterations);
    directInfer = medianMs([&] { direct(xInfer); }, iterations);
  }

  std::vector<LoweredTiming> loweredTimings;
  if (lowered != "none") {
    if (lowered != "mlir-cpu" && lowered != "mlir-gpu") {
      llvm::errs() << "slice-bench: error: --lowered " << lowered
                   << ": expected none, mlir-cpu or mlir-gpu\n";
      return 1;
    }
    storeRandomWeights(*sparse);
    loweredTimings = timeLowered(*sparse, *plain);
  }

  auto &os = llvm::outs();
  os << llvm::formatv("model: CIFAR-style ResNeXt L={0} W={1} C={2}, {3}x{3}x{4}, "
                      "K={5}, {6} threads\n",
                      blocks, width, cardinality, imageSize, inChannels,
                      subnets, at::get_num_threads());
  os << llvm::formatv("\ntraining iteration (batch {0}):\n", trainBatch);
  os << llvm::formatv("  {0,-28} {1,10} {2,8} {3,8}\n", "form", "ms", "ratio",
                      "target");
  os << llvm::formatv("  {0,-28} {1,10:F1} {2,8:F2} {3,8}\n", "plain",
                      plainTrain, 1.0, "");
  os << llvm::formatv("  {0,-28} {1,10:F1} {2,8:F2} {3,8}\n",
                      "IS, one pass, K outputs", sparseTrain,
                      sparseTrain / plainTrain, "<= 1.25");
  os << llvm::formatv("  {0,-28} {1,10:F1} {2,8:F2} {3,8}\n",
                      "I, K passes", inclusiveTrain,
                      inclusiveTrain / plainTrain, "");
  os << llvm::formatv("\nIS sub-network inference (batch {0}):\n", inferBatch);
  os << llvm::formatv("  {0,3} {1,12} {2,10} {3,10} {4,12} {5,8}\n", "k",
                      "MACs", "FLOPs %", "ms", "latency %", "ratio");
  llvm::json::Array subnetJson;
  double worstShareRatio = 0;
  for (int64_t j = 0; j < subnets; ++j) {
    double flopsShare = double(macs[j]) / double(macs.back());
    double latencyShare = latency[j] / latency.back();
    double ratio = latencyShare / flopsShare;
    worstShareRatio = std::max(worstShareRatio, ratio);
    os << llvm::formatv("  {0,3} {1,12} {2,9:F1}% {3,10:F2} {4,11:F1}% {5,8:F2}\n",
                        j + 1, macs[j], 100 * flopsShare, latency[j],
                        100 * latencyShare, ratio);
    subnetJson.push_back(llvm::json::Object{{"k", j + 1},
                                            {"macs", macs[j]},
                                            {"latency_ms", latency[j]},
                                            {"flops_share", flopsShare},
                                            {"latency_share", latencyShare},
                                            {"ratio", ratio}});
  }
  os << llvm::formatv("  worst latency share / FLOPs share: {0:F2} (target <= 1.15)\n",
                      worstShareRatio);
  os << llvm::formatv("\nplain network inference (batch {0}):\n", inferBatch);
  os << llvm::formatv("  slice-run {0:F2} ms, direct LibTorch {1:F2} ms, ratio "
                      "{2:F3} (target <= 1.05)\n",
                      sliceInfer, directInfer, sliceInfer / directInfer);

  llvm::json::Array loweredJson;
  if (!loweredTimings.empty()) {
    os << llvm::formatv("\nIS sub-networks: generated code ({0}), LibTorch "
                        "structured, LibTorch dense masked:\n",
                        std::string(lowered));
    os << llvm::formatv("  {0,3} {1,6} {2,9} {3,12} {4,12} {5,12} {6,10} "
                        "{7,10}\n",
                        "k", "batch", "FLOPs %", "generated", "structured",
                        "masked", "gen/str", "gen/mask");
    for (const LoweredTiming &t : loweredTimings) {
      double share = double(t.macs) / double(loweredTimings.back().macs);
      os << llvm::formatv("  {0,3} {1,6} {2,8:F1}% {3,10:F3}ms {4,10:F3}ms "
                          "{5,10:F3}ms {6,10:F2} {7,10:F2}\n",
                          t.k, t.batch, 100 * share, t.generatedMs,
                          t.libtorchMs, t.denseMaskedMs,
                          t.generatedMs / t.libtorchMs,
                          t.generatedMs / t.denseMaskedMs);
      loweredJson.push_back(llvm::json::Object{
          {"k", t.k},
          {"batch", t.batch},
          {"macs", t.macs},
          {"generated_ms", t.generatedMs},
          {"libtorch_structured_ms", t.libtorchMs},
          {"libtorch_dense_masked_ms", t.denseMaskedMs},
          {"generated_vs_structured", t.generatedMs / t.libtorchMs},
          {"generated_vs_dense_masked", t.generatedMs / t.denseMaskedMs}});
    }
    os << "  (target on a GPU: generated < dense masked for every IS "
          "sub-network)\n";
  }

  if (!jsonFile.empty()) {
    llvm::json::Object root{
        {"model",
         llvm::json::Object{{"blocks", int64_t(blocks)},
                            {"width", int64_t(width)},
                            {"cardinality", int64_t(cardinality)},
                            {"image_size", int64_t(imageSize)},
                            {"K", int64_t(subnets)},
                            {"threads", at::get_num_threads()}}},
        {"train_ms", llvm::json::Object{{"plain", plainTrain},
                                        {"inclusive_sparse", sparseTrain},
                                        {"inclusive", inclusiveTrain}}},
        {"ratios",
         llvm::json::Object{{"is_train_vs_plain", sparseTrain / plainTrain},
                            {"i_train_vs_plain", inclusiveTrain / plainTrain},
                            {"worst_latency_vs_flops_share", worstShareRatio},
                            {"slice_vs_direct_libtorch", sliceInfer / directInfer}}},
        {"subnets", std::move(subnetJson)},
        {"plain_inference_ms",
         llvm::json::Object{{"slice", sliceInfer}, {"direct_libtorch", directInfer}}},
        {"lowered", llvm::json::Object{{"backend", std::string(lowered)},
                                       {"subnets", std::move(loweredJson)}}}};
    std::error_code ec;
    llvm::raw_fd_ostream out(jsonFile, ec);
    if (ec) {
      llvm::errs() << "slice-bench: error: " << jsonFile << ": " << ec.message() << "\n";
      return 1;
    }
    out << llvm::formatv("{0:2}", llvm::json::Value(std::move(root))) << "\n";
  }
  return 0;
}
