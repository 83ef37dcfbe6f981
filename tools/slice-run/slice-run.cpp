//===- slice-run.cpp - execute, train and evaluate slice models -----------===//
//
//   slice-run train model.mlir -o trained.mlir     joint anytime training
//   slice-run eval trained.mlir --json eval.json    error / MACs / latency per k
//   slice-run infer trained.mlir --budget-macs 5e6  predictions at a budget
//   slice-run infer trained.mlir --confidence 0.9   grow each image until sure
//   slice-run calibrate trained.mlir --budget-macs 3e6 -o t.json
//                                       budgeted-batch thresholds (held out)
//   slice-run eval trained.mlir --budgeted   budgeted batch vs static
//   slice-run run trained.mlir --input x.npy --output y.npy   raw outputs
//   slice-run infer trained.mlir --subnet 1 --backend mlir-gpu
//                                       the same with --slice-to-nvvm code
//                                       (mlir-cpu: --slice-to-llvm-cpu code)
//
//===----------------------------------------------------------------------===//
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/SliceDialect.h"
#include "slice/Dialect/Model.h"
#include "slice/Runtime/Anytime.h"
#include "slice/Runtime/LoweredModel.h"
#include "slice/Runtime/ProgramBuilder.h"
#include "slice/Runtime/Runtime.h"
#include "slice/Support/Diagnostics.h"
#include "slice/Support/OutputFile.h"
#include "slice/Support/ParserGuards.h"
#include "slice/Support/ReadFile.h"
#include "Anytime.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"

#include <chrono>
#include <malloc.h>

using namespace mlir;
using namespace mlir::slice;
namespace tool = ::slice::tool;
namespace cl = llvm::cl;
namespace rt = ::slice::rt;

