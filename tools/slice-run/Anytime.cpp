//===- Anytime.cpp - slice-run's anytime inference commands ---------------===//
#include "Anytime.h"

#include "slice/Support/AtomicFile.h"
#include "slice/Support/ReadFile.h"

#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/Model.h"
#include "slice/Runtime/LoweredModel.h"
#include "slice/Runtime/ProgramBuilder.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace mlir;
using namespace mlir::slice;

namespace slice::tool {
namespace {
int fail(const std::string &message) {
  llvm::errs() << "slice-run: error: " << message << "\n";
  return 1;
}

/// A number as the user wrote it (1e-09, 0.5, 8e+06), not fixed-point.
std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

void note(const std::string &message) {
  llvm::errs() << "slice-run: note: " << message << "\n";
}
} // namespace

FailureOr<rt::Program> stepProgram(ModuleOp module) {
  AnytimeAttr anytime = getAnytime(module);
  if (anytime && anytime.getForm() == AnytimeForm::inclusive) {
    fail("anytime growth (--confidence, --deadline-ms, --thresholds, "
         "calibrate, eval --budgeted) needs a model whose sub-networks "
         "share their features: an IS (--inclusive-sparse) or shallow-exit "
         "model; this one is in the I form, whose sub-network k+1 recomputes "
         "everything (paper section 3.2)");
    return failure();
  }
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func))
    return failure();
  Operation *ret = func->getBody().front().getTerminator();
  if (llvm::none_of(ret->getOperands(),
                    [](Value v) { return v.getDefiningOp<HeadOp>(); })) {
    fail("anytime growth answers with classifier heads, and this model "
         "returns none (slice.head): raise an import with "
         "--slice-raise-branches first");
    return failure();
  }
  ProgramOptions options;
  options.steps = true;
  return buildProgram(module, options);
}

std::unique_ptr<rt::AnytimeSession> makeSession(ModuleOp module,
                                                const rt::Program &program,
                                                const AnytimeRequest &request,
                                                std::string &error) {
  if (request.backend == "libtorch")
    return rt::makeTorchSession(program, request.run, error);
  LoweredTarget target;
  if (request.backend == "mlir-cpu") {
    target = LoweredTarget::cpu;
  } else if (request.backend == "mlir-gpu") {
    target = LoweredTarget::cuda;
  } else {
    error = "--backend " + request.backend +
            ": expected libtorch, mlir-cpu or mlir-gpu";
    return nullptr;
  }
  int ordinal = 0;
  llvm::StringRef dev(request.run.device);
  if (dev.consume_front("cuda:") && dev.getAsInteger(10, ordinal)) {
    error = "--device " + request.run.device + ": expected cuda:N";
    return nullptr;
  }
  std::unique_ptr<LoweredModel> code =
      LoweredModel::createSteps(module, target, error, ordinal);
  if (!code) {
    error = "--backend " + request.backend + ": " + error;
    return nullptr;
  }
  code->setThreads(request.run.threads);
  return makeLoweredSession(program, std::move(code), error);
}

namespace {

std::string readFile(const std::string &path, std::string &bytes) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    return path + ": " + buffer.getError().message();
  bytes = (*buffer)->getBuffer().str();
  return "";
}

/// A thresholds or latency table: bounded (a device is not a table).
std::string readTable(const std::string &path, std::string &bytes) {
  if (std::string e = ::slice::readSmallFile(path, bytes); !e.empty())
    return path + ": " + e;
  return "";
}

/// What names a model in thresholds and latency tables: a hash of its file.
std::string modelHash(const std::string &path) {
  std::string bytes;
  if (!readFile(path, bytes).empty())
    return "";
  return llvm::formatv("{0:x16}", llvm::xxh3_64bits(llvm::StringRef(bytes)));
}

/// Writes `value` to `path` atomically (slice/Support/AtomicFile.h).
std::string writeJsonFile(const std::string &path, llvm::json::Value value) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << llvm::formatv("{0:2}", value) << "\n";
  return ::slice::writeFileAtomically(path, text);
}

