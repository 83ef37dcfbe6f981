//===- Import.cpp - ONNX models as slice models ---------------------------===//
//
// Walks the graph in dependency order. Every ONNX value becomes one of:
// a tensor (an SSA value of the model function), a compile-time constant
// (initializers, Constant nodes, and the Shape/Gather/Concat/... chains
// exporters emit to compute shapes, folded here), or a tensor with a pending
// zero padding (a Pad node, folded into the convolution or average pool that
// reads it). Weights become `slice.param`s whose values are the initializer
// bytes themselves (moved out of the protobuf, not copied).
//
//===----------------------------------------------------------------------===//
#include "slice/Anytime/Params.h"
#include "slice/Dialect/SliceDialect.h"
#include "slice/Onnx/Onnx.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <google/protobuf/io/coded_stream.h>
#include <onnx/onnx_pb.h>

#include <charconv>
#include <cmath>
#include <memory>

using namespace mlir;
using namespace mlir::slice;

namespace {

/// The largest tensor the importer accepts (2^32 elements, 16 GiB of f32):
/// anything larger is a corrupt or hostile header, not a model.
constexpr int64_t kMaxElements = int64_t(1) << 32;

/// A compile-time tensor: float32 or int64 (all integer and bool types are
/// widened to int64), row-major little-endian bytes.
struct Const {
  bool isFloat = true;
  SmallVector<int64_t> dims;
  std::shared_ptr<std::string> bytes = std::make_shared<std::string>();

  int64_t numel() const {
    int64_t n = 1;
    for (int64_t d : dims)
      n *= d;
    return n;
  }
  ArrayRef<float> floats() const {
    return {reinterpret_cast<const float *>(bytes->data()),
            bytes->size() / sizeof(float)};
  }
  ArrayRef<int64_t> ints() const {
    return {reinterpret_cast<const int64_t *>(bytes->data()),
            bytes->size() / sizeof(int64_t)};
  }
  /// Values as int64 whatever the type (shape arithmetic on float consts).
  SmallVector<int64_t> asInts() const {
    if (!isFloat)
      return SmallVector<int64_t>(ints());
    SmallVector<int64_t> out;
    for (float f : floats())
      out.push_back(static_cast<int64_t>(f));
    return out;
  }
  SmallVector<double> asDoubles() const {
    SmallVector<double> out;
    if (isFloat)
      for (float f : floats())
        out.push_back(f);
    else
      for (int64_t i : ints())
        out.push_back(static_cast<double>(i));
    return out;
  }

  static std::shared_ptr<Const> ofInts(ArrayRef<int64_t> dims,
                                       ArrayRef<int64_t> values) {
    auto c = std::make_shared<Const>();
    c->isFloat = false;
    c->dims.assign(dims.begin(), dims.end());
    c->bytes->assign(reinterpret_cast<const char *>(values.data()),
                     values.size() * sizeof(int64_t));
    return c;
  }
  static std::shared_ptr<Const> ofFloats(ArrayRef<int64_t> dims,
                                         ArrayRef<float> values) {
    auto c = std::make_shared<Const>();
    c->dims.assign(dims.begin(), dims.end());
    c->bytes->assign(reinterpret_cast<const char *>(values.data()),
                     values.size() * sizeof(float));
    return c;
  }
};
using ConstPtr = std::shared_ptr<Const>;

/// What an ONNX value name stands for.
struct OnnxValue {
  Value tensor;
  ConstPtr constant;
  /// Zero padding [top, left, bottom, right] still to apply to `tensor`.
  SmallVector<int64_t, 4> pendingPad;
  /// The Pad node that produced the pending padding (for errors).
  std::string padNode;

  bool hasPendingPad() const { return !pendingPad.empty(); }
};

/// Roles decide a parameter's init scheme and whether it is a buffer; the
/// stored value is what is used either way.
enum class Role { Weight, LinearWeight, Bias, Scale, Mean, Variance };

class Importer {
public:
  Importer(MLIRContext *context, const OnnxImportOptions &options)
      : context(context), options(options), b(context) {}

  OwningOpRef<ModuleOp> run(const llvm::MemoryBuffer &buffer);

private:
  // Diagnostics.
  Location fileLoc() {
    return NameLoc::get(b.getStringAttr(options.fileName));
  }
  Location nodeLoc(int index) {
    const onnx::NodeProto &node = graph->node(index);
    std::string text = options.fileName + ": node " + std::to_string(index) +
                       " '" + node.name() + "' (" + node.op_type() + ")";
    return NameLoc::get(b.getStringAttr(text));
  }
  InFlightDiagnostic nodeError() { return emitError(nodeLoc(current)); }

  // Reading the protobuf.
  LogicalResult parseModel(const llvm::MemoryBuffer &buffer);
  LogicalResult checkOpsets();
  FailureOr<ConstPtr> readTensor(onnx::TensorProto &tensor, Location loc);
  LogicalResult checkDims(ArrayRef<int64_t> dims, StringRef what,
                          Location loc);
  LogicalResult readExternal(onnx::TensorProto &tensor, int64_t bytes,
                             std::string &out, Location loc);
  FailureOr<SmallVector<int>> sortNodes();
  LogicalResult declareInputs(func::FuncOp &func);

  // Node inputs and attributes.
  const onnx::AttributeProto *attr(StringRef name);
  int64_t intAttr(StringRef name, int64_t fallback);
  double floatAttr(StringRef name, double fallback);
  std::string stringAttr(StringRef name, StringRef fallback);
  SmallVector<int64_t> intsAttr(StringRef name);
  bool hasInput(int i);
  FailureOr<OnnxValue *> input(int i);
  FailureOr<Value> tensorInput(int i, bool allowPendingPad = false);
  FailureOr<ConstPtr> constInput(int i, StringRef role);
  FailureOr<SmallVector<int64_t>> intsInput(int i, StringRef role);
  LogicalResult define(int output, OnnxValue value);
  LogicalResult define(int output, Value tensor) {
    OnnxValue v;
    v.tensor = tensor;
    return define(output, std::move(v));
  }
  LogicalResult define(int output, ConstPtr constant) {
    OnnxValue v;
    v.constant = std::move(constant);
    return define(output, std::move(v));
  }
  LogicalResult onlyFirstOutputUsed();

  // Building.
  Value param(const ConstPtr &value, Role role, StringRef name,
              bool transpose = false, float scale = 1.0f);
  template <typename OpT, typename... Args>
  FailureOr<Value> create(Args &&...args);
  LogicalResult spatialAttrs(Value x, ArrayRef<int64_t> kernel,
                             SmallVectorImpl<int64_t> &strides,
                             SmallVectorImpl<int64_t> &pads,
                             SmallVectorImpl<int64_t> &dilations);

  // Ops.
  LogicalResult importNode();
  LogicalResult importConv();
  LogicalResult importBatchNorm();
  LogicalResult importClip();
  LogicalResult importAdd();
  LogicalResult importConcat();
  LogicalResult importPool(bool max);
  LogicalResult importFlatten();
  LogicalResult importReshape();
  LogicalResult importGemm(bool matmul);
  LogicalResult importPad();
  LogicalResult importConstant();
  LogicalResult importShape();
  LogicalResult foldConstNode();

  MLIRContext *context;
  const OnnxImportOptions &options;
  OpBuilder b;
  onnx::ModelProto model;
  onnx::GraphProto *graph = nullptr;
  int64_t opset = 0;
  ModuleOp module;
  Block *body = nullptr;
  llvm::StringMap<OnnxValue> values;
  /// Uses of every value name by nodes and graph outputs.
  llvm::StringMap<int> useCount;
  /// Parameters made from a constant as-is, so shared weights stay shared.
  DenseMap<std::pair<const Const *, int>, ParamOp> params;
  /// The export-time batch size (for folding Shape of the input).
  int64_t exportBatch = 1;
  int current = -1;
};

} // namespace

//===----------------------------------------------------------------------===//
// Reading the protobuf
//===----------------------------------------------------------------------===//

LogicalResult Importer::parseModel(const llvm::MemoryBuffer &buffer) {
  if (buffer.getBufferSize() > size_t(INT32_MAX))
    return emitError(fileLoc())
           << "is larger than 2 GiB; protobuf cannot hold it: save the "
              "weights as ONNX external data";
  google::protobuf::io::CodedInputStream stream(
      reinterpret_cast<const uint8_t *>(buffer.getBufferStart()),
      static_cast<int>(buffer.getBufferSize()));
  stream.SetTotalBytesLimit(INT32_MAX);
  if (!model.ParseFromCodedStream(&stream) || !stream.ConsumedEntireMessage())
    return emitError(fileLoc())
           << "is not an ONNX model: the protobuf ModelProto does not parse "
              "(truncated or not an .onnx file)";
  if (model.ir_version() <= 0 || !model.has_graph())
    return emitError(fileLoc())
           << "is not an ONNX model: no IR version or graph (ir_version "
           << model.ir_version() << ")";
  graph = model.mutable_graph();
  return success();
}