namespace {
cl::SubCommand trainCmd("train", "Train all sub-networks jointly (anytime loss)");
cl::SubCommand evalCmd("eval", "Per-sub-network error, multiply-adds and latency");
cl::SubCommand inferCmd("infer", "Predict with the largest sub-network that fits a budget");
cl::SubCommand runCmd("run", "Raw forward pass of .npy images, outputs as .npy");
cl::SubCommand calibrateCmd(
    "calibrate", "Per-step confidence thresholds that meet an average "
                 "multiply-add budget (budgeted batch)");

cl::OptionCategory runCat("slice-run options");
cl::opt<std::string> modelFile(cl::Positional, cl::desc("<model.mlir>"),
                               cl::sub(trainCmd), cl::sub(evalCmd),
                               cl::sub(inferCmd), cl::sub(runCmd),
                               cl::sub(calibrateCmd), cl::cat(runCat));
cl::opt<std::string> dataSpec(
    "data",
    cl::desc("dataset: fashion-mnist[:DIR] (default), cifar10:DIR, "
             "cifar100:DIR, mnist-idx:IMAGES,LABELS, tensor:FILE"),
    cl::init("fashion-mnist"), cl::sub(trainCmd), cl::sub(evalCmd),
    cl::sub(inferCmd), cl::sub(calibrateCmd), cl::cat(runCat));
cl::opt<std::string> device("device", cl::desc("cpu or cuda[:N]"),
                            cl::init("cpu"), cl::sub(trainCmd),
                            cl::sub(evalCmd), cl::sub(inferCmd),
                            cl::sub(runCmd), cl::sub(calibrateCmd),
                            cl::cat(runCat));
cl::opt<uint64_t> seed("seed", cl::desc("random seed (init, data order, "
                                        "augmentation)"),
                       cl::init(0), cl::sub(trainCmd), cl::sub(evalCmd),
                       cl::sub(inferCmd), cl::sub(runCmd),
                       cl::sub(calibrateCmd), cl::cat(runCat));
cl::opt<int> threads("threads", cl::desc("CPU threads (0: one per core)"),
                     cl::init(0), cl::sub(trainCmd), cl::sub(evalCmd),
                     cl::sub(inferCmd), cl::sub(runCmd),
                     cl::sub(calibrateCmd), cl::cat(runCat));
cl::opt<std::string> jsonFile("json", cl::desc("write the report as JSON"),
                              cl::sub(trainCmd), cl::sub(evalCmd),
                              cl::cat(runCat));

// train
cl::opt<int64_t> epochs("epochs", cl::desc("epochs (paper: 300 on CIFAR)"),
                        cl::init(1), cl::sub(trainCmd), cl::cat(runCat));
cl::opt<int64_t> maxSteps("max-steps",
                          cl::desc("train this many steps in total, the "
                                   "learning-rate schedule spread over them"),
                          cl::init(0), cl::sub(trainCmd), cl::cat(runCat));
cl::opt<int64_t> stopAfter("stop-after-epochs",
                           cl::desc("end this run after N epochs (continue "
                                    "later with --resume)"),
                           cl::init(0), cl::sub(trainCmd), cl::cat(runCat));
cl::opt<int64_t> trainImages("train-images",
                             cl::desc("use only the first N training images"),
                             cl::init(0), cl::sub(trainCmd), cl::cat(runCat));
cl::opt<int64_t> batch("batch", cl::desc("batch size (paper: 64)"), cl::init(64),
                       cl::sub(trainCmd), cl::sub(evalCmd), cl::sub(inferCmd),
                       cl::sub(runCmd), cl::sub(calibrateCmd), cl::cat(runCat));
cl::opt<double> lr("lr", cl::desc("initial learning rate"), cl::init(0.1),
                   cl::sub(trainCmd), cl::cat(runCat));
cl::opt<double> momentum("momentum", cl::init(0.9), cl::sub(trainCmd),
                         cl::desc("SGD momentum"), cl::cat(runCat));
cl::opt<bool> nesterov("nesterov", cl::init(true), cl::sub(trainCmd),
                       cl::desc("Nesterov momentum"), cl::cat(runCat));
cl::opt<double> weightDecay("weight-decay", cl::init(1e-4), cl::sub(trainCmd),
                            cl::desc("L2 weight decay"), cl::cat(runCat));
cl::list<double> milestones("milestones", cl::CommaSeparated,
                            cl::desc("fractions of the epochs at which the "
                                     "learning rate drops 10x (default "
                                     "0.5,0.75)"),
                            cl::sub(trainCmd), cl::cat(runCat));
cl::opt<int64_t> cropPadding("crop-padding", cl::init(4), cl::sub(trainCmd),
                             cl::desc("random-crop zero padding (0: off)"),
                             cl::cat(runCat));
cl::opt<bool> flip("flip", cl::init(true), cl::sub(trainCmd),
                   cl::desc("random horizontal flips"), cl::cat(runCat));
cl::opt<int64_t> validation("validation", cl::init(5000), cl::sub(trainCmd),
                            cl::desc("training images held out for validation"),
                            cl::cat(runCat));
cl::opt<std::string> checkpoint("checkpoint", cl::sub(trainCmd),
                                cl::desc("checkpoint file, written atomically "
                                         "every epoch"),
                                cl::cat(runCat));
cl::opt<bool> resume("resume", cl::sub(trainCmd),
                     cl::desc("continue from --checkpoint if it exists"),
                     cl::cat(runCat));
cl::opt<std::string> outputFile("o", cl::sub(trainCmd), cl::sub(calibrateCmd),
                                cl::desc("train: write the model with its "
                                         "trained weights; calibrate: the "
                                         "thresholds"),
                                cl::value_desc("file"), cl::cat(runCat));
cl::opt<bool> noProgress("no-progress", cl::sub(trainCmd), cl::sub(evalCmd),
                         cl::sub(inferCmd), cl::sub(runCmd),
                         cl::sub(calibrateCmd),
                         cl::desc("plain log lines even on a terminal"),
                         cl::cat(runCat));

// eval / infer
cl::opt<std::string> split("split", cl::init("test"), cl::sub(evalCmd),
                           cl::sub(inferCmd),
                           cl::desc("train or test"), cl::cat(runCat));
cl::opt<int64_t> subnetOpt("subnet", cl::init(0), cl::sub(inferCmd),
                           cl::sub(runCmd),
                           cl::desc("the sub-network k to run (run: 0, the "
                                    "default, runs the whole model)"),
                           cl::cat(runCat));
cl::opt<double> budget(
    "budget-macs", cl::init(0), cl::sub(inferCmd), cl::sub(runCmd),
    cl::sub(calibrateCmd),
    cl::desc("multiply-adds per image: infer alone, the largest sub-network "
             "within it, run directly; with a confidence, a deadline or "
             "thresholds, the last step grown to; calibrate: the average to "
             "meet"),
    cl::cat(runCat));
cl::alias budgetFlops("budget-flops", cl::desc("alias for --budget-macs"),
                      cl::aliasopt(budget), cl::cat(runCat));
cl::opt<double> confidenceOpt(
    "confidence", cl::init(0), cl::sub(inferCmd), cl::sub(runCmd),
    cl::desc("grow each image step by step until its confidence (max "
             "softmax) reaches this, in (0, 1]"),
    cl::cat(runCat));
cl::opt<double> deadlineMs(
    "deadline-ms", cl::init(0), cl::sub(inferCmd), cl::sub(runCmd),
    cl::desc("grow to the last step that completes within this many "
             "milliseconds per batch (from a step latency table measured "
             "here and cached beside the model)"),
    cl::cat(runCat));
cl::opt<std::string> thresholdsFile(
    "thresholds", cl::sub(inferCmd), cl::sub(runCmd),
    cl::desc("per-step thresholds of 'slice-run calibrate' (budgeted batch)"),
    cl::cat(runCat));
cl::opt<bool> budgeted("budgeted", cl::sub(evalCmd),
                       cl::desc("budgeted batch: error and time per image at "
                                "several average budgets (thresholds "
                                "calibrated on the held-out images) beside "
                                "every sub-network alone"),
                       cl::cat(runCat));
cl::opt<int64_t> budgetsOpt("budgets", cl::init(3), cl::sub(evalCmd),
                            cl::desc("--budgeted: how many budgets"),
                            cl::cat(runCat));
cl::opt<int64_t> limit("limit", cl::init(10), cl::sub(inferCmd),
                       cl::desc("images to predict (0: all)"), cl::cat(runCat));
cl::opt<int64_t> evalLimit("limit", cl::init(0), cl::sub(evalCmd),
                           cl::desc("evaluate the first N images only (0: "
                                    "all)"),
                           cl::cat(runCat));
cl::opt<double> targetError(
    "target-error", cl::init(-1), cl::sub(evalCmd), cl::sub(inferCmd),
    cl::desc("hierarchical heads: answer at the finest label level whose "
             "error meets this target (eval: per sub-network; infer: from "
             "--errors)"),
    cl::cat(runCat));
cl::opt<std::string> errorsFile("errors", cl::sub(inferCmd),
                                cl::desc("the JSON of 'slice-run eval' for "
                                         "--target-error"),
                                cl::cat(runCat));
cl::opt<int64_t> levelOpt("level", cl::init(0), cl::sub(inferCmd),
                          cl::desc("label level to answer with (1: fine)"),
                          cl::cat(runCat));
cl::opt<std::string> backend(
    "backend", cl::init("libtorch"), cl::sub(inferCmd), cl::sub(runCmd),
    cl::sub(evalCmd),
    cl::desc("libtorch (default); mlir-cpu: the code --slice-to-llvm-cpu "
             "generates, JIT-compiled for this CPU; mlir-gpu: the code "
             "--slice-to-nvvm generates, run through the CUDA driver "
             "(--device cuda:N picks the GPU). Stop policies grow the "
             "anytime steps on any of them; eval takes it with --budgeted"),
    cl::cat(runCat));

// run
cl::opt<int64_t> growTo("grow", cl::init(0), cl::sub(runCmd),
                        cl::desc("grow step by step to sub-network k (the "
                                 "anytime steps, reusing what sub-networks "
                                 "< k computed) and write its outputs"),
                        cl::cat(runCat));
cl::opt<std::string> inputNpy("input", cl::sub(runCmd),
                              cl::desc("N x C x H x W float32 images (.npy), "
                                       "unnormalised like the datasets"),
                              cl::value_desc("x.npy"), cl::cat(runCat));
cl::opt<std::string> outputNpy("output", cl::sub(runCmd),
                               cl::desc("where the outputs go (float32 .npy); "
                                        "with several outputs Y.npy becomes "
                                        "Y.<name>.npy per output, named as in "
                                        "ONNX export (logits.k<k>[.l<d>])"),
                               cl::value_desc("y.npy"), cl::cat(runCat));

int fail(const std::string &message) {
  llvm::errs() << "slice-run: error: " << message << "\n";
  return 1;
}

OwningOpRef<ModuleOp> loadModel(MLIRContext &context) {
  std::string error;
  auto file = openInputFile(modelFile, &error);
  if (!file) {
    llvm::errs() << "slice-run: error: " << error << "\n";
    return {};
  }
  auto sourceMgr = std::make_shared<llvm::SourceMgr>();
  sourceMgr->AddNewSourceBuffer(std::move(file), llvm::SMLoc());
  if (!::slice::checkParsableText(*sourceMgr))
    return {};
  SourceMgrDiagnosticHandler handler(*sourceMgr, &context);
  ::slice::printLayerDiagnostics(&context, modelFile);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sourceMgr, &context);
  if (!module || failed(verify(*module)))
    return {};
  return module;
}

