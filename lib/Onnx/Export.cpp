//===- Export.cpp - slice models as ONNX graphs ---------------------------===//
//
// Exports the flat model the compiler makes (buildFlatModel: blocks and
// heads written out, identical branches fused), one ONNX node (or a few)
// per slice op:
//
// - The IS, shallow and plain forms are one pass computing every head.
// - The I form has one pass per sub-network k in the same graph: pass k is
//   sub-network k extracted and flattened. Initializers with equal contents
//   are one and nodes whose inputs and attributes are identical in two
//   passes are emitted once (node-level CSE), so weights and work that do
//   not depend on k are shared.
// - Fused branches read `slice.param_concat` of their members' weights: a
//   Concat node over the members' initializers, which engines fold once at
//   load, so the file holds every weight once.
// - Stored parameter values become initializers; a parameter without a value
//   is an error (export is for trained or imported models).
// - Training normalisation (slice.input_mean / slice.input_std) becomes
//   Sub/Div on the input, so the graph takes the images slice-run takes.
//
// The ONNX library reports through exceptions: everything that touches it
// runs inside one try block and every exception becomes an MLIR error.
//
//===----------------------------------------------------------------------===//
#include "slice/Onnx/Onnx.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/Model.h"
#include "slice/Lowering/FlatModel.h"
#include "slice/Lowering/Steps.h"
#include "slice/Dialect/SliceOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>
#include <set>

using namespace mlir;
using namespace mlir::slice;

namespace {
constexpr int64_t kMinOpset = 11, kMaxOpset = 17;

/// IR version of the ONNX release that introduced each opset.
int64_t irVersionFor(int64_t opset) {
  if (opset <= 11)
    return 6;
  if (opset <= 14)
    return 7;
  return 8;
}

std::string locName(Location loc) {
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (std::string name = locName(inner); !name.empty())
        return name;
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  return "";
}

/// An error at `op`'s location without the op printed after it (a module's
/// would be the whole model).
InFlightDiagnostic opError(Operation *op) {
  return emitError(op->getLoc()) << "'" << op->getName() << "' op ";
}

std::string lowerOpName(Operation *op) {
  StringRef name = op->getName().stripDialect();
  return name.str();
}

onnx::AttributeProto &addAttr(onnx::NodeProto &node, const std::string &name,
                              onnx::AttributeProto::AttributeType type) {
  onnx::AttributeProto *attr = node.add_attribute();
  attr->set_name(name);
  attr->set_type(type);
  return *attr;
}
void intsAttr(onnx::NodeProto &node, const std::string &name,
              ArrayRef<int64_t> values) {
  onnx::AttributeProto &attr = addAttr(node, name, onnx::AttributeProto::INTS);
  for (int64_t v : values)
    attr.add_ints(v);
}
void intAttr(onnx::NodeProto &node, const std::string &name, int64_t value) {
  addAttr(node, name, onnx::AttributeProto::INT).set_i(value);
}
void floatAttr(onnx::NodeProto &node, const std::string &name, float value) {
  addAttr(node, name, onnx::AttributeProto::FLOAT).set_f(value);
}

class Exporter {
public:
  Exporter(ModuleOp module, const OnnxExportOptions &options)
      : module(module), options(options) {}

  LogicalResult run(llvm::raw_ostream &os);
  /// Anytime step k (buildAnytimeSteps) as its own graph.
  LogicalResult runStep(int64_t k, llvm::raw_ostream &os);

private:
  LogicalResult checkOpset();
  void beginModel(const std::string &doc);
  /// Names the graph outputs (`results`: the tensors computing them),
  /// prunes what they do not read, checks and serialises the model.
  LogicalResult finish(std::vector<std::string> results,
                       const std::vector<std::string> &outputNames,
                       ArrayRef<Type> types, llvm::raw_ostream &os);
  using Names = std::vector<std::string>;

  // Names ------------------------------------------------------------------
  std::string unique(const std::string &base) {
    std::string name = base.empty() ? "t" : base;
    if (used.insert(name).second)
      return name;
    for (unsigned &i = nextSuffix.try_emplace(name, 2).first->second;; ++i) {
      std::string candidate = name + "_" + std::to_string(i);
      if (used.insert(candidate).second)
        return candidate;
    }
  }

  /// The base name of `op`'s nodes (without the pass suffix): its NameLoc,
  /// else (a model printed without debug info) a name derived from the
  /// parameters it reads: "s1.conv.weight" -> "s1.conv" for a layer (a
  /// block's ops are named after the block when it is flattened); else
  /// "<producer's name>.<op>" ("s1.bn.relu"), else the op's name.
  std::string baseName(Operation *op) {
    std::string name = ownName(op);
    if (!name.empty())
      return name;
    if (op->getNumOperands())
      if (Operation *producer = op->getOperand(0).getDefiningOp())
        if (std::string from = ownName(producer); !from.empty())
          return from + "." + lowerOpName(op);
    return lowerOpName(op);
  }

  static std::string ownName(Operation *op) {
    std::string name = locName(op->getLoc());
    if (!name.empty())
      return name;
    for (Value v : op->getOperands())
      if (ParamOp param = sourceParamOf(v))
        return param.getSymName().rsplit('.').first.str();
    return "";
  }

  // Graph building -------------------------------------------------------
  /// Adds `node` (op type, inputs and attributes set) unless an identical
  /// node exists; returns its outputs.
  /// In the I form nodes are named "<base>.k<pass>"; run() renames those
  /// that several passes share to "<base>".
  Names addNode(onnx::NodeProto node, const std::string &base, Location loc,
                unsigned numOutputs = 1) {
    std::string key = node.SerializeAsString();
    auto it = cse.find(key);
    if (it != cse.end()) {
      NodeInfo &info = nodeInfo[it->second.front()];
      info.shared |= info.pass != currentPass;
      return it->second;
    }
    std::string name = unique(base + passSuffix);
    node.set_name(name);
    nodeInfo[name] = {base, currentPass, false};
    Names outputs;
    for (unsigned i = 0; i < numOutputs; ++i) {
      std::string out = i == 0 ? name : unique(name + "." + std::to_string(i));
      node.add_output(out);
      outputs.push_back(out);
    }
    nodeLocs.emplace(name, loc);
    *graph->add_node() = std::move(node);
    cse.emplace(key, outputs);
    return outputs;
  }

