//===- slice-bench-anytime.cpp - anytime inference benchmarks -------------===//
//
// One run measures, per backend (LibTorch, generated CPU code, generated GPU
// code where there is a GPU), on the same machine, model and images:
//  1. the time of growing sub-network 1 into K step by step (every step's
//     head answers on the way) over the time of running sub-network K
//     directly (extracted, one pass); target <= 1.10 at batch 1 and 64;
//  2. each step's share of the growth's time against its share of the
//     multiply-adds;
//  3. with --data (a trained model that recorded the images it held out):
//     budgeted batch, MSDNet's protocol, as `slice-run eval --budgeted`
//     runs it: error and measured milliseconds per image at --budgets
//     budgets, beside every sub-network answering every image.
// The whole measurement is repeated --repeats times; ratios are reported as
// the median and the range. Prints tables; --json writes them all.
//
//   slice-bench-anytime                         (random-weight ResNeXt, IS K=3)
//   slice-bench-anytime --model trained.mlir --data fashion-mnist --json
//   out.json
//
//===----------------------------------------------------------------------===//
#include "Anytime.h"

#include "slice/Anytime/Forms.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/Model.h"
#include "slice/Dialect/SliceDialect.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Runtime/Data.h"
#include "slice/Runtime/ProgramBuilder.h"
#include "slice/Zoo/ResNeXt.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <malloc.h>
#include <map>
#include <random>

using namespace mlir;
using namespace mlir::slice;
namespace rt = ::slice::rt;
namespace tool = ::slice::tool;
namespace cl = llvm::cl;

