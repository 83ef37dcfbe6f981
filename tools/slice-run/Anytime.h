//===- Anytime.h - slice-run's anytime inference commands -------*- C++ -*-===//
//
// infer / run with stop policies, calibrate and eval --budgeted: the glue
// between slice-run's options and the runtime's anytime sessions.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_TOOLS_SLICE_RUN_ANYTIME_H
#define SLICE_TOOLS_SLICE_RUN_ANYTIME_H

#include "slice/Runtime/Anytime.h"
#include "slice/Runtime/Runtime.h"

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/JSON.h"

#include <string>

namespace slice::tool {

/// What the user asked of anytime inference.
struct AnytimeRequest {
  /// The model file (thresholds and latency tables name it by a hash of
  /// its contents; the latency table is cached beside it).
  std::string modelFile;
  /// Stop an image once its confidence reaches this (0: off).
  double confidence = 0;
  /// Per image, at most this many multiply-adds (0: off).
  double budgetMacs = 0;
  /// Answer the batch within this many milliseconds (0: off).
  double deadlineMs = 0;
  /// Per-step thresholds from `slice-run calibrate` (empty: off).
  std::string thresholdsFile;
  /// Images grown together.
  int64_t batch = 64;
  /// libtorch, mlir-cpu or mlir-gpu.
  std::string backend = "libtorch";
  rt::RunOptions run;
  /// Label level per step (hierarchical heads; empty: the fine labels).
  std::vector<int64_t> levels;
  /// Print progress of long phases (latency measurement).
  bool progress = true;
};

/// The program of `module` with its anytime steps; a located error (said
/// in terms of the options that need growth) when the model cannot grow:
/// an I-form model, a model without classifier heads.
mlir::FailureOr<rt::Program> stepProgram(mlir::ModuleOp module);

/// A session growing `program` (built from `module` with its steps) on the
/// backend the request names; null with `error` set when it cannot start.
std::unique_ptr<rt::AnytimeSession> makeSession(mlir::ModuleOp module,
                                                const rt::Program &program,
                                                const AnytimeRequest &request,
                                                std::string &error);

/// Whether the request asks for growth (a policy that needs the steps).
bool wantsGrowth(const AnytimeRequest &request);

/// The options' checks that need no model: ranges, combinations. Returns
/// an error message, or "".
std::string checkRequest(const AnytimeRequest &request);

/// `infer` with a stop policy: predictions of `data`'s images, each with
/// the step it stopped at, its multiply-adds and its time; a summary.
int inferAnytime(mlir::ModuleOp module, const AnytimeRequest &request,
                 const rt::Dataset &data);

/// `run` with a stop policy: the answering logits of every image in
/// `outputNpy`, the step each stopped at in `<output>.step.npy`.
int runAnytime(mlir::ModuleOp module, const AnytimeRequest &request,
               const std::string &inputNpy, const std::string &outputNpy);

/// `calibrate`: per-step thresholds meeting `request.budgetMacs` on average
/// over the images training held out, written (atomically) to `output`.
int calibrate(mlir::ModuleOp module, const AnytimeRequest &request,
              const rt::Dataset &train, const std::string &output);

/// `eval --budgeted`: error and measured time per image of budgeted-batch
/// inference at `budgets` budgets (calibrated on the held-out images),
/// beside every sub-network alone; a table and, with `json`, a report
/// written there (and into `report` when given: the benchmarks).
int evalBudgeted(mlir::ModuleOp module, const AnytimeRequest &request,
                 const rt::Dataset &train, const rt::Dataset &test,
                 int64_t budgets, const std::string &json,
                 llvm::json::Object *report = nullptr);

} // namespace slice::tool

#endif // SLICE_TOOLS_SLICE_RUN_ANYTIME_H
