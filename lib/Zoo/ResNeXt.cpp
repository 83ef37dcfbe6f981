//===- ResNeXt.cpp - the paper's base architectures as slice IR -----------===//
#include "slice/Zoo/ResNeXt.h"
#include "slice/Zoo/Limits.h"
#include "slice/Zoo/ModelBuilder.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::zoo;

std::string zoo::validate(const ResNeXtConfig &c) {
  auto positive = [](int64_t v) { return v >= 1; };
  if (!positive(c.blocks) || c.blocks % c.numStages() != 0)
    return llvm::formatv("--blocks (L) must be a positive multiple of the {0} "
                         "stages, got {1}",
                         c.numStages(), c.blocks);
  if (!positive(c.width))
    return llvm::formatv("--width (W) must be positive, got {0}", c.width);
  if (!positive(c.bottleneck))
    return llvm::formatv("--bottleneck (B) must be positive, got {0}",
                         c.bottleneck);
  if (!positive(c.cardinality))
    return llvm::formatv("--cardinality (C) must be positive, got {0}",
                         c.cardinality);
  if (!positive(c.inChannels))
    return llvm::formatv("--in-channels must be positive, got {0}",
                         c.inChannels);
  if (!positive(c.classes))
    return llvm::formatv("--classes must be positive, got {0}", c.classes);
  if (c.batch < 0)
    return llvm::formatv("--batch must be 0 (dynamic) or positive, got {0}",
                         c.batch);
  // Every stage after the first halves the feature map; the ImageNet stem
  // halves it twice more.
  int64_t halvings = c.numStages() - 1 +
                     (c.style == ResNeXtConfig::Style::ImageNet ? 2 : 0);
  if (c.imageSize < (int64_t(1) << halvings))
    return llvm::formatv("--image-size {0} is too small: this style halves "
                         "the feature map {1} times",
                         c.imageSize, halvings);
  // Each factor first, so that the products below cannot overflow.
  if (c.width > kMaxChannels || c.bottleneck > kMaxChannels ||
      c.cardinality > kMaxChannels || c.imageSize > (1 << 16) ||
      c.classes > kMaxChannels || c.inChannels > kMaxChannels ||
      c.blocks > 10000)
    return "the requested model is absurdly large";
  if (c.width << (c.numStages() - 1) > kMaxChannels ||
      c.bottleneck * c.cardinality << (c.numStages() - 1) > kMaxChannels)
    return "the requested model is absurdly large";
  if (std::string error = checkBranchCount(c.blocks, c.cardinality, "--blocks");
      !error.empty())
    return error;
  return "";
}

namespace {
class ResNeXtBuilder {
public:
  ResNeXtBuilder(ModuleOp module, OpBuilder &b, const ResNeXtConfig &c)
      : m(module, b), b(b), c(c) {}

  void build(func::FuncOp func) {
    Value x = func.getArgument(0);
    if (c.style == ResNeXtConfig::Style::Cifar) {
      x = m.conv(x, "stem", c.width, /*kernel=*/3, /*stride=*/1, /*pad=*/1);
    } else {
      x = m.conv(x, "stem", c.width, /*kernel=*/7, /*stride=*/2, /*pad=*/3);
      x = MaxPoolOp::create(b, m.loc("stem.pool"), x,
                            b.getDenseI64ArrayAttr({2, 2}),
                            b.getDenseI64ArrayAttr({2, 2}),
                            b.getDenseI64ArrayAttr({0, 0, 0, 0}),
                            b.getDenseI64ArrayAttr({1, 1}),
                            b.getBoolAttr(false));
    }
    int64_t perStage = c.blocks / c.numStages();
    for (int64_t s = 0; s < c.numStages(); ++s) {
      std::string stage = llvm::formatv("stage{0}", s + 1);
      if (s > 0)
        x = downsample(x, stage + ".down", c.width << s);
      for (int64_t i = 0; i < perStage; ++i)
        x = block(x, llvm::formatv("{0}.block{1}", stage, i + 1),
                  c.bottleneck << s);
    }
    Value logits = m.classifier(x, "head", c.classes);
    func::ReturnOp::create(b, m.loc("output"), logits);
  }

private:
  /// Stride-2 average pooling plus zero-filled channels (type-A shortcut).
  Value downsample(Value x, StringRef name, int64_t width) {
    Value pooled = AvgPoolOp::create(
        b, m.loc(name.str() + ".pool"), x, b.getDenseI64ArrayAttr({2, 2}),
        b.getDenseI64ArrayAttr({2, 2}), b.getDenseI64ArrayAttr({0, 0, 0, 0}),
        b.getBoolAttr(false), b.getBoolAttr(true));
    return PadChannelsOp::create(
        b, m.loc(name.str() + ".pad"), pooled, /*groups=*/nullptr,
        b.getDenseI64ArrayAttr({width - channelsOf(x)}));
  }

