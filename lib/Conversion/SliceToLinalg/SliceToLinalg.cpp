//===- SliceToLinalg.cpp - slice dialect to linalg on tensors -------------===//
//
// Every slice compute op becomes linalg/tensor/arith on tensors in NCHW,
// with static channels and spatial sizes and a possibly dynamic batch
// (dynamic sizes are read back with tensor.dim of the op's input).
// Structure is lowered, not flattened into dense math: a block-sparse
// convolution computes its present blocks only, and an IS block adds each
// branch into its channel group only, so the lowered code does exactly the
// work the model's FLOPs count.
//
//===----------------------------------------------------------------------===//
#include "slice/Conversion/SliceToLinalg.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/Model.h"
#include "slice/Lowering/FlatModel.h"
#include "slice/Lowering/MaterialiseParams.h"
#include "slice/Lowering/Steps.h"
#include "slice/Dialect/SliceDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/DialectConversion.h"
#include "llvm/ADT/StringSet.h"

#include <limits>

using namespace mlir;
using namespace mlir::slice;

namespace {
//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

RankedTensorType typeOf(Value v) { return cast<RankedTensorType>(v.getType()); }

/// The sizes of `type`; dynamic ones are read from `like` (same position).
SmallVector<OpFoldResult> sizesOf(OpBuilder &b, Location loc,
                                  RankedTensorType type, Value like) {
  SmallVector<OpFoldResult> sizes;
  for (auto [i, d] : llvm::enumerate(type.getShape()))
    sizes.push_back(ShapedType::isDynamic(d)
                        ? OpFoldResult(tensor::DimOp::create(b, loc, like, i)
                                           .getResult())
                        : OpFoldResult(b.getIndexAttr(d)));
  return sizes;
}

Value emptyLike(OpBuilder &b, Location loc, RankedTensorType type, Value like) {
  return tensor::EmptyOp::create(b, loc, sizesOf(b, loc, type, like),
                                 type.getElementType());
}

Value f32(OpBuilder &b, Location loc, double v) {
  return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(v));
}

Value filled(OpBuilder &b, Location loc, RankedTensorType type, Value like,
             double v) {
  return linalg::FillOp::create(b, loc, ValueRange{f32(b, loc, v)},
                                ValueRange{emptyLike(b, loc, type, like)})
      .getResult(0);
}

AffineMap identityMap(MLIRContext *ctx, unsigned rank) {
  return AffineMap::getMultiDimIdentityMap(rank, ctx);
}

/// (d0, ..., d{rank-1}) -> (d1): a per-channel operand.
AffineMap channelMap(MLIRContext *ctx, unsigned rank) {
  return AffineMap::get(rank, 0, {getAffineDimExpr(1, ctx)}, ctx);
}

using BodyFn = function_ref<Value(OpBuilder &, Location, ValueRange)>;

/// An all-parallel linalg.generic producing `type`: `body` maps the input
/// elements (read through `maps`) to the result element.
Value elementwise(OpBuilder &b, Location loc, RankedTensorType type, Value like,
                  ValueRange inputs, ArrayRef<AffineMap> maps, BodyFn body) {
  unsigned rank = type.getRank();
  SmallVector<AffineMap> all(maps);
  all.push_back(identityMap(b.getContext(), rank));
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  auto op = linalg::GenericOp::create(
      b, loc, TypeRange{type}, inputs,
      ValueRange{emptyLike(b, loc, type, like)}, all, iterators,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        linalg::YieldOp::create(nb, nl, body(nb, nl, args.drop_back()));
      });
  return op.getResult(0);
}

/// Sum of same-typed tensors in one generic (one kernel, not a chain of adds).
Value sumOf(OpBuilder &b, Location loc, RankedTensorType type, Value like,
            ValueRange values) {
  if (values.size() == 1)
    return values.front();
  SmallVector<AffineMap> maps(values.size(),
                              identityMap(b.getContext(), type.getRank()));
  return elementwise(b, loc, type, like, values, maps,
                     [](OpBuilder &nb, Location nl, ValueRange args) {
                       Value s = args[0];
                       for (Value v : args.drop_front())
                         s = arith::AddFOp::create(nb, nl, s, v);
                       return s;
                     });
}

/// `bias` (one value per channel) broadcast to `type`.
Value broadcastChannels(OpBuilder &b, Location loc, RankedTensorType type,
                        Value like, Value bias) {
  return elementwise(b, loc, type, like, {bias},
                     {channelMap(b.getContext(), type.getRank())},
                     [](OpBuilder &, Location, ValueRange args) {
                       return args[0];
                     });
}

/// `type` with `channels` channels (dimension 1).
RankedTensorType withChannels(RankedTensorType type, int64_t channels) {
  SmallVector<int64_t> shape(type.getShape());
  shape[1] = channels;
  return RankedTensorType::get(shape, type.getElementType());
}

/// Channels [offset, offset + size) of an N x C x ... tensor.
Value channelSlice(OpBuilder &b, Location loc, Value v, int64_t offset,
                   int64_t size) {
  RankedTensorType type = typeOf(v);
  if (offset == 0 && size == type.getDimSize(1))
    return v;
  SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
  offsets[1] = b.getIndexAttr(offset);
  SmallVector<OpFoldResult> sizes = sizesOf(b, loc, type, v);
  sizes[1] = b.getIndexAttr(size);
  SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
  return tensor::ExtractSliceOp::create(b, loc, withChannels(type, size), v,
                                        offsets, sizes, strides);
}