/// Per-step milliseconds on a batch of `request.batch`: cached beside the
/// model for this backend, batch, thread count and model file; measured
/// (and cached) when missing.
std::string stepLatency(const rt::Program &program,
                        const AnytimeRequest &request,
                        rt::AnytimeSession &session,
                        std::vector<double> &ms) {
  std::string path = request.modelFile + ".latency.json";
  std::string hash = modelHash(request.modelFile);
  llvm::json::Array entries;
  std::string bytes;
  if (readTable(path, bytes).empty()) {
    llvm::Expected<llvm::json::Value> json = llvm::json::parse(bytes);
    if (!json) {
      note(path + " is not a latency table (" + llvm::toString(json.takeError()) +
           "); measuring again");
    } else if (auto *root = json->getAsObject()) {
      if (auto *list = root->getArray("entries"))
        entries = *list;
    }
  }
  for (const llvm::json::Value &e : entries) {
    const llvm::json::Object *o = e.getAsObject();
    if (!o || o->getString("model_hash") != hash ||
        o->getString("backend") != request.backend ||
        o->getInteger("batch") != request.batch ||
        o->getInteger("threads") != request.run.threads)
      continue;
    if (const llvm::json::Array *list = o->getArray("step_ms")) {
      ms.clear();
      for (const llvm::json::Value &v : *list)
        ms.push_back(v.getAsNumber().value_or(0));
      if (ms.size() == program.steps.size())
        return "";
    }
  }
  if (request.progress)
    llvm::errs() << llvm::formatv("measuring the step latency of {0} steps "
                                  "at batch {1} ({2})...\n",
                                  program.steps.size(), request.batch,
                                  request.backend);
  if (std::string e = rt::measureStepLatency(session, request.batch, 3, ms);
      !e.empty())
    return e;
  llvm::json::Array list;
  for (double v : ms)
    list.push_back(v);
  entries.push_back(llvm::json::Object{{"model_hash", hash},
                                       {"backend", request.backend},
                                       {"batch", request.batch},
                                       {"threads", request.run.threads},
                                       {"step_ms", std::move(list)}});
  if (std::string e = writeJsonFile(
          path, llvm::json::Object{{"entries", std::move(entries)}});
      !e.empty())
    note("cannot cache the latency table (" + e + "); it will be measured "
         "again next time");
  return "";
}

/// Reads the thresholds `slice-run calibrate` wrote for this model.
std::string readThresholds(const AnytimeRequest &request,
                           const rt::Program &program,
                           std::vector<double> &thresholds) {
  std::string bytes;
  if (std::string e = readTable(request.thresholdsFile, bytes); !e.empty())
    return e;
  llvm::Expected<llvm::json::Value> json = llvm::json::parse(bytes);
  if (!json)
    return request.thresholdsFile + ": " + llvm::toString(json.takeError());
  const llvm::json::Object *root = json->getAsObject();
  const llvm::json::Array *list = root ? root->getArray("thresholds") : nullptr;
  if (!list)
    return request.thresholdsFile + ": not a thresholds file of 'slice-run "
                                    "calibrate' (no \"thresholds\")";
  std::optional<llvm::StringRef> hash = root->getString("model_hash");
  if (!hash || *hash != modelHash(request.modelFile))
    return request.thresholdsFile + ": calibrated for another model (" +
           (hash ? hash->str() : std::string("no hash")) + "); calibrate " +
           request.modelFile + " with 'slice-run calibrate'";
  thresholds.clear();
  for (const llvm::json::Value &v : *list)
    thresholds.push_back(v.getAsNumber().value_or(INFINITY));
  if (thresholds.size() != program.steps.size())
    return request.thresholdsFile + ": " + std::to_string(thresholds.size()) +
           " thresholds for " + std::to_string(program.steps.size()) + " steps";
  return "";
}