  std::string simple(const std::string &opType, ArrayRef<std::string> inputs,
                     const std::string &base, Location loc) {
    onnx::NodeProto node;
    node.set_op_type(opType);
    for (const std::string &in : inputs)
      node.add_input(in);
    return addNode(std::move(node), base, loc).front();
  }

  /// A float initializer. With `shareByContent`, one with the same dims and
  /// bytes as an earlier one is that one: passes exported from separate
  /// sub-network extractions then share their unchanged weights, and the
  /// nodes reading them.
  std::string addInitializer(const std::string &base, ArrayRef<int64_t> dims,
                             ArrayRef<float> values) {
    std::string raw(values.size() * 4, '\0');
    for (size_t i = 0; i < values.size(); ++i) {
      uint32_t bits;
      std::memcpy(&bits, &values[i], 4);
      for (int b = 0; b < 4; ++b)
        raw[4 * i + b] = char((bits >> (8 * b)) & 0xff);
    }
    llvm::hash_code hash = llvm::hash_combine(
        llvm::hash_combine_range(dims.begin(), dims.end()), raw);
    std::vector<int> &sameHash = initializersByContent[size_t(hash)];
    for (int index : sameHash) {
      const onnx::TensorProto &t = graph->initializer(index);
      if (shareByContent && t.raw_data() == raw &&
          std::equal(t.dims().begin(), t.dims().end(), dims.begin(),
                     dims.end())) {
        return t.name();
      }
    }
    // Named for its pass until run() knows whether another pass has an
    // initializer of the same parameter with other contents.
    std::string name = unique(base + passSuffix);
    initInfo[name] = {base, currentPass, false};
    sameHash.push_back(graph->initializer_size());
    onnx::TensorProto *t = graph->add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::FLOAT);
    for (int64_t d : dims)
      t->add_dims(d);
    t->set_raw_data(std::move(raw));
    return name;
  }