LogicalResult Importer::checkOpsets() {
  for (const onnx::OperatorSetIdProto &set : model.opset_import())
    if (set.domain().empty() || set.domain() == "ai.onnx")
      opset = set.version();
  if (opset == 0)
    return emitError(fileLoc())
           << "imports no version of the default ONNX opset (ai.onnx)";
  if (opset < 7 || opset > 18)
    return emitError(fileLoc())
           << "uses ONNX opset " << opset << "; supported: 7 to 18";
  return success();
}

LogicalResult Importer::checkDims(ArrayRef<int64_t> dims, StringRef what,
                                  Location loc) {
  int64_t n = 1;
  for (int64_t d : dims) {
    if (d < 0)
      return emitError(loc) << what << " has a negative dimension " << d;
    if (d != 0 && n > kMaxElements / d)
      return emitError(loc) << what << " has absurd dimensions (more than 2^32 "
                               "elements)";
    n *= d;
  }
  return success();
}

LogicalResult Importer::readExternal(onnx::TensorProto &tensor, int64_t bytes,
                                     std::string &out, Location loc) {
  std::string location;
  int64_t offset = 0, length = -1;
  for (const onnx::StringStringEntryProto &entry : tensor.external_data()) {
    if (entry.key() == "location")
      location = entry.value();
    else if (entry.key() == "offset" || entry.key() == "length") {
      char *end = nullptr;
      long long v = std::strtoll(entry.value().c_str(), &end, 10);
      if (entry.value().empty() || *end || v < 0)
        return emitError(loc) << "has a bad external-data " << entry.key()
                              << " '" << entry.value() << "'";
      (entry.key() == "offset" ? offset : length) = v;
    }
  }
  if (location.empty())
    return emitError(loc) << "uses external data without a location";
  // ONNX external data lives next to the model; a path leaving that folder
  // is a hostile file, not a model.
  if (llvm::sys::path::is_absolute(location) ||
      llvm::any_of(llvm::make_range(llvm::sys::path::begin(location),
                                    llvm::sys::path::end(location)),
                   [](StringRef part) { return part == ".."; }))
    return emitError(loc) << "external data location '" << location
                          << "' must be a relative path inside the model's "
                             "folder";
  if (length >= 0 && length != bytes)
    return emitError(loc) << "needs " << bytes
                          << " bytes but its external data length is "
                          << length;
  llvm::SmallString<256> path(options.baseDir);
  llvm::sys::path::append(path, location);
  uint64_t fileSize = 0;
  if (std::error_code ec = llvm::sys::fs::file_size(path, fileSize))
    return emitError(loc) << "cannot read external data '" << path
                          << "': " << ec.message();
  if (uint64_t(offset) + uint64_t(bytes) > fileSize)
    return emitError(loc) << "needs " << bytes << " bytes at offset " << offset
                          << " of external data '" << path << "', which has "
                          << fileSize << " bytes";
  auto file = llvm::MemoryBuffer::getFileSlice(path, bytes, offset,
                                               /*IsVolatile=*/false);
  if (!file)
    return emitError(loc) << "cannot read " << bytes << " bytes at offset "
                          << offset << " of external data '" << path
                          << "': " << file.getError().message();
  if (static_cast<int64_t>((*file)->getBufferSize()) != bytes)
    return emitError(loc) << "external data '" << path << "' ends before "
                          << bytes << " bytes at offset " << offset;
  out.assign((*file)->getBufferStart(), (*file)->getBufferSize());
  return success();
}

FailureOr<ConstPtr> Importer::readTensor(onnx::TensorProto &tensor,
                                         Location loc) {
  auto c = std::make_shared<Const>();
  c->dims.assign(tensor.dims().begin(), tensor.dims().end());
  std::string what = "the tensor";
  if (failed(checkDims(c->dims, what, loc)))
    return failure();
  int64_t n = c->numel();
  using TP = onnx::TensorProto;
  int type = tensor.data_type();
  bool external = tensor.data_location() == TP::EXTERNAL;

  auto fromRaw = [&](size_t elemSize, auto convert) -> LogicalResult {
    std::string raw;
    if (external) {
      if (failed(readExternal(tensor, n * elemSize, raw, loc)))
        return failure();
    } else {
      raw.swap(*tensor.mutable_raw_data());
    }
    if (raw.size() != n * elemSize)
      return emitError(loc) << what << " holds " << raw.size()
                            << " bytes but its dimensions need " << n * elemSize;
    convert(raw);
    return success();
  };
  auto typed = [&](int64_t count) -> LogicalResult {
    if (count != n)
      return emitError(loc) << what << " holds " << count
                            << " values but its dimensions need " << n;
    return success();
  };

  bool hasRaw = external || tensor.has_raw_data();
  switch (type) {
  case TP::FLOAT:
    c->isFloat = true;
    if (hasRaw)
      return failed(fromRaw(4, [&](std::string &raw) { c->bytes->swap(raw); }))
                 ? FailureOr<ConstPtr>(failure())
                 : FailureOr<ConstPtr>(c);
    if (failed(typed(tensor.float_data_size())))
      return failure();
    c->bytes->assign(reinterpret_cast<const char *>(tensor.float_data().data()),
                     n * sizeof(float));
    return c;
  case TP::DOUBLE: {
    c->isFloat = true;
    std::vector<float> out;
    if (hasRaw) {
      if (failed(fromRaw(8, [&](std::string &raw) {
            const double *d = reinterpret_cast<const double *>(raw.data());
            out.assign(d, d + n);
          })))
        return failure();
    } else {
      if (failed(typed(tensor.double_data_size())))
        return failure();
      out.assign(tensor.double_data().begin(), tensor.double_data().end());
    }
    c->bytes->assign(reinterpret_cast<const char *>(out.data()),
                     out.size() * sizeof(float));
    return c;
  }
  case TP::INT64:
  case TP::INT32:
  case TP::INT16:
  case TP::INT8:
  case TP::UINT8:
  case TP::UINT16:
  case TP::UINT32:
  case TP::BOOL: {
    c->isFloat = false;
    std::vector<int64_t> out;
    if (hasRaw) {
      size_t size = type == TP::INT64                           ? 8
                    : (type == TP::INT32 || type == TP::UINT32) ? 4
                    : (type == TP::INT16 || type == TP::UINT16) ? 2
                                                                : 1;
      if (failed(fromRaw(size, [&](std::string &raw) {
            for (int64_t i = 0; i < n; ++i) {
              const char *p = raw.data() + i * size;
              switch (type) {
              case TP::INT64: out.push_back(*reinterpret_cast<const int64_t *>(p)); break;
              case TP::INT32: out.push_back(*reinterpret_cast<const int32_t *>(p)); break;
              case TP::UINT32: out.push_back(*reinterpret_cast<const uint32_t *>(p)); break;
              case TP::INT16: out.push_back(*reinterpret_cast<const int16_t *>(p)); break;
              case TP::UINT16: out.push_back(*reinterpret_cast<const uint16_t *>(p)); break;
              case TP::INT8: out.push_back(*reinterpret_cast<const int8_t *>(p)); break;
              default: out.push_back(*reinterpret_cast<const uint8_t *>(p)); break;
              }
            }
          })))
        return failure();
    } else if (type == TP::INT64) {
      if (failed(typed(tensor.int64_data_size())))
        return failure();
      out.assign(tensor.int64_data().begin(), tensor.int64_data().end());
    } else {
      if (failed(typed(tensor.int32_data_size())))
        return failure();
      out.assign(tensor.int32_data().begin(), tensor.int32_data().end());
    }
    c->bytes->assign(reinterpret_cast<const char *>(out.data()),
                     out.size() * sizeof(int64_t));
    return c;
  }
  default:
    return emitError(loc) << what << " has element type "
                          << TP::DataType_Name(
                                 static_cast<TP::DataType>(type))
                          << "; supported: float, double and integers";
  }
}