namespace {
cl::OptionCategory benchCat("slice-bench-anytime options");
cl::opt<std::string> modelFile(
    "model",
    cl::desc("an IS or shallow-exit model (default: the Fashion-MNIST "
             "ResNeXt L=6 W=48 C=9 made IS with K=3, random weights)"),
    cl::cat(benchCat));
cl::opt<int64_t> subnets("K", cl::init(3),
                         cl::desc("sub-networks of the default model"),
                         cl::cat(benchCat));
cl::opt<std::string>
    dataSpec("data",
             cl::desc("also measure budgeted batch on this dataset (as "
                      "slice-run --data; the model must be trained on it)"),
             cl::cat(benchCat));
cl::opt<int64_t> budgets("budgets", cl::init(3),
                         cl::desc("budgeted batch: budgets between step 1 "
                                  "and step K"),
                         cl::cat(benchCat));
cl::opt<int64_t> testLimit("limit", cl::init(2000),
                           cl::desc("budgeted batch: test images (0: all)"),
                           cl::cat(benchCat));
cl::list<std::string>
    backends("backend",
             cl::desc("libtorch, mlir-cpu, mlir-gpu (repeatable; default: "
                      "libtorch and mlir-cpu)"),
             cl::cat(benchCat));
cl::list<int64_t> batches("batch", cl::desc("batch sizes (default: 1 and 64)"),
                          cl::cat(benchCat));
cl::opt<int64_t> iterations("iterations", cl::init(10),
                            cl::desc("timed runs per measurement (median)"),
                            cl::cat(benchCat));
cl::opt<int64_t> repeats("repeats", cl::init(3),
                         cl::desc("repeats of the whole measurement (spread)"),
                         cl::cat(benchCat));
cl::opt<int> threads("bench-threads", cl::init(0),
                     cl::desc("CPU threads (0: one per core)"),
                     cl::cat(benchCat));
cl::opt<std::string> jsonFile("json", cl::desc("write the results as JSON"),
                              cl::cat(benchCat));
cl::opt<std::string> device(
    "device", cl::init("cpu"),
    cl::desc("LibTorch's device (cpu, cuda:N); mlir-gpu runs on cuda:N too"),
    cl::cat(benchCat));

int fail(const std::string &message) {
  llvm::errs() << "slice-bench-anytime: error: " << message << "\n";
  return 1;
}

/// Stored values for every parameter (the generated code runs models with
/// weights only): small normal weights, positive variances.
void storeRandomWeights(ModuleOp module) {
  std::mt19937 gen(0);
  std::normal_distribution<float> normal(0, 0.1f);
  std::map<std::string, std::vector<float>> values;
  for (ParamOp param : module.getOps<ParamOp>()) {
    int64_t n = param.getTensorType().getNumElements();
    std::vector<float> &v = values[param.getSymName().str()];
    bool variance = param.getSymName().contains(".var");
    for (int64_t i = 0; i < n; ++i)
      v.push_back(variance ? std::abs(normal(gen)) + 0.5f : normal(gen));
  }
  if (failed(storeParamValues(module, values)))
    llvm::report_fatal_error("cannot store the benchmark weights");
}

OwningOpRef<ModuleOp> loadModel(MLIRContext &context) {
  if (!modelFile.empty())
    return parseSourceFile<ModuleOp>(modelFile, &context);
  zoo::ResNeXtConfig c;
  c.blocks = 6;
  c.width = 48;
  c.cardinality = 9;
  c.imageSize = 28;
  c.inChannels = 1;
  OwningOpRef<ModuleOp> module = zoo::buildResNeXt(&context, c);
  if (failed(makeInclusiveSparse(*module, subnets)))
    return nullptr;
  storeRandomWeights(*module);
  return module;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

/// One backend at one batch size, over the repeats.
struct Growth {
  std::string backend;
  int64_t batch = 0;
  /// Per repeat: growing 1 -> K (sum of the steps), sub-network K alone,
  /// and each step's time.
  std::vector<double> growMs, directMs;
  std::vector<std::vector<double>> stepMs;
};

/// Times growth and the direct run of sub-network K on `backend`.
std::string measureGrowth(ModuleOp module, const rt::Program &program,
                          const std::string &backend, Growth &g) {
  tool::AnytimeRequest request;
  request.backend = backend;
  request.run.threads = threads;
  request.run.device = device;
  std::string error;
  std::unique_ptr<rt::AnytimeSession> grow =
      tool::makeSession(module, program, request, error);
  if (!grow)
    return error;
  int64_t K = program.steps.size();
  FailureOr<OwningOpRef<ModuleOp>> sub = cloneSubnet(module, K);
  if (failed(sub))
    return "cannot extract sub-network " + std::to_string(K);
  FailureOr<rt::Program> alone = tool::stepProgram(**sub);
  if (failed(alone))
    return "cannot build sub-network " + std::to_string(K);
  std::unique_ptr<rt::AnytimeSession> direct =
      tool::makeSession(**sub, *alone, request, error);
  if (!direct)
    return error;
  for (int64_t r = 0; r < repeats; ++r) {
    std::vector<double> steps, once;
    if (std::string e =
            rt::measureStepLatency(*grow, g.batch, iterations, steps);
        !e.empty())
      return e;
    if (std::string e =
            rt::measureStepLatency(*direct, g.batch, iterations, once);
        !e.empty())
      return e;
    double total = 0;
    for (double s : steps)
      total += s;
    g.growMs.push_back(total);
    g.directMs.push_back(once.front());
    g.stepMs.push_back(steps);
  }
  return "";
}
} // namespace

int main(int argc, char **argv) {
  // As slice-run does: large activations stay in the heap instead of being
  // mapped and unmapped (and page-faulted) on every call.
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  cl::HideUnrelatedOptions(benchCat);
  cl::ParseCommandLineOptions(argc, argv,
                              "slice anytime inference benchmarks\n");
  if (repeats < 1 || iterations < 1)
    return fail("--repeats and --iterations must be at least 1");
  std::vector<std::string> backendList(backends.begin(), backends.end());
  if (backendList.empty())
    backendList = {"libtorch", "mlir-cpu"};
  std::vector<int64_t> batchList(batches.begin(), batches.end());
  if (batchList.empty())
    batchList = {1, 64};

  // The data first: a wrong --data fails before minutes of timing.
  rt::Dataset train, test;
  if (!dataSpec.empty()) {
    if (std::string e = rt::loadDataset(dataSpec, "train", train); !e.empty())
      return fail(e);
    if (std::string e = rt::loadDataset(dataSpec, "test", test); !e.empty())
      return fail(e);
    rt::truncate(test, testLimit);
  }

  MLIRContext context;
  context.loadDialect<SliceDialect, func::FuncDialect>();
  OwningOpRef<ModuleOp> module = loadModel(context);
  if (!module)
    return fail("cannot load the model");
  FailureOr<rt::Program> program = tool::stepProgram(*module);
  if (failed(program))
    return 1;
  int64_t K = program->steps.size();
  std::vector<int64_t> cumulative = rt::cumulativeStepMacs(*program);
  int64_t totalMacs = cumulative.back();
  llvm::outs() << llvm::formatv(
      "model {0}: {1} steps, growing to K computes {2} MACs per image, "
      "sub-network K alone {3}\n",
      modelFile.empty() ? std::string("default ResNeXt (random weights)")
                        : modelFile.getValue(),
      K, totalMacs, program->subnetMacs.back());

  std::vector<Growth> results;
  for (const std::string &backend : backendList)
    for (int64_t batch : batchList) {
      Growth g;
      g.backend = backend;
      g.batch = batch;
      llvm::errs() << "measuring " << backend << " at batch " << batch
                   << "...\n";
      if (std::string e = measureGrowth(*module, *program, backend, g);
          !e.empty())
        return fail(backend + ": " + e);
      results.push_back(std::move(g));
    }

  llvm::json::Array growthRows;
  llvm::outs() << "\ngrowing 1 -> K against sub-network K alone (median of "
               << repeats << " repeats, range in brackets; target <= 1.10):\n"
               << llvm::formatv("{0,-10} {1,6} {2,12} {3,12} {4,8} {5,17}\n",
                                "backend", "batch", "grow ms", "direct ms",
                                "ratio", "range");
  for (const Growth &g : results) {
    std::vector<double> ratios;
    for (size_t r = 0; r < g.growMs.size(); ++r)
      ratios.push_back(g.growMs[r] / g.directMs[r]);
    auto [lo, hi] = std::minmax_element(ratios.begin(), ratios.end());
    llvm::outs() << llvm::formatv(
        "{0,-10} {1,6} {2,12:F3} {3,12:F3} {4,8:F3}   [{5:F3}, {6:F3}]\n",
        g.backend, g.batch, median(g.growMs), median(g.directMs),
        median(ratios), *lo, *hi);
    llvm::json::Array steps;
    for (int64_t k = 0; k < K; ++k) {
      std::vector<double> ms;
      for (const std::vector<double> &s : g.stepMs)
        ms.push_back(s[k]);
      steps.push_back(median(ms));
    }
    growthRows.push_back(llvm::json::Object{{"backend", g.backend},
                                            {"batch", g.batch},
                                            {"grow_ms", median(g.growMs)},
                                            {"direct_ms", median(g.directMs)},
                                            {"ratio", median(ratios)},
                                            {"ratio_min", *lo},
                                            {"ratio_max", *hi},
                                            {"step_ms", std::move(steps)}});
  }

  llvm::outs() << "\neach step's share of the growth's time against its "
                  "share of the multiply-adds:\n"
               << llvm::formatv("{0,-10} {1,6}", "backend", "batch");
  for (int64_t k = 1; k <= K; ++k)
    llvm::outs() << llvm::formatv("  {0,16}", "step " + std::to_string(k));
  llvm::outs() << "\n" << llvm::formatv("{0,-10} {1,6}", "MACs", "");
  llvm::json::Array macShares;
  for (int64_t k = 0; k < K; ++k) {
    double share = double(program->steps[k].macs) / double(totalMacs);
    macShares.push_back(share);
    llvm::outs() << llvm::formatv("  {0,15:F1}%", 100 * share);
  }
  llvm::outs() << "\n";
  for (const Growth &g : results) {
    llvm::outs() << llvm::formatv("{0,-10} {1,6}", g.backend, g.batch);
    std::vector<double> shares(K);
    for (int64_t k = 0; k < K; ++k) {
      std::vector<double> s;
      for (size_t r = 0; r < g.stepMs.size(); ++r)
        s.push_back(g.stepMs[r][k] / g.growMs[r]);
      shares[k] = median(s);
      double macs = double(program->steps[k].macs) / double(totalMacs);
      llvm::outs() << llvm::formatv("  {0,6:F1}% ({1,5:F2}x)", 100 * shares[k],
                                    shares[k] / macs);
    }
    llvm::outs() << "\n";
  }

  llvm::json::Object report{{"model", modelFile.empty() ? std::string("default")
                                                        : modelFile.getValue()},
                            {"steps", K},
                            {"step_macs",
                             [&] {
                               llvm::json::Array a;
                               for (const rt::Step &s : program->steps)
                                 a.push_back(s.macs);
                               return a;
                             }()},
                            {"step_macs_share", std::move(macShares)},
                            {"repeats", int64_t(repeats)},
                            {"iterations", int64_t(iterations)},
                            {"growth", std::move(growthRows)}};

  if (!dataSpec.empty()) {
    llvm::json::Array budgetedRuns;
    for (const std::string &backend : backendList) {
      tool::AnytimeRequest request;
      request.modelFile = modelFile;
      request.backend = backend;
      request.run.threads = threads;
      request.progress = false;
      request.run.device = device;
      llvm::outs() << "\nbudgeted batch on " << backend << ", " << test.count
                   << " test images:\n";
      llvm::json::Object run;
      if (tool::evalBudgeted(*module, request, train, test, budgets, "", &run))
        return 1;
      budgetedRuns.push_back(std::move(run));
    }
    report["budgeted"] = std::move(budgetedRuns);
  }

  if (jsonFile.empty())
    return 0;
  std::error_code ec;
  llvm::raw_fd_ostream os(jsonFile, ec);
  if (ec)
    return fail(jsonFile + ": " + ec.message());
  os << llvm::formatv("{0:2}", llvm::json::Value(std::move(report))) << "\n";
  return 0;
}
