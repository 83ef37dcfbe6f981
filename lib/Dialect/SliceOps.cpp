//===- SliceOps.cpp - slice op shape rules and verifiers ------------------===//
//
// Every shape rule lives in the op's inferReturnTypes and reports through
// `loc`, so a malformed model gets the same located diagnostic whether it
// was parsed (types inferred) or built and verified (InferTypeOpInterface
// re-runs inference and compares).
//
//===----------------------------------------------------------------------===//

#include "slice/Dialect/SliceOps.h"
#include "slice/Dialect/BranchRegions.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "llvm/ADT/STLExtras.h"

using namespace mlir;
using namespace mlir::slice;

namespace {
constexpr int64_t kDyn = ShapedType::kDynamic;

/// Prints a dimension the way MLIR types do ('?' when dynamic).
std::string dimStr(int64_t d) {
  return ShapedType::isDynamic(d) ? "?" : std::to_string(d);
}

std::string typeStr(Type t) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << t;
  return s;
}

LogicalResult fail(std::optional<Location> loc, const Twine &msg) {
  return emitOptionalError(loc, msg);
}

/// The ranked tensor type of `v`, checked to have `rank` dimensions.
FailureOr<RankedTensorType> rankedOf(std::optional<Location> loc, Value v,
                                     int64_t rank, StringRef what) {
  auto ty = dyn_cast<RankedTensorType>(v.getType());
  if (!ty)
    return fail(loc, Twine(what) + " must be a ranked tensor, got " +
                         typeStr(v.getType()));
  if (rank >= 0 && ty.getRank() != rank)
    return fail(loc, Twine(what) + " must have rank " + Twine(rank) +
                         ", got " + typeStr(ty));
  return ty;
}

/// Two dimensions agree when equal or when either is dynamic.
bool dimsAgree(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

/// Output extent of a sliding window (conv or pool) along one axis.
FailureOr<int64_t> windowOut(std::optional<Location> loc, StringRef axis,
                             int64_t in, int64_t kernel, int64_t stride,
                             int64_t padBefore, int64_t padAfter,
                             int64_t dilation, bool ceilMode) {
  if (ShapedType::isDynamic(in))
    return kDyn;
  int64_t span = dilation * (kernel - 1) + 1;
  int64_t padded = in + padBefore + padAfter;
  if (padded < span)
    return fail(loc, Twine("window of extent ") + Twine(span) + " along " +
                         axis + " does not fit the padded input of extent " +
                         Twine(padded));
  int64_t num = padded - span;
  int64_t out = (ceilMode ? (num + stride - 1) / stride : num / stride) + 1;
  // As in PyTorch: with ceil_mode the last window must start inside the input
  // or its left padding.
  if (ceilMode && (out - 1) * stride >= in + padBefore)
    --out;
  return out;
}

LogicalResult checkWindowAttrs(std::optional<Location> loc,
                               ArrayRef<int64_t> kernel,
                               ArrayRef<int64_t> strides,
                               ArrayRef<int64_t> padding,
                               ArrayRef<int64_t> dilations) {
  if (kernel.size() != 2)
    return fail(loc, "kernel must have 2 entries [kh, kw], got " +
                         Twine(kernel.size()));
  if (strides.size() != 2)
    return fail(loc, "strides must have 2 entries [sh, sw], got " +
                         Twine(strides.size()));
  if (dilations.size() != 2)
    return fail(loc, "dilations must have 2 entries [dh, dw], got " +
                         Twine(dilations.size()));
  if (padding.size() != 4)
    return fail(loc,
                "padding must have 4 entries [top, left, bottom, right], got " +
                    Twine(padding.size()));
  for (int64_t v : llvm::concat<const int64_t>(kernel, strides, dilations))
    if (v < 1)
      return fail(loc, "kernel, strides and dilations must be positive, got " +
                           Twine(v));
  for (int64_t v : padding)
    if (v < 0)
      return fail(loc, "padding must be non-negative, got " + Twine(v));
  return success();
}

/// N x C x Hout x Wout of a 2-D window op over `in`.
FailureOr<RankedTensorType>
windowResult(std::optional<Location> loc, RankedTensorType in, int64_t channels,
             ArrayRef<int64_t> kernel, ArrayRef<int64_t> strides,
             ArrayRef<int64_t> padding, ArrayRef<int64_t> dilations,
             bool ceilMode) {
  if (failed(checkWindowAttrs(loc, kernel, strides, padding, dilations)))
    return failure();
  auto h = windowOut(loc, "height", in.getDimSize(2), kernel[0], strides[0],
                     padding[0], padding[2], dilations[0], ceilMode);
  auto w = windowOut(loc, "width", in.getDimSize(3), kernel[1], strides[1],
                     padding[1], padding[3], dilations[1], ceilMode);
  if (failed(h) || failed(w))
    return failure();
  return RankedTensorType::get({in.getDimSize(0), channels, *h, *w},
                               in.getElementType());
}

int64_t sum(ArrayRef<int64_t> values) {
  int64_t total = 0;
  for (int64_t v : values)
    total += v;
  return total;
}

std::string listStr(ArrayRef<int64_t> values) {
  std::string s = "[";
  llvm::raw_string_ostream os(s);
  llvm::interleaveComma(values, os);
  os << "]";
  return s;
}

/// The single value yielded by a branch or head region, with a diagnostic
/// naming the region when it yields something else.
FailureOr<Value> yieldedValue(std::optional<Location> loc, Region &region,
                              const Twine &what) {
  if (region.empty() || region.front().empty())
    return fail(loc, what + " is empty");
  // Inference runs before verification: the last op may be no terminator.
  auto yield = dyn_cast<YieldOp>(region.front().back());
  if (!yield)
    return fail(loc, what + " must end in slice.yield");
  if (yield.getValues().size() != 1)
    return fail(loc, what + " must yield exactly one tensor, yields " +
                         Twine(yield.getValues().size()));
  return yield.getValues().front();
}

// Inference can run before the op exists (while parsing), when default-valued
// attributes are not yet filled in: read them through these.
int64_t intOr(IntegerAttr attr, int64_t fallback) {
  return attr ? attr.getValue().getSExtValue() : fallback;
}
double floatOr(FloatAttr attr, double fallback) {
  return attr ? attr.getValueAsDouble() : fallback;
}
bool boolOr(BoolAttr attr, bool fallback) {
  return attr ? attr.getValue() : fallback;
}
ArrayRef<int64_t> arrayOr(DenseI64ArrayAttr attr, ArrayRef<int64_t> fallback) {
  return attr ? attr.asArrayRef() : fallback;
}
const int64_t kOnes[] = {1, 1};
const int64_t kNoPadding[] = {0, 0, 0, 0};

/// Runs an op's adaptor-based shape rule. While parsing, some inherent
/// attributes are still in `attributes` rather than in `properties`, so the
/// properties are completed from the dictionary first.
template <typename OpT>
LogicalResult inferFromAdaptor(MLIRContext *context,
                               std::optional<Location> loc, ValueRange operands,
                               DictionaryAttr attributes,
                               OpaqueProperties properties, RegionRange regions,
                               SmallVectorImpl<Type> &inferred) {
  typename OpT::Properties local;
  if (properties)
    local = *properties.as<typename OpT::Properties *>();
  // The parser may have stored some attributes as properties already while
  // others are still in the dictionary: the dictionary completes them.
  if (attributes) {
    auto emitError = [&] {
      return mlir::emitError(loc ? *loc : UnknownLoc::get(context));
    };
    if (failed(OpT::setPropertiesFromAttr(local, attributes, emitError)))
      return failure();
  }
  typename OpT::Adaptor adaptor(operands, attributes, local, regions);
  return OpT::inferReturnTypes(context, loc, adaptor, inferred);
}
} // namespace

