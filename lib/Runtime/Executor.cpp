//===- Executor.cpp - running a Program on ATen ---------------------------===//
//
// One ATen kernel per op of the flat model. The compiler has already done
// everything structural: blocks are written out, identical branches run as
// one grouped chain whose weights are concatenations of the members'
// (recomputed per call, so gradients reach every member's parameters), and
// each pass of the I form reads views of the shared parameters.
//
//===----------------------------------------------------------------------===//
#include "Executor.h"

#include <cstdlib>
#include <limits>
#include <sstream>

namespace slice::rt {

uint64_t initSeed(uint64_t seed, const std::string &name) {
  uint64_t h = 1469598103934665603ull ^ (seed * 0x9E3779B97F4A7C15ull);
  for (unsigned char c : name) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

namespace {
int64_t product(const std::vector<int64_t> &v, size_t from) {
  int64_t p = 1;
  for (size_t i = from; i < v.size(); ++i)
    p *= v[i];
  return p;
}

at::Tensor createParam(const ParamSpec &spec, at::ScalarType dtype,
                       uint64_t seed) {
  at::TensorOptions options = at::TensorOptions().dtype(dtype);
  if (!spec.value.empty()) {
    at::Tensor value = at::from_blob(const_cast<float *>(spec.value.data()),
                                     spec.shape, at::kFloat);
    return value.to(dtype).clone();
  }
  at::Tensor t = at::empty(spec.shape, options);
  // Fan-in of a [out, in, kh, kw] or [out, in] weight.
  int64_t fanIn = spec.shape.size() >= 2 ? product(spec.shape, 1) : 1;
  at::Generator gen =
      at::make_generator<at::CPUGeneratorImpl>(initSeed(seed, spec.name));
  switch (spec.init) {
  case Init::Zeros:
    return t.zero_();
  case Init::Ones:
    return t.fill_(1.0);
  case Init::Msra:
    return t.normal_(0.0, std::sqrt(2.0 / double(fanIn)), gen);
  case Init::Normal:
    return t.normal_(0.0, 0.01, gen);
  case Init::Uniform: {
    double bound = 1.0 / std::sqrt(double(fanIn));
    return t.uniform_(-bound, bound, gen);
  }
  }
  return t;
}

} // namespace

Executor::Executor(const Program &program, at::Device device,
                   at::ScalarType dtype, uint64_t seed)
    : prog(program), device(device) {
  for (const ParamSpec &spec : prog.params) {
    at::Tensor t;
    try {
      t = createParam(spec, dtype, seed).to(device);
    } catch (const std::exception &e) {
      // Named: a parameter too large for memory is the model's, not a
      // layer's output.
      throw RuntimeError("parameter @" + spec.name + ": " + errorText(e));
    }
    if (!spec.buffer)
      t.set_requires_grad(true);
    tensors.push_back(t);
  }
  producer.assign(prog.numValues, nullptr);
  for (const Pass &pass : prog.passes)
    for (const Instr &instr : pass.body)
      producer[instr.result] = &instr;
  for (const Step &step : prog.steps)
    for (const Instr &instr : step.pass.body)
      producer[instr.result] = &instr;
}

std::vector<at::Tensor> Executor::step(int64_t k, const at::Tensor &images,
                                       std::map<int, at::Tensor> &state) {
  if (k < 1 || k > int64_t(prog.steps.size()))
    throw RuntimeError("step " + std::to_string(k) + " does not exist: the "
                       "model grows in " + std::to_string(prog.steps.size()) +
                       " steps");
  const Step &s = prog.steps[k - 1];
  training = false;
  std::vector<at::Tensor> values(prog.numValues);
  values[s.pass.inputs.front()] = images;
  for (size_t i = 0; i < s.stateIn.size(); ++i) {
    auto it = state.find(s.stateIn[i]);
    if (it == state.end())
      throw RuntimeError("step " + std::to_string(k) + " needs state " +
                         std::to_string(s.stateIn[i]) +
                         " that no earlier step left");
    values[s.pass.inputs[i + 1]] = it->second;
  }
  run(s.pass, values);
  // What no later step reads is dropped as soon as it is consumed.
  for (int id : s.stateIn)
    state.erase(id);
  std::vector<at::Tensor> outputs;
  for (size_t i = 0; i < s.pass.results.size(); ++i) {
    at::Tensor v = values[s.pass.results[i]];
    if (i < s.outputs.size())
      outputs.push_back(v);
    else
      state[s.stateOut[i - s.outputs.size()]] = v;
  }
  return outputs;
}

std::vector<at::Tensor> Executor::trainable() const {
  std::vector<at::Tensor> out;
  for (size_t i = 0; i < tensors.size(); ++i)
    if (!prog.params[i].buffer)
      out.push_back(tensors[i]);
  return out;
}

std::vector<at::Tensor> Executor::forward(const at::Tensor &images,
                                          int64_t subnet, bool train) {
  training = train;
  std::vector<at::Tensor> outputs(prog.outputs.size());
  for (size_t p = 0; p < prog.passes.size(); ++p) {
    if (prog.form == Form::Inclusive && subnet > 0 &&
        int64_t(p) != subnet - 1)
      continue;
    const Pass &pass = prog.passes[p];
    std::vector<at::Tensor> values(prog.numValues);
    values[pass.inputs.front()] = images;
    run(pass, values);
    for (size_t i = 0; i < prog.outputs.size(); ++i)
      if (prog.outputs[i].pass == int(p))
        outputs[i] = values[pass.results[prog.outputs[i].result]];
  }
  return outputs;
}

void Executor::run(const Pass &pass, std::vector<at::Tensor> &values) {
  for (const Instr &instr : pass.body) {
    try {
      values[instr.result] = exec(instr, values);
    } catch (const RuntimeError &) {
      throw;
    } catch (const std::exception &e) {
      throw RuntimeError(instr.location + ": " + errorText(e));
    }
  }
}

/// Output extent of a pooling window, as the IR infers it.
static int64_t poolExtent(int64_t in, int64_t kernel, int64_t stride,
                          int64_t before, int64_t after, int64_t dilation,
                          bool ceilMode) {
  int64_t span = dilation * (kernel - 1) + 1;
  int64_t num = in + before + after - span;
  int64_t out = (ceilMode ? (num + stride - 1) / stride : num / stride) + 1;
  if (ceilMode && (out - 1) * stride >= in + before)
    --out;
  return out;
}

at::Tensor Executor::pool(const Instr &instr, const at::Tensor &x) {
  const auto &p = instr.padding;
  bool isMax = instr.kind == OpKind::MaxPool;
  std::vector<int64_t> dil = isMax ? instr.dilations : std::vector<int64_t>{1, 1};
  bool symmetric = p[0] == p[2] && p[1] == p[3] && 2 * p[0] <= instr.kernel[0] &&
                   2 * p[1] <= instr.kernel[1];
  if (symmetric && (isMax || instr.countIncludePad || (p[0] == 0 && p[1] == 0))) {
    if (isMax)
      return at::max_pool2d(x, instr.kernel, instr.strides, {p[0], p[1]}, dil,
                            instr.ceilMode);
    return at::avg_pool2d(x, instr.kernel, instr.strides, {p[0], p[1]},
                          instr.ceilMode, instr.countIncludePad);
  }
  // General case (asymmetric or large padding, padding excluded from the
  // divisor): pad explicitly, plus whatever the last (ceil-mode) window
  // overhangs, pool without padding and keep the IR's output extent.
  int64_t h = x.size(2), w = x.size(3);
  int64_t oh = poolExtent(h, instr.kernel[0], instr.strides[0], p[0], p[2],
                          dil[0], instr.ceilMode);
  int64_t ow = poolExtent(w, instr.kernel[1], instr.strides[1], p[1], p[3],
                          dil[1], instr.ceilMode);
  int64_t needH = (oh - 1) * instr.strides[0] + dil[0] * (instr.kernel[0] - 1) + 1;
  int64_t needW = (ow - 1) * instr.strides[1] + dil[1] * (instr.kernel[1] - 1) + 1;
  int64_t extraH = std::max<int64_t>(0, needH - (h + p[0] + p[2]));
  int64_t extraW = std::max<int64_t>(0, needW - (w + p[1] + p[3]));
  std::vector<int64_t> pads = {p[1], p[3] + extraW, p[0], p[2] + extraH};
  if (isMax) {
    at::Tensor padded = at::constant_pad_nd(
        x, pads, -std::numeric_limits<double>::infinity());
    return at::max_pool2d(padded, instr.kernel, instr.strides, {0, 0}, dil, false)
        .narrow(2, 0, oh)
        .narrow(3, 0, ow);
  }
  // Average = window sum / number of counted positions: the input, plus the
  // declared padding when count_include_pad (never the ceil overhang).
  at::Tensor ones = at::ones({1, 1, h, w}, x.options());
  at::Tensor counted =
      instr.countIncludePad
          ? at::constant_pad_nd(at::constant_pad_nd(ones, {p[1], p[3], p[0], p[2]}, 1.0),
                                {0, extraW, 0, extraH}, 0.0)
          : at::constant_pad_nd(ones, pads, 0.0);
  at::Tensor sum = at::avg_pool2d(at::constant_pad_nd(x, pads, 0.0), instr.kernel,
                                  instr.strides, {0, 0}, false, true);
  at::Tensor count =
      at::avg_pool2d(counted, instr.kernel, instr.strides, {0, 0}, false, true);
  return (sum / count).narrow(2, 0, oh).narrow(3, 0, ow);
}

at::Tensor Executor::batchNorm(const Instr &instr,
                               std::vector<at::Tensor> &values) {
  const std::vector<int> &in = instr.operands;
  at::Tensor y = at::batch_norm(values[in[0]], values[in[1]], values[in[2]],
                                values[in[3]], values[in[4]], training,
                                instr.momentum, instr.epsilon,
                                /*cudnn_enabled=*/true);
  if (training) {
    // The running statistics were updated in place: in the parameters
    // themselves when read directly or through views, in a temporary when
    // concatenated (fused branches), which goes back to its parts.
    writeBack(in[3], values[in[3]], values);
    writeBack(in[4], values[in[4]], values);
  }
  return y;
}

void Executor::writeBack(int value, const at::Tensor &updated,
                         std::vector<at::Tensor> &values) {
  const Instr *op = producer[value];
  if (!op || op->kind != OpKind::ParamConcat)
    return;
  at::NoGradGuard noGrad;
  int64_t offset = 0;
  for (int part : op->operands) {
    int64_t width = values[part].size(op->axis);
    at::Tensor piece = updated.narrow(op->axis, offset, width);
    if (producer[part] && producer[part]->kind == OpKind::ParamConcat)
      writeBack(part, piece, values);
    else
      values[part].copy_(piece);
    offset += width;
  }
}

at::Tensor Executor::exec(const Instr &instr, std::vector<at::Tensor> &values) {
  auto in = [&](size_t i) -> const at::Tensor & {
    const at::Tensor &t = values[instr.operands[i]];
    if (!t.defined())
      throw RuntimeError(instr.location + ": reads a value that was not computed");
    return t;
  };
  // An absent optional operand (a bias) is an undefined tensor.
  auto optional = [&](size_t i) {
    return instr.operands[i] < 0 ? at::Tensor() : in(i);
  };
  switch (instr.kind) {
  case OpKind::GetParam:
    return tensors[instr.param];
  case OpKind::ParamSlice: {
    // A view: gradients and in-place statistics reach the parameter.
    at::Tensor t = in(0);
    if (instr.row >= 0)
      t = t.select(0, instr.row);
    for (size_t d = 0; d < instr.sizes.size(); ++d)
      t = t.narrow(d, instr.offsets[d], instr.sizes[d]);
    return t;
  }
  case OpKind::ParamConcat: {
    std::vector<at::Tensor> parts;
    for (size_t i = 0; i < instr.operands.size(); ++i)
      parts.push_back(in(i));
    return at::cat(parts, instr.axis);
  }
  case OpKind::Conv: {
    std::vector<int64_t> pad = instr.padding;
    at::Tensor x = in(0);
    if (pad[0] != pad[2] || pad[1] != pad[3]) {
      x = at::constant_pad_nd(x, {pad[1], pad[3], pad[0], pad[2]});
      pad = {0, 0, 0, 0};
    }
    at::Tensor w = in(1), b = optional(2);
    if (instr.sparseMask.empty())
      return at::conv2d(x, w, b, instr.strides, {pad[0], pad[1]},
                        instr.dilations, instr.groups);
    // Block-sparse: one convolution per output group over the input groups
    // it reads (a prefix in the IS form); absent blocks are never touched.
    std::vector<at::Tensor> outs;
    size_t numIn = instr.sparseIn.size();
    int64_t outStart = 0;
    for (size_t o = 0; o < instr.sparseOut.size(); ++o) {
      std::vector<at::Tensor> parts;
      int64_t inStart = 0;
      at::Tensor acc;
      for (size_t i = 0; i < numIn; ++i) {
        if (instr.sparseMask[o * numIn + i]) {
          at::Tensor wb = w.narrow(0, outStart, instr.sparseOut[o])
                              .narrow(1, inStart, instr.sparseIn[i]);
          at::Tensor y = at::conv2d(x.narrow(1, inStart, instr.sparseIn[i]),
                                    wb, {}, instr.strides, {pad[0], pad[1]},
                                    instr.dilations, 1);
          acc = acc.defined() ? acc + y : y;
        }
        inStart += instr.sparseIn[i];
      }
      if (!acc.defined())
        throw RuntimeError(instr.location + ": output group " +
                           std::to_string(o + 1) + " reads no input group");
      if (b.defined())
        acc = acc + b.narrow(0, outStart, instr.sparseOut[o]).view({1, -1, 1, 1});
      outs.push_back(acc);
      outStart += instr.sparseOut[o];
    }
    return at::cat(outs, 1);
  }
  case OpKind::BatchNorm:
    return batchNorm(instr, values);
  case OpKind::Relu:
    return at::relu(in(0));
  case OpKind::Clip:
    return at::clamp(in(0), instr.min, instr.max);
  case OpKind::Add:
    return in(0) + in(1);
  case OpKind::Concat: {
    std::vector<at::Tensor> parts;
    for (size_t i = 0; i < instr.operands.size(); ++i)
      parts.push_back(in(i));
    return at::cat(parts, 1);
  }
  case OpKind::AvgPool:
  case OpKind::MaxPool:
    return pool(instr, in(0));
  case OpKind::GlobalAvgPool:
    return at::mean(in(0), {2, 3}, /*keepdim=*/true);
  case OpKind::Flatten: {
    const at::Tensor &x = in(0);
    int64_t lead = 1;
    for (int64_t d = 0; d < instr.axis; ++d)
      lead *= x.size(d);
    return x.reshape({lead, -1});
  }
  case OpKind::Linear:
    return at::linear(in(0), in(1), optional(2));
  case OpKind::PadChannels: {
    const at::Tensor &x = in(0);
    std::vector<at::Tensor> parts;
    int64_t start = 0;
    for (size_t g = 0; g < instr.padGroups.size(); ++g) {
      parts.push_back(x.narrow(1, start, instr.padGroups[g]));
      if (instr.pads[g] > 0) {
        std::vector<int64_t> shape = x.sizes().vec();
        shape[1] = instr.pads[g];
        parts.push_back(at::zeros(shape, x.options()));
      }
      start += instr.padGroups[g];
    }
    return at::cat(parts, 1);
  }
  case OpKind::ChannelSlice:
    return in(0).narrow(1, instr.offset, instr.size);
  }
  throw RuntimeError(instr.location + ": unknown op");
}

} // namespace slice::rt