/// The stop policy of `request` for `program`: thresholds read, the last
/// step from the budget and the deadline.
std::string makePolicy(const AnytimeRequest &request, const rt::Program &program,
                       rt::AnytimeSession &session, rt::StopPolicy &policy) {
  int64_t K = program.steps.size();
  policy = rt::StopPolicy();
  policy.confidence = request.confidence;
  policy.levels = request.levels;
  policy.lastStep = K;
  if (!request.thresholdsFile.empty())
    if (std::string e = readThresholds(request, program, policy.thresholds);
        !e.empty())
      return e;
  std::vector<int64_t> costs = rt::cumulativeStepMacs(program);
  if (request.budgetMacs > 0) {
    int64_t last = rt::lastStepWithin(program, request.budgetMacs);
    if (last == 0)
      return llvm::formatv("--budget-macs {0}: below step 1, which costs {1} "
                           "multiply-adds per image",
                           num(request.budgetMacs), costs.front());
    policy.lastStep = std::min(policy.lastStep, last);
  }
  if (request.deadlineMs > 0) {
    std::vector<double> ms;
    if (std::string e = stepLatency(program, request, session, ms); !e.empty())
      return e;
    int64_t last = 0;
    double total = 0;
    for (double step : ms) {
      if ((total += step) > request.deadlineMs)
        break;
      ++last;
    }
    if (last == 0) {
      note(llvm::formatv("--deadline-ms {0}: even step 1 takes {1:F2} ms on a "
                         "batch of {2} here; answering with step 1",
                         num(request.deadlineMs), ms.front(), request.batch));
      last = 1;
    }
    policy.lastStep = std::min(policy.lastStep, last);
  }
  return "";
}

/// Answers for every image of `images`, `request.batch` at a time; the
/// elapsed milliseconds of the whole.
std::string answerAll(rt::AnytimeSession &session, const rt::Array &images,
                      const rt::StopPolicy &policy, int64_t batch,
                      std::vector<rt::AnytimeAnswer> &answers, double &ms) {
  using Clock = std::chrono::steady_clock;
  int64_t n = images.shape[0], size = n ? int64_t(images.data.size()) / n : 0;
  answers.clear();
  Clock::time_point t0 = Clock::now();
  for (int64_t start = 0; start < n; start += batch) {
    int64_t len = std::min(batch, n - start);
    rt::Array part;
    part.shape = images.shape;
    part.shape[0] = len;
    part.data.assign(images.data.begin() + start * size,
                     images.data.begin() + (start + len) * size);
    std::vector<rt::AnytimeAnswer> some;
    if (std::string e = rt::answerAnytime(session, part, policy, some);
        !e.empty())
      return e;
    answers.insert(answers.end(), some.begin(), some.end());
  }
  ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  return "";
}

/// The label of `fine` at label level `level`.
int64_t labelAt(const rt::Program &program, int64_t fine, int64_t level) {
  for (int64_t d = 1; d < level; ++d)
    fine = program.labelParents[d - 1][fine];
  return fine;
}

std::string nameOf(const rt::Program &program, int64_t label, int64_t level) {
  if (size_t(level) <= program.labelNames.size() &&
      size_t(label) < program.labelNames[level - 1].size())
    return program.labelNames[level - 1][label];
  return std::to_string(label);
}

/// The held-out images of the training split the model records.
std::string heldOut(ModuleOp module, const rt::Dataset &train,
                    std::vector<int64_t> &indices) {
  auto held = module->getAttrOfType<DenseI64ArrayAttr>("slice.held_out");
  if (!held)
    return "the model records no held-out validation split (train it with "
           "--validation N > 0 and -o, which records the split)";
  ArrayRef<int64_t> h = held.asArrayRef();
  if (h[1] <= 0)
    return "the model was trained without a validation split "
           "(--validation 0): nothing held out to calibrate on";
  // Training on the first N images (--train-images) holds out among them.
  if (h[0] > train.count)
    return llvm::formatv("the model held out {0} of {1} training images, but "
                         "{2} has {3}: calibrate on the data it was trained on",
                         h[1], h[0], train.name, train.count);
  indices = rt::heldOutImages(h[0], h[1], uint64_t(h[2]));
  return "";
}
} // namespace