#define SLICE_INFER_FROM_ADAPTOR(OP)                                             \
  LogicalResult OP::inferReturnTypes(                                          \
      MLIRContext *context, std::optional<Location> loc, ValueRange operands,  \
      DictionaryAttr attributes, OpaqueProperties properties,                  \
      RegionRange regions, SmallVectorImpl<Type> &inferred) {                  \
    return inferFromAdaptor<OP>(context, loc, operands, attributes,            \
                                properties, regions, inferred);                \
  }

SLICE_INFER_FROM_ADAPTOR(Conv2dOp)
SLICE_INFER_FROM_ADAPTOR(BatchNormOp)
SLICE_INFER_FROM_ADAPTOR(ConcatOp)
SLICE_INFER_FROM_ADAPTOR(AvgPoolOp)
SLICE_INFER_FROM_ADAPTOR(MaxPoolOp)
SLICE_INFER_FROM_ADAPTOR(GlobalAvgPoolOp)
SLICE_INFER_FROM_ADAPTOR(FlattenOp)
SLICE_INFER_FROM_ADAPTOR(LinearOp)
SLICE_INFER_FROM_ADAPTOR(PadChannelsOp)
SLICE_INFER_FROM_ADAPTOR(ChannelSliceOp)
SLICE_INFER_FROM_ADAPTOR(BlockOp)
SLICE_INFER_FROM_ADAPTOR(HeadOp)
SLICE_INFER_FROM_ADAPTOR(ParamSliceOp)
SLICE_INFER_FROM_ADAPTOR(ParamConcatOp)

//===----------------------------------------------------------------------===//
// ParamOp / GetParamOp
//===----------------------------------------------------------------------===//

LogicalResult ParamOp::verify() {
  RankedTensorType type = getTensorType();
  if (!type.hasStaticShape())
    return emitOpError("parameter '") << getSymName()
                                      << "' must have a static shape, got "
                                      << type;
  if (std::optional<ElementsAttr> value = getValue()) {
    auto valueType = dyn_cast<RankedTensorType>(value->getType());
    if (!valueType || valueType.getShape() != type.getShape() ||
        valueType.getElementType() != type.getElementType())
      return emitOpError("stored value of '")
             << getSymName() << "' has type " << value->getType()
             << ", expected " << type;
  }
  return success();
}

ParamOp GetParamOp::getParamOp() {
  return SymbolTable::lookupNearestSymbolFrom<ParamOp>(getOperation(),
                                                       getNameAttr());
}

LogicalResult
GetParamOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  auto param =
      symbolTable.lookupNearestSymbolFrom<ParamOp>(*this, getNameAttr());
  if (!param)
    return emitOpError("'") << getName() << "' does not name a slice.param";
  if (param.getType() != getType())
    return emitOpError("type ")
           << getType() << " differs from the declared type "
           << param.getType() << " of '" << getName() << "'";
  return success();
}

//===----------------------------------------------------------------------===//
// Conv2dOp
//===----------------------------------------------------------------------===//

LogicalResult Conv2dOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), 4, "conv2d input");
  auto w = rankedOf(loc, adaptor.getWeight(), 4, "conv2d weight (OIHW)");
  if (failed(in) || failed(w))
    return failure();
  if (!w->hasStaticShape())
    return fail(loc, "conv2d weight must have a static shape, got " +
                         typeStr(*w));
  int64_t groups = intOr(adaptor.getGroupsAttr(), 1);
  int64_t cin = in->getDimSize(1), cout = w->getDimSize(0);
  if (ShapedType::isDynamic(cin))
    return fail(loc, "conv2d input channels must be static");
  if (groups < 1)
    return fail(loc, "conv2d groups must be positive, got " + Twine(groups));
  if (cin % groups != 0)
    return fail(loc, "conv2d input channels " + Twine(cin) +
                         " are not divisible by groups " + Twine(groups));
  if (cout % groups != 0)
    return fail(loc, "conv2d output channels " + Twine(cout) +
                         " are not divisible by groups " + Twine(groups));
  if (w->getDimSize(1) * groups != cin)
    return fail(loc, "conv2d weight expects " +
                         Twine(w->getDimSize(1) * groups) +
                         " input channels (" + Twine(w->getDimSize(1)) +
                         " per group x " + Twine(groups) +
                         " groups), input has " + Twine(cin));
  if (Value bias = adaptor.getBias()) {
    auto b = rankedOf(loc, bias, 1, "conv2d bias");
    if (failed(b))
      return failure();
    if (b->getDimSize(0) != cout)
      return fail(loc, "conv2d bias has " + dimStr(b->getDimSize(0)) +
                           " entries, expected " + Twine(cout) +
                           " output channels");
  }
  if (BlockSparseAttr pattern = adaptor.getBlockSparseAttr()) {
    if (groups != 1)
      return fail(loc, "conv2d block_sparse requires groups = 1, got " +
                           Twine(groups));
    if (sum(pattern.getIn()) != cin)
      return fail(loc, "conv2d block_sparse input groups " +
                           listStr(pattern.getIn()) + " sum to " +
                           Twine(sum(pattern.getIn())) + ", input has " +
                           Twine(cin) + " channels");
    if (sum(pattern.getOut()) != cout)
      return fail(loc, "conv2d block_sparse output groups " +
                           listStr(pattern.getOut()) + " sum to " +
                           Twine(sum(pattern.getOut())) + ", weight has " +
                           Twine(cout) + " output channels");
  }
  auto result = windowResult(
      loc, *in, cout, {w->getDimSize(2), w->getDimSize(3)},
      arrayOr(adaptor.getStridesAttr(), kOnes),
      arrayOr(adaptor.getPaddingAttr(), kNoPadding),
      arrayOr(adaptor.getDilationsAttr(), kOnes), /*ceilMode=*/false);
  if (failed(result))
    return failure();
  inferred.push_back(*result);
  return success();
}