/// Kahn's algorithm: ONNX requires topological order but exporters and hand
/// edits do not always keep it; a cycle is an error naming a node on it.
FailureOr<SmallVector<int>> Importer::sortNodes() {
  int n = graph->node_size();
  llvm::StringMap<int> producer;
  for (int i = 0; i < n; ++i)
    for (const std::string &out : graph->node(i).output()) {
      if (out.empty())
        continue;
      if (!producer.try_emplace(out, i).second || values.count(out)) {
        current = i;
        return nodeError() << "defines '" << out
                           << "', which is already defined";
      }
    }
  SmallVector<int> pending(n, 0);
  SmallVector<SmallVector<int>> readers(n);
  for (int i = 0; i < n; ++i)
    for (const std::string &in : graph->node(i).input()) {
      if (in.empty())
        continue;
      auto it = producer.find(in);
      if (it != producer.end()) {
        ++pending[i];
        readers[it->second].push_back(i);
      } else if (!values.count(in)) {
        current = i;
        return nodeError() << "reads '" << in
                           << "', which no node, graph input or initializer "
                              "defines";
      }
    }
  SmallVector<int> order, ready;
  for (int i = n - 1; i >= 0; --i)
    if (pending[i] == 0)
      ready.push_back(i);
  while (!ready.empty()) {
    int i = ready.pop_back_val();
    order.push_back(i);
    for (int r : llvm::reverse(readers[i]))
      if (--pending[r] == 0)
        ready.push_back(r);
  }
  if (static_cast<int>(order.size()) != n) {
    for (int i = 0; i < n; ++i)
      if (pending[i] > 0) {
        current = i;
        return nodeError() << "is on a cycle: the graph is not a DAG";
      }
  }
  return order;
}