rt::RunOptions runOptions() {
  rt::RunOptions o;
  o.device = device;
  o.seed = seed;
  o.threads = threads;
  return o;
}

/// Sub-network k of `module` as a runtime program.
FailureOr<rt::Program> subnetProgram(ModuleOp module, int64_t k) {
  FailureOr<OwningOpRef<ModuleOp>> subnet = cloneSubnet(module, k);
  if (failed(subnet))
    return failure();
  return buildProgram(**subnet);
}

void printTable(const std::vector<rt::SubnetReport> &reports, bool latency) {
  int64_t full = reports.empty() ? 1 : std::max<int64_t>(reports.back().macs, 1);
  llvm::outs() << llvm::formatv("{0,4} {1,14} {2,8} {3,10} {4,9}", "k", "MACs",
                                "share", "params", "error");
  if (latency)
    llvm::outs() << llvm::formatv(" {0,12} {1,8}", "latency ms", "share");
  llvm::outs() << "\n";
  double fullLatency = latency && !reports.empty() ? reports.back().latencyMs : 1;
  for (const rt::SubnetReport &r : reports) {
    llvm::outs() << llvm::formatv("{0,4} {1,14} {2,7:F1}% {3,10} {4,8:F2}%",
                                  r.subnet, r.macs, 100.0 * r.macs / full,
                                  r.params, 100.0 * r.error);
    if (latency)
      llvm::outs() << llvm::formatv(" {0,12:F2} {1,7:F1}%", r.latencyMs,
                                    100.0 * r.latencyMs / fullLatency);
    llvm::outs() << "\n";
  }
  bool monotone = true;
  for (size_t i = 1; i < reports.size(); ++i)
    monotone &= reports[i].error <= reports[i - 1].error;
  llvm::outs() << "error is " << (monotone ? "" : "not ")
               << "monotone in k\n";
}

/// The finest level of `r` whose error meets `target` (1-based), or 0.
int64_t levelFor(const rt::SubnetReport &r, double target) {
  for (size_t d = 0; d < r.levelErrors.size(); ++d)
    if (r.levelErrors[d] <= target)
      return d + 1;
  return 0;
}

