//===- Trainer.cpp - anytime training, evaluation and prediction ----------===//
#include "Checkpoint.h"
#include "Executor.h"
#include "slice/Runtime/Anytime.h"
#include "slice/Runtime/Runtime.h"
#include "slice/Support/AtomicFile.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace slice::rt {

std::string setUpDevice(const RunOptions &options, at::Device &device) {
  int threads = options.threads > 0
                    ? options.threads
                    : int(std::max(1u, std::thread::hardware_concurrency()));
  // LibTorch defaults to one thread on these machines.
  at::set_num_threads(threads);
  try {
    device = at::Device(options.device);
  } catch (const std::exception &e) {
    return "unknown device '" + options.device + "' (cpu or cuda[:N])";
  }
  if (device.is_cuda() && !at::hasCUDA())
    return "--device " + options.device +
           ": this slice-run is built against a CPU-only LibTorch (configure "
           "with -DTorch_DIR=<CUDA LibTorch>/share/cmake/Torch)";
  return "";
}

namespace {
using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

/// The dataset after per-channel normalisation, as one tensor.
struct Prepared {
  at::Tensor images; // N x C x H x W, normalised
  at::Tensor labels; // N
};

Prepared prepare(const Dataset &data, const std::vector<int64_t> &indices,
                 const std::vector<float> &mean,
                 const std::vector<float> &stddev) {
  int64_t size = data.imageSize(), plane = data.height * data.width;
  at::Tensor images =
      at::empty({int64_t(indices.size()), data.channels, data.height, data.width});
  at::Tensor labels = at::empty({int64_t(indices.size())}, at::kLong);
  float *dst = images.data_ptr<float>();
  int64_t *lab = labels.data_ptr<int64_t>();
  for (size_t n = 0; n < indices.size(); ++n) {
    const float *src = &data.images[indices[n] * size];
    for (int64_t c = 0; c < data.channels; ++c)
      for (int64_t j = 0; j < plane; ++j)
        dst[n * size + c * plane + j] =
            (src[c * plane + j] - mean[c]) / stddev[c];
    lab[n] = data.labels[indices[n]];
  }
  return {images, labels};
}

/// Random crop with zero padding and horizontal flip (paper appendix A).
at::Tensor augment(const at::Tensor &batch, int64_t padding, bool flip,
                   std::mt19937_64 &rng) {
  if (padding == 0 && !flip)
    return batch;
  int64_t n = batch.size(0), c = batch.size(1), h = batch.size(2),
          w = batch.size(3);
  at::Tensor out = at::zeros_like(batch);
  const float *src = batch.data_ptr<float>();
  float *dst = out.data_ptr<float>();
  std::uniform_int_distribution<int64_t> shift(-padding, padding);
  std::bernoulli_distribution coin(0.5);
  for (int64_t i = 0; i < n; ++i) {
    int64_t dy = padding ? shift(rng) : 0, dx = padding ? shift(rng) : 0;
    bool mirror = flip && coin(rng);
    for (int64_t ch = 0; ch < c; ++ch)
      for (int64_t y = 0; y < h; ++y) {
        int64_t sy = y + dy;
        if (sy < 0 || sy >= h)
          continue;
        for (int64_t x = 0; x < w; ++x) {
          int64_t sx = (mirror ? w - 1 - x : x) + dx;
          if (sx < 0 || sx >= w)
            continue;
          dst[((i * c + ch) * h + y) * w + x] = src[((i * c + ch) * h + sy) * w + sx];
        }
      }
  }
  return out;
}

at::Tensor crossEntropy(const at::Tensor &logits, const at::Tensor &labels) {
  return at::nll_loss(at::log_softmax(logits, 1), labels);
}

/// Output index per (sub-network k, level d), -1 when absent.
std::vector<std::vector<int>> outputIndex(const Program &program) {
  int64_t levels = std::max<int64_t>(1, program.levels);
  std::vector<std::vector<int>> index(program.subnets,
                                      std::vector<int>(levels, -1));
  for (size_t i = 0; i < program.outputs.size(); ++i) {
    const OutputInfo &o = program.outputs[i];
    if (o.subnet >= 1 && o.subnet <= program.subnets && o.level >= 1 &&
        o.level <= levels)
      index[o.subnet - 1][o.level - 1] = int(i);
  }
  return index;
}

/// Outputs that answer with fine labels (level 1), per sub-network.
std::vector<int> fineOutputs(const Program &program) {
  std::vector<int> byK;
  for (const auto &levels : outputIndex(program))
    byK.push_back(levels[0]);
  return byK;
}

/// For every level, the label of each fine class at that level.
std::vector<at::Tensor> levelLookups(const Program &program, int64_t classes,
                                     at::Device device) {
  std::vector<int64_t> current(classes);
  for (int64_t i = 0; i < classes; ++i)
    current[i] = i;
  std::vector<at::Tensor> lookups;
  auto push = [&] {
    lookups.push_back(
        at::from_blob(current.data(), {classes}, at::kLong).clone().to(device));
  };
  push();
  for (const std::vector<int64_t> &parents : program.labelParents) {
    for (int64_t &label : current)
      label = parents.at(label);
    push();
  }
  return lookups;
}

std::string checkLabels(const Program &program, const Dataset &data) {
  if (program.inputShape !=
      std::vector<int64_t>{data.channels, data.height, data.width})
    return "the model takes " + std::to_string(program.inputShape[0]) + "x" +
           std::to_string(program.inputShape[1]) + "x" +
           std::to_string(program.inputShape[2]) + " images, " + data.name +
           " has " + std::to_string(data.channels) + "x" +
           std::to_string(data.height) + "x" + std::to_string(data.width);
  for (const OutputInfo &o : program.outputs) {
    int64_t expected = data.classes;
    if (o.level > 1 && size_t(o.level) <= program.labelNames.size())
      expected = program.labelNames[o.level - 1].size();
    if (o.level == 1 ? o.classes < expected : o.classes != expected)
      return "sub-network " + std::to_string(o.subnet) + " level " +
             std::to_string(o.level) + " predicts " +
             std::to_string(o.classes) + " classes, " + data.name + " has " +
             std::to_string(expected);
  }
  if (!program.labelNames.empty() &&
      int64_t(program.labelNames[0].size()) != data.classes)
    return "the model's taxonomy lists " +
           std::to_string(program.labelNames[0].size()) + " classes, " +
           data.name + " has " + std::to_string(data.classes);
  return "";
}

/// Top-1 errors of every sub-network at every level over `set`:
/// result[k-1][d-1].
std::vector<std::vector<double>> errors(Executor &model, const Prepared &set,
                                        at::Device device, int64_t batch,
                                        int64_t classes) {
  const Program &program = model.program();
  std::vector<std::vector<int>> index = outputIndex(program);
  std::vector<at::Tensor> lookups = levelLookups(program, classes, device);
  size_t levels = index.empty() ? 1 : index[0].size();
  std::vector<std::vector<int64_t>> wrong(program.subnets,
                                          std::vector<int64_t>(levels, 0));
  at::NoGradGuard noGrad;
  int64_t n = set.images.size(0);
  for (int64_t start = 0; start < n; start += batch) {
    int64_t len = std::min(batch, n - start);
    at::Tensor x = set.images.narrow(0, start, len).to(device);
    at::Tensor y = set.labels.narrow(0, start, len).to(device);
    auto score = [&](const std::vector<at::Tensor> &outs, int64_t k) {
      for (size_t d = 0; d < levels; ++d) {
        int out = index[k - 1][d];
        if (out < 0 || !outs[out].defined() || d >= lookups.size())
          continue;
        at::Tensor target = lookups[d].index_select(0, y);
        wrong[k - 1][d] += outs[out].argmax(1).ne(target).sum().item<int64_t>();
      }
    };
    if (program.form == Form::Inclusive) {
      for (int64_t k = 1; k <= program.subnets; ++k)
        score(model.forward(x, k, false), k);
    } else {
      std::vector<at::Tensor> outs = model.forward(x, 0, false);
      for (int64_t k = 1; k <= program.subnets; ++k)
        score(outs, k);
    }
  }
  std::vector<std::vector<double>> out(program.subnets);
  for (int64_t k = 0; k < program.subnets; ++k)
    for (int64_t w : wrong[k])
      out[k].push_back(n ? double(w) / double(n) : 0.0);
  return out;
}

/// SGD with (Nesterov) momentum, no dampening, L2 weight decay: PyTorch's
/// torch.optim.SGD update, written out so its state checkpoints by name.
struct Sgd {
  std::vector<at::Tensor> params, buffers;
  std::vector<std::string> names;
  double momentum, weightDecay;
  bool nesterov;