  /// An int64 tensor constant (Slice and Pad arguments), shared by content.
  std::string intConstant(ArrayRef<int64_t> values) {
    std::string key;
    for (int64_t v : values)
      key += std::to_string(v) + ",";
    auto it = intConstants.find(key);
    if (it != intConstants.end())
      return it->second;
    std::string name = unique("const.i64");
    onnx::TensorProto *t = graph->add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::INT64);
    t->add_dims(int64_t(values.size()));
    std::string raw(values.size() * 8, '\0');
    for (size_t i = 0; i < values.size(); ++i)
      for (int b = 0; b < 8; ++b)
        raw[8 * i + b] = char((uint64_t(values[i]) >> (8 * b)) & 0xff);
    t->set_raw_data(std::move(raw));
    intConstants.emplace(key, name);
    return name;
  }

  /// A float scalar constant (Clip bounds), shared by value.
  std::string floatScalar(float value, const std::string &base) {
    uint32_t bits;
    std::memcpy(&bits, &value, 4);
    return derived("scalar:" + std::to_string(bits), [&] {
      return addInitializer(base, {}, {value});
    });
  }

  /// An initializer derived from parameters, made once per `key` (so that
  /// passes of the I form share it).
  std::string derived(const std::string &key,
                      llvm::function_ref<std::string()> make) {
    auto it = derivedInits.find(key);
    if (it != derivedInits.end())
      return it->second;
    std::string name = make();
    derivedInits.emplace(key, name);
    return name;
  }

  /// The initializer holding `param`'s stored value (row `row` of it when
  /// row >= 0).
  FailureOr<std::string> paramInitializer(ParamOp param, int64_t row = -1) {
    auto key = std::make_pair(param.getOperation(), row);
    auto it = paramInits.find(key);
    if (it != paramInits.end())
      return it->second;
    FailureOr<std::vector<float>> value = storedValue(param);
    if (failed(value))
      return failure();
    RankedTensorType type = param.getTensorType();
    SmallVector<int64_t> dims(type.getShape());
    ArrayRef<float> data(*value);
    std::string base = param.getSymName().str();
    if (row >= 0) {
      int64_t rowSize = type.getNumElements() / type.getDimSize(0);
      data = data.slice(row * rowSize, rowSize);
      dims.erase(dims.begin());
      base += ".k" + std::to_string(row + 1);
    }
    std::string name = addInitializer(base, dims, data);
    paramInits.emplace(key, name);
    return name;
  }

  FailureOr<std::vector<float>> storedValue(ParamOp param) {
    if (!param.getValue()) {
      emitError(param.getLoc(), "parameter '@")
          << param.getSymName()
          << "' has no stored value; ONNX export needs trained or imported "
             "weights: train the model first ('slice-run train ... -o "
             "trained.mlir') or import them";
      return failure();
    }
    std::optional<std::vector<float>> value = readStoredValue(param);
    int64_t numel = param.getTensorType().getNumElements();
    if (!value || int64_t(value->size()) != numel) {
      emitError(param.getLoc(), "stored value of parameter '@")
          << param.getSymName() << "' cannot be read (a dense_resource whose "
          << "blob is missing or does not hold "
          << param.getTensorType().getNumElements() << " floats)";
      return failure();
    }
    return std::move(*value);
  }

  // Slices, pads ---------------------------------------------------------
  std::string sliceAxis(const std::string &x, int64_t axis, int64_t begin,
                        int64_t end, const std::string &base, Location loc) {
    onnx::NodeProto node;
    node.set_op_type("Slice");
    node.add_input(x);
    node.add_input(intConstant({begin}));
    node.add_input(intConstant({end}));
    node.add_input(intConstant({axis}));
    return addNode(std::move(node), base, loc).front();
  }

  std::string channels(const std::string &x, int64_t begin, int64_t end,
                       int64_t total, const std::string &base, Location loc) {
    if (begin == 0 && end == total)
      return x;
    return sliceAxis(x, 1, begin, end, base, loc);
  }

  /// Zero-pads dimension 1 of a rank-`rank` tensor.
  std::string padChannels(const std::string &x, int64_t rank, int64_t before,
                          int64_t after, const std::string &base,
                          Location loc) {
    if (before == 0 && after == 0)
      return x;
    SmallVector<int64_t> pads(2 * rank, 0);
    pads[1] = before;
    pads[rank + 1] = after;
    onnx::NodeProto node;
    node.set_op_type("Pad");
    node.add_input(x);
    node.add_input(intConstant(pads));
    return addNode(std::move(node), base, loc).front();
  }

  std::string concat(ArrayRef<std::string> parts, const std::string &base,
                     Location loc) {
    if (parts.size() == 1)
      return parts.front();
    onnx::NodeProto node;
    node.set_op_type("Concat");
    for (const std::string &p : parts)
      node.add_input(p);
    intAttr(node, "axis", 1);
    return addNode(std::move(node), base, loc).front();
  }

  std::string sum(ArrayRef<std::string> terms, const std::string &base,
                  Location loc) {
    std::string acc = terms.front();
    for (size_t i = 1; i < terms.size(); ++i)
      acc = simple("Add", {acc, terms[i]}, base + ".add", loc);
    return acc;
  }

  // Ops ------------------------------------------------------------------
  FailureOr<std::string> name(Operation *user, Value v) {
    auto it = names.find(v);
    if (it != names.end())
      return it->second;
    if (auto get = v.getDefiningOp<GetParamOp>()) {
      ParamOp param = get.getParamOp();
      if (!param)
        return opError(get) << ("reads an unknown parameter");
      return paramInitializer(param);
    }
    return opError(user) << ("reads a value the ONNX export has not computed "
                             "(not supported by the exporter)");
  }

  LogicalResult emitBlock(Block &block);
  LogicalResult emitOp(Operation *op);
  LogicalResult emitParamExpr(Operation *op);
  LogicalResult emitConv(Conv2dOp conv);
  LogicalResult emitBatchNorm(BatchNormOp bn);
  LogicalResult emitPool(Operation *op);
  LogicalResult emitPadChannels(PadChannelsOp pad);
  LogicalResult emitInput(func::FuncOp func);
  LogicalResult check(onnx::ModelProto &copy);
  void prune(const std::vector<std::string> &outputs);
  Location locationOf(const std::string &message);

  ModuleOp module;
  const OnnxExportOptions &options;
  onnx::ModelProto model;
  onnx::GraphProto *graph = nullptr;
  std::set<std::string> used;
  std::map<std::string, unsigned> nextSuffix;
  std::map<std::string, Names> cse;
  std::map<std::string, Location> nodeLocs;
  std::map<std::pair<Operation *, int64_t>, std::string> paramInits;
  std::map<std::string, std::string> intConstants, derivedInits;
  std::map<size_t, std::vector<int>> initializersByContent;
  bool shareByContent = false;
  /// prune() also drops graph inputs nothing reads (step graphs).
  bool pruneInputs = false;
  llvm::DenseMap<Value, std::string> names;
  std::string inputName;
  /// The I form's pass k names its nodes "<base>.k<k>" until shared.
  std::string passSuffix;
  int64_t currentPass = 1;
  struct NodeInfo {
    std::string base;
    int64_t pass = 1;
    bool shared = false;
  };
  /// By node name (= its first output's name).
  std::map<std::string, NodeInfo> nodeInfo;
  /// By initializer name.
  std::map<std::string, NodeInfo> initInfo;

  /// Renames tensors (and the nodes named after them) everywhere.
  void renameTensors(const std::map<std::string, std::string> &renames) {
    if (renames.empty())
      return;
    auto update = [&](std::string &name) {
      auto it = renames.find(name);
      if (it != renames.end())
        name = it->second;
    };
    for (onnx::TensorProto &init : *graph->mutable_initializer())
      update(*init.mutable_name());
    for (onnx::NodeProto &node : *graph->mutable_node()) {
      for (std::string &in : *node.mutable_input())
        update(in);
      for (std::string &out : *node.mutable_output())
        update(out);
      auto it = renames.find(node.name());
      if (it != renames.end()) {
        auto loc = nodeLocs.find(node.name());
        if (loc != nodeLocs.end())
          nodeLocs.emplace(it->second, loc->second);
        node.set_name(it->second);
      }
    }
  }
};

LogicalResult Exporter::emitBlock(Block &block) {
  for (Operation &op : block.without_terminator())
    if (failed(emitOp(&op)))
      return failure();
  return success();
}