/// The error matrix (sub-network x label level) and, for a target error,
/// the level each sub-network answers at (the paper's Figure 5 selection).
void printLevels(const std::vector<rt::SubnetReport> &reports) {
  if (reports.empty() || reports.front().levelErrors.size() < 2)
    return;
  size_t levels = reports.front().levelErrors.size();
  llvm::outs() << "\nerror by label level (level 1 = fine):\n   k";
  for (size_t d = 0; d < levels; ++d)
    llvm::outs() << llvm::formatv("  level {0,-2}", d + 1);
  llvm::outs() << "\n";
  double worstFine = 0, worstChosen = 0;
  for (const rt::SubnetReport &r : reports) {
    llvm::outs() << llvm::formatv("{0,4}", r.subnet);
    for (double e : r.levelErrors)
      llvm::outs() << llvm::formatv("  {0,7:F2}%", 100 * e);
    llvm::outs() << "\n";
    worstFine = std::max(worstFine, r.levelErrors.front());
    double best = *std::min_element(r.levelErrors.begin(), r.levelErrors.end());
    worstChosen = std::max(worstChosen, best);
  }
  llvm::outs() << llvm::formatv(
      "worst-case error over sub-networks: {0:F2}% with fine labels only, "
      "{1:F2}% allowing coarse labels\n",
      100 * worstFine, 100 * worstChosen);
  if (targetError < 0)
    return;
  llvm::outs() << llvm::formatv("for a target error of {0:F2}%:\n",
                                100 * targetError);
  for (const rt::SubnetReport &r : reports) {
    int64_t level = levelFor(r, targetError);
    if (level)
      llvm::outs() << llvm::formatv("  sub-network {0}: answer at level {1} "
                                    "({2:F2}% error)\n",
                                    r.subnet, level,
                                    100 * r.levelErrors[level - 1]);
    else
      llvm::outs() << llvm::formatv("  sub-network {0}: no level meets it\n",
                                    r.subnet);
  }
}

bool writeJson(const std::vector<rt::SubnetReport> &reports,
               const std::string &what) {
  if (jsonFile.empty())
    return true;
  llvm::json::Array subnets;
  bool monotone = true;
  for (size_t i = 0; i < reports.size(); ++i) {
    const rt::SubnetReport &r = reports[i];
    if (i)
      monotone &= r.error <= reports[i - 1].error;
    llvm::json::Array levels;
    for (double e : r.levelErrors)
      levels.push_back(e);
    llvm::json::Object entry{{"k", r.subnet},
                             {"macs", r.macs},
                             {"params", r.params},
                             {"error", r.error},
                             {"level_errors", std::move(levels)},
                             {"latency_ms", r.latencyMs},
                             {"latency_batch", r.latencyBatch}};
    if (targetError >= 0)
      entry["target_level"] = levelFor(r, targetError);
    subnets.push_back(std::move(entry));
  }
  llvm::json::Object root{{"model", std::string(modelFile)},
                          {"data", std::string(dataSpec)},
                          {"what", what},
                          {"monotone", monotone},
                          {"subnets", std::move(subnets)}};
  ::slice::OutputFile out;
  std::string e = out.open(jsonFile);
  if (e.empty()) {
    out.os() << llvm::formatv("{0:2}", llvm::json::Value(std::move(root)))
             << "\n";
    e = out.commit();
  }
  if (!e.empty()) {
    llvm::errs() << "slice-run: error: " << e << "\n";
    return false;
  }
  return true;
}

int runTrain(ModuleOp module) {
  FailureOr<rt::Program> program = buildProgram(module);
  if (failed(program))
    return 1;
  rt::Dataset data;
  if (std::string e = rt::loadDataset(dataSpec, "train", data); !e.empty())
    return fail(e);
  if (trainImages < 0)
    return fail("--train-images must not be negative (0: all)");
  rt::truncate(data, trainImages);
  rt::TrainOptions o;
  o.run = runOptions();
  o.epochs = epochs;
  o.maxSteps = maxSteps;
  o.stopAfterEpochs = stopAfter;
  o.batch = batch;
  o.lr = lr;
  o.momentum = momentum;
  o.nesterov = nesterov;
  o.weightDecay = weightDecay;
  if (!milestones.empty())
    o.milestones.assign(milestones.begin(), milestones.end());
  o.cropPadding = cropPadding;
  o.flip = flip;
  o.validation = validation;
  o.checkpoint = checkpoint;
  o.resume = resume;
  o.progress = !noProgress;
  llvm::errs() << llvm::formatv(
      "training {0} ({1} sub-networks) on {2}: {3} images, {4} held out\n",
      program->name, program->subnets, dataSpec, data.count, o.validation);
  // The outputs are written after training: find out now, not in minutes,
  // that they cannot be (AtomicFile::open refuses what it could not
  // replace; the probe leaves nothing behind).
  for (const std::string &path : {std::string(outputFile), std::string(jsonFile)})
    if (!path.empty() && path != "-") {
      ::slice::AtomicFile probe;
      if (std::string e = probe.open(path); !e.empty())
        return fail(e);
    }
  rt::TrainResult result;
  if (std::string e = rt::train(*program, data, o, result); !e.empty())
    return fail(e);
  // Which images were held out, so that calibration (thresholds for
  // budgeted-batch inference) uses images the weights never saw.
  module->setAttr("slice.held_out",
                  DenseI64ArrayAttr::get(module.getContext(),
                                         {data.count, o.validation,
                                          int64_t(uint64_t(seed))}));
  if (!result.validation.empty()) {
    llvm::outs() << "validation (" << o.validation << " images):\n";
    printTable(result.validation, /*latency=*/false);
    printLevels(result.validation);
  }
  if (!writeJson(result.validation, "validation"))
    return 1;
  if (!outputFile.empty()) {
    if (failed(storeParamValues(module, result.params)))
      return 1;
    storeInputStats(module, result.mean, result.stddev);
    ::slice::OutputFile out;
    if (std::string e = out.open(outputFile); !e.empty())
      return fail(e);
    module->print(out.os());
    if (std::string e = out.commit(); !e.empty())
      return fail(e);
    llvm::errs() << "trained model: " << outputFile << "\n";
  }
  return 0;
}

