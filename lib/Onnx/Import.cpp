//===- Import.cpp - ONNX models as slice models ---------------------------===//
//
// The model, its graph inputs and outputs, and the walk over its nodes;
// the design is described in Importer.h.
//
//===----------------------------------------------------------------------===//
#include "Importer.h"

#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

#include <google/protobuf/io/coded_stream.h>

#include <array>
#include <charconv>
#include <cmath>
#include <optional>

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::onnx_import;


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

const onnx::AttributeProto *Importer::typedAttr(StringRef name, int type) {
  const onnx::AttributeProto *a = attr(name);
  // Writers before IR version 3 leave the type UNDEFINED: read as asked.
  if (!a || a->type() == type ||
      a->type() == onnx::AttributeProto::UNDEFINED)
    return a;
  auto typeName = [](int t) {
    return onnx::AttributeProto::AttributeType_Name(
        onnx::AttributeProto::AttributeType(t));
  };
  if (!badAttribute)
    nodeError() << "attribute '" << name << "' is of type "
                << typeName(a->type()) << ", expected " << typeName(type);
  badAttribute = true;
  return nullptr;
}

int64_t Importer::intAttr(StringRef name, int64_t fallback) {
  const onnx::AttributeProto *a =
      typedAttr(name, onnx::AttributeProto::INT);
  return a ? a->i() : fallback;
}

double Importer::floatAttr(StringRef name, double fallback) {
  const onnx::AttributeProto *a =
      typedAttr(name, onnx::AttributeProto::FLOAT);
  if (!a)
    return fallback;
  if (std::isnan(a->f())) {
    if (!badAttribute)
      nodeError() << "attribute '" << name << "' is NaN";
    badAttribute = true;
    return fallback;
  }
  // ONNX stores float32; 1e-3f should read as 0.001, not 0.0010000000475.
  char text[32];
  auto [end, ec] = std::to_chars(text, text + sizeof(text), a->f());
  *end = 0;
  return std::strtod(text, nullptr);
}

std::string Importer::stringAttr(StringRef name, StringRef fallback) {
  const onnx::AttributeProto *a =
      typedAttr(name, onnx::AttributeProto::STRING);
  return a ? a->s() : fallback.str();
}

