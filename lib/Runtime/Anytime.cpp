//===- Anytime.cpp - growing predictions step by step ---------------------===//
//
// What every backend's session shares: the bookkeeping of which rows are
// still growing, the input normalisation, the stop policies and the
// budgeted-batch calibration. Plain C++.
//
//===----------------------------------------------------------------------===//
#include "slice/Runtime/Anytime.h"
#include "slice/Runtime/Data.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace slice::rt {

std::string AnytimeSession::start(const Array &images) {
  const std::vector<int64_t> &chw = prog.inputShape;
  if (images.shape.size() != 4 ||
      !std::equal(chw.begin(), chw.end(), images.shape.begin() + 1)) {
    std::string want, got;
    for (int64_t d : chw)
      want += "x" + std::to_string(d);
    for (int64_t d : images.shape)
      got += (got.empty() ? "" : "x") + std::to_string(d);
    return "the model takes N" + want + " images, got " +
           (got.empty() ? std::string("a scalar") : got);
  }
  if (prog.steps.empty())
    return "the program has no anytime steps";
  Array normalised = images;
  if (!prog.inputMean.empty()) {
    // The same arithmetic as training: (x - mean[c]) / std[c].
    int64_t plane = chw[1] * chw[2];
    for (size_t i = 0; i < normalised.data.size(); ++i) {
      int64_t c = int64_t(i / plane) % chw[0];
      normalised.data[i] = (normalised.data[i] - prog.inputMean[c]) / prog.inputStd[c];
    }
  }
  done = 0;
  rows.resize(images.shape[0]);
  std::iota(rows.begin(), rows.end(), 0);
  return begin(normalised);
}

std::string AnytimeSession::grow(std::vector<Array> &outputs) {
  if (done >= numSteps())
    return "every step has run (K = " + std::to_string(numSteps()) + ")";
  outputs.clear();
  if (std::string e = runStep(done + 1, outputs); !e.empty())
    return e;
  ++done;
  return "";
}

std::string AnytimeSession::drop(const std::vector<int64_t> &gone) {
  std::vector<int64_t> positions, kept;
  for (size_t p = 0; p < rows.size(); ++p)
    if (std::find(gone.begin(), gone.end(), rows[p]) == gone.end()) {
      positions.push_back(p);
      kept.push_back(rows[p]);
    }
  if (kept.size() == rows.size())
    return "";
  rows = std::move(kept);
  return keep(positions);
}

std::vector<int64_t> cumulativeStepMacs(const Program &program) {
  std::vector<int64_t> out;
  int64_t total = 0;
  for (const Step &step : program.steps)
    out.push_back(total += step.macs);
  return out;
}

int64_t lastStepWithin(const Program &program, double budget) {
  int64_t last = 0;
  for (int64_t macs : cumulativeStepMacs(program)) {
    if (double(macs) > budget)
      break;
    ++last;
  }
  return last;
}

namespace {
/// Top label and softmax confidence of row `n` of `logits` (N x classes).
std::pair<int64_t, double> topOf(const Array &logits, int64_t n) {
  int64_t classes = logits.shape[1];
  const float *row = &logits.data[n * classes];
  int64_t best = 0;
  for (int64_t c = 1; c < classes; ++c)
    if (row[c] > row[best])
      best = c;
  double sum = 0;
  for (int64_t c = 0; c < classes; ++c)
    sum += std::exp(double(row[c]) - row[best]);
  return {best, 1.0 / sum};
}
} // namespace