std::string anytimeRequest(ModuleOp module, tool::AnytimeRequest &request);

int runEval(ModuleOp module) {
  if (budgeted) {
    tool::AnytimeRequest request;
    if (std::string e = anytimeRequest(module, request); !e.empty())
      return fail(e);
    rt::Dataset train, test;
    if (std::string e = rt::loadDataset(dataSpec, "train", train); !e.empty())
      return fail(e);
    if (std::string e = rt::loadDataset(dataSpec, split, test); !e.empty())
      return fail(e);
    rt::truncate(test, evalLimit);
    return tool::evalBudgeted(module, request, train, test, budgetsOpt,
                              jsonFile);
  }
  if (backend != "libtorch")
    return fail("eval measures every sub-network on libtorch; --backend " +
                backend + " applies to eval --budgeted");
  AnytimeAttr anytime = getAnytime(module);
  int64_t subnets = anytime ? anytime.getSubnets() : 1;
  std::vector<rt::Program> programs;
  for (int64_t k = 1; k <= subnets; ++k) {
    FailureOr<rt::Program> program = subnetProgram(module, k);
    if (failed(program))
      return 1;
    programs.push_back(std::move(*program));
  }
  rt::Dataset data;
  if (std::string e = rt::loadDataset(dataSpec, split, data); !e.empty())
    return fail(e);
  rt::truncate(data, evalLimit);
  rt::EvalOptions o;
  o.run = runOptions();
  o.batch = batch;
  if (programs.front().inputMean.empty())
    llvm::errs() << "slice-run: note: the model records no training "
                    "normalisation (untrained?); normalising with the "
                    "evaluated images' own statistics\n";
  std::vector<rt::SubnetReport> reports;
  if (std::string e = rt::evaluate(programs, data, o, reports); !e.empty())
    return fail(e);
  llvm::outs() << split << " set (" << data.count << " images):\n";
  printTable(reports, /*latency=*/true);
  printLevels(reports);
  return writeJson(reports, split) ? 0 : 1;
}

/// Runs `count` raw images (C x H x W each) through `lowered` in chunks of at
/// most `maxChunk` (a static batch's last chunk is filled up with copies of
/// the last image), normalised as LibTorch's backend does when `mean` is
/// given; `consume(start, len, results)` takes each chunk's outputs.
std::string runLowered(
    LoweredModel &lowered, const float *images, int64_t count,
    const std::vector<int64_t> &chw, const std::vector<float> &mean,
    const std::vector<float> &stddev, int64_t maxChunk,
    llvm::function_ref<void(int64_t, int64_t,
                            const std::vector<std::vector<float>> &)>
        consume) {
  int64_t plane = chw[1] * chw[2], size = chw[0] * plane;
  int64_t chunk = lowered.staticBatch() ? lowered.staticBatch() : maxChunk;
  std::vector<float> batch;
  for (int64_t start = 0; start < count; start += chunk) {
    int64_t len = std::min(chunk, count - start);
    int64_t runs = lowered.staticBatch() ? chunk : len;
    batch.resize(runs * size);
    for (int64_t n = 0; n < runs; ++n) {
      const float *src = images + std::min(start + n, count - 1) * size;
      for (int64_t c = 0; c < chw[0]; ++c)
        for (int64_t j = 0; j < plane; ++j) {
          float v = src[c * plane + j];
          batch[n * size + c * plane + j] =
              mean.empty() ? v : (v - mean[c]) / stddev[c];
        }
    }
    std::vector<std::vector<float>> results;
    if (std::string e = lowered.run(batch.data(), runs, results); !e.empty())
      return e;
    consume(start, len, results);
  }
  return "";
}

/// Top label and softmax confidence of each image at `level`, from the
/// lowered code (the same normalisation as LibTorch's).
std::string predictLowered(LoweredModel &lowered, const rt::Program &program,
                         const rt::Dataset &data, int64_t level,
                         std::vector<rt::Prediction> &predictions) {
  if (program.inputShape !=
      std::vector<int64_t>{data.channels, data.height, data.width})
    return "the model takes other images than " + data.name + " has";
  int out = -1;
  for (auto [i, info] : llvm::enumerate(lowered.outputs()))
    if (info.first == level)
      out = int(i);
  if (out < 0)
    return "the model has no output at label level " + std::to_string(level);
  std::vector<float> mean = program.inputMean, stddev = program.inputStd;
  if (mean.empty())
    rt::channelStats(data, mean, stddev);
  int64_t classes = lowered.outputs()[out].second;
  return runLowered(
      lowered, data.images.data(), data.count, program.inputShape, mean, stddev,
      256,
      [&](int64_t, int64_t len, const std::vector<std::vector<float>> &results) {
        for (int64_t n = 0; n < len; ++n) {
          const float *logits = &results[out][n * classes];
          int64_t best = 0;
          double maxLogit = logits[0], sum = 0;
          for (int64_t c = 1; c < classes; ++c)
            if (logits[c] > maxLogit) {
              maxLogit = logits[c];
              best = c;
            }
          for (int64_t c = 0; c < classes; ++c)
            sum += std::exp(double(logits[c]) - maxLogit);
          predictions.push_back({best, 1.0 / sum});
        }
      });
}