LogicalResult Exporter::emitOp(Operation *op) {
  if (isa<GetParamOp>(op))
    return success(); // initializers are made on first use
  Location loc = op->getLoc();
  std::string base = baseName(op);
  auto operand = [&](unsigned i) { return name(op, op->getOperand(i)); };
  auto unary = [&](const std::string &opType) -> LogicalResult {
    FailureOr<std::string> x = operand(0);
    if (failed(x))
      return failure();
    names[op->getResult(0)] = simple(opType, {*x}, base, loc);
    return success();
  };
  if (auto conv = dyn_cast<Conv2dOp>(op))
    return emitConv(conv);
  if (auto bn = dyn_cast<BatchNormOp>(op))
    return emitBatchNorm(bn);
  if (isa<ReluOp>(op))
    return unary("Relu");
  if (isa<GlobalAvgPoolOp>(op))
    return unary("GlobalAveragePool");
  if (auto clip = dyn_cast<ClipOp>(op)) {
    FailureOr<std::string> x = operand(0);
    if (failed(x))
      return failure();
    std::string lo = floatScalar(float(clip.getMin().convertToDouble()),
                                 base + ".min");
    std::string hi = floatScalar(float(clip.getMax().convertToDouble()),
                                 base + ".max");
    names[op->getResult(0)] = simple("Clip", {*x, lo, hi}, base, loc);
    return success();
  }
  if (isa<AddOp>(op)) {
    FailureOr<std::string> a = operand(0), b = operand(1);
    if (failed(a) || failed(b))
      return failure();
    names[op->getResult(0)] = simple("Add", {*a, *b}, base, loc);
    return success();
  }
  if (auto cat = dyn_cast<ConcatOp>(op)) {
    Names parts;
    for (unsigned i = 0; i < op->getNumOperands(); ++i) {
      FailureOr<std::string> x = operand(i);
      if (failed(x))
        return failure();
      parts.push_back(*x);
    }
    names[op->getResult(0)] = concat(parts, base, loc);
    return success();
  }
  if (isa<AvgPoolOp, MaxPoolOp>(op))
    return emitPool(op);
  if (auto flatten = dyn_cast<FlattenOp>(op)) {
    FailureOr<std::string> x = operand(0);
    if (failed(x))
      return failure();
    onnx::NodeProto node;
    node.set_op_type("Flatten");
    node.add_input(*x);
    intAttr(node, "axis", flatten.getAxis());
    names[op->getResult(0)] = addNode(std::move(node), base, loc).front();
    return success();
  }
  if (auto linear = dyn_cast<LinearOp>(op)) {
    onnx::NodeProto node;
    node.set_op_type("Gemm");
    for (unsigned i = 0; i < op->getNumOperands(); ++i) {
      FailureOr<std::string> x = operand(i);
      if (failed(x))
        return failure();
      node.add_input(*x);
    }
    intAttr(node, "transB", 1);
    names[op->getResult(0)] = addNode(std::move(node), base, loc).front();
    return success();
  }
  if (auto pad = dyn_cast<PadChannelsOp>(op))
    return emitPadChannels(pad);
  if (auto slice = dyn_cast<ChannelSliceOp>(op)) {
    FailureOr<std::string> x = operand(0);
    if (failed(x))
      return failure();
    int64_t begin = slice.getOffset();
    names[op->getResult(0)] =
        channels(*x, begin, begin + slice.getSize(),
                 channelCount(slice.getInput()), base, loc);
    return success();
  }
  if (isa<ParamSliceOp, ParamConcatOp>(op))
    return emitParamExpr(op);
  return opError(op) << ("cannot be exported to ONNX");
}

/// A fused weight: a Concat node over its members' initializers. A view of
/// a stored parameter: the initializer of that part.
LogicalResult Exporter::emitParamExpr(Operation *op) {
  if (auto concat = dyn_cast<ParamConcatOp>(op)) {
    onnx::NodeProto node;
    node.set_op_type("Concat");
    for (Value input : concat.getInputs()) {
      FailureOr<std::string> part = name(op, input);
      if (failed(part))
        return failure();
      node.add_input(*part);
    }
    intAttr(node, "axis", concat.getAxis());
    ParamOp first = sourceParamOf(concat.getInputs().front());
    std::string base =
        first ? first.getSymName().str() + ".fused" : baseName(op);
    names[concat.getResult()] =
        addNode(std::move(node), base, op->getLoc()).front();
    return success();
  }
  auto view = cast<ParamSliceOp>(op);
  ParamOp param = paramOf(view.getInput());
  if (!param)
    return opError(op) << ("exports only as a view of a slice.param");
  FailureOr<std::vector<float>> value = storedValue(param);
  if (failed(value))
    return failure();
  std::string key = "view:" + param.getSymName().str();
  std::optional<int64_t> row;
  if (view.getRow()) {
    row = *view.getRow();
    key += ".row" + std::to_string(*row);
  }
  ArrayRef<int64_t> sizes = view.getSizes();
  SmallVector<int64_t> offsets = view.getOffsetsOrZeros();
  for (auto [offset, size] : llvm::zip(offsets, sizes))
    key += "." + std::to_string(offset) + ":" + std::to_string(size);
  std::vector<float> part = viewedEntries(
      *value, param.getTensorType().getShape(), row, offsets, sizes);
  names[view.getResult()] = derived(key, [&] {
    return addInitializer(param.getSymName().str(), sizes, part);
  });
  return success();
}