bool wantsGrowth(const AnytimeRequest &request) {
  return request.confidence != 0 || request.deadlineMs != 0 ||
         !request.thresholdsFile.empty();
}

std::string checkRequest(const AnytimeRequest &request) {
  if (request.confidence != 0 &&
      !(request.confidence > 0 && request.confidence <= 1))
    return llvm::formatv("--confidence {0}: a confidence lies in (0, 1]",
                         num(request.confidence));
  if (request.deadlineMs != 0 && !(request.deadlineMs > 0))
    return llvm::formatv("--deadline-ms {0}: a deadline must be positive",
                         num(request.deadlineMs));
  if (request.budgetMacs != 0 && !(request.budgetMacs > 0))
    return llvm::formatv("--budget-macs {0}: a budget must be positive",
                         num(request.budgetMacs));
  if (request.batch < 1)
    return llvm::formatv("--batch {0}: must be at least 1", request.batch);
  return "";
}

namespace {
/// The session on the request's backend and the stop policy it asks for.
std::string startPolicy(ModuleOp module, const rt::Program &program,
                        const AnytimeRequest &request,
                        std::unique_ptr<rt::AnytimeSession> &session,
                        rt::StopPolicy &policy) {
  std::string error;
  session = makeSession(module, program, request, error);
  if (!session)
    return error;
  return makePolicy(request, program, *session, policy);
}
} // namespace

int inferAnytime(ModuleOp module, const AnytimeRequest &request,
                 const rt::Dataset &data) {
  FailureOr<rt::Program> program = stepProgram(module);
  if (failed(program))
    return 1;
  std::unique_ptr<rt::AnytimeSession> session;
  rt::StopPolicy policy;
  if (std::string e = startPolicy(module, *program, request, session, policy);
      !e.empty())
    return fail(e);
  std::vector<int64_t> all(data.count);
  std::iota(all.begin(), all.end(), 0);
  std::vector<rt::AnytimeAnswer> answers;
  double ms = 0;
  if (std::string e = answerAll(*session, rt::imagesAt(data, all), policy,
                                request.batch, answers, ms);
      !e.empty())
    return fail(e);
  int64_t right = 0;
  double macs = 0;
  std::vector<int64_t> perStep(program->steps.size() + 1, 0);
  for (size_t i = 0; i < answers.size(); ++i) {
    const rt::AnytimeAnswer &a = answers[i];
    int64_t truth = labelAt(*program, data.labels[i], a.level);
    right += a.label == truth;
    macs += double(a.macs);
    ++perStep[a.step];
    llvm::outs() << llvm::formatv(
        "{0,6}  {1,-20} confidence {2:F3}  (truth {3})  step {4}  {5} MACs  "
        "{6:F2} ms\n",
        i, nameOf(*program, a.label, a.level), a.confidence,
        nameOf(*program, truth, a.level), a.step, a.macs, a.ms);
  }
  int64_t n = std::max<int64_t>(1, answers.size());
  llvm::outs() << llvm::formatv(
      "{0}/{1} correct; average {2:F0} multiply-adds per image ({3:F1}% of "
      "sub-network {4}); {5:F3} ms per image\nimages stopping at step k:",
      right, answers.size(), macs / n,
      100.0 * macs / n / double(program->subnetMacs.back()),
      program->steps.size(), ms / n);
  for (size_t k = 1; k < perStep.size(); ++k)
    llvm::outs() << llvm::formatv("  {0}: {1}", k, perStep[k]);
  llvm::outs() << "\n";
  return 0;
}