/// `--backend`: null `lowered` for libtorch, else sub-network k compiled
/// for this CPU or for the GPU `--device` names (first, so a machine
/// without one says so at once). Returns an error message, or "".
std::string selectBackend(ModuleOp module, int64_t k,
                          std::unique_ptr<LoweredModel> &lowered) {
  if (backend == "libtorch")
    return "";
  if (backend != "mlir-gpu" && backend != "mlir-cpu")
    return "--backend " + backend + ": expected libtorch, mlir-cpu or mlir-gpu";
  int ordinal = 0;
  llvm::StringRef dev(device);
  if (dev.consume_front("cuda:") && dev.getAsInteger(10, ordinal))
    return "--device " + device + ": expected cuda:N";
  std::string error;
  lowered = LoweredModel::create(
      module, k, backend == "mlir-gpu" ? LoweredTarget::cuda : LoweredTarget::cpu,
      error, ordinal);
  if (!lowered)
    return "--backend " + backend + ": " + error;
  lowered->setThreads(threads);
  return "";
}

/// Sub-network k's outputs for raw .npy images on the GPU.
std::string forwardLowered(LoweredModel &lowered, const rt::Program &program,
                         const rt::Array &input,
                         std::vector<rt::Array> &outputs) {
  const std::vector<int64_t> &chw = program.inputShape;
  if (input.shape.size() != 4 ||
      !std::equal(chw.begin(), chw.end(), input.shape.begin() + 1))
    return "the images do not have the model's N x C x H x W input shape";
  int64_t count = input.shape[0];
  outputs.assign(lowered.outputs().size(), rt::Array());
  for (auto [i, info] : llvm::enumerate(lowered.outputs()))
    outputs[i].shape = {count, info.second};
  return runLowered(
      lowered, input.data.data(), count, chw, program.inputMean, program.inputStd,
      256,
      [&](int64_t, int64_t len, const std::vector<std::vector<float>> &results) {
        for (auto [i, info] : llvm::enumerate(lowered.outputs()))
          outputs[i].data.insert(outputs[i].data.end(), results[i].begin(),
                                 results[i].begin() + len * info.second);
      });
}

/// For --target-error: the label level each sub-network answers at, from
/// the errors `slice-run eval --json` measured (--errors).
std::string targetLevels(int64_t subnets, std::vector<int64_t> &levels) {
  if (errorsFile.empty())
    return "--target-error needs --errors eval.json (from 'slice-run eval "
           "--json')";
  std::string text;
  if (std::string e = ::slice::readSmallFile(errorsFile, text); !e.empty())
    return errorsFile + ": " + e;
  llvm::Expected<llvm::json::Value> json = llvm::json::parse(text);
  if (!json)
    return errorsFile + ": " + llvm::toString(json.takeError());
  std::vector<rt::SubnetReport> reports(subnets);
  if (auto *root = json->getAsObject())
    if (auto *subnetsJson = root->getArray("subnets"))
      for (const llvm::json::Value &entry : *subnetsJson)
        if (auto *obj = entry.getAsObject())
          if (std::optional<int64_t> k = obj->getInteger("k");
              k && *k >= 1 && *k <= subnets)
            if (auto *errors = obj->getArray("level_errors"))
              for (const llvm::json::Value &e : *errors)
                reports[*k - 1].levelErrors.push_back(
                    e.getAsNumber().value_or(1.0));
  levels.clear();
  for (int64_t k = 1; k <= subnets; ++k) {
    if (reports[k - 1].levelErrors.empty())
      return errorsFile + ": no level errors for sub-network " +
             std::to_string(k);
    int64_t level = levelFor(reports[k - 1], targetError);
    if (level == 0)
      return llvm::formatv("no label level of sub-network {0} meets a "
                           "{1:F2}% error",
                           k, 100 * targetError)
          .str();
    levels.push_back(level);
  }
  return "";
}

/// The anytime options as one request; an error message, or "".
std::string anytimeRequest(ModuleOp module, tool::AnytimeRequest &request) {
  request.modelFile = modelFile;
  request.confidence = confidenceOpt;
  request.budgetMacs = budget;
  request.deadlineMs = deadlineMs;
  request.thresholdsFile = thresholdsFile;
  request.batch = batch;
  request.backend = backend;
  request.run = runOptions();
  request.progress = !noProgress;
  AnytimeAttr anytime = getAnytime(module);
  int64_t subnets = anytime ? anytime.getSubnets() : 1;
  if (levelOpt > 0 && targetError >= 0)
    return "--level and --target-error both choose the label level: give one";
  if (levelOpt > 0)
    request.levels.assign(subnets, levelOpt);
  if (targetError >= 0)
    if (std::string e = targetLevels(subnets, request.levels); !e.empty())
      return e;
  return tool::checkRequest(request);
}

