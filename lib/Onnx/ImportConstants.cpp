//===- ImportConstants.cpp - initializers, constants and shape folding ---===//
#include "Importer.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::onnx_import;

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
