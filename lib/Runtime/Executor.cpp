//===- Executor.cpp - running a Program on ATen ---------------------------===//
//
// Explicit branches are the model's meaning; executing them one by one
// would launch C tiny convolutions per layer. Branches of a block that have
// the same structure and read the same channels are executed together as
// the convolution they are equivalent to: first layers stacked, middle
// layers as one grouped convolution, last layers concatenated along their
// input channels (the branch sum). In the IS form branches fuse within
// their channel group only, so no zero block is ever computed. Branches of
// a concat block fuse the same way, with every layer after the first one
// grouped, and the fused output is split back into the branches' outputs.
//
// In the I form a feature can be narrower in sub-network k than its static
// type (a concat block whose later groups do not run): its readers use the
// leading input columns of their weights and the leading BatchNorm
// parameters, which is what sub-network k is.
//
//===----------------------------------------------------------------------===//
#include "Executor.h"

#include <cstdlib>
#include <limits>
#include <functional>
#include <map>
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

/// A chain of ops a set of identical branches can run as one.
struct Chain {
  bool sliced = false;    // starts with a channel_slice of the argument
  std::vector<const Instr *> ops; // the branch's ops after the slice
};

/// The leading `channels` input columns of a dense weight (`dim` 1) or
/// BatchNorm parameter (`dim` 0) when its reader's input is narrower.
at::Tensor leading(const at::Tensor &t, int64_t dim, int64_t channels) {
  return t.defined() && t.size(dim) > channels ? t.narrow(dim, 0, channels) : t;
}

/// The chain structure of a branch, or false when it does not fuse. The
/// branches of an add block sum at their last layer, which must be a
/// convolution; those of a concat block may end in any chain op.
bool chainOf(const Region &branch, Chain &chain, bool concat) {
  if (branch.args.size() != 1 || branch.results.size() != 1 ||
      branch.body.size() < 2)
    return false;
  int current = branch.args[0];
  size_t i = 0;
  if (branch.body[0].kind == OpKind::ChannelSlice &&
      branch.body[0].operands[0] == current) {
    chain.sliced = true;
    current = branch.body[0].result;
    i = 1;
  }
  int convs = 0;
  for (; i < branch.body.size(); ++i) {
    const Instr &op = branch.body[i];
    if (op.operands.size() != 1 || op.operands[0] != current)
      return false;
    switch (op.kind) {
    case OpKind::Conv:
      if (!op.sparseMask.empty())
        return false;
      ++convs;
      break;
    case OpKind::BatchNorm:
    case OpKind::Relu:
    case OpKind::Clip:
      if (convs == 0)
        return false; // the first layer must be a convolution
      break;
    default:
      return false;
    }
    chain.ops.push_back(&op);
    current = op.result;
  }
  // Stacking the first layers and concatenating the last ones is only the
  // same computation for ungrouped convolutions there.
  const Instr *firstConv = nullptr;
  for (const Instr *op : chain.ops)
    if (op->kind == OpKind::Conv) {
      firstConv = op;
      break;
    }
  if (concat)
    return convs >= 1 && firstConv->groups == 1 &&
           current == branch.results[0];
  return convs >= 2 && chain.ops.back()->kind == OpKind::Conv &&
         firstConv->groups == 1 && chain.ops.back()->groups == 1 &&
         current == branch.results[0];
}

/// Everything two branches must share to run as one.
std::string signature(const Program &program, const Region &branch,
                      const Chain &chain) {
  std::ostringstream os;
  if (chain.sliced)
    os << "slice " << branch.body[0].offset << "," << branch.body[0].size << ";";
  for (const Instr *op : chain.ops) {
    os << int(op->kind) << "(";
    for (auto *v : {&op->strides, &op->padding, &op->dilations})
      for (int64_t x : *v)
        os << x << ",";
    os << op->groups << "," << op->epsilon << "," << op->momentum << ","
       << op->perSubnet << "," << op->min << "," << op->max;
    for (int p : op->params) {
      os << "|";
      if (p >= 0)
        for (int64_t d : program.params[p].shape)
          os << d << "x";
      else
        os << "none";
    }
    os << ")";
  }
  return os.str();
}
} // namespace

Executor::Executor(const Program &program, at::Device device,
                   at::ScalarType dtype, uint64_t seed)
    : prog(program), device(device) {
  if (const char *env = std::getenv("SLICE_NO_FUSION"))
    fuseBranches = std::string(env) != "1";
  for (const ParamSpec &spec : prog.params) {
    at::Tensor t = createParam(spec, dtype, seed).to(device);
    if (!spec.buffer)
      t.set_requires_grad(true);
    tensors.push_back(t);
  }
}

