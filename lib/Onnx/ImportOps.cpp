//===- ImportOps.cpp - ONNX operators as slice ops ------------------------===//
#include "Importer.h"

#include <cmath>

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::onnx_import;

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
  if ((*in)->hasPendingPad()) {
    if (failed(checkAutoPadAfterPad(**in)))
      return failure();
    for (int i = 0; i < 4; ++i)
      pads[i] += (*in)->pendingPad[i];
  }
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
    if (failed(checkAutoPadAfterPad(**in)))
      return failure();
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