/// Writes `part` into channels [offset, ...) of `dest`.
Value insertChannels(OpBuilder &b, Location loc, Value part, Value dest,
                     int64_t offset) {
  RankedTensorType type = typeOf(part);
  SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
  offsets[1] = b.getIndexAttr(offset);
  SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
  return tensor::InsertSliceOp::create(b, loc, part, dest, offsets,
                                       sizesOf(b, loc, type, part), strides);
}

/// The channel concatenation of `parts` into a new tensor of `type`.
Value concatChannels(OpBuilder &b, Location loc, RankedTensorType type,
                     ValueRange parts) {
  if (parts.size() == 1)
    return parts.front();
  Value dest = emptyLike(b, loc, type, parts.front());
  int64_t offset = 0;
  for (Value part : parts) {
    dest = insertChannels(b, loc, part, dest, offset);
    offset += typeOf(part).getDimSize(1);
  }
  return dest;
}

/// Pads dimensions 2 and 3 of an NCHW tensor by `pad` = [top, left, bottom,
/// right] plus `extraBottom` / `extraRight` with `value`.
Value padSpatial(OpBuilder &b, Location loc, Value x, ArrayRef<int64_t> pad,
                 double value, int64_t extraBottom = 0,
                 int64_t extraRight = 0) {
  int64_t top = pad[0], left = pad[1], bottom = pad[2] + extraBottom,
          right = pad[3] + extraRight;
  if (top == 0 && left == 0 && bottom == 0 && right == 0)
    return x;
  RankedTensorType type = typeOf(x);
  SmallVector<int64_t> shape(type.getShape());
  shape[2] += top + bottom;
  shape[3] += left + right;
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  auto attr = [&](int64_t v) -> OpFoldResult { return b.getIndexAttr(v); };
  SmallVector<OpFoldResult> low = {attr(0), attr(0), attr(top), attr(left)};
  SmallVector<OpFoldResult> high = {attr(0), attr(0), attr(bottom),
                                    attr(right)};
  return tensor::PadOp::create(b, loc, resultType, x, low, high,
                               f32(b, loc, value));
}

/// Expands dimension `dim` of `v` into (`outer`, size / `outer`).
Value splitDim(OpBuilder &b, Location loc, Value v, unsigned dim,
               int64_t outer) {
  RankedTensorType type = typeOf(v);
  SmallVector<int64_t> shape;
  SmallVector<ReassociationIndices> reassociation;
  for (unsigned d = 0; d < type.getRank(); ++d) {
    if (d == dim) {
      reassociation.push_back({static_cast<int64_t>(shape.size()),
                               static_cast<int64_t>(shape.size()) + 1});
      shape.push_back(outer);
      shape.push_back(type.getDimSize(d) / outer);
      continue;
    }
    reassociation.push_back({static_cast<int64_t>(shape.size())});
    shape.push_back(type.getDimSize(d));
  }
  return tensor::ExpandShapeOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), v,
      reassociation);
}

/// Merges dimensions `dim` and `dim + 1` of `v` into `type`.
Value mergeDims(OpBuilder &b, Location loc, Value v, unsigned dim,
                RankedTensorType type) {
  SmallVector<ReassociationIndices> reassociation;
  unsigned rank = typeOf(v).getRank();
  for (unsigned d = 0; d < rank; ++d) {
    if (d == dim) {
      reassociation.push_back({d, d + 1});
      ++d;
      continue;
    }
    reassociation.push_back({static_cast<int64_t>(d)});
  }
  return tensor::CollapseShapeOp::create(b, loc, type, v, reassociation);
}

//===----------------------------------------------------------------------===//
// Parameters
//===----------------------------------------------------------------------===//

struct GetParamLowering : OpConversionPattern<GetParamOp> {
  GetParamLowering(MLIRContext *ctx, ParamLowering mode)
      : OpConversionPattern(ctx), mode(mode) {}

  LogicalResult
  matchAndRewrite(GetParamOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    StringRef name = op.getName();
    if (mode == ParamLowering::Arguments) {
      auto func = op->getParentOfType<func::FuncOp>();
      for (unsigned i = 0, e = func ? func.getNumArguments() : 0; i < e; ++i)
        if (auto tag = func.getArgAttrOfType<StringAttr>(i, kParamArgAttr))
          if (tag.getValue() == name &&
              func.getArgument(i).getType() == op.getType()) {
            rewriter.replaceOp(op, func.getArgument(i));
            return success();
          }
      return rewriter.notifyMatchFailure(op, "no argument carries the parameter");
    }
    ParamOp param = op.getParamOp();
    if (!param || !param.getValue())
      return rewriter.notifyMatchFailure(op, "the parameter has no stored value");
    auto value = cast<TypedAttr>(*param.getValue());
    if (value.getType() != op.getType())
      return rewriter.notifyMatchFailure(op, "stored value of another type");
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(op, value);
    return success();
  }

  ParamLowering mode;
};