//===----------------------------------------------------------------------===//
// BatchNormOp
//===----------------------------------------------------------------------===//

LogicalResult
BatchNormOp::inferReturnTypes(MLIRContext *, std::optional<Location> loc,
                              Adaptor adaptor,
                              SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), -1, "batch_norm input");
  if (failed(in))
    return failure();
  if (in->getRank() < 2)
    return fail(loc, "batch_norm input needs a channel dimension, got " +
                         typeStr(*in));
  int64_t channels = in->getDimSize(1);
  if (ShapedType::isDynamic(channels))
    return fail(loc, "batch_norm input channels must be static");
  Type paramType = adaptor.getScale().getType();
  StringRef names[] = {"scale", "bias", "mean", "variance"};
  Value params[] = {adaptor.getScale(), adaptor.getBias(), adaptor.getMean(),
                    adaptor.getVariance()};
  for (auto [name, param] : llvm::zip(names, params))
    if (param.getType() != paramType)
      return fail(loc, "batch_norm " + name + " has type " +
                           typeStr(param.getType()) + ", scale has " +
                           typeStr(paramType) +
                           "; all four parameters must agree");
  auto p = cast<RankedTensorType>(paramType);
  if (p.getRank() != 1 && p.getRank() != 2)
    return fail(loc, "batch_norm parameters must be [C] (shared) or [K, C] "
                     "(per sub-network), got " +
                         typeStr(p));
  if (p.getDimSize(p.getRank() - 1) != channels)
    return fail(loc, "batch_norm parameters have " +
                         dimStr(p.getDimSize(p.getRank() - 1)) +
                         " channels, input has " + Twine(channels));
  if (floatOr(adaptor.getEpsilonAttr(), 1e-5) <= 0.0)
    return fail(loc, "batch_norm epsilon must be positive");
  double momentum = floatOr(adaptor.getMomentumAttr(), 0.1);
  if (momentum < 0.0 || momentum > 1.0)
    return fail(loc, "batch_norm momentum must be in [0, 1]");
  inferred.push_back(*in);
  return success();
}

LogicalResult BatchNormOp::verify() {
  if (!isPerSubnet())
    return success();
  int64_t sets = cast<RankedTensorType>(getScale().getType()).getDimSize(0);
  AnytimeAttr anytime = getAnytime(*this);
  if (!anytime)
    return emitOpError("has ")
           << sets
           << " per-sub-network parameter sets but the module has no "
              "'slice.anytime' description";
  if (anytime.getForm() != AnytimeForm::inclusive)
    return emitOpError("per-sub-network parameters belong to the inclusive "
                       "form; this module is ")
           << stringifyAnytimeForm(anytime.getForm())
           << " (shared BatchNorm keeps IS sub-features reusable)";
  if (sets != anytime.getSubnets())
    return emitOpError("has ") << sets << " per-sub-network parameter sets, "
                               << "the model has K = " << anytime.getSubnets();
  return success();
}

//===----------------------------------------------------------------------===//
// Elementwise ops
//===----------------------------------------------------------------------===//

LogicalResult ClipOp::verify() {
  if (getMin().convertToDouble() > getMax().convertToDouble())
    return emitOpError("min ") << getMin().convertToDouble()
                               << " exceeds max "
                               << getMax().convertToDouble();
  return success();
}

//===----------------------------------------------------------------------===//
// ConcatOp
//===----------------------------------------------------------------------===//

/// The channel concatenation of `types`: all dimensions but 1 agree.
static FailureOr<RankedTensorType> concatChannels(std::optional<Location> loc,
                                                  ArrayRef<Type> types,
                                                  StringRef what) {
  if (types.empty())
    return fail(loc, Twine(what) + " needs at least one input");
  for (auto [i, t] : llvm::enumerate(types))
    if (!isa<RankedTensorType>(t))
      return fail(loc, Twine(what) + " input #" + Twine(i) +
                           " must be a ranked tensor, got " + typeStr(t));
  auto first = cast<RankedTensorType>(types.front());
  if (first.getRank() < 2)
    return fail(loc, Twine(what) + " inputs need a channel dimension, got " +
                         typeStr(first));
  SmallVector<int64_t> shape(first.getShape());
  int64_t channels = 0;
  for (auto [i, t] : llvm::enumerate(types)) {
    auto ty = cast<RankedTensorType>(t);
    if (ty.getRank() != first.getRank())
      return fail(loc, Twine(what) + " input #" + Twine(i) + " has rank " +
                           Twine(ty.getRank()) + ", input #0 has rank " +
                           Twine(first.getRank()));
    for (int64_t d = 0; d < ty.getRank(); ++d) {
      if (d == 1)
        continue;
      if (!dimsAgree(ty.getDimSize(d), shape[d]))
        return fail(loc, Twine(what) + " input #" + Twine(i) + " has " +
                             dimStr(ty.getDimSize(d)) + " in dimension " +
                             Twine(d) + ", input #0 has " + dimStr(shape[d]) +
                             "; only channels (dimension 1) may differ");
      if (ShapedType::isDynamic(shape[d]))
        shape[d] = ty.getDimSize(d);
    }
    if (ShapedType::isDynamic(ty.getDimSize(1)))
      return fail(loc, Twine(what) + " input channels must be static");
    channels += ty.getDimSize(1);
  }
  shape[1] = channels;
  return RankedTensorType::get(shape, first.getElementType());
}

LogicalResult ConcatOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  SmallVector<Type> types(adaptor.getInputs().getTypes());
  auto result = concatChannels(loc, types, "concat");
  if (failed(result))
    return failure();
  inferred.push_back(*result);
  return success();
}

//===----------------------------------------------------------------------===//
// Pools, flatten, linear
//===----------------------------------------------------------------------===//