int runInfer(ModuleOp module) {
  AnytimeAttr anytime = getAnytime(module);
  int64_t subnets = anytime ? anytime.getSubnets() : 1;
  tool::AnytimeRequest request;
  if (std::string e = anytimeRequest(module, request); !e.empty())
    return fail(e);
  if (tool::wantsGrowth(request)) {
    if (subnetOpt != 0)
      return fail("--subnet k runs one sub-network for every image; a stop "
                  "policy (--confidence, --deadline-ms, --thresholds) "
                  "grows each image as far as it needs: give one");
    rt::Dataset data;
    if (std::string e = rt::loadDataset(dataSpec, split, data); !e.empty())
      return fail(e);
    rt::truncate(data, limit);
    return tool::inferAnytime(module, request, data);
  }
  int64_t k = subnetOpt;
  if (k != 0 && budget > 0)
    return fail("--subnet k runs sub-network k; --budget-macs picks the "
                "largest sub-network within a budget: give one");
  if (k == 0 && budget <= 0)
    return fail("give --subnet k, --budget-macs X, --confidence C, "
                "--deadline-ms T or --thresholds F");
  if (k == 0) {
    for (int64_t j = 1; j <= subnets; ++j) {
      FailureOr<OwningOpRef<ModuleOp>> s = cloneSubnet(module, j);
      if (failed(s))
        return 1;
      FailureOr<rt::Program> p = buildProgram(**s);
      if (failed(p))
        return 1;
      if (double(p->subnetMacs.front()) <= budget)
        k = j;
    }
    if (k == 0)
      return fail(llvm::formatv("no sub-network fits {0} multiply-adds per "
                                "image", budget)
                      .str());
  }
  if (k < 1 || k > subnets)
    return fail(llvm::formatv("--subnet {0}: the model has K = {1}", k, subnets)
                    .str());
  FailureOr<rt::Program> program = subnetProgram(module, k);
  if (failed(program))
    return 1;
  std::unique_ptr<LoweredModel> lowered;
  if (std::string e = selectBackend(module, k, lowered); !e.empty())
    return fail(e);
  rt::Dataset data;
  if (std::string e = rt::loadDataset(dataSpec, split, data); !e.empty())
    return fail(e);
  rt::truncate(data, limit);
  int64_t level = levelOpt > 0 ? int64_t(levelOpt) : 1;
  if (targetError >= 0) {
    std::vector<int64_t> levels;
    if (std::string e = targetLevels(subnets, levels); !e.empty())
      return fail(e);
    level = levels[k - 1];
  }
  rt::RunOptions o = runOptions();
  std::vector<rt::Prediction> predictions;
  auto t0 = std::chrono::steady_clock::now();
  if (lowered) {
    if (std::string e = predictLowered(*lowered, *program, data, level, predictions);
        !e.empty())
      return fail("--backend " + backend + ": " + e);
  } else if (std::string e = rt::predict(*program, data, o, level, predictions);
             !e.empty()) {
    return fail(e);
  }
  double ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - t0)
                  .count();
  llvm::outs() << llvm::formatv("sub-network {0}: {1} multiply-adds per "
                                "image, answering at label level {2}\n",
                                k, program->subnetMacs.front(), level);
  auto nameOf = [&](int64_t label, int64_t atLevel) -> std::string {
    if (size_t(atLevel) <= program->labelNames.size() &&
        size_t(label) < program->labelNames[atLevel - 1].size())
      return program->labelNames[atLevel - 1][label];
    return std::to_string(label);
  };
  auto truthAt = [&](int64_t fine) {
    for (int64_t d = 1; d < level; ++d)
      fine = program->labelParents[d - 1][fine];
    return fine;
  };
  int64_t right = 0;
  for (size_t i = 0; i < predictions.size(); ++i) {
    int64_t truth = truthAt(data.labels[i]);
    right += predictions[i].label == truth;
    llvm::outs() << llvm::formatv("{0,6}  {1,-20} confidence {2:F3}  (truth {3})\n",
                                  i, nameOf(predictions[i].label, level),
                                  predictions[i].confidence,
                                  nameOf(truth, level));
  }
  // The same summary as a stop policy's: the time is the whole batch's
  // (every image answered by sub-network k), the first call's set-up in it.
  llvm::outs() << llvm::formatv(
      "{0}/{1} correct; {2} multiply-adds per image; {3:F3} ms per image\n",
      right, predictions.size(), program->subnetMacs.front(),
      predictions.empty() ? 0.0 : ms / double(predictions.size()));
  return 0;
}
/// `run --grow k`: steps 1..k on the backend, step k's outputs.
int runGrown(ModuleOp module) {
  ProgramOptions options;
  options.steps = true;
  FailureOr<rt::Program> program = buildProgram(module, options);
  if (failed(program))
    return 1;
  int64_t K = int64_t(program->steps.size());
  if (growTo < 1 || growTo > K)
    return fail(llvm::formatv("--grow {0}: the model grows in {1} steps",
                              int64_t(growTo), K)
                    .str());
  rt::Array input;
  if (std::string e = rt::readImageBatch(inputNpy, input); !e.empty())
    return fail(e);
  tool::AnytimeRequest request;
  if (std::string e = anytimeRequest(module, request); !e.empty())
    return fail(e);
  std::string error;
  std::unique_ptr<rt::AnytimeSession> session =
      tool::makeSession(module, *program, request, error);
  if (!session)
    return fail(error);
  if (std::string e = session->start(input); !e.empty())
    return fail(e);
  std::vector<rt::Array> outputs;
  for (int64_t k = 1; k <= growTo; ++k)
    if (std::string e = session->grow(outputs); !e.empty())
      return fail(e);
  // Named as sub-network k's outputs are when it runs alone.
  const rt::Step &step = program->steps[growTo - 1];
  std::vector<OutputTag> tags;
  for (int o : step.outputs)
    tags.push_back({1, program->outputs[o].level});
  for (size_t i = 0; i < outputs.size(); ++i) {
    std::string name = outputName(tags, i);
    std::string path = rt::outputPath(outputNpy, name, outputs.size());
    if (std::string e = rt::writeNpy(path, outputs[i]); !e.empty())
      return fail(e);
    llvm::outs() << name << ": " << path << "\n";
  }
  return 0;
}