//===----------------------------------------------------------------------===//
// Convolution
//===----------------------------------------------------------------------===//

struct ConvLowering : OpConversionPattern<Conv2dOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(Conv2dOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = typeOf(op.getResult());
    Value x = padSpatial(rewriter, loc, adaptor.getInput(), op.getPadding(), 0);
    Value w = adaptor.getWeight();
    Value bias = adaptor.getBias();
    auto strides = rewriter.getI64TensorAttr(op.getStrides());
    auto dilations = rewriter.getI64TensorAttr(op.getDilations());
    // The accumulator starts as the bias (or zero): no separate bias pass.
    auto init = [&](RankedTensorType t, Value b) {
      return b ? broadcastChannels(rewriter, loc, t, x, b)
               : filled(rewriter, loc, t, x, 0);
    };

    if (BlockSparseAttr pattern = op.getBlockSparseAttr()) {
      rewriter.replaceOp(op, blockSparse(rewriter, loc, pattern, type, x, w,
                                         bias, strides, dilations));
      return success();
    }
    int64_t groups = op.getGroups();
    if (groups == 1) {
      auto conv = linalg::Conv2DNchwFchwOp::create(
          rewriter, loc, TypeRange{type}, ValueRange{x, w},
          ValueRange{init(type, bias)}, strides, dilations);
      rewriter.replaceOp(op, conv.getResult(0));
      return success();
    }
    // N x (G*C) x H x W  *  (G*F) x C x kh x kw  as  N x G x C x H x W  *
    // G x F x C x kh x kw: the grouped convolution of linalg.
    Value xg = splitDim(rewriter, loc, x, 1, groups);
    Value wg = splitDim(rewriter, loc, w, 0, groups);
    Value acc = splitDim(rewriter, loc, init(type, bias), 1, groups);
    auto conv = linalg::Conv2DNgchwGfchwOp::create(
        rewriter, loc, TypeRange{acc.getType()}, ValueRange{xg, wg},
        ValueRange{acc}, strides, dilations);
    rewriter.replaceOp(op, mergeDims(rewriter, loc, conv.getResult(0), 1, type));
    return success();
  }

  /// One convolution per present (output group, input group) block on
  /// slices of input and weight, accumulating into the output group's
  /// tensor; absent blocks emit nothing.
  static Value blockSparse(OpBuilder &b, Location loc, BlockSparseAttr pattern,
                           RankedTensorType type, Value x, Value w, Value bias,
                           Attribute strides, Attribute dilations) {
    ArrayRef<int64_t> ins = pattern.getIn(), outs = pattern.getOut();
    auto weightType = typeOf(w);
    Value result = emptyLike(b, loc, type, x);
    int64_t outStart = 0;
    for (size_t o = 0; o < outs.size(); ++o) {
      RankedTensorType partType = withChannels(type, outs[o]);
      Value acc = bias ? broadcastChannels(b, loc, partType, x,
                                           channelSliceOf1D(b, loc, bias,
                                                            outStart, outs[o]))
                       : filled(b, loc, partType, x, 0);
      int64_t inStart = 0;
      for (size_t i = 0; i < ins.size(); ++i) {
        if (pattern.isPresent(o, i)) {
          Value xi = channelSlice(b, loc, x, inStart, ins[i]);
          SmallVector<OpFoldResult> offsets = {
              b.getIndexAttr(outStart), b.getIndexAttr(inStart),
              b.getIndexAttr(0), b.getIndexAttr(0)};
          SmallVector<OpFoldResult> sizes = {
              b.getIndexAttr(outs[o]), b.getIndexAttr(ins[i]),
              b.getIndexAttr(weightType.getDimSize(2)),
              b.getIndexAttr(weightType.getDimSize(3))};
          SmallVector<OpFoldResult> unit(4, b.getIndexAttr(1));
          auto blockType = RankedTensorType::get(
              {outs[o], ins[i], weightType.getDimSize(2),
               weightType.getDimSize(3)},
              weightType.getElementType());
          Value wi = tensor::ExtractSliceOp::create(b, loc, blockType, w,
                                                    offsets, sizes, unit);
          acc = linalg::Conv2DNchwFchwOp::create(b, loc, TypeRange{partType},
                                                 ValueRange{xi, wi},
                                                 ValueRange{acc}, strides,
                                                 dilations)
                    .getResult(0);
        }
        inStart += ins[i];
      }
      result = insertChannels(b, loc, acc, result, outStart);
      outStart += outs[o];
    }
    return result;
  }

  static Value channelSliceOf1D(OpBuilder &b, Location loc, Value v,
                                int64_t offset, int64_t size) {
    auto type = typeOf(v);
    if (offset == 0 && size == type.getDimSize(0))
      return v;
    return tensor::ExtractSliceOp::create(
        b, loc, RankedTensorType::get({size}, type.getElementType()), v,
        ArrayRef<OpFoldResult>{b.getIndexAttr(offset)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(size)},
        ArrayRef<OpFoldResult>{b.getIndexAttr(1)});
  }
};

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