LogicalResult AvgPoolOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), 4, "avg_pool input");
  if (failed(in))
    return failure();
  if (!adaptor.getKernelAttr())
    return fail(loc, "avg_pool needs a 'kernel' attribute");
  ArrayRef<int64_t> kernel = adaptor.getKernel();
  ArrayRef<int64_t> padding = arrayOr(adaptor.getPaddingAttr(), kNoPadding);
  if (kernel.size() == 2 && padding.size() == 4 &&
      (padding[0] >= kernel[0] || padding[2] >= kernel[0] ||
       padding[1] >= kernel[1] || padding[3] >= kernel[1]))
    return fail(loc, "avg_pool padding must be smaller than the kernel");
  auto result = windowResult(loc, *in, in->getDimSize(1), kernel,
                             arrayOr(adaptor.getStridesAttr(), kOnes), padding,
                             kOnes, boolOr(adaptor.getCeilModeAttr(), false));
  if (failed(result))
    return failure();
  inferred.push_back(*result);
  return success();
}

LogicalResult MaxPoolOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), 4, "max_pool input");
  if (failed(in))
    return failure();
  if (!adaptor.getKernelAttr())
    return fail(loc, "max_pool needs a 'kernel' attribute");
  auto result = windowResult(
      loc, *in, in->getDimSize(1), adaptor.getKernel(),
      arrayOr(adaptor.getStridesAttr(), kOnes),
      arrayOr(adaptor.getPaddingAttr(), kNoPadding),
      arrayOr(adaptor.getDilationsAttr(), kOnes),
      boolOr(adaptor.getCeilModeAttr(), false));
  if (failed(result))
    return failure();
  inferred.push_back(*result);
  return success();
}

LogicalResult GlobalAvgPoolOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), 4, "global_avg_pool input");
  if (failed(in))
    return failure();
  inferred.push_back(RankedTensorType::get(
      {in->getDimSize(0), in->getDimSize(1), 1, 1}, in->getElementType()));
  return success();
}

LogicalResult FlattenOp::inferReturnTypes(MLIRContext *,
                                          std::optional<Location> loc,
                                          Adaptor adaptor,
                                          SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), -1, "flatten input");
  if (failed(in))
    return failure();
  int64_t axis = intOr(adaptor.getAxisAttr(), 1);
  if (axis < 0 || axis > in->getRank())
    return fail(loc, "flatten axis " + Twine(axis) + " is outside [0, " +
                         Twine(in->getRank()) + "]");
  auto product = [&](int64_t from, int64_t to) -> int64_t {
    int64_t p = 1;
    for (int64_t d = from; d < to; ++d) {
      if (ShapedType::isDynamic(in->getDimSize(d)))
        return kDyn;
      p *= in->getDimSize(d);
    }
    return p;
  };
  inferred.push_back(RankedTensorType::get(
      {product(0, axis), product(axis, in->getRank())}, in->getElementType()));
  return success();
}