int runRun(ModuleOp module) {
  if (inputNpy.empty() || outputNpy.empty())
    return fail("run needs --input x.npy and --output y.npy");
  tool::AnytimeRequest request;
  if (std::string e = anytimeRequest(module, request); !e.empty())
    return fail(e);
  if (tool::wantsGrowth(request) || request.budgetMacs > 0) {
    if (subnetOpt != 0 || growTo != 0)
      return fail("--subnet and --grow run every image to one sub-network; "
                  "a budget or stop policy decides per image: give one");
    return tool::runAnytime(module, request, inputNpy, outputNpy);
  }
  if (growTo != 0) {
    if (subnetOpt != 0)
      return fail("--grow k and --subnet k are two ways to run sub-network "
                  "k: give one");
    return runGrown(module);
  }
  FailureOr<rt::Program> program = failure();
  if (subnetOpt != 0) {
    AnytimeAttr anytime = getAnytime(module);
    int64_t subnets = anytime ? anytime.getSubnets() : 1;
    if (subnetOpt < 1 || subnetOpt > subnets)
      return fail(llvm::formatv("--subnet {0}: the model has K = {1}",
                                int64_t(subnetOpt), subnets)
                      .str());
    // The sub-network as `infer` and `eval` run it: extracted.
    program = subnetProgram(module, subnetOpt);
  } else {
    program = buildProgram(module);
  }
  if (failed(program))
    return 1;
  std::unique_ptr<LoweredModel> lowered;
  if (backend != "libtorch") {
    AnytimeAttr anytime = getAnytime(module);
    if (subnetOpt == 0 && anytime && anytime.getSubnets() > 1)
      return fail("--backend " + backend +
                  " runs one sub-network: give --subnet k");
    if (std::string e = selectBackend(module, std::max<int64_t>(subnetOpt, 1), lowered);
        !e.empty())
      return fail(e);
    if (lowered->outputs().size() != program->outputs.size())
      return fail("--backend " + backend + ": the lowered code has another "
                  "number of outputs than the model");
  }
  rt::Array input;
  if (std::string e = rt::readImageBatch(inputNpy, input); !e.empty())
    return fail(e);
  std::vector<rt::Array> outputs;
  if (std::string e = lowered ? forwardLowered(*lowered, *program, input, outputs)
                          : rt::forward(*program, input, runOptions(), outputs);
      !e.empty())
    return fail(e);
  for (size_t i = 0; i < outputs.size(); ++i) {
    const std::string &name = program->outputs[i].name;
    std::string path = rt::outputPath(outputNpy, name, outputs.size());
    if (std::string e = rt::writeNpy(path, outputs[i]); !e.empty())
      return fail(e);
    llvm::outs() << name << ": " << path << "\n";
  }
  return 0;
}
int runCalibrate(ModuleOp module) {
  tool::AnytimeRequest request;
  if (std::string e = anytimeRequest(module, request); !e.empty())
    return fail(e);
  rt::Dataset train;
  if (std::string e = rt::loadDataset(dataSpec, "train", train); !e.empty())
    return fail(e);
  return tool::calibrate(module, request, train, outputFile);
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  // Training allocates and frees the same large buffers every step; keep
  // them in the heap instead of returning them to the OS (15-20% faster).
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  cl::HideUnrelatedOptions(runCat);
  cl::ParseCommandLineOptions(
      argc, argv,
      "slice-run: execute, train and evaluate slice models on LibTorch\n\n"
      "  slice-run train model.mlir --epochs 2 -o trained.mlir\n"
      "  slice-run eval trained.mlir --json eval.json\n"
      "  slice-run infer trained.mlir --budget-macs 5e6\n"
      "  slice-run infer trained.mlir --confidence 0.9\n"
      "  slice-run calibrate trained.mlir --budget-macs 3e6 -o t.json\n"
      "  slice-run infer trained.mlir --thresholds t.json\n"
      "  slice-run eval trained.mlir --budgeted --json budgeted.json\n"
      "  slice-run run trained.mlir --input x.npy --output y.npy\n");
  if (!trainCmd && !evalCmd && !inferCmd && !runCmd && !calibrateCmd) {
    cl::PrintHelpMessage();
    return 1;
  }
  if (modelFile.empty())
    return fail("no model file given");
  MLIRContext context;
  context.loadDialect<SliceDialect, func::FuncDialect>();
  OwningOpRef<ModuleOp> module = loadModel(context);
  if (!module)
    return 1;
  if (trainCmd)
    return runTrain(*module);
  if (evalCmd)
    return runEval(*module);
  if (runCmd)
    return runRun(*module);
  if (calibrateCmd)
    return runCalibrate(*module);
  return runInfer(*module);
}