struct BatchNormLowering : OpConversionPattern<BatchNormOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(BatchNormOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.isPerSubnet())
      return rewriter.notifyMatchFailure(
          op, "per-sub-network parameters: specialise to a sub-network first");
    Location loc = op.getLoc();
    auto type = typeOf(op.getResult());
    MLIRContext *ctx = rewriter.getContext();
    unsigned rank = type.getRank();
    double eps = op.getEpsilon().convertToDouble();
    // Inference form with the running statistics, in ATen's order:
    // alpha = scale / sqrt(var + eps), y = x * alpha + (bias - mean * alpha).
    Value y = elementwise(
        rewriter, loc, type, adaptor.getInput(),
        {adaptor.getInput(), adaptor.getScale(), adaptor.getBias(),
         adaptor.getMean(), adaptor.getVariance()},
        {identityMap(ctx, rank), channelMap(ctx, rank), channelMap(ctx, rank),
         channelMap(ctx, rank), channelMap(ctx, rank)},
        [&](OpBuilder &b, Location l, ValueRange a) -> Value {
          Value std = math::SqrtOp::create(
              b, l, arith::AddFOp::create(b, l, a[4], f32(b, l, eps)));
          Value invstd = arith::DivFOp::create(b, l, f32(b, l, 1.0), std);
          Value alpha = arith::MulFOp::create(b, l, a[1], invstd);
          Value beta = arith::SubFOp::create(
              b, l, a[2], arith::MulFOp::create(b, l, a[3], alpha));
          return arith::AddFOp::create(
              b, l, arith::MulFOp::create(b, l, a[0], alpha), beta);
        });
    rewriter.replaceOp(op, y);
    return success();
  }
};

struct ReluLowering : OpConversionPattern<ReluOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ReluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = typeOf(op.getResult());
    rewriter.replaceOp(
        op, elementwise(rewriter, op.getLoc(), type, adaptor.getInput(),
                        {adaptor.getInput()},
                        {identityMap(getContext(), type.getRank())},
                        [](OpBuilder &b, Location l, ValueRange a) -> Value {
                          return arith::MaximumFOp::create(b, l, a[0],
                                                           f32(b, l, 0));
                        }));
    return success();
  }
};

struct ClipLowering : OpConversionPattern<ClipOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ClipOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = typeOf(op.getResult());
    double lo = op.getMin().convertToDouble(), hi = op.getMax().convertToDouble();
    rewriter.replaceOp(
        op, elementwise(rewriter, op.getLoc(), type, adaptor.getInput(),
                        {adaptor.getInput()},
                        {identityMap(getContext(), type.getRank())},
                        [&](OpBuilder &b, Location l, ValueRange a) -> Value {
                          Value low =
                              arith::MaximumFOp::create(b, l, a[0], f32(b, l, lo));
                          return arith::MinimumFOp::create(b, l, low,
                                                           f32(b, l, hi));
                        }));
    return success();
  }
};

struct AddLowering : OpConversionPattern<AddOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(AddOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, sumOf(rewriter, op.getLoc(), typeOf(op.getResult()),
                                 adaptor.getLhs(),
                                 {adaptor.getLhs(), adaptor.getRhs()}));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Pools
//===----------------------------------------------------------------------===//

/// Rows (or columns) the last window reaches beyond the padded input: the
/// ceil-mode overhang, padded explicitly so the linalg pool sees it.
int64_t overhang(int64_t in, int64_t out, int64_t kernel, int64_t stride,
                 int64_t dilation, int64_t before, int64_t after) {
  int64_t need = (out - 1) * stride + dilation * (kernel - 1) + 1;
  return std::max<int64_t>(0, need - (in + before + after));
}

/// `input` padded with `value` by `padding` and by the overhang that
/// `result`'s spatial sizes need.
Value padForPool(OpBuilder &b, Location loc, Value input,
                 RankedTensorType result, ArrayRef<int64_t> kernel,
                 ArrayRef<int64_t> strides, ArrayRef<int64_t> padding,
                 ArrayRef<int64_t> dilations, double value) {
  RankedTensorType in = typeOf(input);
  auto extra = [&](unsigned d) {
    return overhang(in.getDimSize(2 + d), result.getDimSize(2 + d), kernel[d],
                    strides[d], dilations[d], padding[d], padding[d + 2]);
  };
  return padSpatial(b, loc, input, padding, value, extra(0), extra(1));
}

/// A linalg pool of the padded `x` into `type`, starting from `initial`.
template <typename PoolOp>
Value pool(OpBuilder &b, Location loc, RankedTensorType type, Value x,
           double initial, ArrayRef<int64_t> kernel, ArrayRef<int64_t> strides,
           ArrayRef<int64_t> dilations) {
  Value window =
      tensor::EmptyOp::create(b, loc, kernel, typeOf(x).getElementType());
  return PoolOp::create(
             b, loc, TypeRange{type}, ValueRange{x, window},
             ValueRange{filled(b, loc, type, x, initial)},
             {b.getNamedAttr("strides", b.getI64TensorAttr(strides)),
              b.getNamedAttr("dilations", b.getI64TensorAttr(dilations))})
      .getResult(0);
}

