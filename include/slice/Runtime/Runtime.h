//===- Runtime.h - training and evaluation on LibTorch ----------*- C++ -*-===//
//
// The interface between slice-run (MLIR side) and the LibTorch runtime. Plain
// C++ types only: LibTorch stays out of headers (one TU including torch costs
// ~20 s and 1.3 GB to compile), and MLIR code keeps exceptions off.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_RUNTIME_RUNTIME_H
#define SLICE_RUNTIME_RUNTIME_H

#include "slice/Runtime/Data.h"
#include "slice/Runtime/Npy.h"
#include "slice/Runtime/Program.h"

#include <map>
#include <string>
#include <vector>

namespace slice::rt {

struct RunOptions {
  std::string device = "cpu";
  uint64_t seed = 0;
  /// 0: one thread per core.
  int threads = 0;
  /// Per-channel input normalisation; empty: the program's (from training),
  /// else computed from the data given.
  std::vector<float> mean, stddev;
};

struct TrainOptions {
  RunOptions run;
  int64_t epochs = 1;
  /// Train this many steps in total, the schedule spread over them (0: the
  /// epochs decide).
  int64_t maxSteps = 0;
  /// End this run after this many epochs in total, the schedule still
  /// spanning `epochs` (0: run to the end); resume later with `resume`.
  int64_t stopAfterEpochs = 0;
  int64_t batch = 64;
  double lr = 0.1, momentum = 0.9, weightDecay = 1e-4;
  bool nesterov = true;
  /// Learning rate divided by 10 at these fractions of the epochs.
  std::vector<double> milestones = {0.5, 0.75};
  /// Random crop with this much zero padding (0: none) and horizontal flips.
  int64_t cropPadding = 4;
  bool flip = true;
  /// Images held out of the training set for model selection.
  int64_t validation = 5000;
  /// Written atomically after every epoch; empty: no checkpoints.
  std::string checkpoint;
  bool resume = false;
  /// Progress bar on a terminal, plain lines otherwise.
  bool progress = true;
};

struct SubnetReport {
  int64_t subnet = 1;
  int64_t macs = 0, params = 0;
  double error = 0;       // top-1 error in [0, 1], fine labels
  /// Top-1 error at every label level (level 1 first) with hierarchical
  /// heads; {error} otherwise.
  std::vector<double> levelErrors;
  double latencyMs = 0;   // per batch
  int64_t latencyBatch = 0;
};

struct TrainResult {
  /// Final parameters and statistics by name (row-major).
  std::map<std::string, std::vector<float>> params;
  /// The input normalisation used (statistics of the training images).
  std::vector<float> mean, stddev;
  /// Validation error per sub-network after the last epoch.
  std::vector<SubnetReport> validation;
  int64_t steps = 0;
};

/// Trains all sub-networks jointly with the anytime loss (paper eq. 1). The
/// returned error string is empty on success.
std::string train(const Program &program, const Dataset &data,
                  const TrainOptions &options, TrainResult &result);

struct EvalOptions {
  RunOptions run;
  int64_t batch = 256;
  /// Timed repetitions for latency (after one warm-up).
  int64_t latencyRuns = 5;
};

/// Evaluates sub-network k = 1..K, each given as its own (extracted) program.
std::string evaluate(const std::vector<Program> &subnets, const Dataset &data,
                     const EvalOptions &options,
                     std::vector<SubnetReport> &reports);

struct Prediction {
  int64_t label = 0;
  double confidence = 0;
};

/// Runs one program on `data` and returns the top label of each image at
/// label level `level` (1: the fine classes).
std::string predict(const Program &program, const Dataset &data,
                    const RunOptions &options, int64_t level,
                    std::vector<Prediction> &predictions);

/// A raw forward pass in evaluation mode: `input` is N x C x H x W images as
/// the dataset readers give them; the program's stored input normalisation
/// (from training) is applied when it has one, else none. Returns one array
/// per program output: in the I form output k comes from the pass of
/// sub-network k, in the other forms from one pass.
std::string forward(const Program &program, const Array &input,
                    const RunOptions &options, std::vector<Array> &outputs);

} // namespace slice::rt

#endif // SLICE_RUNTIME_RUNTIME_H