SmallVector<int64_t> Importer::intsAttr(StringRef name) {
  const onnx::AttributeProto *a =
      typedAttr(name, onnx::AttributeProto::INTS);
  if (!a)
    return {};
  SmallVector<int64_t> values(a->ints().begin(), a->ints().end());
  // Window sizes beyond any image: an error here, not a failed allocation
  // at run time.
  constexpr int64_t kMaxWindow = int64_t(1) << 24;
  if (name == "pads" || name == "strides" || name == "kernel_shape" ||
      name == "dilations")
    for (int64_t v : values)
      if (v > kMaxWindow || v < -kMaxWindow) {
        if (!badAttribute)
          nodeError() << "attribute '" << name << "' holds " << v
                      << ", beyond any image (at most " << kMaxWindow << ")";
        badAttribute = true;
        return {};
      }
  return values;
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

/// Padding that `in` carries from a Pad node adds to the node's own `pads`;
/// auto_pad SAME would size those from the padded input, which no slice op
/// expresses.
LogicalResult Importer::checkAutoPadAfterPad(const OnnxValue &in) {
  if (in.hasPendingPad() &&
      StringRef(stringAttr("auto_pad", "NOTSET")).starts_with("SAME"))
    return nodeError() << "combines auto_pad SAME with the padding of Pad "
                          "node '"
                       << in.padNode << "'";
  return success();
}

/// How many inputs and outputs each supported operator takes (opsets 11 to
/// 17; optional ones counted), so that an extra input or output is an error
/// rather than ignored. -1: any number.
static std::optional<std::array<int, 4>> arity(StringRef op) {
  using A = std::array<int, 4>; // min in, max in, min out, max out
  return llvm::StringSwitch<std::optional<A>>(op)
      .Cases({"Add", "Sub", "Mul", "Div", "MatMul", "Gather", "Reshape"},
             A{2, 2, 1, 1})
      .Cases({"Relu", "Identity", "Flatten", "Cast", "Shape",
              "GlobalAveragePool", "AveragePool", "ConstantOfShape"},
             A{1, 1, 1, 1})
      .Case("BatchNormalization", A{5, 5, 1, 5})
      .Case("Clip", A{1, 3, 1, 1})
      .Cases({"Concat", "Sum"}, A{1, -1, 1, 1})
      .Case("Constant", A{0, 0, 1, 1})
      .Cases({"Conv", "Gemm"}, A{2, 3, 1, 1})
      .Case("Dropout", A{1, 3, 1, 2})
      .Case("MaxPool", A{1, 1, 1, 2})
      .Case("Pad", A{1, 4, 1, 1})
      .Case("Slice", A{1, 5, 1, 1})
      .Cases({"Squeeze", "Unsqueeze"}, A{1, 2, 1, 1})
      .Default(std::nullopt);
}

LogicalResult Importer::importNode() {
  const onnx::NodeProto &node = graph->node(current);
  if (!node.domain().empty() && node.domain() != "ai.onnx")
    return nodeError() << "is from the opset domain '" << node.domain()
                       << "', which slice does not know; supported: the "
                          "default ONNX domain";
  StringRef op = node.op_type();
  if (std::optional<std::array<int, 4>> a = arity(op)) {
    auto [minIn, maxIn, minOut, maxOut] = *a;
    auto range = [](int lo, int hi) {
      return lo == hi   ? std::to_string(lo)
             : hi == -1 ? std::to_string(lo) + " or more"
                        : std::to_string(lo) + " to " + std::to_string(hi);
    };
    if (node.input_size() < minIn || (maxIn >= 0 && node.input_size() > maxIn))
      return nodeError() << "has " << node.input_size() << " inputs; " << op
                         << " takes " << range(minIn, maxIn);
    if (node.output_size() < minOut || node.output_size() > maxOut)
      return nodeError() << "has " << node.output_size() << " outputs; " << op
                         << " gives " << range(minOut, maxOut);
  }
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
    if (failed(importNode()) || badAttribute)
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
    // The declared type and shape are a promise about the output: check
    // it (a declared dimension of 0 or a name is symbolic).
    if (out.type().has_tensor_type()) {
      const onnx::TypeProto::Tensor &declared = out.type().tensor_type();
      if (declared.elem_type() != onnx::TensorProto::UNDEFINED &&
          declared.elem_type() != onnx::TensorProto::FLOAT) {
        emitError(loc) << "is declared as "
                       << onnx::TensorProto::DataType_Name(
                              onnx::TensorProto::DataType(declared.elem_type()))
                       << "; slice computes float32";
        return {};
      }
      auto type = cast<RankedTensorType>(it->second.tensor.getType());
      if (declared.has_shape()) {
        const onnx::TensorShapeProto &shape = declared.shape();
        bool mismatch = shape.dim_size() != type.getRank();
        for (int d = 0; !mismatch && d < shape.dim_size(); ++d)
          mismatch = shape.dim(d).has_dim_value() &&
                     shape.dim(d).dim_value() > 0 &&
                     !type.isDynamicDim(d) &&
                     shape.dim(d).dim_value() != type.getDimSize(d);
        if (mismatch) {
          std::string dims;
          for (int d = 0; d < shape.dim_size(); ++d) {
            const onnx::TensorShapeProto::Dimension &dim = shape.dim(d);
            dims += (d ? "x" : "") +
                    (dim.has_dim_value() ? std::to_string(dim.dim_value())
                                         : std::string("?"));
          }
          emitError(loc) << "is declared with shape [" << dims
                         << "], but the graph computes " << type;
          return {};
        }
      }
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