std::string answerAnytime(AnytimeSession &session, const Array &images,
                          const StopPolicy &policy,
                          std::vector<AnytimeAnswer> &answers) {
  using Clock = std::chrono::steady_clock;
  const Program &prog = session.program();
  int64_t K = session.numSteps();
  int64_t last = policy.lastStep > 0 ? std::min(policy.lastStep, K) : K;
  std::vector<int64_t> costs = cumulativeStepMacs(prog);
  Clock::time_point t0 = Clock::now();
  if (std::string e = session.start(images); !e.empty())
    return e;
  answers.assign(images.shape[0], AnytimeAnswer());
  for (int64_t k = 1; k <= last && !session.active().empty(); ++k) {
    std::vector<Array> outputs;
    if (std::string e = session.grow(outputs); !e.empty())
      return e;
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    const Step &step = prog.steps[k - 1];
    int64_t level = size_t(k) <= policy.levels.size() ? policy.levels[k - 1] : 1;
    int out = -1;
    for (size_t i = 0; i < step.outputs.size(); ++i)
      if (prog.outputs[step.outputs[i]].level == level)
        out = int(i);
    if (out < 0)
      return "step " + std::to_string(k) + " has no output at label level " +
             std::to_string(level);
    const Array &logits = outputs[out];
    double threshold = size_t(k) <= policy.thresholds.size()
                           ? policy.thresholds[k - 1]
                           : std::numeric_limits<double>::infinity();
    std::vector<int64_t> finished;
    const std::vector<int64_t> &active = session.active();
    for (size_t p = 0; p < active.size(); ++p) {
      auto [label, confidence] = topOf(logits, p);
      AnytimeAnswer &a = answers[active[p]];
      a.step = k;
      a.level = level;
      a.label = label;
      a.confidence = confidence;
      a.macs = costs[k - 1];
      a.ms = ms;
      int64_t classes = logits.shape[1];
      a.logits.assign(logits.data.begin() + p * classes,
                      logits.data.begin() + (p + 1) * classes);
      bool confident = (policy.confidence > 0 && confidence >= policy.confidence) ||
                       confidence >= threshold;
      if (confident || k == last)
        finished.push_back(active[p]);
    }
    if (std::string e = session.drop(finished); !e.empty())
      return e;
  }
  return "";
}

std::vector<int64_t> stopSteps(const std::vector<std::vector<double>> &confidences,
                               const std::vector<double> &thresholds) {
  std::vector<int64_t> steps;
  for (const std::vector<double> &c : confidences) {
    int64_t K = int64_t(c.size()), stop = K;
    for (int64_t k = 1; k < K; ++k)
      if (size_t(k) <= thresholds.size() && c[k - 1] >= thresholds[k - 1]) {
        stop = k;
        break;
      }
    steps.push_back(stop);
  }
  return steps;
}

namespace {
/// Thresholds for exit probabilities p_k proportional to q^(k-1): per step,
/// the images still growing with the highest confidences leave.
std::vector<double> thresholdsFor(const std::vector<std::vector<double>> &conf,
                                  double q) {
  size_t n = conf.size(), K = conf.front().size();
  std::vector<double> p(K);
  double sum = 0;
  for (size_t k = 0; k < K; ++k)
    sum += p[k] = std::pow(q, double(k));
  std::vector<bool> gone(n, false);
  std::vector<double> thresholds(K, -std::numeric_limits<double>::infinity());
  int64_t left = int64_t(n);
  for (size_t k = 0; k + 1 < K; ++k) {
    int64_t quota = std::min<int64_t>(left, std::llround(double(n) * p[k] / sum));
    std::vector<std::pair<double, size_t>> ranked;
    for (size_t i = 0; i < n; ++i)
      if (!gone[i])
        ranked.push_back({conf[i][k], i});
    std::sort(ranked.begin(), ranked.end(),
              [](auto &a, auto &b) { return a.first > b.first; });
    if (quota == 0) {
      thresholds[k] = std::numeric_limits<double>::infinity();
      continue;
    }
    thresholds[k] = ranked[quota - 1].first;
    for (auto &[c, i] : ranked)
      if (c >= thresholds[k] && left > 0) {
        gone[i] = true;
        --left;
      }
  }
  return thresholds;
}

double averageCost(const std::vector<std::vector<double>> &conf,
                   const std::vector<double> &thresholds,
                   const std::vector<int64_t> &stepCosts) {
  double total = 0;
  for (int64_t step : stopSteps(conf, thresholds))
    total += double(stepCosts[step - 1]);
  return conf.empty() ? 0 : total / double(conf.size());
}
} // namespace

std::string calibrateThresholds(const std::vector<std::vector<double>> &confidences,
                                const std::vector<int64_t> &stepCosts,
                                double budget, std::vector<double> &thresholds) {
  if (confidences.empty() || stepCosts.empty())
    return "calibration needs held-out images and the model's steps";
  size_t K = stepCosts.size();
  for (const std::vector<double> &c : confidences)
    if (c.size() != K)
      return "every image needs a confidence per step";
  if (budget < double(stepCosts.front()))
    return "a budget of " + std::to_string(int64_t(budget)) +
           " multiply-adds per image is below step 1's " +
           std::to_string(stepCosts.front());
  if (budget >= double(stepCosts.back()) || K == 1) {
    // Everything may grow to the last step.
    thresholds.assign(K, std::numeric_limits<double>::infinity());
    return "";
  }
  // The average cost grows with q (more images reach later steps): bisect
  // log q for the largest q whose cost fits the budget.
  double lo = std::log(1e-4), hi = std::log(1e4);
  std::vector<double> best = thresholdsFor(confidences, std::exp(lo));
  for (int i = 0; i < 60; ++i) {
    double mid = 0.5 * (lo + hi);
    std::vector<double> t = thresholdsFor(confidences, std::exp(mid));
    if (averageCost(confidences, t, stepCosts) <= budget) {
      lo = mid;
      best = t;
    } else {
      hi = mid;
    }
  }
  thresholds = best;
  return "";
}