LogicalResult Exporter::emitConv(Conv2dOp conv) {
  Location loc = conv.getLoc();
  std::string base = baseName(conv);
  FailureOr<std::string> x = name(conv, conv.getInput());
  if (failed(x))
    return failure();
  auto weightType = cast<RankedTensorType>(conv.getWeight().getType());
  auto convNode = [&](const std::string &in, const std::string &w,
                      std::optional<std::string> b,
                      const std::string &nodeBase) {
    onnx::NodeProto node;
    node.set_op_type("Conv");
    node.add_input(in);
    node.add_input(w);
    if (b)
      node.add_input(*b);
    intsAttr(node, "dilations", conv.getDilations());
    intAttr(node, "group", conv.getGroups());
    intsAttr(node, "kernel_shape",
             {weightType.getDimSize(2), weightType.getDimSize(3)});
    // [top, left, bottom, right] = ONNX's [x1_begin, x2_begin, x1_end, x2_end].
    intsAttr(node, "pads", conv.getPadding());
    intsAttr(node, "strides", conv.getStrides());
    return addNode(std::move(node), nodeBase, loc).front();
  };

  BlockSparseAttr pattern = conv.getBlockSparseAttr();
  if (!pattern) {
    FailureOr<std::string> w = name(conv, conv.getWeight());
    if (failed(w))
      return failure();
    std::optional<std::string> b;
    if (conv.getBias()) {
      FailureOr<std::string> bn = name(conv, conv.getBias());
      if (failed(bn))
        return failure();
      b = *bn;
    }
    names[conv.getResult()] = convNode(*x, *w, b, base);
    return success();
  }

  // Block-sparse: one convolution per output group over the span of input
  // groups it reads (a prefix in the IS form); absent blocks inside a span
  // are zero in that convolution's weight, absent blocks outside are never
  // computed. Exact: the runtime sums the same products.
  ParamOp weightParam = paramOf(conv.getWeight());
  ParamOp biasParam = conv.getBias() ? paramOf(conv.getBias()) : ParamOp();
  if (!weightParam || (conv.getBias() && !biasParam))
    return opError(conv) << ("a block-sparse convolution exports only with "
                            "slice.param weights and bias");
  FailureOr<std::vector<float>> weight = storedValue(weightParam);
  if (failed(weight))
    return failure();
  std::vector<float> bias;
  if (biasParam) {
    FailureOr<std::vector<float>> b = storedValue(biasParam);
    if (failed(b))
      return failure();
    bias = std::move(*b);
  }
  ArrayRef<int64_t> ins = pattern.getIn(), outs = pattern.getOut();
  int64_t cin = weightType.getDimSize(1), kh = weightType.getDimSize(2),
          kw = weightType.getDimSize(3);
  SmallVector<int64_t> inStart{0};
  for (int64_t size : ins)
    inStart.push_back(inStart.back() + size);
  Names parts;
  int64_t outStart = 0;
  for (size_t o = 0; o < outs.size(); ++o) {
    int64_t first = -1, last = -1;
    for (size_t i = 0; i < ins.size(); ++i)
      if (pattern.isPresent(o, i)) {
        if (first < 0)
          first = i;
        last = i;
      }
    if (first < 0)
      return opError(conv) << ("output group ")
             << o + 1 << " of the block-sparse pattern reads no input group";
    int64_t begin = inStart[first], end = inStart[last + 1];
    std::vector<float> block;
    block.reserve(outs[o] * (end - begin) * kh * kw);
    for (int64_t r = outStart; r < outStart + outs[o]; ++r)
      for (int64_t c = begin; c < end; ++c) {
        size_t group = std::upper_bound(inStart.begin(), inStart.end(), c) -
                       inStart.begin() - 1;
        bool present = pattern.isPresent(o, group);
        for (int64_t s = 0; s < kh * kw; ++s)
          block.push_back(present ? (*weight)[(r * cin + c) * kh * kw + s]
                                  : 0.f);
      }
    std::string suffix = ".block" + std::to_string(o + 1);
    std::string w = derived(
        "block:" + weightParam.getSymName().str() + suffix, [&] {
          return addInitializer(weightParam.getSymName().str() + suffix,
                                {outs[o], end - begin, kh, kw}, block);
        });
    std::optional<std::string> b;
    if (biasParam)
      b = derived("block:" + biasParam.getSymName().str() + suffix, [&] {
        return addInitializer(biasParam.getSymName().str() + suffix, {outs[o]},
                              ArrayRef<float>(bias).slice(outStart, outs[o]));
      });
    std::string in = channels(*x, begin, end, cin, base + suffix + ".in", loc);
    parts.push_back(convNode(in, w, b, base + suffix));
    outStart += outs[o];
  }
  names[conv.getResult()] = concat(parts, base, loc);
  return success();
}

LogicalResult Exporter::emitBatchNorm(BatchNormOp bn) {
  FailureOr<std::string> x = name(bn, bn.getInput());
  if (failed(x))
    return failure();
  onnx::NodeProto node;
  node.set_op_type("BatchNormalization");
  node.add_input(*x);
  for (OpOperand *operand : bn.getParamOperands()) {
    FailureOr<std::string> p = name(bn, operand->get());
    if (failed(p))
      return failure();
    node.add_input(*p);
  }
  floatAttr(node, "epsilon", float(bn.getEpsilon().convertToDouble()));
  // PyTorch: running = (1 - m) running + m batch;
  // ONNX:    running = m running + (1 - m) batch.
  floatAttr(node, "momentum", float(1.0 - bn.getMomentum().convertToDouble()));
  names[bn.getResult()] =
      addNode(std::move(node), baseName(bn), bn.getLoc()).front();
  return success();
}

LogicalResult Exporter::emitPool(Operation *op) {
  bool isMax = isa<MaxPoolOp>(op);
  ArrayRef<int64_t> kernel, strides, padding;
  SmallVector<int64_t> dilations{1, 1};
  bool countIncludePad = false;
  if (auto avg = dyn_cast<AvgPoolOp>(op)) {
    kernel = avg.getKernel();
    strides = avg.getStrides();
    padding = avg.getPadding();
    countIncludePad = avg.getCountIncludePad();
  } else {
    auto max = cast<MaxPoolOp>(op);
    kernel = max.getKernel();
    strides = max.getStrides();
    padding = max.getPadding();
    dilations.assign(max.getDilations().begin(), max.getDilations().end());
  }
  Location loc = op->getLoc();
  std::string base = baseName(op);
  FailureOr<std::string> x = name(op, op->getOperand(0));
  if (failed(x))
    return failure();
  auto inType = cast<RankedTensorType>(op->getOperand(0).getType());
  auto outType = cast<RankedTensorType>(op->getResult(0).getType());
  // The IR's output extent (PyTorch's, ceil mode included) is reproduced in
  // floor mode: whatever the last window overhangs becomes extra end padding
  // that never counts (max: -inf, average: excluded from the divisor), and
  // surplus windows are sliced away.
  int64_t extra[2], out[2], floorOut[2];
  for (int d = 0; d < 2; ++d) {
    int64_t in = inType.getDimSize(2 + d);
    out[d] = outType.getDimSize(2 + d);
    if (ShapedType::isDynamic(in) || ShapedType::isDynamic(out[d]))
      return opError(op) << ("ONNX export needs static spatial dimensions");
    int64_t span = dilations[d] * (kernel[d] - 1) + 1;
    int64_t need = (out[d] - 1) * strides[d] + span;
    extra[d] = std::max<int64_t>(0, need - (in + padding[d] + padding[2 + d]));
    floorOut[d] =
        (in + padding[d] + padding[2 + d] + extra[d] - span) / strides[d] + 1;
  }
  std::string input = *x;
  SmallVector<int64_t> pads{padding[0], padding[1], padding[2] + extra[0],
                            padding[3] + extra[1]};
  bool padded = llvm::any_of(padding, [](int64_t p) { return p != 0; });
  if (!isMax && countIncludePad && (padded || extra[0] || extra[1])) {
    // The declared padding counts in the divisor, the overhang does not:
    // pad explicitly with zeros, then exclude padding from the divisor.
    // Explicit zeros also keep engines that read count_include_pad
    // differently (OpenCV 4.6) exact.
    onnx::NodeProto pad;
    pad.set_op_type("Pad");
    pad.add_input(input);
    pad.add_input(intConstant({0, 0, padding[0], padding[1], 0, 0, padding[2],
                               padding[3]}));
    input = addNode(std::move(pad), base + ".pad", loc).front();
    pads = {0, 0, extra[0], extra[1]};
    countIncludePad = false;
  }
  onnx::NodeProto node;
  node.set_op_type(isMax ? "MaxPool" : "AveragePool");
  node.add_input(input);
  intAttr(node, "ceil_mode", 0);
  if (isMax)
    intsAttr(node, "dilations", dilations);
  else
    intAttr(node, "count_include_pad", countIncludePad ? 1 : 0);
  intsAttr(node, "kernel_shape", kernel);
  intsAttr(node, "pads", pads);
  intsAttr(node, "strides", strides);
  std::string y = addNode(std::move(node), base, loc).front();
  for (int d = 0; d < 2; ++d)
    if (floorOut[d] > out[d])
      y = sliceAxis(y, 2 + d, 0, out[d], base + ".crop", loc);
  names[op->getResult(0)] = y;
  return success();
}

