//===- Importer.h - ONNX import internals ----------------------*- C++ -*-===//
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
#ifndef SLICE_LIB_ONNX_IMPORTER_H
#define SLICE_LIB_ONNX_IMPORTER_H

#include "slice/Dialect/Params.h"
#include "slice/Dialect/SliceDialect.h"
#include "slice/Onnx/Onnx.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

#include <onnx/onnx_pb.h>

#include <memory>

namespace mlir::slice::onnx_import {

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

  // Node inputs and attributes. The typed readers check the attribute's
  // declared type (a Conv's pads stored as a string must not read as 0),
  // NaN floats and the range of spatial sizes; a mismatch is reported at
  // the node and fails its import (badAttribute).
  const onnx::AttributeProto *attr(StringRef name);
  const onnx::AttributeProto *typedAttr(StringRef name, int type);
  bool badAttribute = false;
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
  LogicalResult checkAutoPadAfterPad(const OnnxValue &in);

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

} // namespace mlir::slice::onnx_import

#endif // SLICE_LIB_ONNX_IMPORTER_H