struct MaxPoolLowering : OpConversionPattern<MaxPoolOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(MaxPoolOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = typeOf(op.getResult());
    ArrayRef<int64_t> k = op.getKernel(), s = op.getStrides(),
                      d = op.getDilations();
    double lowest = -std::numeric_limits<double>::infinity();
    Value x = padForPool(rewriter, loc, adaptor.getInput(), type, k, s,
                         op.getPadding(), d, lowest);
    rewriter.replaceOp(op, pool<linalg::PoolingNchwMaxOp>(
                               rewriter, loc, type, x, lowest, k, s, d));
    return success();
  }
};

struct AvgPoolLowering : OpConversionPattern<AvgPoolOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(AvgPoolOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = typeOf(op.getResult());
    auto in = typeOf(adaptor.getInput());
    ArrayRef<int64_t> k = op.getKernel(), s = op.getStrides(),
                      p = op.getPadding();
    int64_t h = in.getDimSize(2), w = in.getDimSize(3);
    int64_t oh = type.getDimSize(2), ow = type.getDimSize(3);
    SmallVector<int64_t> unitDilations = {1, 1};
    Value x = padForPool(rewriter, loc, adaptor.getInput(), type, k, s, p,
                         unitDilations, 0);
    Value sum = pool<linalg::PoolingNchwSumOp>(rewriter, loc, type, x, 0, k, s,
                                               unitDilations);

    // The divisor of output row i: the window [i*s - top, i*s - top + k)
    // clipped to the padded input (never the ceil overhang), and to the
    // input itself when padding does not count. As PyTorch's avg_pool2d.
    bool include = op.getCountIncludePad();
    auto extent = [&](int64_t i, int64_t kk, int64_t ss, int64_t before,
                      int64_t after, int64_t size) {
      int64_t start = i * ss - before;
      int64_t end = std::min(start + kk, size + after);
      if (!include) {
        start = std::max<int64_t>(start, 0);
        end = std::min(end, size);
      }
      return end - start;
    };
    SmallVector<int64_t> rows, cols;
    bool uniform = true;
    for (int64_t i = 0; i < oh; ++i) {
      rows.push_back(extent(i, k[0], s[0], p[0], p[2], h));
      uniform &= rows.back() == rows.front();
    }
    for (int64_t j = 0; j < ow; ++j) {
      cols.push_back(extent(j, k[1], s[1], p[1], p[3], w));
      uniform &= cols.back() == cols.front();
    }
    MLIRContext *ctx = getContext();
    Value avg;
    if (uniform) {
      double scale = 1.0 / double(rows.front() * cols.front());
      avg = elementwise(rewriter, loc, type, sum, {sum}, {identityMap(ctx, 4)},
                        [&](OpBuilder &b, Location l, ValueRange a) -> Value {
                          return arith::MulFOp::create(b, l, a[0],
                                                       f32(b, l, scale));
                        });
    } else {
      // Border windows differ: the divisor is computed from the output
      // position (index arithmetic, no table in memory).
      auto count = [&](OpBuilder &b, Location l, unsigned dim, int64_t kk,
                       int64_t ss, int64_t before, int64_t after,
                       int64_t size) -> Value {
        Value i = linalg::IndexOp::create(b, l, dim);
        auto c = [&](int64_t v) {
          return arith::ConstantIndexOp::create(b, l, v).getResult();
        };
        Value start = arith::SubIOp::create(
            b, l, arith::MulIOp::create(b, l, i, c(ss)), c(before));
        Value end = arith::MinSIOp::create(
            b, l, arith::AddIOp::create(b, l, start, c(kk)), c(size + after));
        if (!include) {
          start = arith::MaxSIOp::create(b, l, start, c(0));
          end = arith::MinSIOp::create(b, l, end, c(size));
        }
        return arith::SubIOp::create(b, l, end, start);
      };
      avg = elementwise(
          rewriter, loc, type, sum, {sum}, {identityMap(ctx, 4)},
          [&](OpBuilder &b, Location l, ValueRange a) -> Value {
            Value rows = count(b, l, 2, k[0], s[0], p[0], p[2], h);
            Value cols = count(b, l, 3, k[1], s[1], p[1], p[3], w);
            Value n = arith::MulIOp::create(b, l, rows, cols);
            Value nf = arith::SIToFPOp::create(
                b, l, b.getF32Type(),
                arith::IndexCastOp::create(b, l, b.getI64Type(), n));
            return arith::DivFOp::create(b, l, a[0], nf);
          });
    }
    rewriter.replaceOp(op, avg);
    return success();
  }
};