int runAnytime(ModuleOp module, const AnytimeRequest &request,
               const std::string &inputNpy, const std::string &outputNpy) {
  FailureOr<rt::Program> program = stepProgram(module);
  if (failed(program))
    return 1;
  rt::Array input;
  if (std::string e = rt::readImageBatch(inputNpy, input); !e.empty())
    return fail(e);
  std::unique_ptr<rt::AnytimeSession> session;
  rt::StopPolicy policy;
  if (std::string e = startPolicy(module, *program, request, session, policy);
      !e.empty())
    return fail(e);
  std::vector<rt::AnytimeAnswer> answers;
  double ms = 0;
  if (std::string e =
          answerAll(*session, input, policy, request.batch, answers, ms);
      !e.empty())
    return fail(e);
  rt::Array logits, steps;
  steps.shape = {int64_t(answers.size())};
  for (const rt::AnytimeAnswer &a : answers) {
    if (!logits.data.empty() && a.logits.size() != size_t(logits.shape[1]))
      return fail("the images answered at label levels of different sizes; "
                  "give one level (--level)");
    logits.shape = {int64_t(answers.size()), int64_t(a.logits.size())};
    logits.data.insert(logits.data.end(), a.logits.begin(), a.logits.end());
    steps.data.push_back(float(a.step));
  }
  std::string stepPath = rt::outputPath(outputNpy, "step", 2);
  if (std::string e = rt::writeNpy(outputNpy, logits); !e.empty())
    return fail(e);
  if (std::string e = rt::writeNpy(stepPath, steps); !e.empty())
    return fail(e);
  double macs = 0;
  for (const rt::AnytimeAnswer &a : answers)
    macs += double(a.macs);
  int64_t n = std::max<int64_t>(1, answers.size());
  llvm::outs() << llvm::formatv("answers: {0}\nsteps: {1}\n{2} images: average "
                                "{3:F0} multiply-adds, {4:F3} ms per image\n",
                                outputNpy, stepPath, answers.size(), macs / n,
                                ms / n);
  return 0;
}

int calibrate(ModuleOp module, const AnytimeRequest &request,
              const rt::Dataset &train, const std::string &output) {
  if (!(request.budgetMacs > 0))
    return fail("calibrate needs --budget-macs M: the average multiply-adds "
                "per image to meet");
  if (output.empty())
    return fail("calibrate needs -o thresholds.json");
  FailureOr<rt::Program> program = stepProgram(module);
  if (failed(program))
    return 1;
  std::vector<int64_t> costs = rt::cumulativeStepMacs(*program);
  if (request.budgetMacs < double(costs.front()))
    return fail(llvm::formatv("--budget-macs {0}: below step 1, which costs "
                              "{1} multiply-adds per image",
                              num(request.budgetMacs), costs.front()));
  if (request.budgetMacs >= double(costs.back()))
    note(llvm::formatv("--budget-macs {0}: every image can grow to the last "
                       "step ({1} multiply-adds); no image stops early",
                       num(request.budgetMacs), costs.back()));
  std::vector<int64_t> indices;
  if (std::string e = heldOut(module, train, indices); !e.empty())
    return fail(e);
  std::string error;
  std::unique_ptr<rt::AnytimeSession> session =
      makeSession(module, *program, request, error);
  if (!session)
    return fail(error);
  std::vector<std::vector<double>> confidences;
  std::vector<std::vector<int64_t>> labels;
  if (request.progress)
    llvm::errs() << llvm::formatv("growing {0} held-out images through {1} "
                                  "steps...\n",
                                  indices.size(), program->steps.size());
  if (std::string e = rt::growAll(*session, rt::imagesAt(train, indices),
                                  request.batch, request.levels, confidences,
                                  labels);
      !e.empty())
    return fail(e);
  std::vector<double> thresholds;
  if (std::string e = rt::calibrateThresholds(confidences, costs,
                                              request.budgetMacs, thresholds);
      !e.empty())
    return fail("--budget-macs: " + e);
  std::vector<int64_t> stops = rt::stopSteps(confidences, thresholds);
  double average = 0;
  for (int64_t s : stops)
    average += double(costs[s - 1]);
  average /= double(std::max<size_t>(1, stops.size()));
  llvm::json::Array t, c;
  for (double v : thresholds)
    t.push_back(std::isfinite(v) ? v : 2.0); // a confidence never reaches 2
  for (int64_t v : costs)
    c.push_back(v);
  if (std::string e = writeJsonFile(
          output, llvm::json::Object{{"model", request.modelFile},
                                     {"model_hash", modelHash(request.modelFile)},
                                     {"budget_macs", request.budgetMacs},
                                     {"average_macs", average},
                                     {"held_out_images", int64_t(indices.size())},
                                     {"thresholds", std::move(t)},
                                     {"step_macs", std::move(c)}});
      !e.empty())
    return fail(e);
  llvm::outs() << llvm::formatv("{0,5} {1,10} {2,14} {3,10}\n", "step",
                                "threshold", "growing MACs", "stop here");
  for (size_t k = 1; k <= thresholds.size(); ++k) {
    int64_t here = std::count(stops.begin(), stops.end(), int64_t(k));
    llvm::outs() << llvm::formatv("{0,5} {1,10:F4} {2,14} {3,9:F1}%\n", k,
                                  std::isfinite(thresholds[k - 1])
                                      ? thresholds[k - 1]
                                      : 1.0 / 0.0,
                                  costs[k - 1],
                                  100.0 * here / std::max<size_t>(1, stops.size()));
  }
  llvm::outs() << llvm::formatv("average on {0} held-out images: {1:F0} "
                                "multiply-adds per image (budget {2:F0})\n"
                                "thresholds: {3}\n",
                                indices.size(), average, request.budgetMacs,
                                output);
  return 0;
}