LogicalResult LinearOp::inferReturnTypes(MLIRContext *,
                                         std::optional<Location> loc,
                                         Adaptor adaptor,
                                         SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), 2, "linear input");
  auto w = rankedOf(loc, adaptor.getWeight(), 2, "linear weight (out x in)");
  if (failed(in) || failed(w))
    return failure();
  if (!dimsAgree(in->getDimSize(1), w->getDimSize(1)))
    return fail(loc, "linear weight expects " + dimStr(w->getDimSize(1)) +
                         " input features, input has " +
                         dimStr(in->getDimSize(1)));
  if (Value bias = adaptor.getBias()) {
    auto b = rankedOf(loc, bias, 1, "linear bias");
    if (failed(b))
      return failure();
    if (!dimsAgree(b->getDimSize(0), w->getDimSize(0)))
      return fail(loc, "linear bias has " + dimStr(b->getDimSize(0)) +
                           " entries, expected " + dimStr(w->getDimSize(0)) +
                           " output features");
  }
  inferred.push_back(RankedTensorType::get(
      {in->getDimSize(0), w->getDimSize(0)}, in->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// Layers: what they read
//===----------------------------------------------------------------------===//

ChannelRange Conv2dOp::getOutputChannelsProduced(ChannelRange outputs) {
  if (getGroups() == 1 || outputs.empty())
    return outputs;
  int64_t cout = cast<RankedTensorType>(getType()).getDimSize(1);
  int64_t perGroup = cout / getGroups();
  return {outputs.begin / perGroup * perGroup,
          std::min(cout, (outputs.end + perGroup - 1) / perGroup * perGroup)};
}

ChannelRange Conv2dOp::getInputChannelsRead(ChannelRange outputs) {
  int64_t cin = cast<RankedTensorType>(getInput().getType()).getDimSize(1);
  if (outputs.empty())
    return {};
  if (BlockSparseAttr pattern = getBlockSparseAttr()) {
    // The input groups of the present blocks of every output group that
    // overlaps `outputs`.
    ChannelRange read{cin, 0};
    int64_t outStart = 0;
    for (size_t o = 0; o < pattern.getOut().size(); ++o) {
      int64_t outEnd = outStart + pattern.getOut()[o];
      if (outStart < outputs.end && outputs.begin < outEnd) {
        int64_t inStart = 0;
        for (size_t i = 0; i < pattern.getIn().size(); ++i) {
          int64_t inEnd = inStart + pattern.getIn()[i];
          if (pattern.isPresent(o, i)) {
            read.begin = std::min(read.begin, inStart);
            read.end = std::max(read.end, inEnd);
          }
          inStart = inEnd;
        }
      }
      outStart = outEnd;
    }
    return read.empty() ? ChannelRange() : read;
  }
  if (getGroups() == 1)
    return {0, cin};
  int64_t cout = cast<RankedTensorType>(getType()).getDimSize(1);
  int64_t groups = getGroups(), outPer = cout / groups, inPer = cin / groups;
  ChannelRange produced = getOutputChannelsProduced(outputs);
  return {produced.begin / outPer * inPer, produced.end / outPer * inPer};
}

bool Conv2dOp::canReadInputPrefix() {
  return getGroups() == 1 && !getBlockSparseAttr();
}

ChannelRange LinearOp::getInputChannelsRead(ChannelRange outputs) {
  if (outputs.empty())
    return {};
  return {0, cast<RankedTensorType>(getInput().getType()).getDimSize(1)};
}

bool LinearOp::canReadInputPrefix() { return true; }

MutableArrayRef<OpOperand> BatchNormOp::getFeatureOperands() {
  return getOperation()->getOpOperands().take_front();
}

//===----------------------------------------------------------------------===//
// Parameter expressions
//===----------------------------------------------------------------------===//

LogicalResult ParamSliceOp::inferReturnTypes(MLIRContext *,
                                             std::optional<Location> loc,
                                             Adaptor adaptor,
                                             SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), -1, "param_slice input");
  if (failed(in))
    return failure();
  if (!adaptor.getSizesAttr())
    return fail(loc, "param_slice needs a 'sizes' attribute");
  SmallVector<int64_t> shape(in->getShape());
  if (IntegerAttr row = adaptor.getRowAttr()) {
    int64_t r = row.getInt();
    if (shape.empty() || ShapedType::isDynamic(shape[0]) || r < 0 ||
        r >= shape[0])
      return fail(loc, "param_slice row " + Twine(r) + " is not a row of " +
                           typeStr(*in));
    shape.erase(shape.begin());
  }
  ArrayRef<int64_t> sizes = adaptor.getSizes();
  if (sizes.size() != shape.size())
    return fail(loc, "param_slice sizes " + listStr(sizes) + " must give " +
                         Twine(shape.size()) + " dimensions");
  SmallVector<int64_t> offsets(sizes.size(), 0);
  if (std::optional<ArrayRef<int64_t>> o = adaptor.getOffsets()) {
    if (o->size() != sizes.size())
      return fail(loc, "param_slice offsets " + listStr(*o) + " must give " +
                           Twine(sizes.size()) + " dimensions");
    offsets.assign(o->begin(), o->end());
  }
  for (auto [d, size] : llvm::enumerate(sizes)) {
    if (ShapedType::isDynamic(shape[d]) || size < 1 || offsets[d] < 0 ||
        offsets[d] + size > shape[d])
      return fail(loc, "param_slice offsets " + listStr(offsets) +
                           " and sizes " + listStr(sizes) +
                           " do not fit inside " + typeStr(*in));
    shape[d] = size;
  }
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

LogicalResult ParamConcatOp::inferReturnTypes(MLIRContext *,
                                              std::optional<Location> loc,
                                              Adaptor adaptor,
                                              SmallVectorImpl<Type> &inferred) {
  if (adaptor.getInputs().empty())
    return fail(loc, "param_concat needs at least one input");
  if (!adaptor.getAxisAttr())
    return fail(loc, "param_concat needs an 'axis' attribute");
  auto first = rankedOf(loc, adaptor.getInputs().front(), -1,
                        "param_concat input");
  if (failed(first))
    return failure();
  int64_t axis = adaptor.getAxisAttr().getInt();
  int64_t rank = first->getRank();
  if (axis < 0 || axis >= rank)
    return fail(loc, "param_concat axis " + Twine(axis) +
                         " is not a dimension of " + typeStr(*first));
  SmallVector<int64_t> shape(first->getShape());
  shape[axis] = 0;
  for (Value input : adaptor.getInputs()) {
    auto ty = rankedOf(loc, input, rank, "param_concat input");
    if (failed(ty))
      return failure();
    if (!ty->hasStaticShape())
      return fail(loc, "param_concat inputs must have static shapes, got " +
                           typeStr(*ty));
    for (int64_t d = 0; d < rank; ++d)
      if (d != axis && ty->getDimSize(d) != first->getDimSize(d))
        return fail(loc, "param_concat inputs " + typeStr(*first) + " and " +
                             typeStr(*ty) + " differ outside axis " +
                             Twine(axis));
    shape[axis] += ty->getDimSize(axis);
  }
  inferred.push_back(RankedTensorType::get(shape, first->getElementType()));
  return success();
}

//===----------------------------------------------------------------------===//
// PadChannelsOp / ChannelSliceOp
//===----------------------------------------------------------------------===//

SmallVector<int64_t> PadChannelsOp::getGroupSizes() {
  if (std::optional<ArrayRef<int64_t>> groups = getGroups())
    return SmallVector<int64_t>(*groups);
  return {cast<RankedTensorType>(getInput().getType()).getDimSize(1)};
}

LogicalResult PadChannelsOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), -1, "pad_channels input");
  if (failed(in))
    return failure();
  if (in->getRank() < 2 || ShapedType::isDynamic(in->getDimSize(1)))
    return fail(loc, "pad_channels input needs a static channel dimension");
  int64_t channels = in->getDimSize(1);
  SmallVector<int64_t> groups{channels};
  if (std::optional<ArrayRef<int64_t>> g = adaptor.getGroups())
    groups.assign(g->begin(), g->end());
  if (!adaptor.getPadsAttr())
    return fail(loc, "pad_channels needs a 'pads' attribute");
  ArrayRef<int64_t> pads = adaptor.getPads();
  if (pads.size() != groups.size())
    return fail(loc, "pad_channels has " + Twine(pads.size()) +
                         " pads for " + Twine(groups.size()) +
                         " channel groups");
  for (int64_t g : groups)
    if (g < 1)
      return fail(loc, "pad_channels groups must be positive, got " +
                           listStr(groups));
  for (int64_t p : pads)
    if (p < 0)
      return fail(loc, "pad_channels pads must be non-negative, got " +
                           listStr(pads));
  if (sum(groups) != channels)
    return fail(loc, "pad_channels groups " + listStr(groups) + " sum to " +
                         Twine(sum(groups)) + ", input has " +
                         Twine(channels) + " channels");
  SmallVector<int64_t> shape(in->getShape());
  shape[1] = channels + sum(pads);
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

LogicalResult ChannelSliceOp::inferReturnTypes(
    MLIRContext *, std::optional<Location> loc, Adaptor adaptor,
    SmallVectorImpl<Type> &inferred) {
  auto in = rankedOf(loc, adaptor.getInput(), -1, "channel_slice input");
  if (failed(in))
    return failure();
  if (in->getRank() < 2 || ShapedType::isDynamic(in->getDimSize(1)))
    return fail(loc, "channel_slice input needs a static channel dimension");
  if (!adaptor.getOffsetAttr() || !adaptor.getSizeAttr())
    return fail(loc, "channel_slice needs 'offset' and 'size' attributes");
  int64_t offset = intOr(adaptor.getOffsetAttr(), 0);
  int64_t size = intOr(adaptor.getSizeAttr(), 0);
  if (offset < 0 || size < 1 || offset + size > in->getDimSize(1))
    return fail(loc, "channel_slice [" + Twine(offset) + ", " +
                         Twine(offset + size) + ") is not inside the " +
                         Twine(in->getDimSize(1)) + " input channels");
  SmallVector<int64_t> shape(in->getShape());
  shape[1] = size;
  inferred.push_back(RankedTensorType::get(shape, in->getElementType()));
  return success();
}