struct GlobalAvgPoolLowering : OpConversionPattern<GlobalAvgPoolOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(GlobalAvgPoolOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    Value x = adaptor.getInput();
    auto in = typeOf(x);
    auto type = typeOf(op.getResult());
    auto flatType = RankedTensorType::get({in.getDimSize(0), in.getDimSize(1)},
                                          in.getElementType());
    // Sum over H and W into N x C, then one scaling pass.
    AffineMap nc = AffineMap::get(
        4, 0, {getAffineDimExpr(0, ctx), getAffineDimExpr(1, ctx)}, ctx);
    auto reduce = linalg::GenericOp::create(
        rewriter, loc, TypeRange{flatType}, ValueRange{x},
        ValueRange{filled(rewriter, loc, flatType, x, 0)},
        ArrayRef<AffineMap>{identityMap(ctx, 4), nc},
        ArrayRef<utils::IteratorType>{
            utils::IteratorType::parallel, utils::IteratorType::parallel,
            utils::IteratorType::reduction, utils::IteratorType::reduction},
        [](OpBuilder &b, Location l, ValueRange a) {
          linalg::YieldOp::create(b, l,
                                  Value(arith::AddFOp::create(b, l, a[0], a[1])));
        });
    double scale = 1.0 / double(in.getDimSize(2) * in.getDimSize(3));
    Value mean = elementwise(
        rewriter, loc, flatType, x, {reduce.getResult(0)}, {identityMap(ctx, 2)},
        [&](OpBuilder &b, Location l, ValueRange a) -> Value {
          return arith::MulFOp::create(b, l, a[0], f32(b, l, scale));
        });
    rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(
        op, type, mean, ArrayRef<ReassociationIndices>{{0}, {1, 2, 3}});
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Shapes
//===----------------------------------------------------------------------===//

struct FlattenLowering : OpConversionPattern<FlattenOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(FlattenOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getInput();
    auto in = typeOf(x);
    auto type = typeOf(op.getResult());
    int64_t axis = op.getAxis(), rank = in.getRank();
    if (in == type) {
      rewriter.replaceOp(op, x);
      return success();
    }
    if (axis == 0 || axis == rank) {
      // [1, all] or [all, 1]: collapse everything, then add the unit dim.
      ReassociationIndices all;
      for (int64_t d = 0; d < rank; ++d)
        all.push_back(d);
      auto flat = RankedTensorType::get(
          {axis == 0 ? type.getDimSize(1) : type.getDimSize(0)},
          in.getElementType());
      Value v = tensor::CollapseShapeOp::create(rewriter, op.getLoc(), flat, x,
                                                ArrayRef<ReassociationIndices>{all});
      rewriter.replaceOpWithNewOp<tensor::ExpandShapeOp>(
          op, type, v, ArrayRef<ReassociationIndices>{{0, 1}});
      return success();
    }
    ReassociationIndices lead, rest;
    for (int64_t d = 0; d < rank; ++d)
      (d < axis ? lead : rest).push_back(d);
    rewriter.replaceOpWithNewOp<tensor::CollapseShapeOp>(
        op, type, x, ArrayRef<ReassociationIndices>{lead, rest});
    return success();
  }
};

struct LinearLowering : OpConversionPattern<LinearOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(LinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    auto type = typeOf(op.getResult());
    Value x = adaptor.getInput();
    Value init = adaptor.getBias()
                     ? broadcastChannels(rewriter, loc, type, x, adaptor.getBias())
                     : filled(rewriter, loc, type, x, 0);
    // y[m, n] += x[m, k] * W[n, k]: the weight is read transposed in place.
    AffineExpr m = getAffineDimExpr(0, ctx), n = getAffineDimExpr(1, ctx),
               k = getAffineDimExpr(2, ctx);
    SmallVector<Attribute> maps = {
        AffineMapAttr::get(AffineMap::get(3, 0, {m, k}, ctx)),
        AffineMapAttr::get(AffineMap::get(3, 0, {n, k}, ctx)),
        AffineMapAttr::get(AffineMap::get(3, 0, {m, n}, ctx))};
    auto matmul = linalg::MatmulOp::create(
        rewriter, loc, TypeRange{type}, ValueRange{x, adaptor.getWeight()},
        ValueRange{init},
        {rewriter.getNamedAttr("indexing_maps", rewriter.getArrayAttr(maps))});
    rewriter.replaceOp(op, matmul.getResult(0));
    return success();
  }
};

struct ConcatLowering : OpConversionPattern<ConcatOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, concatChannels(rewriter, op.getLoc(),
                                          typeOf(op.getResult()),
                                          adaptor.getInputs()));
    return success();
  }
};

struct PadChannelsLowering : OpConversionPattern<PadChannelsOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(PadChannelsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value x = adaptor.getInput();
    // Zeros, with each group written at its new offset: [x1, 0, x2, 0].
    Value dest = filled(rewriter, loc, typeOf(op.getResult()), x, 0);
    SmallVector<int64_t> groups = op.getGroupSizes();
    ArrayRef<int64_t> pads = op.getPads();
    int64_t inStart = 0, outStart = 0;
    for (size_t g = 0; g < groups.size(); ++g) {
      dest = insertChannels(rewriter, loc,
                            channelSlice(rewriter, loc, x, inStart, groups[g]),
                            dest, outStart);
      inStart += groups[g];
      outStart += groups[g] + pads[g];
    }
    rewriter.replaceOp(op, dest);
    return success();
  }
};

struct ChannelSliceLowering : OpConversionPattern<ChannelSliceOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ChannelSliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, channelSlice(rewriter, op.getLoc(),
                                        adaptor.getInput(), op.getOffset(),
                                        op.getSize()));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Parameter expressions (left when their parameters have no stored value)
//===----------------------------------------------------------------------===//

