//===- Anytime.h - growing predictions step by step -------------*- C++ -*-===//
//
// Anytime inference for real: a session starts on a batch of images, grows
// sub-network k into k+1 on the features already computed (the steps the
// compiler derives, Program::steps), and lets images that are done leave,
// so later steps run on the remaining ones only. Stop policies decide when
// an image is done: a confidence threshold, a per-step threshold table
// (budgeted batch), a multiply-add budget or a deadline. Plain C++: the
// backends (LibTorch, generated CPU and GPU code) implement the session.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_RUNTIME_ANYTIME_H
#define SLICE_RUNTIME_ANYTIME_H

#include "slice/Runtime/Npy.h"
#include "slice/Runtime/Program.h"

#include <memory>

namespace slice::rt {

struct Dataset;
struct RunOptions;

/// One batch of images growing through the steps of an anytime model.
class AnytimeSession {
public:
  virtual ~AnytimeSession() = default;

  /// Starts on `images` (N x C x H x W, raw as the datasets hold them: the
  /// model's training normalisation is applied): every row active, no step
  /// done.
  std::string start(const Array &images);
  /// Runs the next step on the active rows; `outputs` gets the step's
  /// outputs (Step::outputs; rows in active() order).
  std::string grow(std::vector<Array> &outputs);
  /// Stops `rows` (indices into the batch start() took): later steps do not
  /// compute them, their state is freed.
  std::string drop(const std::vector<int64_t> &rows);

  const Program &program() const { return prog; }
  int64_t stepsDone() const { return done; }
  int64_t numSteps() const { return int64_t(prog.steps.size()); }
  /// The rows still growing, as indices into the batch start() took.
  const std::vector<int64_t> &active() const { return rows; }

protected:
  explicit AnytimeSession(const Program &program) : prog(program) {}
  /// Backend: takes the normalised images of the new batch.
  virtual std::string begin(const Array &normalised) = 0;
  /// Backend: runs step `k` on the kept rows.
  virtual std::string runStep(int64_t k, std::vector<Array> &outputs) = 0;
  /// Backend: keeps the rows at `positions` of the current batch, in order.
  virtual std::string keep(const std::vector<int64_t> &positions) = 0;

  Program prog;

private:
  int64_t done = 0;
  std::vector<int64_t> rows;
};

/// A session on LibTorch (the program must have its steps: ProgramOptions::
/// steps). Null, with `error` set, when it cannot start.
std::unique_ptr<AnytimeSession> makeTorchSession(const Program &program,
                                                 const RunOptions &options,
                                                 std::string &error);

/// When an image is done.
struct StopPolicy {
  /// Done once its confidence (max softmax) reaches this (0: never).
  double confidence = 0;
  /// Per-step confidence thresholds (budgeted batch; step k's is
  /// thresholds[k-1]); empty: none.
  std::vector<double> thresholds;
  /// Every image stops at this step at the latest (0: the last step).
  int64_t lastStep = 0;
  /// The label level each step answers with (1: fine); empty: level 1.
  std::vector<int64_t> levels;
};

/// Where and how an image was answered.
struct AnytimeAnswer {
  int64_t step = 0, level = 1, label = 0;
  double confidence = 0;
  /// Multiply-adds per image spent on it (every step it went through).
  int64_t macs = 0;
  /// Milliseconds from the start of the batch until its answer.
  double ms = 0;
  /// The answering output's row (logits).
  std::vector<float> logits;
};

/// Grows `images` through `session` under `policy`, one answer per image.
std::string answerAnytime(AnytimeSession &session, const Array &images,
                          const StopPolicy &policy,
                          std::vector<AnytimeAnswer> &answers);

/// Multiply-adds per image of growing to step k (k = 1..K): every step up
/// to k, the earlier steps' heads included.
std::vector<int64_t> cumulativeStepMacs(const Program &program);

/// The last step whose cumulative multiply-adds fit `budget` per image, or
/// 0 when not even step 1 does.
int64_t lastStepWithin(const Program &program, double budget);

/// The step at which each image's confidence (max softmax, at the step's
/// answering level) first reaches its threshold, from the confidences of
/// every image at every step (confidences[i][k-1]); the last step when
/// none does.
std::vector<int64_t> stopSteps(const std::vector<std::vector<double>> &confidences,
                               const std::vector<double> &thresholds);

/// MSDNet's budgeted-batch calibration: thresholds per step such that
/// images exit at step k with probability proportional to q^(k-1) (the
/// last step takes the rest), q chosen so that the average cost
/// (`stepCosts[k-1]`: growing to step k) meets `budget`. Thresholds are
/// quantiles of `confidences` (images x steps, held-out data). Fails when
/// the budget is below step 1's cost.
std::string calibrateThresholds(const std::vector<std::vector<double>> &confidences,
                                const std::vector<int64_t> &stepCosts,
                                double budget, std::vector<double> &thresholds);

/// Every image of `images` grown through every step, no early exit: its
/// confidence (max softmax at the step's answering level) and its top label
/// at each step (confidences[i][k-1], labels[i][k-1]). `batch` images at a
/// time.
std::string growAll(AnytimeSession &session, const Array &images,
                    int64_t batch, const std::vector<int64_t> &levels,
                    std::vector<std::vector<double>> &confidences,
                    std::vector<std::vector<int64_t>> &labels);

/// Milliseconds each step takes on a batch of `batch` images (the median
/// of `runs` timed growths after a warm-up), on random images.
std::string measureStepLatency(AnytimeSession &session, int64_t batch,
                               int64_t runs, std::vector<double> &msPerStep);

/// The images a training run held out for validation: `validation` of
/// `count`, drawn once from `seed` (what `train` does and records).
std::vector<int64_t> heldOutImages(int64_t count, int64_t validation,
                                   uint64_t seed);

/// The images of `data` at `indices`, as one N x C x H x W array.
Array imagesAt(const Dataset &data, const std::vector<int64_t> &indices);

} // namespace slice::rt

#endif // SLICE_RUNTIME_ANYTIME_H