  void step(double lr) {
    at::NoGradGuard noGrad;
    for (size_t i = 0; i < params.size(); ++i) {
      at::Tensor &p = params[i];
      if (!p.grad().defined())
        continue;
      at::Tensor d = p.grad();
      if (weightDecay != 0)
        d = d.add(p, weightDecay);
      if (momentum != 0) {
        if (!buffers[i].defined())
          buffers[i] = d.clone();
        else
          buffers[i].mul_(momentum).add_(d);
        d = nesterov ? d.add(buffers[i], momentum) : buffers[i];
      }
      p.add_(d, -lr);
      p.grad().zero_();
    }
  }
};

std::vector<float> toVector(const at::Tensor &t) {
  at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
  return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

void fromVector(at::Tensor &t, const std::vector<float> &v) {
  if (int64_t(v.size()) != t.numel())
    throw RuntimeError("stored tensor of " + std::to_string(v.size()) +
                       " values for a tensor of " + std::to_string(t.numel()));
  at::NoGradGuard noGrad;
  at::Tensor src = at::from_blob(const_cast<float *>(v.data()), t.sizes(), at::kFloat);
  t.copy_(src);
}

class Progress {
public:
  Progress(bool enabled, int64_t total) : tty(enabled && isatty(2)), total(total) {}

  void update(int64_t done, int64_t epoch, int64_t epochs, double loss,
              const std::vector<double> &acc) {
    if (!tty)
      return;
    double elapsed = seconds(start), rate = done / std::max(elapsed, 1e-9);
    double eta = (total - done) / std::max(rate, 1e-9);
    int width = 24, filled = int(width * double(done) / double(total));
    std::fprintf(stderr, "\r[%s%s] epoch %lld/%lld  %3.0f%%  ETA %4.0fs  loss %.3f  acc",
                 std::string(filled, '#').c_str(),
                 std::string(width - filled, '.').c_str(), (long long)epoch,
                 (long long)epochs, 100.0 * done / total, eta, loss);
    for (double a : acc)
      std::fprintf(stderr, " %.2f", a);
    std::fprintf(stderr, "\033[K");
    std::fflush(stderr);
  }
  void finishLine() {
    if (tty)
      std::fprintf(stderr, "\n");
  }
  bool isTty() const { return tty; }

private:
  bool tty;
  int64_t total;
  Clock::time_point start = Clock::now();
};
} // namespace

std::string train(const Program &program, const Dataset &data,
                  const TrainOptions &options, TrainResult &result) {
  at::Device device(at::kCPU);
  if (options.run.threads < 0)
    return "--threads must not be negative (0: one per core)";
  if (std::string e = setUpDevice(options.run, device); !e.empty())
    return e;
  if (std::string e = checkLabels(program, data); !e.empty())
    return e;
  if (options.validation < 0 || options.validation >= data.count)
    return "--validation " + std::to_string(options.validation) +
           " must leave training images (the set has " +
           std::to_string(data.count) + ")";
  if (options.batch < 1 || options.epochs < 1)
    return "--batch and --epochs must be positive";
  if (options.cropPadding < 0)
    return "--crop-padding must not be negative";
  // The schedule's numbers: each checked, none silently taken.
  if (!std::isfinite(options.lr) || options.lr <= 0)
    return "--lr " + std::to_string(options.lr) + ": must be positive";
  if (!std::isfinite(options.momentum) || options.momentum < 0 ||
      options.momentum >= 1)
    return "--momentum must be in [0, 1)";
  if (!std::isfinite(options.weightDecay) || options.weightDecay < 0)
    return "--weight-decay must not be negative";
  if (options.maxSteps < 0)
    return "--max-steps must not be negative (0: the epochs decide)";
  if (options.stopAfterEpochs < 0)
    return "--stop-after-epochs must not be negative (0: run to the end)";
  for (double m : options.milestones)
    if (!std::isfinite(m) || m <= 0 || m > 1)
      return "--milestones are fractions of the training, in (0, 1]";
  if (options.cropPadding > data.height || options.cropPadding > data.width)
    return "--crop-padding " + std::to_string(options.cropPadding) +
           " is larger than the images (" + std::to_string(data.height) + "x" +
           std::to_string(data.width) + ")";
  if (options.resume && options.checkpoint.empty())
    return "--resume continues from --checkpoint FILE: give one";
  if (!options.checkpoint.empty()) {
    // Find an unwritable checkpoint path now, not after the first epoch
    // (the probe's temporary file is removed at once).
    AtomicFile probe;
    if (std::string e = probe.open(options.checkpoint); !e.empty())
      return "--checkpoint " + e;
  }
  try {
    // Held-out validation images, chosen once from the seed.
    std::vector<int64_t> valIdx =
        heldOutImages(data.count, options.validation, options.run.seed);
    std::vector<bool> held(data.count, false);
    for (int64_t i : valIdx)
      held[i] = true;
    // The rest in the order the same shuffle gives them.
    std::vector<int64_t> trainIdx =
        heldOutImages(data.count, data.count, options.run.seed);
    trainIdx.erase(std::remove_if(trainIdx.begin(), trainIdx.end(),
                                  [&](int64_t i) { return held[i]; }),
                   trainIdx.end());
    // Normalise with the statistics of the images trained on only.
    std::vector<float> mean, stddev;
    {
      Dataset trainOnly;
      trainOnly.count = trainIdx.size();
      trainOnly.channels = data.channels;
      trainOnly.height = data.height;
      trainOnly.width = data.width;
      trainOnly.images.reserve(trainIdx.size() * data.imageSize());
      for (int64_t i : trainIdx)
        trainOnly.images.insert(trainOnly.images.end(),
                                data.images.begin() + i * data.imageSize(),
                                data.images.begin() + (i + 1) * data.imageSize());
      channelStats(trainOnly, mean, stddev);
    }
    result.mean = mean;
    result.stddev = stddev;
    Prepared trainSet = prepare(data, trainIdx, mean, stddev);
    Prepared valSet = prepare(data, valIdx, mean, stddev);

    Executor model(program, device, at::kFloat, options.run.seed);
    Sgd sgd;
    for (size_t i = 0; i < program.params.size(); ++i)
      if (!program.params[i].buffer) {
        sgd.params.push_back(model.params()[i]);
        sgd.names.push_back(program.params[i].name);
      }
    sgd.buffers.resize(sgd.params.size());
    sgd.momentum = options.momentum;
    sgd.weightDecay = options.weightDecay;
    sgd.nesterov = options.nesterov;

    std::mt19937_64 rng(options.run.seed);
    int64_t startEpoch = 0, step = 0;
    std::ostringstream configText;
    configText << data.name << " n=" << data.count << " val=" << options.validation
               << " batch=" << options.batch << " epochs=" << options.epochs
               << " max-steps=" << options.maxSteps << " seed=" << options.run.seed
               << " lr=" << options.lr << " model=" << program.name;
    std::string config = configText.str();
    if (options.resume && !options.checkpoint.empty() &&
        access(options.checkpoint.c_str(), F_OK) == 0) {
      Checkpoint ckpt;
      if (std::string e = readCheckpoint(options.checkpoint, ckpt); !e.empty())
        return e;
      if (ckpt.config != config)
        return options.checkpoint + ": belongs to another run (" + ckpt.config +
               "); this run is " + config;
      for (size_t i = 0; i < program.params.size(); ++i) {
        auto it = ckpt.tensors.find(program.params[i].name);
        if (it == ckpt.tensors.end() ||
            int64_t(it->second.size()) != model.params()[i].numel())
          return options.checkpoint + ": does not match the model (parameter '" +
                 program.params[i].name + "')";
        fromVector(model.params()[i], it->second);
      }
      for (size_t i = 0; i < sgd.params.size(); ++i) {
        auto it = ckpt.tensors.find("momentum:" + sgd.names[i]);
        if (it != ckpt.tensors.end()) {
          if (int64_t(it->second.size()) != sgd.params[i].numel())
            return options.checkpoint + ": momentum of '" + sgd.names[i] +
                   "' does not match the parameter";
          sgd.buffers[i] = at::empty_like(sgd.params[i]).detach();
          fromVector(sgd.buffers[i], it->second);
        }
      }
      // A checkpoint is written after an epoch of this run's schedule: an
      // epoch outside 1..epochs is not one of ours, whatever its checksum.
      if (ckpt.epoch < 1 || ckpt.epoch > options.epochs)
        return options.checkpoint + ": epoch " + std::to_string(ckpt.epoch) +
               " is outside this run's 1.." + std::to_string(options.epochs);
      std::istringstream(ckpt.rng) >> rng;
      startEpoch = ckpt.epoch;
      step = ckpt.step;
      std::fprintf(stderr, "resumed from %s after epoch %lld\n",
                   options.checkpoint.c_str(), (long long)startEpoch);
    }

    std::vector<int> outputOf = fineOutputs(program);
    std::vector<at::Tensor> lookups = levelLookups(program, data.classes, device);
    int64_t n = trainSet.images.size(0);
    int64_t perEpoch = (n + options.batch - 1) / options.batch;
    int64_t totalSteps = perEpoch * options.epochs;
    if (options.maxSteps > 0)
      totalSteps = std::min(totalSteps, options.maxSteps);
    Progress progress(options.progress, totalSteps);
    std::vector<double> runningAcc(program.subnets, 0.0);
    double runningLoss = 0;
    bool firstStep = true;
    // The schedule runs over the steps actually taken, so a run cut short
    // by --max-steps still anneals.
    auto lrAt = [&](int64_t atStep) {
      double lr = options.lr;
      for (double m : options.milestones)
        if (atStep >= int64_t(std::llround(m * double(totalSteps))))
          lr *= 0.1;
      return lr;
    };

    int64_t endEpoch = options.stopAfterEpochs > 0
                           ? std::min(options.epochs, options.stopAfterEpochs)
                           : options.epochs;
    for (int64_t epoch = startEpoch; epoch < endEpoch && step < totalSteps;
         ++epoch) {
      double lr = lrAt(step);
      std::vector<int64_t> perm(n);
      std::iota(perm.begin(), perm.end(), 0);
      std::shuffle(perm.begin(), perm.end(), rng);
      at::Tensor permT = at::from_blob(perm.data(), {n}, at::kLong).clone();
      Clock::time_point epochStart = Clock::now();
      for (int64_t b = 0; b < perEpoch && step < totalSteps; ++b, ++step) {
        int64_t len = std::min(options.batch, n - b * options.batch);
        at::Tensor idx = permT.narrow(0, b * options.batch, len);
        at::Tensor x = augment(trainSet.images.index_select(0, idx).contiguous(),
                               options.cropPadding, options.flip, rng)
                           .to(device);
        at::Tensor y = trainSet.labels.index_select(0, idx).to(device);
        double lossValue = 0;
        // Loss (1), or (2) with hierarchical heads: every output against
        // the labels of its level.
        auto account = [&](const std::vector<at::Tensor> &outs, int64_t k,
                           at::Tensor &loss) {
          for (size_t o = 0; o < outs.size(); ++o) {
            if (!outs[o].defined())
              continue;
            if (program.form == Form::Inclusive && program.outputs[o].subnet != k)
              continue;
            int64_t level = program.outputs[o].level;
            at::Tensor target =
                level > 1 ? lookups.at(level - 1).index_select(0, y) : y;
            at::Tensor l = crossEntropy(outs[o], target);
            loss = loss.defined() ? loss + l : l;
          }
          for (int64_t j = 1; j <= program.subnets; ++j) {
            if (program.form == Form::Inclusive && j != k)
              continue;
            int out = outputOf[j - 1];
            if (out >= 0 && outs[out].defined()) {
              double acc = outs[out].argmax(1).eq(y).to(at::kFloat).mean().item<double>();
              runningAcc[j - 1] = 0.95 * runningAcc[j - 1] + 0.05 * acc;
            }
          }
        };
        if (program.form == Form::Inclusive) {
          // K passes: each sub-network has its own features and BatchNorm.
          for (int64_t k = 1; k <= program.subnets; ++k) {
            at::Tensor loss;
            account(model.forward(x, k, true), k, loss);
            loss.backward();
            lossValue += loss.item<double>();
          }
        } else {
          at::Tensor loss;
          account(model.forward(x, 0, true), 0, loss);
          loss.backward();
          lossValue = loss.item<double>();
        }
        if (!std::isfinite(lossValue))
          return "training diverged at step " + std::to_string(step) +
                 " (loss " + std::to_string(lossValue) + "); lower --lr";
        lr = lrAt(step);
        sgd.step(lr);
        runningLoss = firstStep ? lossValue : 0.95 * runningLoss + 0.05 * lossValue;
        firstStep = false;
        progress.update(step + 1, epoch + 1, options.epochs, runningLoss, runningAcc);
      }
      progress.finishLine();
      std::vector<std::vector<double>> valLevels;
      if (valSet.images.size(0) > 0)
        valLevels = errors(model, valSet, device, 256, data.classes);
      std::vector<double> val;
      for (const auto &levels : valLevels)
        val.push_back(levels.front());
      std::fprintf(stderr, "epoch %lld/%lld  lr %.4g  loss %.4f  %.1fs  val error",
                   (long long)epoch + 1, (long long)options.epochs, lr,
                   runningLoss, seconds(epochStart));
      for (double e : val)
        std::fprintf(stderr, " %.4f", e);
      std::fprintf(stderr, "\n");
      result.validation.clear();
      for (size_t k = 0; k < val.size(); ++k) {
        SubnetReport r;
        r.subnet = k + 1;
        r.error = val[k];
        r.levelErrors = valLevels[k];
        if (k < program.subnetMacs.size()) {
          r.macs = program.subnetMacs[k];
          r.params = program.subnetParams[k];
        }
        result.validation.push_back(r);
      }
      if (!options.checkpoint.empty()) {
        Checkpoint ckpt;
        ckpt.epoch = epoch + 1;
        ckpt.step = step;
        std::ostringstream rngState;
        rngState << rng;
        ckpt.rng = rngState.str();
        ckpt.config = config;
        for (size_t i = 0; i < program.params.size(); ++i) {
          ckpt.tensors[program.params[i].name] = toVector(model.params()[i]);
          ckpt.shapes[program.params[i].name] = program.params[i].shape;
        }
        for (size_t i = 0; i < sgd.params.size(); ++i)
          if (sgd.buffers[i].defined()) {
            ckpt.tensors["momentum:" + sgd.names[i]] = toVector(sgd.buffers[i]);
            ckpt.shapes["momentum:" + sgd.names[i]] = sgd.buffers[i].sizes().vec();
          }
        if (std::string e = writeCheckpoint(options.checkpoint, ckpt); !e.empty())
          return e;
      }
    }
    result.steps = step;
    for (size_t i = 0; i < program.params.size(); ++i)
      result.params[program.params[i].name] = toVector(model.params()[i]);
  } catch (const std::exception &e) {
    return errorText(e);
  }
  return "";
}

std::string evaluate(const std::vector<Program> &subnets, const Dataset &data,
                     const EvalOptions &options,
                     std::vector<SubnetReport> &reports) {
  at::Device device(at::kCPU);
  if (std::string e = setUpDevice(options.run, device); !e.empty())
    return e;
  try {
    std::vector<float> mean = options.run.mean, stddev = options.run.stddev;
    if (mean.empty() && !subnets.empty()) {
      mean = subnets.front().inputMean;
      stddev = subnets.front().inputStd;
    }
    if (mean.empty())
      channelStats(data, mean, stddev);
    std::vector<int64_t> all(data.count);
    std::iota(all.begin(), all.end(), 0);
    for (size_t k = 0; k < subnets.size(); ++k) {
      const Program &program = subnets[k];
      if (std::string e = checkLabels(program, data); !e.empty())
        return e;
      Prepared set = prepare(data, all, mean, stddev);
      Executor model(program, device, at::kFloat, options.run.seed);
      std::vector<std::vector<double>> err =
          errors(model, set, device, options.batch, data.classes);
      SubnetReport r;
      r.subnet = k + 1;
      r.levelErrors = err.empty() ? std::vector<double>{} : err.front();
      r.error = r.levelErrors.empty() ? 0 : r.levelErrors.front();
      r.macs = program.subnetMacs.empty() ? 0 : program.subnetMacs.front();
      r.params = program.subnetParams.empty() ? 0 : program.subnetParams.front();
      // Latency of one batch, after a warm-up.
      at::InferenceMode inference;
      int64_t len = std::min<int64_t>(options.batch, set.images.size(0));
      at::Tensor x = set.images.narrow(0, 0, len).to(device);
      model.forward(x, 0, false);
      std::vector<double> times;
      for (int64_t i = 0; i < std::max<int64_t>(1, options.latencyRuns); ++i) {
        Clock::time_point t0 = Clock::now();
        model.forward(x, 0, false);
        times.push_back(seconds(t0) * 1000.0);
      }
      std::sort(times.begin(), times.end());
      r.latencyMs = times[times.size() / 2];
      r.latencyBatch = len;
      reports.push_back(r);
    }
  } catch (const std::exception &e) {
    return errorText(e);
  }
  return "";
}

std::string predict(const Program &program, const Dataset &data,
                    const RunOptions &options, int64_t level,
                    std::vector<Prediction> &predictions) {
  at::Device device(at::kCPU);
  if (std::string e = setUpDevice(options, device); !e.empty())
    return e;
  try {
    if (std::string e = checkLabels(program, data); !e.empty())
      return e;
    for (int64_t label : data.labels)
      if (label < 0 || label >= data.classes)
        return data.name + ": label " + std::to_string(label) +
               " outside [0, " + std::to_string(data.classes) + ")";
    std::vector<float> mean = options.mean, stddev = options.stddev;
    if (mean.empty()) {
      mean = program.inputMean;
      stddev = program.inputStd;
    }
    if (mean.empty())
      channelStats(data, mean, stddev);
    std::vector<int64_t> all(data.count);
    std::iota(all.begin(), all.end(), 0);
    Prepared set = prepare(data, all, mean, stddev);
    Executor model(program, device, at::kFloat, options.seed);
    at::InferenceMode inference;
    std::vector<std::vector<int>> index = outputIndex(program);
    if (index.empty() || level < 1 || size_t(level) > index[0].size() ||
        index[0][level - 1] < 0)
      return "the model has no output at label level " + std::to_string(level);
    int out = index[0][level - 1];
    for (int64_t start = 0; start < set.images.size(0); start += 256) {
      int64_t len = std::min<int64_t>(256, set.images.size(0) - start);
      std::vector<at::Tensor> outs =
          model.forward(set.images.narrow(0, start, len).to(device), 0, false);
      at::Tensor probs = at::softmax(outs[out], 1).to(at::kCPU);
      auto [conf, label] = probs.max(1);
      for (int64_t i = 0; i < len; ++i)
        predictions.push_back({label[i].item<int64_t>(), conf[i].item<double>()});
    }
  } catch (const std::exception &e) {
    return errorText(e);
  }
  return "";
}

std::string forward(const Program &program, const Array &input,
                    const RunOptions &options, std::vector<Array> &outputs) {
  at::Device device(at::kCPU);
  if (std::string e = setUpDevice(options, device); !e.empty())
    return e;
  const std::vector<int64_t> &chw = program.inputShape;
  auto shapeText = [](const std::vector<int64_t> &shape) {
    std::string text;
    for (size_t i = 0; i < shape.size(); ++i)
      text += (i ? "x" : "") + std::to_string(shape[i]);
    return text;
  };
  if (input.shape.size() != 4 ||
      !std::equal(chw.begin(), chw.end(), input.shape.begin() + 1))
    return "the model takes N x " + shapeText(chw) + " inputs, got " +
           (input.shape.empty() ? std::string("a scalar")
                                : shapeText(input.shape));
  try {
    std::vector<float> mean = options.mean, stddev = options.stddev;
    if (mean.empty()) {
      mean = program.inputMean;
      stddev = program.inputStd;
    }
    at::Tensor x = at::from_blob(const_cast<float *>(input.data.data()),
                                 input.shape, at::kFloat)
                       .clone();
    if (!mean.empty()) {
      // The same arithmetic as prepare(): (x - mean[c]) / stddev[c].
      at::Tensor m = at::from_blob(mean.data(), {1, int64_t(mean.size()), 1, 1},
                                   at::kFloat);
      at::Tensor s = at::from_blob(stddev.data(),
                                   {1, int64_t(stddev.size()), 1, 1}, at::kFloat);
      x = (x - m) / s;
    }
    Executor model(program, device, at::kFloat, options.seed);
    at::InferenceMode inference;
    x = x.to(device);
    std::vector<at::Tensor> results(program.outputs.size());
    if (program.form == Form::Inclusive) {
      // One pass per sub-network; pass k computes the heads of k.
      for (int64_t k = 1; k <= program.subnets; ++k) {
        std::vector<at::Tensor> outs = model.forward(x, k, false);
        for (size_t i = 0; i < outs.size(); ++i)
          if (program.outputs[i].subnet == k)
            results[i] = outs[i];
      }
    } else {
      results = model.forward(x, 0, false);
    }
    outputs.clear();
    for (size_t i = 0; i < results.size(); ++i) {
      if (!results[i].defined())
        return "output " + std::to_string(i) + " (sub-network " +
               std::to_string(program.outputs[i].subnet) +
               ") was not computed";
      at::Tensor t = results[i].to(at::kCPU).to(at::kFloat).contiguous();
      Array a;
      a.shape = t.sizes().vec();
      a.data.assign(t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
      outputs.push_back(std::move(a));
    }
  } catch (const std::exception &e) {
    return errorText(e);
  }
  return "";
}

} // namespace slice::rt