LogicalResult Importer::declareInputs(func::FuncOp &func) {
  SmallVector<Type> argTypes;
  SmallVector<std::string> argNames;
  for (const onnx::ValueInfoProto &info : graph->input()) {
    if (values.count(info.name()))
      continue; // an initializer listed as input (IR version < 4)
    Location loc = NameLoc::get(
        b.getStringAttr(options.fileName + ": graph input '" + info.name() + "'"));
    if (!info.type().has_tensor_type() ||
        info.type().tensor_type().elem_type() != onnx::TensorProto::FLOAT)
      return emitError(loc) << "must be a float32 tensor";
    const onnx::TensorShapeProto &shape = info.type().tensor_type().shape();
    SmallVector<int64_t> dims;
    for (int d = 0; d < shape.dim_size(); ++d) {
      const onnx::TensorShapeProto::Dimension &dim = shape.dim(d);
      if (d == 0) {
        // The batch stays dynamic: a slice model runs any batch size.
        if (dim.has_dim_value() && dim.dim_value() > 0)
          exportBatch = dim.dim_value();
        dims.push_back(ShapedType::kDynamic);
        continue;
      }
      if (!dim.has_dim_value() || dim.dim_value() <= 0)
        return emitError(loc) << "dimension " << d
                              << " must be a positive constant (only the "
                                 "batch may be symbolic)";
      dims.push_back(dim.dim_value());
    }
    if (dims.size() != 4)
      return emitError(loc) << "must be an N x C x H x W image batch, got rank "
                            << dims.size();
    SmallVector<int64_t> staticDims(dims.begin() + 1, dims.end());
    if (failed(checkDims(staticDims, "graph input '" + info.name() + "'", loc)))
      return failure();
    argTypes.push_back(RankedTensorType::get(dims, b.getF32Type()));
    argNames.push_back(info.name());
  }
  if (argTypes.size() != 1)
    return emitError(fileLoc())
           << "a slice model takes one image batch; the graph has "
           << argTypes.size() << " non-initializer inputs";
  b.setInsertionPointToEnd(module.getBody());
  func = func::FuncOp::create(b, fileLoc(), "forward",
                              b.getFunctionType(argTypes, {}));
  body = func.addEntryBlock();
  for (auto [name, arg] : llvm::zip(argNames, body->getArguments())) {
    OnnxValue v;
    v.tensor = arg;
    values[name] = v;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Node inputs and attributes
//===----------------------------------------------------------------------===//

const onnx::AttributeProto *Importer::attr(StringRef name) {
  for (const onnx::AttributeProto &a : graph->node(current).attribute())
    if (a.name() == name)
      return &a;
  return nullptr;
}

int64_t Importer::intAttr(StringRef name, int64_t fallback) {
  const onnx::AttributeProto *a = attr(name);
  return a ? a->i() : fallback;
}

double Importer::floatAttr(StringRef name, double fallback) {
  const onnx::AttributeProto *a = attr(name);
  if (!a)
    return fallback;
  // ONNX stores float32; 1e-3f should read as 0.001, not 0.0010000000475.
  char text[32];
  auto [end, ec] = std::to_chars(text, text + sizeof(text), a->f());
  *end = 0;
  return std::strtod(text, nullptr);
}

std::string Importer::stringAttr(StringRef name, StringRef fallback) {
  const onnx::AttributeProto *a = attr(name);
  return a ? a->s() : fallback.str();
}

SmallVector<int64_t> Importer::intsAttr(StringRef name) {
  const onnx::AttributeProto *a = attr(name);
  if (!a)
    return {};
  return SmallVector<int64_t>(a->ints().begin(), a->ints().end());
}

bool Importer::hasInput(int i) {
  const onnx::NodeProto &node = graph->node(current);
  return i < node.input_size() && !node.input(i).empty();
}

FailureOr<OnnxValue *> Importer::input(int i) {
  const onnx::NodeProto &node = graph->node(current);
  if (!hasInput(i))
    return nodeError() << "needs input " << i << ", which is absent";
  auto it = values.find(node.input(i));
  if (it == values.end())
    return nodeError() << "reads '" << node.input(i) << "', which is undefined";
  return &it->second;
}

FailureOr<Value> Importer::tensorInput(int i, bool allowPendingPad) {
  FailureOr<OnnxValue *> v = input(i);
  if (failed(v))
    return failure();
  if ((*v)->constant)
    return nodeError() << "input " << i << " ('"
                       << graph->node(current).input(i)
                       << "') is a constant; this op is supported on computed "
                          "tensors only";
  if ((*v)->hasPendingPad() && !allowPendingPad)
    return nodeError() << "reads the output of Pad node '" << (*v)->padNode
                       << "'; zero padding can only be folded into a "
                          "following Conv or AveragePool";
  return (*v)->tensor;
}

FailureOr<ConstPtr> Importer::constInput(int i, StringRef role) {
  FailureOr<OnnxValue *> v = input(i);
  if (failed(v))
    return failure();
  if (!(*v)->constant)
    return nodeError() << "input " << i << " ('"
                       << graph->node(current).input(i) << "', the " << role
                       << ") must be an initializer or constant";
  return (*v)->constant;
}

FailureOr<SmallVector<int64_t>> Importer::intsInput(int i, StringRef role) {
  FailureOr<ConstPtr> c = constInput(i, role);
  if (failed(c))
    return failure();
  return (*c)->asInts();
}

LogicalResult Importer::define(int output, OnnxValue value) {
  const onnx::NodeProto &node = graph->node(current);
  if (output >= node.output_size() || node.output(output).empty())
    return success();
  values[node.output(output)] = std::move(value);
  return success();
}

LogicalResult Importer::onlyFirstOutputUsed() {
  const onnx::NodeProto &node = graph->node(current);
  for (int i = 1; i < node.output_size(); ++i)
    if (!node.output(i).empty() && useCount.lookup(node.output(i)) > 0)
      return nodeError() << "output " << i << " ('" << node.output(i)
                         << "') is used; only the first output of "
                         << node.op_type() << " is supported (inference)";
  return success();
}

//===----------------------------------------------------------------------===//
// Building
//===----------------------------------------------------------------------===//

Value Importer::param(const ConstPtr &value, Role role, StringRef name,
                      bool transpose, float scale) {
  bool asIs = !transpose && scale == 1.0f;
  auto key = std::make_pair(value.get(), static_cast<int>(role));
  ParamOp p = asIs ? params.lookup(key) : ParamOp();
  SmallVector<int64_t> dims(value->dims);
  if (transpose)
    std::swap(dims[0], dims[1]);
  auto type = RankedTensorType::get(dims, b.getF32Type());
  if (!p) {
    ElementsAttr attr;
    if (asIs) {
      // The blob shares the initializer's bytes; no copy.
      std::shared_ptr<std::string> bytes = value->bytes;
      AsmResourceBlob blob(ArrayRef<char>(bytes->data(), bytes->size()),
                           alignof(float),
                           [bytes](void *, size_t, size_t) mutable {
                             bytes.reset();
                           },
                           /*dataIsMutable=*/false);
      attr = DenseResourceElementsAttr::get(type, name, std::move(blob));
    } else {
      ArrayRef<float> src = value->floats();
      std::vector<float> out(src.size());
      if (transpose) {
        int64_t rows = value->dims[0], cols = value->dims[1];
        for (int64_t r = 0; r < rows; ++r)
          for (int64_t c = 0; c < cols; ++c)
            out[c * rows + r] = src[r * cols + c] * scale;
      } else {
        for (size_t i = 0; i < src.size(); ++i)
          out[i] = src[i] * scale;
      }
      attr = DenseElementsAttr::get(type, ArrayRef<float>(out));
    }
    InitScheme init = InitScheme::zeros;
    bool buffer = false;
    switch (role) {
    case Role::Weight: init = InitScheme::msra; break;
    case Role::LinearWeight: init = InitScheme::uniform; break;
    case Role::Bias: init = InitScheme::zeros; break;
    case Role::Scale: init = InitScheme::ones; break;
    case Role::Mean: init = InitScheme::zeros; buffer = true; break;
    case Role::Variance: init = InitScheme::ones; buffer = true; break;
    }
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPoint(body->getParentOp());
    std::string symbol = name.str();
    for (unsigned i = 2; SymbolTable::lookupSymbolIn(module, symbol); ++i)
      symbol = (name + "$" + Twine(i)).str();
    p = ParamOp::create(b, NameLoc::get(b.getStringAttr(name)),
                        b.getStringAttr(symbol), TypeAttr::get(type),
                        InitSchemeAttr::get(context, init),
                        buffer ? b.getUnitAttr() : UnitAttr(), attr);
    if (asIs)
      params[key] = p;
  }
  return GetParamOp::create(b, nodeLoc(current), type,
                            FlatSymbolRefAttr::get(p.getSymNameAttr()));
}

template <typename OpT, typename... Args>
FailureOr<Value> Importer::create(Args &&...args) {
  const onnx::NodeProto &node = graph->node(current);
  std::string name = node.name().empty()
                         ? node.op_type() + "_" + std::to_string(current)
                         : node.name();
  // Built with a placeholder result type, then inferred: the dialect's shape
  // rules give the located diagnostic for mismatched shapes.
  auto placeholder = RankedTensorType::get({}, b.getF32Type());
  auto op = OpT::create(b, NameLoc::get(b.getStringAttr(name)), placeholder,
                        std::forward<Args>(args)...);
  bool relocating = false;
  ScopedDiagnosticHandler relocate(context, [&](Diagnostic &diag) {
    // Report shape errors at the ONNX node, with the dialect's reason.
    if (relocating)
      return failure();
    relocating = true;
    emitError(nodeLoc(current)) << diag.str();
    relocating = false;
    return success();
  });
  if (failed(refreshResultTypes(op))) {
    op->erase();
    return failure();
  }
  return Value(op->getResult(0));
}

LogicalResult Importer::spatialAttrs(Value x, ArrayRef<int64_t> kernel,
                                     SmallVectorImpl<int64_t> &strides,
                                     SmallVectorImpl<int64_t> &pads,
                                     SmallVectorImpl<int64_t> &dilations) {
  auto type = cast<RankedTensorType>(x.getType());
  if (type.getRank() != 4)
    return nodeError() << "supports 2-D spatial inputs (N x C x H x W), got "
                       << type;
  strides = intsAttr("strides");
  if (strides.empty())
    strides.assign({1, 1});
  dilations = intsAttr("dilations");
  if (dilations.empty())
    dilations.assign({1, 1});
  pads = intsAttr("pads");
  if (pads.empty())
    pads.assign({0, 0, 0, 0});
  if (kernel.size() != 2 || strides.size() != 2 || dilations.size() != 2 ||
      pads.size() != 4)
    return nodeError() << "supports 2-D kernels only (kernel_shape, strides, "
                          "dilations of 2 values, pads of 4)";
  for (int64_t v : llvm::concat<const int64_t>(kernel, strides, dilations))
    if (v <= 0)
      return nodeError() << "has a non-positive kernel size, stride or "
                            "dilation";
  for (int64_t p : pads)
    if (p < 0)
      return nodeError() << "has negative padding";
  std::string autoPad = stringAttr("auto_pad", "NOTSET");
  if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
    for (int d = 0; d < 2; ++d) {
      int64_t in = type.getDimSize(2 + d);
      int64_t out = (in + strides[d] - 1) / strides[d];
      int64_t effective = (kernel[d] - 1) * dilations[d] + 1;
      int64_t total =
          std::max<int64_t>(0, (out - 1) * strides[d] + effective - in);
      int64_t small = total / 2, large = total - small;
      pads[d] = autoPad == "SAME_UPPER" ? small : large;
      pads[d + 2] = autoPad == "SAME_UPPER" ? large : small;
    }
  } else if (autoPad == "VALID") {
    pads.assign({0, 0, 0, 0});
  } else if (autoPad != "NOTSET") {
    return nodeError() << "has unknown auto_pad '" << autoPad << "'";
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Ops
//===----------------------------------------------------------------------===//

LogicalResult Importer::importConv() {
  FailureOr<OnnxValue *> in = input(0);
  FailureOr<Value> x = tensorInput(0, /*allowPendingPad=*/true);
  FailureOr<ConstPtr> w = constInput(1, "weight");
  if (failed(in) || failed(x) || failed(w))
    return failure();
  if ((*w)->dims.size() != 4 || !(*w)->isFloat)
    return nodeError() << "supports 2-D convolutions with a float "
                          "O x I/groups x kH x kW weight";
  SmallVector<int64_t> kernel = intsAttr("kernel_shape");
  if (kernel.empty())
    kernel = {(*w)->dims[2], (*w)->dims[3]};
  if (kernel[0] != (*w)->dims[2] || kernel[1] != (*w)->dims[3])
    return nodeError() << "kernel_shape does not match the weight";
  SmallVector<int64_t> strides, pads, dilations;
  if (failed(spatialAttrs(*x, kernel, strides, pads, dilations)))
    return failure();
  if ((*in)->hasPendingPad())
    for (int i = 0; i < 4; ++i)
      pads[i] += (*in)->pendingPad[i];
  int64_t groups = intAttr("group", 1);
  if (groups <= 0)
    return nodeError() << "has group " << groups;
  std::string name = graph->node(current).input(1);
  Value weight = param(*w, Role::Weight, name);
  Value bias;
  if (hasInput(2)) {
    FailureOr<ConstPtr> c = constInput(2, "bias");
    if (failed(c))
      return failure();
    if ((*c)->dims.size() != 1 || (*c)->dims[0] != (*w)->dims[0])
      return nodeError() << "bias must have one value per output channel";
    bias = param(*c, Role::Bias, graph->node(current).input(2));
  }
  FailureOr<Value> y = create<Conv2dOp>(
      *x, weight, bias, b.getDenseI64ArrayAttr(strides),
      b.getDenseI64ArrayAttr(pads), b.getDenseI64ArrayAttr(dilations),
      b.getI64IntegerAttr(groups), /*block_sparse=*/nullptr);
  if (failed(y))
    return failure();
  return define(0, *y);
}

LogicalResult Importer::importBatchNorm() {
  if (failed(onlyFirstOutputUsed()))
    return failure();
  if (intAttr("training_mode", 0) != 0)
    return nodeError() << "has training_mode = 1; import the inference graph "
                          "(slice-run trains BatchNorm itself)";
  FailureOr<Value> x = tensorInput(0);
  if (failed(x))
    return failure();
  int64_t channels = cast<RankedTensorType>(x->getType()).getDimSize(1);
  Role roles[] = {Role::Scale, Role::Bias, Role::Mean, Role::Variance};
  const char *names[] = {"scale", "bias", "mean", "variance"};
  SmallVector<Value, 4> ps;
  for (int i = 0; i < 4; ++i) {
    FailureOr<ConstPtr> c = constInput(i + 1, names[i]);
    if (failed(c))
      return failure();
    if ((*c)->dims.size() != 1 || (*c)->dims[0] != channels || !(*c)->isFloat)
      return nodeError() << "the " << names[i] << " must hold " << channels
                         << " floats, one per channel";
    ps.push_back(param(*c, roles[i], graph->node(current).input(i + 1)));
  }
  // ONNX: running = running * momentum + batch * (1 - momentum); the IR
  // follows PyTorch: running = running * (1 - momentum) + batch * momentum.
  double momentum = 1.0 - floatAttr("momentum", 0.9);
  FailureOr<Value> y = create<BatchNormOp>(
      *x, ps[0], ps[1], ps[2], ps[3],
      b.getF64FloatAttr(floatAttr("epsilon", 1e-5)),
      b.getF64FloatAttr(momentum));
  if (failed(y))
    return failure();
  return define(0, *y);
}

LogicalResult Importer::importClip() {
  FailureOr<Value> x = tensorInput(0);
  if (failed(x))
    return failure();
  double lo = -INFINITY, hi = INFINITY;
  if (opset < 11) {
    lo = floatAttr("min", -INFINITY);
    hi = floatAttr("max", INFINITY);
  } else {
    for (int i = 1; i <= 2; ++i) {
      if (!hasInput(i))
        continue;
      FailureOr<ConstPtr> c = constInput(i, i == 1 ? "min" : "max");
      if (failed(c))
        return failure();
      if ((*c)->numel() != 1)
        return nodeError() << "min and max must be scalars";
      (i == 1 ? lo : hi) = (*c)->asDoubles()[0];
    }
  }
  if (lo == 0 && std::isinf(hi) && hi > 0) {
    FailureOr<Value> y = create<ReluOp>(*x);
    return failed(y) ? failure() : define(0, *y);
  }
  if (!(lo <= hi))
    return nodeError() << "has min " << lo << " above max " << hi;
  FailureOr<Value> y =
      create<ClipOp>(*x, b.getF64FloatAttr(lo), b.getF64FloatAttr(hi));
  return failed(y) ? failure() : define(0, *y);
}

LogicalResult Importer::importAdd() {
  FailureOr<OnnxValue *> lhs = input(0), rhs = input(1);
  if (failed(lhs) || failed(rhs))
    return failure();
  if ((*lhs)->constant && (*rhs)->constant)
    return foldConstNode();
  if (!(*lhs)->constant && !(*rhs)->constant) {
    FailureOr<Value> l = tensorInput(0), r = tensorInput(1);
    if (failed(l) || failed(r))
      return failure();
    if (l->getType() != r->getType())
      return nodeError() << "adds " << l->getType() << " and " << r->getType()
                         << "; broadcasting between computed tensors is not "
                            "supported";
    FailureOr<Value> y = create<AddOp>(*l, *r);
    return failed(y) ? failure() : define(0, *y);
  }
  // tensor + constant: the bias of a MatMul (PyTorch's Linear without Gemm).
  int t = (*lhs)->constant ? 1 : 0;
  FailureOr<Value> x = tensorInput(t);
  FailureOr<ConstPtr> c = constInput(1 - t, "bias");
  if (failed(x) || failed(c))
    return failure();
  auto linear = x->getDefiningOp<LinearOp>();
  int64_t out = cast<RankedTensorType>(x->getType()).getDimSize(1);
  // Folding changes the MatMul's value, so nothing else may read it.
  bool onlyReader = x->use_empty() &&
                    useCount.lookup(graph->node(current).input(t)) == 1;
  if (!linear || linear.getBias() || !onlyReader || (*c)->numel() != out ||
      !(*c)->isFloat)
    return nodeError() << "adds a constant to a computed tensor; supported "
                          "only as the bias of a preceding MatMul";
  ConstPtr flat = *c;
  if (flat->dims.size() != 1) {
    flat = std::make_shared<Const>(**c);
    flat->dims = {out};
  }
  Value bias = param(flat, Role::Bias, graph->node(current).input(1 - t));
  bias.getDefiningOp()->moveBefore(linear);
  linear.getBiasMutable().assign(bias);
  return define(0, *x);
}

LogicalResult Importer::importConcat() {
  const onnx::NodeProto &node = graph->node(current);
  bool allConst = true, anyConst = false;
  for (int i = 0; i < node.input_size(); ++i) {
    FailureOr<OnnxValue *> v = input(i);
    if (failed(v))
      return failure();
    allConst &= bool((*v)->constant);
    anyConst |= bool((*v)->constant);
  }
  if (allConst)
    return foldConstNode();
  if (anyConst)
    return nodeError() << "concatenates constants with computed tensors";
  SmallVector<Value> inputs;
  for (int i = 0; i < node.input_size(); ++i) {
    FailureOr<Value> v = tensorInput(i);
    if (failed(v))
      return failure();
    inputs.push_back(*v);
  }
  int64_t rank = cast<RankedTensorType>(inputs[0].getType()).getRank();
  int64_t axis = intAttr("axis", 1);
  if (axis < 0)
    axis += rank;
  if (axis != 1)
    return nodeError() << "concatenates along axis " << intAttr("axis", 1)
                       << "; supported: the channel axis 1";
  FailureOr<Value> y = create<ConcatOp>(inputs);
  return failed(y) ? failure() : define(0, *y);
}

LogicalResult Importer::importPool(bool max) {
  if (failed(onlyFirstOutputUsed()))
    return failure();
  FailureOr<OnnxValue *> in = input(0);
  FailureOr<Value> x = tensorInput(0, /*allowPendingPad=*/!max);
  if (failed(in) || failed(x))
    return failure();
  SmallVector<int64_t> kernel = intsAttr("kernel_shape");
  SmallVector<int64_t> strides, pads, dilations;
  if (failed(spatialAttrs(*x, kernel, strides, pads, dilations)))
    return failure();
  bool ceil = intAttr("ceil_mode", 0) != 0;
  if (max) {
    if (intAttr("storage_order", 0) != 0)
      return nodeError() << "storage_order only affects the indices output, "
                            "which is not supported";
    FailureOr<Value> y = create<MaxPoolOp>(
        *x, b.getDenseI64ArrayAttr(kernel), b.getDenseI64ArrayAttr(strides),
        b.getDenseI64ArrayAttr(pads), b.getDenseI64ArrayAttr(dilations),
        b.getBoolAttr(ceil));
    return failed(y) ? failure() : define(0, *y);
  }
  if (llvm::any_of(dilations, [](int64_t d) { return d != 1; }))
    return nodeError() << "dilated average pooling is not supported";
  bool includePad = intAttr("count_include_pad", 0) != 0;
  if ((*in)->hasPendingPad()) {
    // Explicit zeros count in the average: the same as padding with
    // count_include_pad, provided the pool's own padding counts them too.
    if (!includePad && llvm::any_of(pads, [](int64_t p) { return p != 0; }))
      return nodeError() << "pads a zero-padded input without counting the "
                            "padding; not expressible";
    for (int i = 0; i < 4; ++i)
      pads[i] += (*in)->pendingPad[i];
    includePad = true;
  }
  FailureOr<Value> y = create<AvgPoolOp>(
      *x, b.getDenseI64ArrayAttr(kernel), b.getDenseI64ArrayAttr(strides),
      b.getDenseI64ArrayAttr(pads), b.getBoolAttr(ceil),
      b.getBoolAttr(includePad));
  return failed(y) ? failure() : define(0, *y);
}

LogicalResult Importer::importFlatten() {
  FailureOr<Value> x = tensorInput(0);
  if (failed(x))
    return failure();
  int64_t rank = cast<RankedTensorType>(x->getType()).getRank();
  int64_t axis = intAttr("axis", 1);
  if (axis < 0)
    axis += rank;
  if (axis != 1)
    return nodeError() << "flattens from axis " << intAttr("axis", 1)
                       << "; supported: 1 (keep the batch)";
  FailureOr<Value> y = create<FlattenOp>(*x, b.getI64IntegerAttr(1));
  return failed(y) ? failure() : define(0, *y);
}

LogicalResult Importer::importReshape() {
  FailureOr<OnnxValue *> in = input(0);
  if (failed(in))
    return failure();
  if ((*in)->constant)
    return foldConstNode();
  FailureOr<Value> x = tensorInput(0);
  FailureOr<SmallVector<int64_t>> shape = intsInput(1, "shape");
  if (failed(x) || failed(shape))
    return failure();
  auto type = cast<RankedTensorType>(x->getType());
  SmallVector<int64_t> inDims(type.getShape());
  inDims[0] = exportBatch;
  SmallVector<int64_t> target = *shape;
  bool allowZero = intAttr("allowzero", 0) != 0;
  int64_t known = 1, inferIndex = -1, total = 1;
  for (int64_t d : inDims)
    total *= d;
  for (size_t i = 0; i < target.size(); ++i) {
    if (target[i] == 0 && !allowZero) {
      if (i >= inDims.size())
        return nodeError() << "copies dimension " << i << " the input lacks";
      target[i] = inDims[i];
    }
    if (target[i] == -1) {
      if (inferIndex >= 0)
        return nodeError() << "has two -1 dimensions";
      inferIndex = i;
    } else if (target[i] < 0) {
      return nodeError() << "has a negative dimension " << target[i];
    } else {
      known *= target[i];
    }
  }
  if (inferIndex >= 0 && known > 0)
    target[inferIndex] = total / known;
  int64_t product = 1;
  for (int64_t d : target)
    product *= d;
  if (product != total)
    return nodeError() << "cannot reshape " << total << " elements to "
                       << product;
  if (target == inDims)
    return define(0, *x);
  // Collapsing everything after the batch: the flatten every classifier
  // tail has; other reshapes change the layout the ops rely on.
  if (target.size() == 2 && target[0] == inDims[0]) {
    FailureOr<Value> y = create<FlattenOp>(*x, b.getI64IntegerAttr(1));
    return failed(y) ? failure() : define(0, *y);
  }
  return nodeError() << "reshapes to a layout other than N x features; only "
                        "flattening after the batch is supported";
}

LogicalResult Importer::importGemm(bool matmul) {
  FailureOr<Value> x = tensorInput(0);
  FailureOr<ConstPtr> w = constInput(1, "weight");
  if (failed(x) || failed(w))
    return failure();
  if (cast<RankedTensorType>(x->getType()).getRank() != 2 ||
      (*w)->dims.size() != 2 || !(*w)->isFloat)
    return nodeError() << "supports a 2-D computed input times a 2-D float "
                          "weight";
  bool transB = matmul ? false : intAttr("transB", 0) != 0;
  if (!matmul && intAttr("transA", 0) != 0)
    return nodeError() << "has transA = 1; the input must not be transposed";
  float alpha = matmul ? 1.0f : floatAttr("alpha", 1.0);
  float beta = matmul ? 1.0f : floatAttr("beta", 1.0);
  std::string name = graph->node(current).input(1);
  // slice.linear's weight is out x in, which is Gemm's B with transB.
  Value weight = param(*w, Role::LinearWeight, name, /*transpose=*/!transB, alpha);
  int64_t out = transB ? (*w)->dims[0] : (*w)->dims[1];
  Value bias;
  if (!matmul && hasInput(2)) {
    FailureOr<ConstPtr> c = constInput(2, "bias");
    if (failed(c))
      return failure();
    if ((*c)->numel() != out || !(*c)->isFloat)
      return nodeError() << "bias C must hold one value per output (" << out
                         << "); broadcasting over the batch is not supported";
    ConstPtr flat = *c;
    if (flat->dims.size() != 1) {
      flat = std::make_shared<Const>(**c);
      flat->dims = {out};
    }
    bias = param(flat, Role::Bias, graph->node(current).input(2),
                 /*transpose=*/false, beta);
  }
  FailureOr<Value> y = create<LinearOp>(*x, weight, bias);
  return failed(y) ? failure() : define(0, *y);
}

LogicalResult Importer::importPad() {
  FailureOr<OnnxValue *> in = input(0);
  if (failed(in))
    return failure();
  if ((*in)->constant)
    return nodeError() << "pads a constant; not supported";
  std::string mode = stringAttr("mode", "constant");
  if (mode != "constant")
    return nodeError() << "pads in mode '" << mode
                       << "'; only zero (constant) padding is supported";
  SmallVector<int64_t> pads;
  double fill = 0;
  if (opset < 11) {
    pads = intsAttr("pads");
    fill = floatAttr("value", 0.0);
  } else {
    FailureOr<SmallVector<int64_t>> p = intsInput(1, "pads");
    if (failed(p))
      return failure();
    pads = *p;
    if (hasInput(2)) {
      FailureOr<ConstPtr> c = constInput(2, "constant_value");
      if (failed(c))
        return failure();
      if ((*c)->numel() != 1)
        return nodeError() << "constant_value must be a scalar";
      fill = (*c)->asDoubles()[0];
    }
    if (hasInput(3))
      return nodeError() << "pads selected axes; give pads for every axis";
  }
  if (fill != 0)
    return nodeError() << "pads with " << fill << "; only zeros are supported";
  auto type = cast<RankedTensorType>((*in)->tensor.getType());
  if (type.getRank() != 4 || pads.size() != 8)
    return nodeError() << "supports padding of N x C x H x W tensors (8 pad "
                          "values)";
  if (pads[0] || pads[1] || pads[4] || pads[5])
    return nodeError() << "pads the batch or channel axis; supported: H and W";
  for (int64_t p : pads)
    if (p < 0)
      return nodeError() << "crops (negative padding); not supported";
  OnnxValue v = **in;
  if (v.pendingPad.empty())
    v.pendingPad = {0, 0, 0, 0};
  int64_t add[4] = {pads[2], pads[3], pads[6], pads[7]};
  for (int i = 0; i < 4; ++i)
    v.pendingPad[i] += add[i];
  const onnx::NodeProto &node = graph->node(current);
  v.padNode = node.name().empty() ? "#" + std::to_string(current) : node.name();
  return define(0, std::move(v));
}

LogicalResult Importer::importConstant() {
  const onnx::NodeProto &node = graph->node(current);
  for (const onnx::AttributeProto &a : node.attribute()) {
    if (a.name() == "value") {
      onnx::TensorProto t = a.t();
      FailureOr<ConstPtr> c = readTensor(t, nodeLoc(current));
      return failed(c) ? failure() : define(0, *c);
    }
    if (a.name() == "value_float")
      return define(0, Const::ofFloats({}, {a.f()}));
    if (a.name() == "value_floats")
      return define(0, Const::ofFloats(
                           {a.floats_size()},
                           SmallVector<float>(a.floats().begin(), a.floats().end())));
    if (a.name() == "value_int")
      return define(0, Const::ofInts({}, {a.i()}));
    if (a.name() == "value_ints")
      return define(0, Const::ofInts(
                           {a.ints_size()},
                           SmallVector<int64_t>(a.ints().begin(), a.ints().end())));
  }
  return nodeError() << "has no supported value attribute (value, "
                        "value_float(s), value_int(s))";
}

LogicalResult Importer::importShape() {
  FailureOr<OnnxValue *> in = input(0);
  if (failed(in))
    return failure();
  SmallVector<int64_t> dims;
  if ((*in)->constant) {
    dims = (*in)->constant->dims;
  } else {
    auto type = cast<RankedTensorType>((*in)->tensor.getType());
    dims.assign(type.getShape().begin(), type.getShape().end());
    // Shape chains on the batch fold with the size the model was exported
    // with; Reshape then recognises the batch by position.
    if (!dims.empty() && ShapedType::isDynamic(dims[0]))
      dims[0] = exportBatch;
    if ((*in)->hasPendingPad()) {
      dims[2] += (*in)->pendingPad[0] + (*in)->pendingPad[2];
      dims[3] += (*in)->pendingPad[1] + (*in)->pendingPad[3];
    }
  }
  int64_t rank = dims.size();
  int64_t start = intAttr("start", 0), end = intAttr("end", rank);
  if (start < 0)
    start += rank;
  if (end < 0)
    end += rank;
  start = std::clamp<int64_t>(start, 0, rank);
  end = std::clamp<int64_t>(end, start, rank);
  SmallVector<int64_t> out(dims.begin() + start, dims.begin() + end);
  return define(0, Const::ofInts({int64_t(out.size())}, out));
}

namespace {
SmallVector<int64_t> stridesOf(ArrayRef<int64_t> dims) {
  SmallVector<int64_t> s(dims.size(), 1);
  for (int64_t d = int64_t(dims.size()) - 2; d >= 0; --d)
    s[d] = s[d + 1] * dims[d + 1];
  return s;
}

/// Builds a const of `dims` whose element i is `src` element `index(i)`.
ConstPtr gatherElements(const Const &src, ArrayRef<int64_t> dims,
                        llvm::function_ref<int64_t(int64_t)> index) {
  int64_t n = 1;
  for (int64_t d : dims)
    n *= d;
  if (src.isFloat) {
    SmallVector<float> out;
    for (int64_t i = 0; i < n; ++i)
      out.push_back(src.floats()[index(i)]);
    return Const::ofFloats(dims, out);
  }
  SmallVector<int64_t> out;
  for (int64_t i = 0; i < n; ++i)
    out.push_back(src.ints()[index(i)]);
  return Const::ofInts(dims, out);
}
} // namespace

/// Shape arithmetic exporters emit (Shape -> Gather -> Unsqueeze -> Concat
/// -> Reshape, Slice of pads, ...): evaluated here on small constants.
LogicalResult Importer::foldConstNode() {
  const onnx::NodeProto &node = graph->node(current);
  StringRef op = node.op_type();
  SmallVector<ConstPtr> in;
  for (int i = 0; i < node.input_size(); ++i) {
    if (node.input(i).empty()) {
      in.push_back(nullptr);
      continue;
    }
    FailureOr<ConstPtr> c = constInput(i, "operand");
    if (failed(c))
      return failure();
    if ((*c)->numel() > (int64_t(1) << 24) && op != "Identity")
      return nodeError() << "would fold a constant of " << (*c)->numel()
                         << " elements; too large";
    in.push_back(*c);
  }
  auto need = [&](size_t n) -> LogicalResult {
    if (in.size() < n || llvm::any_of(ArrayRef(in).take_front(n),
                                      [](const ConstPtr &c) { return !c; }))
      return nodeError() << "needs " << n << " inputs";
    return success();
  };
  auto axisIn = [&](int64_t axis, int64_t rank) -> FailureOr<int64_t> {
    if (axis < 0)
      axis += rank;
    if (axis < 0 || axis >= rank)
      return nodeError() << "axis out of range";
    return axis;
  };

  if (op == "Cast") {
    if (failed(need(1)))
      return failure();
    int to = intAttr("to", onnx::TensorProto::FLOAT);
    bool toFloat = to == onnx::TensorProto::FLOAT ||
                   to == onnx::TensorProto::DOUBLE;
    if (toFloat == in[0]->isFloat)
      return define(0, in[0]);
    if (toFloat) {
      SmallVector<float> out;
      for (int64_t v : in[0]->ints())
        out.push_back(static_cast<float>(v));
      return define(0, Const::ofFloats(in[0]->dims, out));
    }
    return define(0, Const::ofInts(in[0]->dims, in[0]->asInts()));
  }

  if (op == "Unsqueeze" || op == "Squeeze") {
    if (failed(need(1)))
      return failure();
    SmallVector<int64_t> axes = intsAttr("axes");
    if (in.size() > 1 && in[1])
      axes = in[1]->asInts();
    SmallVector<int64_t> dims = in[0]->dims;
    if (op == "Unsqueeze") {
      int64_t rank = dims.size() + axes.size();
      for (int64_t &a : axes)
        if (a < 0)
          a += rank;
      llvm::sort(axes);
      for (int64_t a : axes) {
        if (a < 0 || a > int64_t(dims.size()))
          return nodeError() << "axis out of range";
        dims.insert(dims.begin() + a, 1);
      }
    } else {
      int64_t rank = dims.size();
      SmallVector<int64_t> kept;
      for (int64_t d = 0; d < rank; ++d) {
        bool drop = axes.empty() ? dims[d] == 1
                                 : llvm::any_of(axes, [&](int64_t a) {
                                     return (a < 0 ? a + rank : a) == d;
                                   });
        if (!drop)
          kept.push_back(dims[d]);
      }
      dims = kept;
    }
    auto c = std::make_shared<Const>(*in[0]);
    c->dims = dims;
    return define(0, ConstPtr(c));
  }

  if (op == "Reshape") {
    if (failed(need(2)))
      return failure();
    SmallVector<int64_t> target = in[1]->asInts();
    int64_t known = 1, infer = -1;
    for (size_t i = 0; i < target.size(); ++i) {
      if (target[i] == 0 && i < in[0]->dims.size())
        target[i] = in[0]->dims[i];
      if (target[i] == -1)
        infer = i;
      else
        known *= target[i];
    }
    if (infer >= 0 && known > 0)
      target[infer] = in[0]->numel() / known;
    auto c = std::make_shared<Const>(*in[0]);
    c->dims = target;
    if (c->numel() != in[0]->numel())
      return nodeError() << "reshapes " << in[0]->numel() << " elements to "
                         << c->numel();
    return define(0, ConstPtr(c));
  }

  if (op == "Gather") {
    if (failed(need(2)))
      return failure();
    const Const &data = *in[0];
    FailureOr<int64_t> axis = axisIn(intAttr("axis", 0), data.dims.size());
    if (failed(axis))
      return failure();
    SmallVector<int64_t> idx = in[1]->asInts();
    int64_t extent = data.dims[*axis];
    for (int64_t &i : idx) {
      if (i < 0)
        i += extent;
      if (i < 0 || i >= extent)
        return nodeError() << "gathers index " << i << " of " << extent;
    }
    SmallVector<int64_t> dims(data.dims.begin(), data.dims.begin() + *axis);
    dims.append(in[1]->dims.begin(), in[1]->dims.end());
    dims.append(data.dims.begin() + *axis + 1, data.dims.end());
    int64_t inner = 1;
    for (size_t d = *axis + 1; d < data.dims.size(); ++d)
      inner *= data.dims[d];
    int64_t nIdx = idx.size();
    return define(0, gatherElements(data, dims, [&](int64_t i) {
                    int64_t innerI = i % inner, rest = i / inner;
                    int64_t k = rest % nIdx, outer = rest / nIdx;
                    return (outer * extent + idx[k]) * inner + innerI;
                  }));
  }

  if (op == "Concat") {
    int64_t rank = in[0]->dims.size();
    FailureOr<int64_t> axis = axisIn(intAttr("axis", 0), rank);
    if (failed(axis))
      return failure();
    SmallVector<int64_t> dims = in[0]->dims;
    dims[*axis] = 0;
    bool isFloat = in[0]->isFloat;
    for (const ConstPtr &c : in) {
      if (int64_t(c->dims.size()) != rank || c->isFloat != isFloat)
        return nodeError() << "concatenates constants of different ranks or "
                              "types";
      dims[*axis] += c->dims[*axis];
    }
    // Concatenate slab by slab: outer x (extent x inner).
    int64_t outer = 1, inner = 1;
    for (int64_t d = 0; d < *axis; ++d)
      outer *= dims[d];
    for (int64_t d = *axis + 1; d < rank; ++d)
      inner *= dims[d];
    auto out = std::make_shared<Const>();
    out->isFloat = isFloat;
    out->dims = dims;
    size_t elem = isFloat ? sizeof(float) : sizeof(int64_t);
    for (int64_t o = 0; o < outer; ++o)
      for (const ConstPtr &c : in) {
        size_t slab = c->dims[*axis] * inner * elem;
        out->bytes->append(c->bytes->data() + o * slab, slab);
      }
    return define(0, ConstPtr(out));
  }

  if (op == "Slice") {
    if (failed(need(1)))
      return failure();
    SmallVector<int64_t> starts, ends, axes, steps;
    if (opset < 10) {
      starts = intsAttr("starts");
      ends = intsAttr("ends");
      axes = intsAttr("axes");
    } else {
      if (failed(need(3)))
        return failure();
      starts = in[1]->asInts();
      ends = in[2]->asInts();
      if (in.size() > 3 && in[3])
        axes = in[3]->asInts();
      if (in.size() > 4 && in[4])
        steps = in[4]->asInts();
    }
    const Const &data = *in[0];
    int64_t rank = data.dims.size();
    if (axes.empty())
      for (size_t i = 0; i < starts.size(); ++i)
        axes.push_back(i);
    if (steps.empty())
      steps.assign(starts.size(), 1);
    if (ends.size() != starts.size() || axes.size() != starts.size() ||
        steps.size() != starts.size())
      return nodeError() << "starts, ends, axes and steps differ in length";
    SmallVector<int64_t> begin(rank, 0), step(rank, 1), dims = data.dims;
    for (size_t i = 0; i < starts.size(); ++i) {
      FailureOr<int64_t> a = axisIn(axes[i], rank);
      if (failed(a))
        return failure();
      int64_t extent = data.dims[*a], s = starts[i], e = ends[i], st = steps[i];
      if (st == 0)
        return nodeError() << "has step 0";
      if (s < 0)
        s += extent;
      if (e < 0)
        e += extent;
      if (st > 0) {
        s = std::clamp<int64_t>(s, 0, extent);
        e = std::clamp<int64_t>(e, 0, extent);
        dims[*a] = std::max<int64_t>(0, (e - s + st - 1) / st);
      } else {
        s = std::clamp<int64_t>(s, 0, extent - 1);
        e = std::clamp<int64_t>(e, -1, extent - 1);
        dims[*a] = std::max<int64_t>(0, (s - e + (-st) - 1) / (-st));
      }
      begin[*a] = s;
      step[*a] = st;
    }
    SmallVector<int64_t> inStrides = stridesOf(data.dims),
                         outStrides = stridesOf(dims);
    return define(0, gatherElements(data, dims, [&](int64_t i) {
                    int64_t offset = 0;
                    for (int64_t d = 0; d < rank; ++d) {
                      int64_t coord = (i / outStrides[d]) % dims[d];
                      offset += (begin[d] + coord * step[d]) * inStrides[d];
                    }
                    return offset;
                  }));
  }

  if (op == "ConstantOfShape") {
    if (failed(need(1)))
      return failure();
    SmallVector<int64_t> dims = in[0]->asInts();
    if (failed(checkDims(dims, "ConstantOfShape", nodeLoc(current))))
      return failure();
    int64_t n = 1;
    for (int64_t d : dims)
      n *= d;
    if (n > (int64_t(1) << 24))
      return nodeError() << "would create " << n << " elements; too large";
    ConstPtr fill = Const::ofFloats({1}, {0.0f});
    if (const onnx::AttributeProto *a = attr("value")) {
      onnx::TensorProto t = a->t();
      FailureOr<ConstPtr> c = readTensor(t, nodeLoc(current));
      if (failed(c))
        return failure();
      fill = *c;
    }
    if (fill->numel() != 1)
      return nodeError() << "value must hold one element";
    return define(0, gatherElements(*fill, dims, [](int64_t) { return 0; }));
  }

  if (op == "Add" || op == "Sub" || op == "Mul" || op == "Div") {
    if (failed(need(2)))
      return failure();
    const Const &l = *in[0], &r = *in[1];
    int64_t rank = std::max(l.dims.size(), r.dims.size());
    SmallVector<int64_t> dims(rank, 1), ld(rank, 1), rd(rank, 1);
    std::copy(l.dims.begin(), l.dims.end(), ld.end() - l.dims.size());
    std::copy(r.dims.begin(), r.dims.end(), rd.end() - r.dims.size());
    for (int64_t d = 0; d < rank; ++d) {
      if (ld[d] != rd[d] && ld[d] != 1 && rd[d] != 1)
        return nodeError() << "operands do not broadcast";
      dims[d] = std::max(ld[d], rd[d]);
    }
    SmallVector<int64_t> ls = stridesOf(ld), rs = stridesOf(rd),
                         os = stridesOf(dims);
    int64_t n = 1;
    for (int64_t d : dims)
      n *= d;
    auto index = [&](int64_t i, ArrayRef<int64_t> sd, ArrayRef<int64_t> ss) {
      int64_t offset = 0;
      for (int64_t d = 0; d < rank; ++d)
        if (sd[d] != 1)
          offset += ((i / os[d]) % dims[d]) * ss[d];
      return offset;
    };
    SmallVector<double> lv = l.asDoubles(), rv = r.asDoubles();
    bool isFloat = l.isFloat || r.isFloat;
    SmallVector<float> fo;
    SmallVector<int64_t> io;
    for (int64_t i = 0; i < n; ++i) {
      double a = lv[index(i, ld, ls)], c = rv[index(i, rd, rs)];
      if (op == "Div" && c == 0 && !isFloat)
        return nodeError() << "divides by zero";
      double v = op == "Add" ? a + c
                 : op == "Sub" ? a - c
                 : op == "Mul" ? a * c
                 : isFloat     ? a / c
                               : std::floor(a / c);
      if (isFloat)
        fo.push_back(static_cast<float>(v));
      else
        io.push_back(static_cast<int64_t>(v));
    }
    return define(0, isFloat ? Const::ofFloats(dims, fo)
                             : Const::ofInts(dims, io));
  }

  return nodeError() << "cannot be evaluated on constants";
}

LogicalResult Importer::importNode() {
  const onnx::NodeProto &node = graph->node(current);
  if (!node.domain().empty() && node.domain() != "ai.onnx")
    return nodeError() << "is from the opset domain '" << node.domain()
                       << "', which slice does not know; supported: the "
                          "default ONNX domain";
  StringRef op = node.op_type();
  if (op == "Identity" || op == "Dropout") {
    if (op == "Dropout" && failed(onlyFirstOutputUsed()))
      return failure();
    FailureOr<OnnxValue *> v = input(0);
    if (failed(v))
      return failure();
    if (op == "Dropout" && opset >= 12 && hasInput(2)) {
      FailureOr<ConstPtr> training = constInput(2, "training_mode");
      if (failed(training))
        return failure();
      if (training->get()->numel() == 1 && training->get()->asInts()[0] != 0)
        return nodeError() << "is in training mode; import the inference "
                              "graph";
    }
    return define(0, **v);
  }
  if (op == "Constant")
    return importConstant();
  if (op == "Shape")
    return importShape();
  if (op == "Conv")
    return importConv();
  if (op == "BatchNormalization")
    return importBatchNorm();
  if (op == "Relu") {
    FailureOr<Value> x = tensorInput(0);
    if (failed(x))
      return failure();
    FailureOr<Value> y = create<ReluOp>(*x);
    return failed(y) ? failure() : define(0, *y);
  }
  if (op == "Clip")
    return importClip();
  if (op == "Add" || op == "Sum") {
    if (op == "Sum" && node.input_size() != 2)
      return nodeError() << "sums " << node.input_size()
                         << " inputs; supported: 2";
    return importAdd();
  }
  if (op == "Concat")
    return importConcat();
  if (op == "MaxPool")
    return importPool(/*max=*/true);
  if (op == "AveragePool")
    return importPool(/*max=*/false);
  if (op == "GlobalAveragePool") {
    FailureOr<Value> x = tensorInput(0);
    if (failed(x))
      return failure();
    FailureOr<Value> y = create<GlobalAvgPoolOp>(*x);
    return failed(y) ? failure() : define(0, *y);
  }
  if (op == "Flatten")
    return importFlatten();
  if (op == "Reshape")
    return importReshape();
  if (op == "Gemm")
    return importGemm(/*matmul=*/false);
  if (op == "MatMul")
    return importGemm(/*matmul=*/true);
  if (op == "Pad")
    return importPad();
  static const char *foldable[] = {"Cast",  "Unsqueeze", "Squeeze",
                                   "Gather", "Slice",    "ConstantOfShape",
                                   "Sub",   "Mul",       "Div"};
  if (llvm::is_contained(foldable, op)) {
    for (int i = 0; i < node.input_size(); ++i) {
      if (node.input(i).empty())
        continue;
      FailureOr<OnnxValue *> v = input(i);
      if (failed(v))
        return failure();
      if (!(*v)->constant)
        return nodeError() << "is supported on constants (shape arithmetic) "
                              "only; its input '"
                           << node.input(i) << "' is computed";
    }
    return foldConstNode();
  }
  return nodeError() << "is not supported by the slice importer";
}

OwningOpRef<ModuleOp> Importer::run(const llvm::MemoryBuffer &buffer) {
  if (failed(parseModel(buffer)) || failed(checkOpsets()))
    return {};
  context->loadDialect<SliceDialect, func::FuncDialect>();

  llvm::SmallString<64> stem = llvm::sys::path::stem(options.fileName);
  OwningOpRef<ModuleOp> owned = ModuleOp::create(fileLoc(), stem.str());
  module = *owned;
  module->setAttr("slice.anytime",
                  AnytimeAttr::get(context, AnytimeForm::plain, 1, 1));

  // Initializers are constants until an op takes one as a weight.
  for (onnx::TensorProto &tensor : *graph->mutable_initializer()) {
    Location loc = NameLoc::get(b.getStringAttr(
        options.fileName + ": initializer '" + tensor.name() + "'"));
    if (values.count(tensor.name())) {
      emitError(loc) << "is defined twice";
      return {};
    }
    FailureOr<ConstPtr> c = readTensor(tensor, loc);
    if (failed(c))
      return {};
    OnnxValue v;
    v.constant = *c;
    values[tensor.name()] = v;
  }
  func::FuncOp func;
  if (failed(declareInputs(func)))
    return {};
  for (const onnx::NodeProto &node : graph->node())
    for (const std::string &in : node.input())
      ++useCount[in];
  for (const onnx::ValueInfoProto &out : graph->output())
    ++useCount[out.name()];

  FailureOr<SmallVector<int>> order = sortNodes();
  if (failed(order))
    return {};
  b.setInsertionPointToEnd(body);
  for (int index : *order) {
    current = index;
    if (failed(importNode()))
      return {};
  }

  SmallVector<Value> results;
  for (const onnx::ValueInfoProto &out : graph->output()) {
    Location loc = NameLoc::get(b.getStringAttr(
        options.fileName + ": graph output '" + out.name() + "'"));
    auto it = values.find(out.name());
    if (it == values.end()) {
      emitError(loc) << "is never computed";
      return {};
    }
    if (it->second.constant || it->second.hasPendingPad()) {
      emitError(loc) << "is a constant or an unfolded Pad; a model output "
                        "must be computed from the input";
      return {};
    }
    results.push_back(it->second.tensor);
  }
  if (results.empty()) {
    emitError(fileLoc()) << "the graph has no outputs";
    return {};
  }
  b.setInsertionPointToEnd(body);
  func::ReturnOp::create(b, fileLoc(), results);
  func.setFunctionType(
      b.getFunctionType(body->getArgumentTypes(), TypeRange(results)));
  eraseDeadParams(module);
  return owned;
}

OwningOpRef<ModuleOp> mlir::slice::importOnnx(const llvm::MemoryBuffer &buffer,
                                              MLIRContext *context,
                                              const OnnxImportOptions &options) {
  Importer importer(context, options);
  return importer.run(buffer);
}

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

OnnxDiagnosticPrinter::OnnxDiagnosticPrinter(MLIRContext *context)
    : ScopedDiagnosticHandler(context, [](Diagnostic &diag) -> LogicalResult {
        auto name = dyn_cast<NameLoc>(diag.getLocation());
        if (!name || !isa<UnknownLoc>(name.getChildLoc()))
          return failure();
        StringRef severity = diag.getSeverity() == DiagnosticSeverity::Error
                                 ? "error"
                             : diag.getSeverity() == DiagnosticSeverity::Warning
                                 ? "warning"
                             : diag.getSeverity() == DiagnosticSeverity::Remark
                                 ? "remark"
                                 : "note";
        llvm::errs() << name.getName().strref() << ": " << severity << ": "
                     << diag.str() << "\n";
        for (const Diagnostic &note : diag.getNotes())
          llvm::errs() << "  note: " << note.str() << "\n";
        return success();
      }) {}