int evalBudgeted(ModuleOp module, const AnytimeRequest &request,
                 const rt::Dataset &train, const rt::Dataset &test,
                 int64_t budgets, const std::string &json,
                 llvm::json::Object *report) {
  FailureOr<rt::Program> program = stepProgram(module);
  if (failed(program))
    return 1;
  if (budgets < 1)
    return fail("--budgets must be at least 1");
  std::vector<int64_t> heldIdx;
  if (std::string e = heldOut(module, train, heldIdx); !e.empty())
    return fail(e);
  std::string error;
  std::unique_ptr<rt::AnytimeSession> session =
      makeSession(module, *program, request, error);
  if (!session)
    return fail(error);
  int64_t K = program->steps.size();
  std::vector<int64_t> costs = rt::cumulativeStepMacs(*program);
  // Held-out confidences, for calibration.
  std::vector<std::vector<double>> heldConf;
  std::vector<std::vector<int64_t>> heldLabels;
  std::vector<int64_t> all(test.count);
  std::iota(all.begin(), all.end(), 0);
  rt::Array testImages = rt::imagesAt(test, all);
  if (request.progress)
    llvm::errs() << llvm::formatv("growing {0} held-out images through {1} "
                                  "steps...\n",
                                  heldIdx.size(), K);
  if (std::string e = rt::growAll(*session, rt::imagesAt(train, heldIdx),
                                  request.batch, request.levels, heldConf,
                                  heldLabels);
      !e.empty())
    return fail(e);
  auto levelOf = [&](int64_t k) {
    return size_t(k) <= request.levels.size() ? request.levels[k - 1] : 1;
  };
  // Static: every image answered by sub-network k run alone (extracted: its
  // one step is the whole sub-network), timed the same way.
  llvm::json::Array staticRows, budgetRows;
  llvm::outs() << "static (one sub-network for every image):\n"
               << llvm::formatv("{0,4} {1,14} {2,9} {3,12}\n", "k", "MACs",
                                "error", "ms/image");
  for (int64_t k = 1; k <= K; ++k) {
    FailureOr<OwningOpRef<ModuleOp>> sub = cloneSubnet(module, k);
    if (failed(sub))
      return 1;
    FailureOr<rt::Program> alone = stepProgram(**sub);
    if (failed(alone))
      return 1;
    std::unique_ptr<rt::AnytimeSession> direct =
        makeSession(**sub, *alone, request, error);
    if (!direct)
      return fail(error);
    rt::StopPolicy policy;
    policy.levels = {levelOf(k)};
    std::vector<rt::AnytimeAnswer> answers;
    double ms = 0;
    if (std::string e = answerAll(*direct, testImages, policy, request.batch,
                                  answers, ms);
        !e.empty())
      return fail(e);
    int64_t wrong = 0;
    for (int64_t i = 0; i < test.count; ++i)
      wrong += answers[i].label != labelAt(*program, test.labels[i], levelOf(k));
    double error = double(wrong) / double(test.count);
    double perImage = ms / double(test.count);
    llvm::outs() << llvm::formatv("{0,4} {1,14} {2,8:F2}% {3,12:F4}\n", k,
                                  program->subnetMacs[k - 1], 100 * error,
                                  perImage);
    staticRows.push_back(llvm::json::Object{{"k", k},
                                            {"macs", program->subnetMacs[k - 1]},
                                            {"growing_macs", costs[k - 1]},
                                            {"error", error},
                                            {"ms_per_image", perImage}});
  }
  llvm::outs() << "budgeted batch (thresholds calibrated on " << heldIdx.size()
               << " held-out images):\n"
               << llvm::formatv("{0,14} {1,14} {2,9} {3,12}   {4}\n",
                                "budget MACs", "average MACs", "error",
                                "ms/image", "images stopping at step k");
  for (int64_t b = 1; b <= budgets; ++b) {
    // Budgets spread between growing to step 1 and to step K.
    double budget = double(costs.front()) +
                    double(costs.back() - costs.front()) * double(b) /
                        double(budgets + 1);
    std::vector<double> thresholds;
    if (std::string e =
            rt::calibrateThresholds(heldConf, costs, budget, thresholds);
        !e.empty())
      return fail(e);
    rt::StopPolicy policy;
    policy.thresholds = thresholds;
    policy.levels = request.levels;
    std::vector<rt::AnytimeAnswer> answers;
    double ms = 0;
    if (std::string e = answerAll(*session, testImages, policy, request.batch,
                                  answers, ms);
        !e.empty())
      return fail(e);
    int64_t wrong = 0;
    double macs = 0;
    // How many images stop at each step, and how many of those are wrong:
    // whether confidence picks the easy images to stop early.
    std::vector<int64_t> stopped(K, 0), stoppedWrong(K, 0);
    for (int64_t i = 0; i < test.count; ++i) {
      const rt::AnytimeAnswer &a = answers[i];
      bool miss = a.label != labelAt(*program, test.labels[i], a.level);
      wrong += miss;
      macs += double(a.macs);
      ++stopped[a.step - 1];
      stoppedWrong[a.step - 1] += miss;
    }
    llvm::json::Array exits;
    for (int64_t k = 1; k <= K; ++k)
      exits.push_back(llvm::json::Object{
          {"step", k},
          {"images", stopped[k - 1]},
          {"error", stopped[k - 1] ? double(stoppedWrong[k - 1]) /
                                         double(stopped[k - 1])
                                   : 0.0}});
    double error = double(wrong) / double(test.count);
    double average = macs / double(test.count);
    double perImage = ms / double(test.count);
    llvm::outs() << llvm::formatv("{0,14:F0} {1,14:F0} {2,8:F2}% {3,12:F4}  ",
                                  budget, average, 100 * error, perImage);
    for (int64_t k = 1; k <= K; ++k)
      llvm::outs() << llvm::formatv(" {0}:{1,5:F1}%", k,
                                    100.0 * stopped[k - 1] / double(test.count));
    llvm::outs() << "\n";
    llvm::json::Array t;
    for (double v : thresholds)
      t.push_back(std::isfinite(v) ? v : 2.0);
    budgetRows.push_back(llvm::json::Object{{"budget_macs", budget},
                                            {"average_macs", average},
                                            {"error", error},
                                            {"ms_per_image", perImage},
                                            {"thresholds", std::move(t)},
                                            {"exits", std::move(exits)}});
  }
  llvm::json::Object result{{"model", request.modelFile},
                            {"data", test.name},
                            {"test_images", test.count},
                            {"held_out_images", int64_t(heldIdx.size())},
                            {"backend", request.backend},
                            {"static", std::move(staticRows)},
                            {"budgeted", std::move(budgetRows)}};
  if (report)
    *report = result;
  if (json.empty())
    return 0;
  std::string e = writeJsonFile(json, std::move(result));
  return e.empty() ? 0 : fail(e);
}

} // namespace slice::tool