LogicalResult Exporter::emitPadChannels(PadChannelsOp pad) {
  FailureOr<std::string> x = name(pad, pad.getInput());
  if (failed(x))
    return failure();
  Location loc = pad.getLoc();
  std::string base = baseName(pad);
  int64_t rank = cast<RankedTensorType>(pad.getInput().getType()).getRank();
  SmallVector<int64_t> groups = pad.getGroupSizes();
  ArrayRef<int64_t> pads = pad.getPads();
  int64_t total = channelCount(pad.getInput());
  Names parts;
  int64_t start = 0;
  for (size_t g = 0; g < groups.size(); ++g) {
    std::string suffix = groups.size() > 1 ? ".g" + std::to_string(g + 1) : "";
    std::string part = channels(*x, start, start + groups[g], total,
                                base + suffix + ".in", loc);
    parts.push_back(padChannels(part, rank, 0, pads[g], base + suffix, loc));
    start += groups[g];
  }
  names[pad.getResult()] = concat(parts, base, loc);
  return success();
}

LogicalResult Exporter::emitInput(func::FuncOp func) {
  auto type = dyn_cast<RankedTensorType>(func.getArgument(0).getType());
  if (!type || type.getRank() != 4 ||
      llvm::any_of(type.getShape().drop_front(), ShapedType::isDynamic))
    return emitError(func.getLoc(), "the model input must be N x C x H x W "
                                    "with static C, H, W");
  onnx::ValueInfoProto *input = graph->add_input();
  input->set_name("input");
  auto *tensor = input->mutable_type()->mutable_tensor_type();
  tensor->set_elem_type(onnx::TensorProto::FLOAT);
  tensor->mutable_shape()->add_dim()->set_dim_param("N");
  for (int64_t d : type.getShape().drop_front())
    tensor->mutable_shape()->add_dim()->set_dim_value(d);
  inputName = "input";

  auto mean = module->getAttrOfType<DenseF32ArrayAttr>("slice.input_mean");
  auto stddev = module->getAttrOfType<DenseF32ArrayAttr>("slice.input_std");
  if (!mean && !stddev)
    return success();
  int64_t c = type.getDimSize(1);
  if (!mean || !stddev || int64_t(mean.size()) != c ||
      int64_t(stddev.size()) != c)
    return emitError(module.getLoc(), "slice.input_mean / slice.input_std "
                                      "must hold one value per input channel (")
           << c << ")";
  for (float v : stddev.asArrayRef())
    if (!(v > 0))
      return emitError(module.getLoc(), "slice.input_std must be positive");
  // The runtime computes (x - mean[c]) / std[c]; so does the graph. The
  // constants are C x 1 x 1 (broadcast over N, H, W): OpenCV 4.6 adds a
  // 1 x C x 1 x 1 constant to the wrong channels.
  Location loc = func.getLoc();
  std::string m = addInitializer("input_mean", {c, 1, 1}, mean.asArrayRef());
  std::string s = addInitializer("input_std", {c, 1, 1}, stddev.asArrayRef());
  std::string centred = simple("Sub", {inputName, m}, "input.centred", loc);
  inputName = simple("Div", {centred, s}, "input.normalised", loc);
  return success();
}

void Exporter::prune(const std::vector<std::string> &outputs) {
  std::set<std::string> live(outputs.begin(), outputs.end());
  std::vector<bool> keep(graph->node_size(), false);
  for (int i = graph->node_size() - 1; i >= 0; --i) {
    const onnx::NodeProto &node = graph->node(i);
    for (const std::string &out : node.output())
      if (live.count(out))
        keep[i] = true;
    if (keep[i])
      for (const std::string &in : node.input())
        live.insert(in);
  }
  google::protobuf::RepeatedPtrField<onnx::NodeProto> nodes;
  for (int i = 0; i < graph->node_size(); ++i)
    if (keep[i])
      *nodes.Add() = std::move(*graph->mutable_node(i));
  graph->mutable_node()->Swap(&nodes);
  google::protobuf::RepeatedPtrField<onnx::TensorProto> inits;
  for (onnx::TensorProto &t : *graph->mutable_initializer())
    if (live.count(t.name()))
      *inits.Add() = std::move(t);
  graph->mutable_initializer()->Swap(&inits);
  // A step graph declares only the inputs it reads: a shallow-exit step
  // after the first starts from the state, not from the image (and OpenCV
  // refuses a graph input that nothing reads). The whole model keeps its
  // one input whatever it reads.
  if (!pruneInputs)
    return;
  google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> inputs;
  for (onnx::ValueInfoProto &v : *graph->mutable_input())
    if (live.count(v.name()))
      *inputs.Add() = std::move(v);
  graph->mutable_input()->Swap(&inputs);
}

Location Exporter::locationOf(const std::string &message) {
  // ONNX names nodes as "Node (NAME)" or "node name: NAME)".
  for (const char *marker : {"Node (", "node name: "}) {
    size_t at = message.find(marker);
    if (at == std::string::npos)
      continue;
    at += std::strlen(marker);
    size_t end = message.find(')', at);
    if (end == std::string::npos)
      continue;
    auto it = nodeLocs.find(message.substr(at, end - at));
    if (it != nodeLocs.end())
      return it->second;
  }
  return module.getLoc();
}