struct ParamSliceLowering : OpConversionPattern<ParamSliceOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ParamSliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    // Row r (dropped) and then the leading `sizes`: one rank-reducing slice.
    auto type = typeOf(adaptor.getInput());
    std::optional<uint64_t> row = op.getRow();
    SmallVector<OpFoldResult> offsets(type.getRank(), rewriter.getIndexAttr(0));
    SmallVector<OpFoldResult> sizes, unit(type.getRank(),
                                          rewriter.getIndexAttr(1));
    if (row) {
      offsets[0] = rewriter.getIndexAttr(*row);
      sizes.push_back(rewriter.getIndexAttr(1));
    }
    for (auto [d, offset] : llvm::enumerate(op.getOffsetsOrZeros()))
      offsets[d + (row ? 1 : 0)] = rewriter.getIndexAttr(offset);
    for (int64_t size : op.getSizes())
      sizes.push_back(rewriter.getIndexAttr(size));
    rewriter.replaceOpWithNewOp<tensor::ExtractSliceOp>(
        op, typeOf(op.getResult()), adaptor.getInput(), offsets, sizes, unit);
    return success();
  }
};

struct ParamConcatLowering : OpConversionPattern<ParamConcatOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ParamConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = typeOf(op.getResult());
    int64_t axis = op.getAxis();
    Value dest = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                         type.getElementType());
    int64_t offset = 0;
    for (Value part : adaptor.getInputs()) {
      auto partType = typeOf(part);
      SmallVector<OpFoldResult> offsets(type.getRank(),
                                        rewriter.getIndexAttr(0));
      offsets[axis] = rewriter.getIndexAttr(offset);
      SmallVector<OpFoldResult> sizes, unit(type.getRank(),
                                            rewriter.getIndexAttr(1));
      for (int64_t d : partType.getShape())
        sizes.push_back(rewriter.getIndexAttr(d));
      dest = tensor::InsertSliceOp::create(rewriter, loc, part, dest, offsets,
                                           sizes, unit);
      offset += partType.getDimSize(axis);
    }
    rewriter.replaceOp(op, dest);
    return success();
  }
};
} // namespace

void mlir::slice::populateSliceToLinalgPatterns(RewritePatternSet &patterns,
                                                ParamLowering params) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<GetParamLowering>(ctx, params);
  patterns.add<ConvLowering, BatchNormLowering, ReluLowering, ClipLowering,
               AddLowering, MaxPoolLowering, AvgPoolLowering,
               GlobalAvgPoolLowering, FlattenLowering, LinearLowering,
               ConcatLowering, PadChannelsLowering, ChannelSliceLowering,
               ParamSliceLowering, ParamConcatLowering>(ctx);
}

//===----------------------------------------------------------------------===//
// Model lowering
//===----------------------------------------------------------------------===//

void mlir::slice::addParamArguments(ModuleOp module, func::FuncOp func) {
  MLIRContext *ctx = module.getContext();
  Builder b(ctx);
  llvm::StringSet<> read;
  func.walk([&](GetParamOp get) { read.insert(get.getName()); });
  SmallVector<unsigned> indices;
  SmallVector<Type> types;
  SmallVector<DictionaryAttr> attrs;
  SmallVector<Location> locs;
  for (ParamOp param : module.getOps<ParamOp>()) {
    if (!read.contains(param.getSymName()))
      continue;
    indices.push_back(func.getNumArguments());
    types.push_back(param.getType());
    attrs.push_back(b.getDictionaryAttr(
        b.getNamedAttr(kParamArgAttr, param.getSymNameAttr())));
    locs.push_back(param.getLoc());
  }
  (void)func.insertArguments(indices, types, attrs, locs);
}

FailureOr<SmallVector<int64_t>>
mlir::slice::parseSubnetOption(ModuleOp module, StringRef option) {
  AnytimeAttr anytime = getAnytime(module);
  int64_t subnets = anytime ? anytime.getSubnets() : 1;
  SmallVector<int64_t> out;
  if (option.empty())
    return out;
  if (option == "all") {
    for (int64_t k = 1; k <= subnets; ++k)
      out.push_back(k);
    return out;
  }
  int64_t k = 0;
  if (option.getAsInteger(10, k) || k < 1 || k > subnets)
    return module.emitError("k=")
           << option << ": expected 'all' or a sub-network in [1, " << subnets
           << "]";
  out.push_back(k);
  return out;
}