OpFoldResult ChannelSliceOp::fold(FoldAdaptor) {
  // All channels: the slice is its input.
  if (getOffset() == 0 && getType() == getInput().getType())
    return getInput();
  return {};
}

namespace {
/// slice(slice(x)) = one slice of x.
struct FoldSliceOfSlice : OpRewritePattern<ChannelSliceOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ChannelSliceOp op,
                                PatternRewriter &rewriter) const override {
    auto inner = op.getInput().getDefiningOp<ChannelSliceOp>();
    if (!inner)
      return failure();
    rewriter.replaceOpWithNewOp<ChannelSliceOp>(
        op, inner.getInput(),
        rewriter.getI64IntegerAttr(inner.getOffset() + op.getOffset()),
        op.getSizeAttr());
    return success();
  }
};

/// A slice of a concatenation reads only the parts it overlaps: it becomes
/// a slice of one part, or the concatenation of the overlapping pieces. What
/// no slice reads then dies (a thin sub-network's head reading the prefix of
/// a wider feature no longer depends on the rest).
struct FoldSliceOfConcat : OpRewritePattern<ChannelSliceOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(ChannelSliceOp op,
                                PatternRewriter &rewriter) const override {
    auto concat = op.getInput().getDefiningOp<ConcatOp>();
    if (!concat)
      return failure();
    int64_t begin = op.getOffset(), end = begin + op.getSize(), start = 0;
    SmallVector<Value> pieces;
    for (Value part : concat.getInputs()) {
      int64_t width = cast<RankedTensorType>(part.getType()).getDimSize(1);
      int64_t from = std::max(begin, start), to = std::min(end, start + width);
      if (from < to)
        pieces.push_back(
            from == start && to == start + width
                ? part
                : ChannelSliceOp::create(rewriter, op.getLoc(), part,
                                         rewriter.getI64IntegerAttr(from - start),
                                         rewriter.getI64IntegerAttr(to - from))
                      .getResult());
      start += width;
    }
    if (pieces.size() == 1)
      rewriter.replaceOp(op, pieces.front());
    else
      rewriter.replaceOpWithNewOp<ConcatOp>(op, pieces);
    return success();
  }
};
} // namespace

void ChannelSliceOp::getCanonicalizationPatterns(RewritePatternSet &results,
                                                 MLIRContext *context) {
  results.add<FoldSliceOfSlice, FoldSliceOfConcat>(context);
}

//===----------------------------------------------------------------------===//
// BlockOp
//===----------------------------------------------------------------------===//

Value BlockOp::getBranchResult(unsigned i) {
  return cast<YieldOp>(getBranches()[i].front().getTerminator())
      .getValues()
      .front();
}

ConcatLayout BlockOp::getConcatLayout() {
  auto width = [](Value v) {
    return cast<RankedTensorType>(v.getType()).getDimSize(1);
  };
  ConcatLayout layout;
  unsigned numBranches = getNumBranches();
  for (unsigned i = 0; i < numBranches; ++i)
    layout.branchWidth.push_back(width(getBranchResult(i)));
  int64_t residual = getResidual() ? width(getResidual()) : 0;
  SmallVector<int64_t> partition, groups;
  if (std::optional<ArrayRef<int64_t>> p = getPartition())
    partition.assign(p->begin(), p->end());
  if (std::optional<ArrayRef<int64_t>> g = getBranchGroups())
    groups.assign(g->begin(), g->end());
  if (partition.empty() || groups.size() != numBranches) {
    partition = {residual + sum(layout.branchWidth)};
    groups.assign(numBranches, 1);
  }
  layout.branchStart.assign(numBranches, 0);
  int64_t start = 0, residualStart = 0;
  for (auto [g, size] : llvm::enumerate(partition)) {
    int64_t branches = 0;
    for (unsigned i = 0; i < numBranches; ++i)
      if (groups[i] == static_cast<int64_t>(g) + 1)
        branches += layout.branchWidth[i];
    int64_t r = size - branches;
    layout.groupStart.push_back(start);
    layout.residualWidth.push_back(r);
    layout.residualStart.push_back(residualStart);
    int64_t next = start + std::max<int64_t>(r, 0);
    for (unsigned i = 0; i < numBranches; ++i)
      if (groups[i] == static_cast<int64_t>(g) + 1) {
        layout.branchStart[i] = next;
        next += layout.branchWidth[i];
      }
    start += size;
    residualStart += std::max<int64_t>(r, 0);
  }
  return layout;
}

int64_t ConcatLayout::residualPosition(int64_t c) const {
  for (size_t g = 0; g < numGroups(); ++g)
    if (c < residualStart[g] + residualWidth[g])
      return groupStart[g] + (c - residualStart[g]);
  return -1;
}

int64_t ConcatLayout::residualWithin(int64_t d) const {
  int64_t n = 0;
  for (size_t g = 0; g < numGroups(); ++g)
    n += std::max<int64_t>(0, std::min(d - groupStart[g], residualWidth[g]));
  return n;
}

LogicalResult BlockOp::inferReturnTypes(MLIRContext *,
                                        std::optional<Location> loc,
                                        Adaptor adaptor,
                                        SmallVectorImpl<Type> &inferred) {
  SmallVector<Type> yielded;
  for (auto [i, region] : llvm::enumerate(adaptor.getBranches())) {
    auto value = yieldedValue(loc, *region, "branch #" + Twine(i));
    if (failed(value))
      return failure();
    if (!isa<RankedTensorType>(value->getType()))
      return fail(loc, "branch #" + Twine(i) + " must yield a ranked tensor");
    yielded.push_back(value->getType());
  }
  Value residual = adaptor.getResidual();
  if (yielded.empty() && !residual)
    return fail(loc, "block needs at least one branch or a residual");

  if (!adaptor.getAggregationAttr())
    return fail(loc, "block needs an aggregation (add or concat)");
  if (adaptor.getAggregation() == Aggregation::concat) {
    SmallVector<Type> parts;
    if (residual)
      parts.push_back(residual.getType());
    parts.append(yielded);
    auto result = concatChannels(loc, parts, "concat block");
    if (failed(result))
      return failure();
    inferred.push_back(*result);
    return success();
  }
  if (residual) {
    inferred.push_back(residual.getType());
    return success();
  }
  // Additive block without identity branch: every dense branch has the
  // result type; in the IS form branches cover channel groups instead.
  auto first = cast<RankedTensorType>(yielded.front());
  if (std::optional<ArrayRef<int64_t>> partition = adaptor.getPartition()) {
    if (first.getRank() < 2)
      return fail(loc, "block branch #0 yields no channel dimension");
    SmallVector<int64_t> shape(first.getShape());
    shape[1] = sum(*partition);
    inferred.push_back(RankedTensorType::get(shape, first.getElementType()));
    return success();
  }
  inferred.push_back(first);
  return success();
}