LogicalResult Exporter::check(onnx::ModelProto &copy) {
  try {
    onnx::checker::check_model(copy);
  } catch (const std::exception &e) {
    return emitError(locationOf(e.what()))
           << "the ONNX checker rejects the exported model: " << e.what();
  }
  try {
    onnx::ShapeInferenceOptions strict(/*check_type=*/true, /*error_mode=*/1);
    onnx::shape_inference::InferShapes(copy, onnx::OpSchemaRegistry::Instance(),
                                       strict);
  } catch (const std::exception &e) {
    return emitError(locationOf(e.what()))
           << "ONNX shape inference fails on the exported model: " << e.what();
  }
  return success();
}

LogicalResult Exporter::checkOpset() {
  if (options.opset < kMinOpset || options.opset > kMaxOpset)
    return emitError(module.getLoc(), "unsupported ONNX opset ")
           << options.opset << ": the exporter writes opsets " << kMinOpset
           << " to " << kMaxOpset;
  return success();
}

void Exporter::beginModel(const std::string &doc) {
  model.set_ir_version(irVersionFor(options.opset));
  model.set_producer_name("slice");
  model.set_producer_version("0.1");
  onnx::OperatorSetIdProto *opset = model.add_opset_import();
  opset->set_domain("");
  opset->set_version(options.opset);
  graph = model.mutable_graph();
  graph->set_name(module.getSymName() ? module.getSymName()->str() : "model");
  if (!doc.empty())
    model.set_doc_string(doc);
}

LogicalResult Exporter::run(llvm::raw_ostream &os) {
  if (failed(checkOpset()))
    return failure();
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func))
    return failure();
  if (func->getNumArguments() != 1)
    return emitError(func->getLoc(),
                     "a model function takes one image batch, got ")
           << func->getNumArguments() << " arguments";

  AnytimeAttr anytime = getAnytime(module);
  int64_t subnets = anytime ? anytime.getSubnets() : 1;
  bool inclusive = anytime && anytime.getForm() == AnytimeForm::inclusive;
  // The I form's passes come from separate extractions: unchanged weights
  // are shared by content.
  shareByContent = inclusive;

  // Output names as the runtime reports them.
  Operation *ret = func->getBody().front().getTerminator();
  SmallVector<OutputTag> infos = getOutputTags(*func);
  std::vector<std::string> outputNames;
  for (size_t i = 0; i < infos.size(); ++i)
    outputNames.push_back(outputName(infos, i));
  used.insert("input");
  pruneInputs = true;
  for (const std::string &n : outputNames)
    used.insert(n);

  beginModel(anytime ? "slice " +
                           stringifyAnytimeForm(anytime.getForm()).str() +
                           " model, K = " + std::to_string(subnets) +
                           ", D = " + std::to_string(anytime.getLevels())
                     : std::string());

  if (failed(emitInput(*func)))
    return failure();
  std::string normalised = inputName;
  std::vector<std::string> results(infos.size());
  int64_t passes = inclusive ? subnets : 1;
  // Alive until the end: initializers are remembered by parameter op.
  std::vector<OwningOpRef<ModuleOp>> flatModels;
  for (int64_t pass = 1; pass <= passes; ++pass) {
    passSuffix = inclusive ? ".k" + std::to_string(pass) : "";
    currentPass = pass;
    FlatModelOptions flat;
    flat.subnet = inclusive ? pass : 0;
    flat.params = SubnetParams::Copies;
    FailureOr<OwningOpRef<ModuleOp>> passModel = buildFlatModel(module, flat);
    if (failed(passModel))
      return failure();
    flatModels.push_back(std::move(*passModel));
    FailureOr<func::FuncOp> passFunc = getModelFunction(*flatModels.back());
    if (failed(passFunc))
      return failure();
    names.clear();
    names[passFunc->getArgument(0)] = normalised;
    if (failed(emitBlock(passFunc->getBody().front())))
      return failure();
    // Pass k returns head k's outputs, one per label level, in the order
    // the model returns them.
    Operation *passRet = passFunc->getBody().front().getTerminator();
    unsigned next = 0;
    for (size_t i = 0; i < infos.size(); ++i) {
      if (inclusive && infos[i].subnet != pass)
        continue;
      if (next >= passRet->getNumOperands())
        return opError(ret) << "sub-network " << pass
                            << " flattened returns fewer outputs than the "
                               "model has for it";
      FailureOr<std::string> n = name(passRet, passRet->getOperand(next++));
      if (failed(n))
        return failure();
      results[i] = *n;
    }
  }

  // Nodes every pass shares lose their pass suffix.
  std::map<std::string, std::string> renames;
  for (auto &[nodeName, info] : nodeInfo)
    if (info.shared)
      renames[nodeName] = unique(info.base);
  // An initializer is its parameter's name, unless passes hold different
  // contents for it (rows of a per-sub-network BatchNorm): then each keeps
  // its pass suffix.
  std::map<std::string, int> perBase;
  for (auto &[initName, info] : initInfo)
    ++perBase[info.base];
  for (auto &[initName, info] : initInfo)
    if (perBase[info.base] == 1 && initName != info.base)
      renames[initName] = unique(info.base);
  renameTensors(renames);
  for (std::string &r : results) {
    auto it = renames.find(r);
    if (it != renames.end())
      r = it->second;
  }

  SmallVector<Type> types(ret->getOperandTypes());
  return finish(std::move(results), outputNames, types, os);
}