  /// y = x + sum_i F_i(relu(bn(x))), F_i = conv1x1-BN-ReLU-conv3x3-BN-ReLU-
  /// conv1x1 (pre-activation); the BN-ReLU of x is shared by the branches.
  Value block(Value x, const std::string &name, int64_t bottleneck) {
    Value pre = m.relu(m.batchNorm(x, name + ".bn"), m.loc(name + ".relu"));
    auto blockOp = BlockOp::create(
        b, m.loc(name), x.getType(), ValueRange{pre}, x,
        Aggregation::add, /*subnet_branches=*/nullptr, /*partition=*/nullptr,
        /*branch_groups=*/nullptr, c.cardinality);
    OpBuilder::InsertionGuard guard(b);
    for (int64_t i = 0; i < c.cardinality; ++i) {
      std::string branch = llvm::formatv("{0}.branch{1}", name, i + 1);
      Block *body = b.createBlock(&blockOp.getBranches()[i], {},
                                  {pre.getType()}, {pre.getLoc()});
      Value v = m.conv(body->getArgument(0), branch + ".conv1", bottleneck, 1);
      v = m.relu(m.batchNorm(v, branch + ".bn1"), m.loc(branch + ".relu1"));
      v = m.conv(v, branch + ".conv2", bottleneck, 3, 1, 1);
      v = m.relu(m.batchNorm(v, branch + ".bn2"), m.loc(branch + ".relu2"));
      v = m.conv(v, branch + ".conv3", channelsOf(x), 1);
      YieldOp::create(b, m.loc(branch), ValueRange{v});
    }
    return blockOp;
  }

  ModelBuilder m;
  OpBuilder &b;
  const ResNeXtConfig &c;
};
} // namespace

OwningOpRef<ModuleOp> zoo::buildResNeXt(MLIRContext *context,
                                        const ResNeXtConfig &c) {
  context->loadDialect<SliceDialect, func::FuncDialect>();
  OpBuilder b(context);
  std::string style =
      c.style == ResNeXtConfig::Style::Cifar ? "cifar" : "imagenet";
  std::string name = llvm::formatv("resnext_{0}_L{1}_W{2}_B{3}_C{4}", style,
                                   c.blocks, c.width, c.bottleneck,
                                   c.cardinality);
  Location loc = NameLoc::get(b.getStringAttr(name));
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc, StringRef(name));
  (*module)->setAttr(SliceDialect::getAnytimeAttrName(),
                     AnytimeAttr::get(context, AnytimeForm::plain, 1, 1));

  int64_t batch = c.batch == 0 ? ShapedType::kDynamic : c.batch;
  auto imageType = RankedTensorType::get(
      {batch, c.inChannels, c.imageSize, c.imageSize}, b.getF32Type());
  auto logitsType = RankedTensorType::get({batch, c.classes}, b.getF32Type());
  b.setInsertionPointToEnd(module->getBody());
  auto func = func::FuncOp::create(b, loc, "forward",
                                   b.getFunctionType({imageType}, {logitsType}));
  b.setInsertionPointToStart(func.addEntryBlock());
  ResNeXtBuilder(*module, b, c).build(func);
  return module;
}