std::vector<at::Tensor> Executor::trainable() const {
  std::vector<at::Tensor> out;
  for (size_t i = 0; i < tensors.size(); ++i)
    if (!prog.params[i].buffer)
      out.push_back(tensors[i]);
  return out;
}

at::Tensor Executor::param(int index) const {
  return index < 0 ? at::Tensor() : tensors[index];
}

std::vector<at::Tensor> Executor::forward(const at::Tensor &images,
                                          int64_t k, bool train) {
  subnet = k == 0 ? prog.subnets : k;
  training = train;
  std::vector<at::Tensor> values(prog.numValues);
  values[prog.main.args[0]] = images;
  run(prog.main, values);
  std::vector<at::Tensor> outputs;
  for (int id : prog.main.results)
    outputs.push_back(values[id]);
  return outputs;
}

void Executor::run(const Region &region, std::vector<at::Tensor> &values) {
  for (const Instr &instr : region.body) {
    if (instr.kind == OpKind::Head) {
      bool runs = prog.form == Form::Inclusive ? instr.subnet == subnet
                                               : instr.subnet <= subnet;
      if (!runs)
        continue;
    }
    try {
      values[instr.result] = exec(instr, values);
    } catch (const RuntimeError &) {
      throw;
    } catch (const std::exception &e) {
      throw RuntimeError(instr.location + ": " + e.what());
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

at::Tensor Executor::batchNorm(const Instr &instr, const at::Tensor &x) {
  auto pick = [&](int i) {
    at::Tensor t = param(instr.params[i]);
    return leading(instr.perSubnet ? t.select(0, subnet - 1) : t, 0, x.size(1));
  };
  return at::batch_norm(x, pick(0), pick(1), pick(2), pick(3), training,
                        instr.momentum, instr.epsilon, /*cudnn_enabled=*/true);
}

at::Tensor Executor::exec(const Instr &instr, std::vector<at::Tensor> &values) {
  auto in = [&](size_t i) -> const at::Tensor & {
    const at::Tensor &t = values[instr.operands[i]];
    if (!t.defined())
      throw RuntimeError(instr.location + ": reads a value that was not computed");
    return t;
  };
  switch (instr.kind) {
  case OpKind::Conv: {
    std::vector<int64_t> pad = instr.padding;
    at::Tensor x = in(0);
    if (pad[0] != pad[2] || pad[1] != pad[3]) {
      x = at::constant_pad_nd(x, {pad[1], pad[3], pad[0], pad[2]});
      pad = {0, 0, 0, 0};
    }
    at::Tensor w = param(instr.params[0]), b = param(instr.params[1]);
    if (x.size(1) < w.size(1) * instr.groups) {
      if (instr.groups != 1 || !instr.sparseMask.empty())
        throw RuntimeError(instr.location + ": reads " +
                           std::to_string(x.size(1)) + " of " +
                           std::to_string(w.size(1) * instr.groups) +
                           " input channels; only a dense convolution can "
                           "read a prefix");
      w = leading(w, 1, x.size(1));
    }
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
    return batchNorm(instr, in(0));
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
    return at::linear(in(0), leading(param(instr.params[0]), 1, in(0).size(1)),
                      param(instr.params[1]));
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
  case OpKind::Block:
    return block(instr, values);
  case OpKind::Head: {
    const Region &body = instr.branches[0];
    values[body.args[0]] = in(0);
    run(body, values);
    return values[body.results[0]];
  }
  }
  throw RuntimeError(instr.location + ": unknown op");
}

/// Runs a set of identical fusable branches as one chain.
static at::Tensor runFused(const std::vector<const Region *> &set,
                           const std::vector<Chain> &chains,
                           const at::Tensor &arg,
                           const std::function<at::Tensor(int)> &param,
                           const std::function<at::Tensor(const at::Tensor &, int)> &select,
                           bool training, bool sumLast) {
  size_t n = set.size();
  const Chain &first = chains[0];
  at::Tensor x = arg;
  if (first.sliced)
    x = x.narrow(1, set[0]->body[0].offset, set[0]->body[0].size);
  size_t numConvs = 0;
  for (const Instr *op : first.ops)
    numConvs += op->kind == OpKind::Conv;
  size_t convIndex = 0;
  for (size_t step = 0; step < first.ops.size(); ++step) {
    const Instr &op = *first.ops[step];
    auto gather = [&](int slot, int64_t dim) {
      std::vector<at::Tensor> parts;
      for (const Chain &c : chains)
        parts.push_back(select(param(c.ops[step]->params[slot]), c.ops[step]->perSubnet ? 1 : 0));
      return at::cat(parts, dim);
    };
    switch (op.kind) {
    case OpKind::Conv: {
      bool last = ++convIndex == numConvs;
      bool firstConv = convIndex == 1;
      std::vector<int64_t> pad = op.padding;
      if (pad[0] != pad[2] || pad[1] != pad[3]) {
        x = at::constant_pad_nd(x, {pad[1], pad[3], pad[0], pad[2]});
        pad = {0, 0, 0, 0};
      }
      at::Tensor w, b;
      int64_t groups = op.groups;
      if (last && sumLast && !firstConv) {
        // Sum of the branches: concatenate along input channels.
        std::vector<at::Tensor> ws, bs;
        for (const Chain &c : chains) {
          ws.push_back(param(c.ops[step]->params[0]));
          if (c.ops[step]->params[1] >= 0)
            bs.push_back(param(c.ops[step]->params[1]));
        }
        if (op.groups != 1)
          throw RuntimeError(op.location + ": a grouped last layer does not fuse");
        w = at::cat(ws, 1);
        if (!bs.empty())
          b = at::stack(bs).sum(0);
      } else {
        w = gather(0, 0);
        if (op.params[1] >= 0)
          b = gather(1, 0);
        if (!firstConv)
          groups = op.groups * int64_t(n);
        else
          w = leading(w, 1, x.size(1));
      }
      x = at::conv2d(x, w, b, op.strides, {pad[0], pad[1]}, op.dilations, groups);
      break;
    }
    case OpKind::BatchNorm: {
      at::Tensor mean = gather(2, 0).detach(), var = gather(3, 0).detach();
      x = at::batch_norm(x, gather(0, 0), gather(1, 0), mean, var, training,
                         op.momentum, op.epsilon, true);
      if (training) {
        // The statistics were updated in the concatenated copies.
        at::NoGradGuard guard;
        int64_t offset = 0;
        for (const Chain &c : chains) {
          const Instr &bn = *c.ops[step];
          at::Tensor m = select(param(bn.params[2]), bn.perSubnet);
          at::Tensor v = select(param(bn.params[3]), bn.perSubnet);
          int64_t width = m.size(0);
          m.copy_(mean.narrow(0, offset, width));
          v.copy_(var.narrow(0, offset, width));
          offset += width;
        }
      }
      break;
    }
    case OpKind::Relu:
      x = at::relu(x);
      break;
    case OpKind::Clip:
      x = at::clamp(x, op.min, op.max);
      break;
    default:
      throw RuntimeError(op.location + ": does not fuse");
    }
  }
  return x;
}

at::Tensor Executor::block(const Instr &instr, std::vector<at::Tensor> &values) {
  std::vector<size_t> running;
  for (size_t i = 0; i < instr.branches.size(); ++i) {
    bool runs = true;
    if (!instr.subnetBranches.empty())
      runs = int64_t(i) < instr.subnetBranches[subnet - 1];
    else if (!instr.branchGroups.empty() && prog.form == Form::InclusiveSparse)
      runs = instr.branchGroups[i] <= subnet;
    if (runs)
      running.push_back(i);
  }
  at::Tensor residual =
      instr.residual >= 0 ? values[instr.residual] : at::Tensor();

  auto runBranch = [&](size_t i) {
    const Region &region = instr.branches[i];
    for (size_t a = 0; a < region.args.size(); ++a)
      values[region.args[a]] = values[instr.operands[a]];
    run(region, values);
    return values[region.results[0]];
  };

  // Fusion sets: running branches of the same group and structure.
  std::map<std::pair<int64_t, std::string>, std::vector<size_t>> sets;
  std::vector<size_t> singles;
  std::vector<Chain> chains(instr.branches.size());
  for (size_t i : running) {
    int64_t group = instr.branchGroups.empty() ? 0 : instr.branchGroups[i];
    if (fuseBranches && instr.operands.size() == 1 &&
        chainOf(instr.branches[i], chains[i], instr.concat))
      sets[{group, signature(prog, instr.branches[i], chains[i])}].push_back(i);
    else
      singles.push_back(i);
  }
  auto paramFn = [&](int i) { return param(i); };
  auto selectFn = [&](const at::Tensor &t, int perSubnet) {
    return perSubnet ? t.select(0, subnet - 1) : t;
  };
  // Per branch (concat) or per channel group (add; 0: whole).
  std::vector<at::Tensor> outs(instr.branches.size());
  std::map<int64_t, at::Tensor> sums;
  auto accumulate = [&](int64_t group, const at::Tensor &t) {
    at::Tensor &s = sums[group];
    s = s.defined() ? s + t : t;
  };
  auto groupOf = [&](size_t i) {
    return instr.branchGroups.empty() ? int64_t(0) : instr.branchGroups[i];
  };
  for (auto &[key, members] : sets) {
    if (members.size() == 1) {
      singles.push_back(members[0]);
      continue;
    }
    std::vector<const Region *> regions;
    std::vector<Chain> memberChains;
    for (size_t i : members) {
      regions.push_back(&instr.branches[i]);
      memberChains.push_back(chains[i]);
    }
    at::Tensor y = runFused(regions, memberChains, values[instr.operands[0]],
                            paramFn, selectFn, training,
                            /*sumLast=*/!instr.concat);
    if (!instr.concat) {
      accumulate(key.first, y);
      continue;
    }
    int64_t offset = 0;
    for (size_t i : members) {
      outs[i] = y.narrow(1, offset, instr.branchWidths[i]);
      offset += instr.branchWidths[i];
    }
  }
  for (size_t i : singles) {
    if (instr.concat)
      outs[i] = runBranch(i);
    else
      accumulate(groupOf(i), runBranch(i));
  }

  at::Tensor y;
  if (instr.concat) {
    // The grouped layout: per group, the residual's share, then the group's
    // branches. In the I form the residual is as narrow as the running
    // sub-network; in the IS form branches that do not run leave zeros.
    at::Tensor like = residual;
    for (const at::Tensor &t : outs)
      if (!like.defined() && t.defined())
        like = t;
    if (!like.defined())
      like = values[instr.operands[0]];
    std::vector<at::Tensor> parts;
    int64_t residualOffset = 0;
    bool truncated = false;
    for (size_t g = 0; g < instr.residualGroups.size(); ++g) {
      int64_t r = instr.residualGroups[g];
      if (r > 0) {
        int64_t have = residual.defined() ? residual.size(1) : 0;
        int64_t take = std::min(r, std::max<int64_t>(0, have - residualOffset));
        if (take > 0) {
          if (truncated)
            throw RuntimeError(instr.location + ": the residual has " +
                               std::to_string(have) +
                               " channels, which ends inside an earlier group");
          parts.push_back(residual.narrow(1, residualOffset, take));
        }
        truncated |= take < r;
        residualOffset += r;
      }
      for (size_t i = 0; i < instr.branches.size(); ++i) {
        if (!instr.branchGroups.empty() && instr.branchGroups[i] != int64_t(g) + 1)
          continue;
        if (outs[i].defined()) {
          if (truncated)
            throw RuntimeError(instr.location + ": branch #" +
                               std::to_string(i) +
                               " runs, but the residual ends before its group");
          parts.push_back(outs[i]);
        } else if (prog.form == Form::InclusiveSparse) {
          std::vector<int64_t> shape = like.sizes().vec();
          shape[1] = instr.branchWidths[i];
          parts.push_back(at::zeros(shape, like.options()));
        } else {
          truncated = true;
        }
      }
    }
    if (parts.empty())
      throw RuntimeError(instr.location + ": no branch runs in sub-network " +
                         std::to_string(subnet));
    y = at::cat(parts, 1);
  } else if (instr.partition.empty()) {
    at::Tensor s = sums.count(0) ? sums[0] : at::Tensor();
    y = residual.defined() ? (s.defined() ? residual + s : residual) : s;
    if (!y.defined())
      throw RuntimeError(instr.location + ": no branch runs in sub-network " +
                         std::to_string(subnet));
  } else {
    std::vector<at::Tensor> groups;
    int64_t start = 0;
    for (size_t g = 0; g < instr.partition.size(); ++g) {
      int64_t width = instr.partition[g];
      at::Tensor part = residual.defined() ? residual.narrow(1, start, width)
                                           : at::Tensor();
      auto it = sums.find(int64_t(g) + 1);
      if (it != sums.end())
        part = part.defined() ? part + it->second : it->second;
      if (!part.defined()) {
        // Shaped like the branch outputs (a strided block's output is
        // smaller than its input).
        at::Tensor like = values[instr.operands[0]];
        for (auto &[key, sum] : sums)
          if (sum.defined()) {
            like = sum;
            break;
          }
        std::vector<int64_t> shape = like.sizes().vec();
        shape[1] = width;
        part = at::zeros(shape, like.options());
      }
      groups.push_back(part);
      start += width;
    }
    y = at::cat(groups, 1);
  }
  if (onBlockResult)
    onBlockResult(instr, y);
  return y;
}

} // namespace slice::rt