std::string growAll(AnytimeSession &session, const Array &images,
                    int64_t batch, const std::vector<int64_t> &levels,
                    std::vector<std::vector<double>> &confidences,
                    std::vector<std::vector<int64_t>> &labels) {
  const Program &prog = session.program();
  int64_t n = images.shape.empty() ? 0 : images.shape[0];
  int64_t size = n ? int64_t(images.data.size()) / n : 0;
  int64_t K = session.numSteps();
  confidences.assign(n, std::vector<double>(K));
  labels.assign(n, std::vector<int64_t>(K));
  for (int64_t start = 0; start < n; start += batch) {
    int64_t len = std::min(batch, n - start);
    Array part;
    part.shape = images.shape;
    part.shape[0] = len;
    part.data.assign(images.data.begin() + start * size,
                     images.data.begin() + (start + len) * size);
    if (std::string e = session.start(part); !e.empty())
      return e;
    for (int64_t k = 1; k <= K; ++k) {
      std::vector<Array> outputs;
      if (std::string e = session.grow(outputs); !e.empty())
        return e;
      int64_t level = size_t(k) <= levels.size() ? levels[k - 1] : 1;
      const Step &step = prog.steps[k - 1];
      int out = -1;
      for (size_t i = 0; i < step.outputs.size(); ++i)
        if (prog.outputs[step.outputs[i]].level == level)
          out = int(i);
      if (out < 0)
        return "step " + std::to_string(k) + " has no output at label level " +
               std::to_string(level);
      for (int64_t i = 0; i < len; ++i) {
        auto [label, confidence] = topOf(outputs[out], i);
        confidences[start + i][k - 1] = confidence;
        labels[start + i][k - 1] = label;
      }
    }
  }
  return "";
}

std::string measureStepLatency(AnytimeSession &session, int64_t batch,
                               int64_t runs, std::vector<double> &msPerStep) {
  using Clock = std::chrono::steady_clock;
  const std::vector<int64_t> &chw = session.program().inputShape;
  Array images;
  images.shape = {batch, chw[0], chw[1], chw[2]};
  images.data.resize(batch * chw[0] * chw[1] * chw[2]);
  std::mt19937 gen(0);
  std::uniform_real_distribution<float> pixel(0, 1);
  for (float &v : images.data)
    v = pixel(gen);
  int64_t K = session.numSteps();
  std::vector<std::vector<double>> times(K);
  for (int64_t run = 0; run <= runs; ++run) {
    if (std::string e = session.start(images); !e.empty())
      return e;
    for (int64_t k = 1; k <= K; ++k) {
      std::vector<Array> outputs;
      Clock::time_point t0 = Clock::now();
      if (std::string e = session.grow(outputs); !e.empty())
        return e;
      if (run > 0) // the first growth warms up
        times[k - 1].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
  }
  msPerStep.clear();
  for (std::vector<double> &t : times) {
    std::sort(t.begin(), t.end());
    msPerStep.push_back(t[t.size() / 2]);
  }
  return "";
}

std::vector<int64_t> heldOutImages(int64_t count, int64_t validation,
                                   uint64_t seed) {
  std::mt19937_64 rng(seed ^ 0x5eed5eedull);
  std::vector<int64_t> order(count);
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), rng);
  order.resize(std::min(count, validation));
  return order;
}

Array imagesAt(const Dataset &data, const std::vector<int64_t> &indices) {
  Array a;
  a.shape = {int64_t(indices.size()), data.channels, data.height, data.width};
  int64_t size = data.imageSize();
  a.data.reserve(indices.size() * size);
  for (int64_t i : indices)
    a.data.insert(a.data.end(), data.images.begin() + i * size,
                  data.images.begin() + (i + 1) * size);
  return a;
}

} // namespace slice::rt