namespace {
/// Static channels and spatial sizes; only the batch may be dynamic.
LogicalResult checkShapes(func::FuncOp func) {
  auto bad = [](Type t) {
    auto tensor = dyn_cast<RankedTensorType>(t);
    if (!tensor)
      return false;
    for (int64_t d = 1; d < tensor.getRank(); ++d)
      if (tensor.isDynamicDim(d))
        return true;
    return false;
  };
  for (BlockArgument arg : func.getArguments())
    if (bad(arg.getType()))
      return func.emitError("the lowering needs static sizes except the batch "
                            "(dimension 0), got ")
             << arg.getType();
  WalkResult walk = func.walk([&](Operation *op) {
    for (Type t : op->getResultTypes())
      if (bad(t)) {
        op->emitError("the lowering needs static sizes except the batch "
                      "(dimension 0), got ")
            << t;
        return WalkResult::interrupt();
      }
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}

LogicalResult checkStoredValues(func::FuncOp func) {
  WalkResult walk = func.walk([&](GetParamOp get) {
    ParamOp param = get.getParamOp();
    if (param && !param.getValue()) {
      get.emitError("params=constants needs stored values, but @")
          << param.getSymName() << " has none (init "
          << stringifyInitScheme(param.getInit())
          << "); lower with params=arguments or store trained weights";
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return failure(walk.wasInterrupted());
}

/// Tags the image argument (outputs carry their sub-network and level since
/// flattening).
void tagInput(func::FuncOp func) {
  Builder b(func.getContext());
  if (func.getNumArguments() > 0)
    func.setArgAttr(0, kInputArgAttr, b.getUnitAttr());
}

/// Lowers `func` of `module` (its parameters still in `module`).
LogicalResult lowerFunction(ModuleOp module, func::FuncOp func,
                            ParamLowering params) {
  if (failed(checkShapes(func)))
    return failure();
  if (params == ParamLowering::Constants && failed(checkStoredValues(func)))
    return failure();
  tagInput(func);
  if (params == ParamLowering::Arguments)
    addParamArguments(module, func);
  MLIRContext *ctx = module.getContext();
  ConversionTarget target(*ctx);
  target.addLegalDialect<linalg::LinalgDialect, tensor::TensorDialect,
                         arith::ArithDialect, math::MathDialect,
                         func::FuncDialect>();
  target.addIllegalDialect<SliceDialect>();
  RewritePatternSet patterns(ctx);
  populateSliceToLinalgPatterns(patterns, params);
  if (failed(applyPartialConversion(func, target, std::move(patterns))))
    return failure();
  // Callers reach the function through its C interface (memref descriptors).
  func->setAttr("llvm.emit_c_interface", UnitAttr::get(ctx));
  return success();
}
} // namespace

FlatModelOptions mlir::slice::codegenFlatModelOptions(int64_t k) {
  FlatModelOptions options;
  options.subnet = k;
  options.params = SubnetParams::Copies;
  options.materialise = true;
  return options;
}

LogicalResult mlir::slice::lowerSliceModel(ModuleOp module,
                                           ArrayRef<int64_t> subnets,
                                           ParamLowering params) {
  AnytimeAttr anytime = getAnytime(module);
  int64_t numSubnets = anytime ? anytime.getSubnets() : 1;
  MLIRContext *ctx = module.getContext();
  Builder b(ctx);
  auto steps = llvm::to_vector(llvm::make_filter_range(
      module.getOps<func::FuncOp>(),
      [](func::FuncOp f) { return f->hasAttr(kStepAttr); }));
  FailureOr<func::FuncOp> model = failure();
  if (!steps.empty()) {
    // The steps are flat already: each lowers as it stands.
    if (!subnets.empty())
      return module.emitError("k=: a module of anytime steps lowers every "
                              "step; lower it without k");
    materialiseParams(module);
    for (func::FuncOp step : steps) {
      if (failed(lowerFunction(module, step, params)))
        return failure();
      step->setAttr("slice.subnets", b.getI64IntegerAttr(numSubnets));
    }
  } else if (failed(model = getModelFunction(module))) {
    return failure();
  } else if (subnets.empty()) {
    if (anytime && anytime.getForm() == AnytimeForm::inclusive)
      return module.emitError("an I-form model computes one sub-network per "
                              "forward pass; lower with k=<k> or k=all");
    if (failed(flattenForExecution(module, codegenFlatModelOptions(0))) ||
        failed(lowerFunction(module, *model, params)))
      return failure();
    (*model)->setAttr("slice.subnets", b.getI64IntegerAttr(numSubnets));
  } else {
    // Every k specialises the original model; the lowered functions join
    // the module only afterwards.
    SymbolTable symbols(module);
    SmallVector<OwningOpRef<ModuleOp>> copies;
    SmallVector<func::FuncOp> lowered;
    for (int64_t k : subnets) {
      FailureOr<OwningOpRef<ModuleOp>> copy =
          buildFlatModel(module, codegenFlatModelOptions(k));
      if (failed(copy))
        return failure();
      FailureOr<func::FuncOp> func = getModelFunction(**copy);
      if (failed(func) || failed(lowerFunction(**copy, *func, params)))
        return failure();
      // Outputs are head k's (the extracted model renumbered them 1).
      for (unsigned i = 0; i < func->getNumResults(); ++i)
        if (func->getResultAttr(i, kSubnetAttr))
          func->setResultAttr(i, kSubnetAttr, b.getI64IntegerAttr(k));
      std::string name = (model->getSymName() + "_k" + Twine(k)).str();
      if (symbols.lookup(name))
        return module.emitError("cannot name the lowered sub-network @")
               << name << ": the symbol exists";
      func->setSymName(name);
      (*func)->setAttr("slice.subnet", b.getI64IntegerAttr(k));
      (*func)->setAttr("slice.subnets", b.getI64IntegerAttr(numSubnets));
      lowered.push_back(*func);
      copies.push_back(std::move(*copy));
    }
    for (func::FuncOp func : lowered) {
      func->remove();
      module.getBody()->push_back(func);
    }
    model->erase();
  }
  for (Operation &op : llvm::make_early_inc_range(module.getBody()->getOperations()))
    if (isa<ParamOp, TaxonomyOp>(op))
      op.erase();
  module->removeAttr(SliceDialect::getAnytimeAttrName());
  return success();
}