/// Checks `subnet_branches` of an I-form block.
static LogicalResult verifyInclusiveBranches(BlockOp op,
                                             ArrayRef<int64_t> counts) {
  AnytimeAttr anytime = getAnytime(op);
  if (!anytime || anytime.getForm() != AnytimeForm::inclusive)
    return op.emitOpError("subnet_branches belong to a module in the "
                          "inclusive form ('slice.anytime' with form = "
                          "inclusive)");
  if (static_cast<int64_t>(counts.size()) != anytime.getSubnets())
    return op.emitOpError("subnet_branches has ")
           << counts.size() << " entries, the model has K = "
           << anytime.getSubnets();
  int64_t previous = 0;
  for (auto [k, count] : llvm::enumerate(counts)) {
    if (count < 1 || count < previous)
      return op.emitOpError("subnet_branches ")
             << listStr(counts)
             << " must be positive and non-decreasing (sub-network "
             << k + 1 << " has " << count << ")";
    previous = count;
  }
  if (counts.back() != op.getNumBranches())
    return op.emitOpError("sub-network K runs ")
           << counts.back() << " branches, the block has "
           << op.getNumBranches();
  return success();
}

namespace {
/// The channel partition of a grouped block and the group of each branch.
struct BranchGrouping {
  ArrayRef<int64_t> partition, groups;
};
} // namespace

/// Both attributes of a grouped layout, on a result that has channels.
static FailureOr<BranchGrouping> getBranchGrouping(BlockOp op,
                                                   RankedTensorType result) {
  std::optional<ArrayRef<int64_t>> partition = op.getPartition();
  std::optional<ArrayRef<int64_t>> groups = op.getBranchGroups();
  if (!partition || !groups)
    return op.emitOpError("partition and branch_groups go together");
  if (result.getRank() < 2)
    return op.emitOpError("a channel partition needs a result with channels, "
                          "got ")
           << result;
  return BranchGrouping{*partition, *groups};
}

/// The checks of `grouping` that hold in every form. `checkBranch` runs on
/// each branch as soon as its group is known to be in range, so that the
/// first error reported is that of the first bad branch.
static LogicalResult verifyBranchGrouping(
    BlockOp op, RankedTensorType result, BranchGrouping grouping,
    function_ref<LogicalResult(size_t branch, int64_t group)> checkBranch =
        nullptr) {
  ArrayRef<int64_t> partition = grouping.partition, groups = grouping.groups;
  int64_t numGroups = partition.size();
  for (int64_t size : partition)
    if (size < 1)
      return op.emitOpError("partition ")
             << listStr(partition) << " must have positive group sizes";
  if (sum(partition) != result.getDimSize(1))
    return op.emitOpError("partition ")
           << listStr(partition) << " sums to " << sum(partition)
           << ", the block has " << dimStr(result.getDimSize(1))
           << " output channels";
  if (static_cast<int64_t>(groups.size()) != op.getNumBranches())
    return op.emitOpError("branch_groups has ")
           << groups.size() << " entries for " << op.getNumBranches()
           << " branches";
  int64_t previous = 1;
  for (auto [i, g] : llvm::enumerate(groups)) {
    if (g < previous || g > numGroups)
      return op.emitOpError("branch_groups ")
             << listStr(groups) << " must be non-decreasing in [1, "
             << numGroups << "] (branch #" << i << " has " << g << ")";
    previous = g;
    if (checkBranch && failed(checkBranch(i, g)))
      return failure();
  }
  return success();
}

/// Checks the grouped layout (`partition` / `branch_groups`) of a concat
/// block, in any form.
static LogicalResult verifyConcatGroups(BlockOp op, RankedTensorType result) {
  FailureOr<BranchGrouping> grouping = getBranchGrouping(op, result);
  if (failed(grouping))
    return failure();
  ArrayRef<int64_t> partition = grouping->partition, groups = grouping->groups;
  AnytimeAttr anytime = getAnytime(op);
  int64_t numGroups = partition.size();
  bool grouped = anytime && (anytime.getForm() == AnytimeForm::inclusive ||
                             anytime.getForm() == AnytimeForm::inclusive_sparse);
  if (grouped && numGroups != anytime.getSubnets())
    return op.emitOpError("partition has ")
           << numGroups << " channel groups, the model has K = "
           << anytime.getSubnets();
  if (anytime && anytime.getForm() == AnytimeForm::inclusive &&
      !op.getSubnetBranches())
    return op.emitOpError("a grouped concat block of the inclusive form needs "
                          "subnet_branches");
  if (failed(verifyBranchGrouping(op, result, *grouping)))
    return failure();
  if (std::optional<ArrayRef<int64_t>> counts = op.getSubnetBranches()) {
    // Group k holds the branches sub-network k adds to sub-network k-1.
    for (auto [i, g] : llvm::enumerate(groups)) {
      int64_t expected = 1;
      while (static_cast<int64_t>(i) >= (*counts)[expected - 1])
        ++expected;
      if (g != expected)
        return op.emitOpError("branch_groups ")
               << listStr(groups) << " must follow subnet_branches "
               << listStr(*counts) << ": branch #" << i
               << " first runs in sub-network " << expected;
    }
  }
  ConcatLayout layout = op.getConcatLayout();
  for (size_t g = 0; g < layout.numGroups(); ++g) {
    int64_t r = layout.residualWidth[g];
    if (r < 0)
      return op.emitOpError("group ")
             << g + 1 << " of partition " << listStr(partition) << " has "
             << partition[g] << " channels, fewer than the "
             << partition[g] - r << " its branches yield";
    if (r > 0 && !op.getResidual())
      return op.emitOpError("group ")
             << g + 1 << " of partition " << listStr(partition)
             << " leaves " << r
             << " channels to the residual, but the block has none";
  }
  return success();
}