LogicalResult Exporter::finish(std::vector<std::string> results,
                               const std::vector<std::string> &outputNames,
                               ArrayRef<Type> types, llvm::raw_ostream &os) {
  // Name the outputs: rename the producing node's output, or add Identity
  // where that is not possible (graph input, initializer, repeated value).
  std::set<std::string> produced, renamed;
  for (const onnx::NodeProto &node : graph->node())
    produced.insert(node.output().begin(), node.output().end());
  for (size_t i = 0; i < results.size(); ++i) {
    const std::string from = results[i], &to = outputNames[i];
    if (produced.count(from) && !renamed.count(from)) {
      renameTensors({{from, to}});
      for (size_t j = i + 1; j < results.size(); ++j)
        if (results[j] == from)
          results[j] = to;
      renamed.insert(to);
    } else {
      onnx::NodeProto *node = graph->add_node();
      node->set_op_type("Identity");
      node->set_name(unique(to + ".identity"));
      node->add_input(from);
      node->add_output(to);
    }
    results[i] = to;
    onnx::ValueInfoProto *output = graph->add_output();
    output->set_name(to);
    auto *tensor = output->mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(onnx::TensorProto::FLOAT);
    auto type = cast<RankedTensorType>(types[i]);
    for (int64_t d = 0; d < type.getRank(); ++d) {
      auto *dim = tensor->mutable_shape()->add_dim();
      if (d == 0)
        dim->set_dim_param("N");
      else if (ShapedType::isDynamic(type.getDimSize(d)))
        dim->set_dim_param("d" + std::to_string(d));
      else
        dim->set_dim_value(type.getDimSize(d));
    }
  }
  prune(results);

  if (model.ByteSizeLong() > size_t(INT_MAX))
    return emitError(module.getLoc(), "the ONNX model would exceed "
                                      "protobuf's 2 GB limit (external data "
                                      "is not supported)");
  if (options.check) {
    onnx::ModelProto copy = model;
    if (failed(check(copy)))
      return failure();
  }
  std::string bytes;
  if (!model.SerializeToString(&bytes))
    return emitError(module.getLoc(), "cannot serialise the ONNX model");
  os.write(bytes.data(), bytes.size());
  return success();
}

LogicalResult Exporter::runStep(int64_t k, llvm::raw_ostream &os) {
  if (failed(checkOpset()))
    return failure();
  FailureOr<OwningOpRef<ModuleOp>> steps = buildAnytimeSteps(module);
  if (failed(steps))
    return failure();
  auto funcs = llvm::to_vector((*steps)->getOps<func::FuncOp>());
  int64_t K = funcs.size();
  if (k < 1 || k > K)
    return emitError(module.getLoc(), "step ")
           << k << ": the model grows in " << K << " steps";
  // Outputs are named as the whole model's (every step's outputs in order
  // are the model's). State is named after the step that leaves it: step
  // k's output "state.<id>.step<k>" is step k+1's input of that name.
  auto stateName = [](int64_t id, int64_t after) {
    return "state." + std::to_string(id) + ".step" + std::to_string(after);
  };
  SmallVector<OutputTag> all;
  size_t first = 0;
  for (func::FuncOp f : funcs) {
    SmallVector<OutputTag> tags = getOutputTags(f);
    size_t outputs = 0;
    for (unsigned i = 0; i < f.getNumResults(); ++i)
      if (!f.getResultAttr(i, kStateAttr))
        ++outputs;
    if (f == funcs[k - 1])
      first = all.size();
    all.append(tags.begin(), tags.begin() + outputs);
  }
  func::FuncOp step = funcs[k - 1];
  std::vector<std::string> outputNames;
  for (unsigned i = 0; i < step.getNumResults(); ++i) {
    auto id = step.getResultAttrOfType<IntegerAttr>(i, kStateAttr);
    outputNames.push_back(id ? stateName(id.getInt(), k)
                             : outputName(all, first + i));
  }
  used.insert("input");
  pruneInputs = true;
  for (const std::string &n : outputNames)
    used.insert(n);
  AnytimeAttr anytime = getAnytime(module);
  beginModel("slice anytime step " + std::to_string(k) + " of " +
             std::to_string(K) +
             (anytime ? " (" + stringifyAnytimeForm(anytime.getForm()).str() +
                            " model)"
                      : std::string()) +
             ": takes the image and the state of step " +
             std::to_string(k - 1) + ", returns sub-network " +
             std::to_string(k) + "'s outputs and the state later steps read");
  if (failed(emitInput(step)))
    return failure();
  names.clear();
  names[step.getArgument(0)] = inputName;
  for (unsigned i = 1; i < step.getNumArguments(); ++i) {
    auto id = step.getArgAttrOfType<IntegerAttr>(i, kStateAttr);
    auto type = dyn_cast<RankedTensorType>(step.getArgument(i).getType());
    if (!id || !type)
      return emitError(step.getLoc(), "step argument ")
             << i << " is not a tagged state tensor";
    std::string n = stateName(id.getInt(), k - 1);
    used.insert(n);
    onnx::ValueInfoProto *input = graph->add_input();
    input->set_name(n);
    auto *tensor = input->mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(onnx::TensorProto::FLOAT);
    tensor->mutable_shape()->add_dim()->set_dim_param("N");
    for (int64_t d : type.getShape().drop_front())
      tensor->mutable_shape()->add_dim()->set_dim_value(d);
    names[step.getArgument(i)] = n;
  }
  if (failed(emitBlock(step.getBody().front())))
    return failure();
  Operation *ret = step.getBody().front().getTerminator();
  std::vector<std::string> results;
  for (Value v : ret->getOperands()) {
    FailureOr<std::string> n = name(ret, v);
    if (failed(n))
      return failure();
    results.push_back(*n);
  }
  SmallVector<Type> types(ret->getOperandTypes());
  return finish(std::move(results), outputNames, types, os);
}
} // namespace

LogicalResult mlir::slice::exportOnnx(ModuleOp module, llvm::raw_ostream &os,
                                      const OnnxExportOptions &options) {
  try {
    Exporter exporter(module, options);
    return exporter.run(os);
  } catch (const std::exception &e) {
    return emitError(module.getLoc(), "ONNX export failed: ") << e.what();
  }
}

LogicalResult mlir::slice::exportOnnxStep(ModuleOp module, int64_t k,
                                          llvm::raw_ostream &os,
                                          const OnnxExportOptions &options) {
  try {
    Exporter exporter(module, options);
    return exporter.runStep(k, os);
  } catch (const std::exception &e) {
    return emitError(module.getLoc(), "ONNX export failed: ") << e.what();
  }
}