/// Checks `partition` / `branch_groups` of an IS-form block.
static LogicalResult verifySparseGroups(BlockOp op, RankedTensorType result) {
  FailureOr<BranchGrouping> grouping = getBranchGrouping(op, result);
  if (failed(grouping))
    return failure();
  ArrayRef<int64_t> partition = grouping->partition;
  // In the IS form the groups are the K sub-networks' channels; elsewhere
  // (an extracted IS sub-network) a partition only says where each branch
  // adds.
  AnytimeAttr anytime = getAnytime(op);
  int64_t numGroups = partition.size();
  if (anytime && anytime.getForm() == AnytimeForm::inclusive_sparse &&
      numGroups != anytime.getSubnets())
    return op.emitOpError("partition has ")
           << numGroups << " channel groups, the model has K = "
           << anytime.getSubnets();
  if (anytime && anytime.getForm() == AnytimeForm::inclusive)
    return op.emitOpError("a channel partition does not belong to the "
                          "inclusive form");
  auto checkBranchType = [&](size_t i, int64_t g) -> LogicalResult {
    auto branchType = cast<RankedTensorType>(op.getBranchResult(i).getType());
    SmallVector<int64_t> expected(result.getShape());
    expected[1] = partition[g - 1];
    if (branchType.getShape() != ArrayRef<int64_t>(expected))
      return op.emitOpError("branch #")
             << i << " feeds channel group " << g << " and must yield "
             << RankedTensorType::get(expected, result.getElementType())
             << ", yields " << branchType;
    return success();
  };
  return verifyBranchGrouping(op, result, *grouping, checkBranchType);
}

LogicalResult BlockOp::verifyRegions() {
  TypeRange inputTypes = getInputs().getTypes();
  auto result = cast<RankedTensorType>(getType());
  for (auto [i, region] : llvm::enumerate(getBranches())) {
    TypeRange argTypes = region.front().getArgumentTypes();
    if (argTypes != inputTypes)
      return emitOpError("branch #")
             << i << " takes (" << argTypes << "), the block inputs are ("
             << inputTypes << ")";
  }
  bool concat = getAggregation() == Aggregation::concat;
  bool grouped = getPartition() || getBranchGroups();
  if (getSubnetBranches() && grouped && !concat)
    return emitOpError("a block is either inclusive (subnet_branches) or "
                       "inclusive-sparse (partition), not both");
  if (std::optional<ArrayRef<int64_t>> counts = getSubnetBranches()) {
    if (failed(verifyInclusiveBranches(*this, *counts)))
      return failure();
    if (concat && !grouped)
      return emitOpError("an inclusive concat block needs partition and "
                         "branch_groups (its grouped layout)");
  }
  if (grouped)
    return concat ? verifyConcatGroups(*this, result)
                  : verifySparseGroups(*this, result);
  if (getAggregation() == Aggregation::add)
    for (unsigned i = 0, e = getNumBranches(); i < e; ++i)
      if (getBranchResult(i).getType() != result)
        return emitOpError("branch #")
               << i << " yields " << getBranchResult(i).getType()
               << ", an add block needs " << result;
  return success();
}

//===----------------------------------------------------------------------===//
// HeadOp
//===----------------------------------------------------------------------===//

LogicalResult HeadOp::inferReturnTypes(MLIRContext *,
                                       std::optional<Location> loc,
                                       Adaptor adaptor,
                                       SmallVectorImpl<Type> &inferred) {
  auto value = yieldedValue(loc, adaptor.getBody(), "head body");
  if (failed(value))
    return failure();
  inferred.push_back(value->getType());
  return success();
}

LogicalResult HeadOp::verifyRegions() {
  Block &body = getBody().front();
  if (body.getNumArguments() != 1 ||
      body.getArgument(0).getType() != getInput().getType())
    return emitOpError("body must take one argument of the input type ")
           << getInput().getType();
  AnytimeAttr anytime = getAnytime(*this);
  int64_t subnets = anytime ? anytime.getSubnets() : 1;
  int64_t subnet = getSubnet(), level = getLevel();
  int64_t levels = anytime ? anytime.getLevels() : 1;
  if (subnet < 1 || subnet > subnets)
    return emitOpError("subnet ")
           << getSubnet() << " is outside [1, " << subnets << "]"
           << (anytime ? "" : " (no 'slice.anytime' on the module: K = 1)");
  if (level < 1 || level > levels)
    return emitOpError("level ")
           << getLevel() << " is outside [1, " << levels << "]";
  return success();
}

//===----------------------------------------------------------------------===//
// TaxonomyOp
//===----------------------------------------------------------------------===//

LogicalResult TaxonomyOp::verify() {
  ArrayAttr names = getNames(), parents = getParents();
  if (names.empty())
    return emitOpError("needs at least one level of label names");
  if (parents.size() + 1 != names.size())
    return emitOpError("has ") << names.size() << " levels of names but "
                               << parents.size() << " parent maps (expected "
                               << names.size() - 1 << ")";
  for (auto [d, level] : llvm::enumerate(names)) {
    auto labels = dyn_cast<ArrayAttr>(level);
    if (!labels || labels.empty() ||
        !llvm::all_of(labels, [](Attribute a) { return isa<StringAttr>(a); }))
      return emitOpError("level ") << d + 1
                                   << " must be a non-empty list of strings";
    if (d > 0 && labels.size() >= cast<ArrayAttr>(names[d - 1]).size())
      return emitOpError("level ")
             << d + 1 << " has " << labels.size()
             << " labels, not fewer than level " << d;
  }
  for (auto [d, attr] : llvm::enumerate(parents)) {
    auto map = dyn_cast<DenseI64ArrayAttr>(attr);
    int64_t children = cast<ArrayAttr>(names[d]).size();
    int64_t count = cast<ArrayAttr>(names[d + 1]).size();
    if (!map || static_cast<int64_t>(map.size()) != children)
      return emitOpError("parents[")
             << d << "] must map the " << children << " labels of level "
             << d + 1 << " (array<i64>)";
    llvm::SmallVector<bool> covered(count, false);
    for (int64_t p : map.asArrayRef()) {
      if (p < 0 || p >= count)
        return emitOpError("parents[")
               << d << "] has " << p << ", outside the " << count
               << " labels of level " << d + 2;
      covered[p] = true;
    }
    if (llvm::is_contained(covered, false))
      return emitOpError("a label of level ")
             << d + 2 << " has no label of level " << d + 1 << " below it";
  }
  AnytimeAttr anytime = getAnytime(*this);
  if (anytime && anytime.getLevels() != static_cast<int64_t>(names.size()))
    return emitOpError("has ") << names.size()
                               << " levels, the model's slice.anytime says "
                               << anytime.getLevels();
  return success();
}

#include "slice/Dialect/SliceInterfaces.cpp.inc"

#define GET_OP_CLASSES
#include "slice/Dialect/SliceOps.cpp.inc"
