//===- DenseNet.cpp - DenseNet-BC and Inception-style models as slice IR --===//
#include "slice/Zoo/ConcatNets.h"
#include "slice/Zoo/Limits.h"
#include "slice/Zoo/ModelBuilder.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace mlir::slice;
using namespace mlir::slice::zoo;

namespace {

std::string checkCommon(int64_t inChannels, int64_t imageSize, int64_t classes,
                        int64_t batch, int64_t halvings) {
  if (inChannels < 1)
    return llvm::formatv("--in-channels must be positive, got {0}", inChannels);
  if (classes < 1)
    return llvm::formatv("--classes must be positive, got {0}", classes);
  if (batch < 0)
    return llvm::formatv("--batch must be 0 (dynamic) or positive, got {0}",
                         batch);
  if (imageSize < (int64_t(1) << halvings))
    return llvm::formatv("--image-size {0} is too small: this model halves "
                         "the feature map {1} times",
                         imageSize, halvings);
  if (imageSize > (1 << 16) || classes > kMaxChannels ||
      inChannels > kMaxChannels)
    return "the requested model is absurdly large";
  return "";
}

/// Module and `forward` function shared by the builders; returns the
/// function with its insertion point at the start of its body.
func::FuncOp createModel(OpBuilder &b, OwningOpRef<ModuleOp> &module,
                         StringRef name, int64_t batch, int64_t inChannels,
                         int64_t imageSize, int64_t classes) {
  MLIRContext *context = b.getContext();
  context->loadDialect<SliceDialect, func::FuncDialect>();
  Location loc = NameLoc::get(b.getStringAttr(name));
  module = ModuleOp::create(loc, name);
  (*module)->setAttr(SliceDialect::getAnytimeAttrName(),
                     AnytimeAttr::get(context, AnytimeForm::plain, 1, 1));
  int64_t n = batch == 0 ? ShapedType::kDynamic : batch;
  auto imageType = RankedTensorType::get({n, inChannels, imageSize, imageSize},
                                         b.getF32Type());
  auto logitsType = RankedTensorType::get({n, classes}, b.getF32Type());
  b.setInsertionPointToEnd(module->getBody());
  auto func = func::FuncOp::create(b, loc, "forward",
                                   b.getFunctionType({imageType}, {logitsType}));
  b.setInsertionPointToStart(func.addEntryBlock());
  return func;
}

Value pool(OpBuilder &b, Location loc, Value x, bool max, int64_t kernel,
           int64_t stride, int64_t pad) {
  auto k = b.getDenseI64ArrayAttr({kernel, kernel});
  auto s = b.getDenseI64ArrayAttr({stride, stride});
  auto p = b.getDenseI64ArrayAttr({pad, pad, pad, pad});
  if (max)
    return MaxPoolOp::create(b, loc, x, k, s, p, b.getDenseI64ArrayAttr({1, 1}),
                             b.getBoolAttr(false));
  return AvgPoolOp::create(b, loc, x, k, s, p, b.getBoolAttr(false),
                           b.getBoolAttr(true));
}

/// A concat block over `input` (and `residual` when given) whose branch i
/// is built by `branch(i, argument)` and yields one tensor.
Value concatBlock(OpBuilder &b, ModelBuilder &m, StringRef name, Value input,
                  Value residual, int64_t branches,
                  llvm::function_ref<Value(int64_t, Value)> branch) {
  auto blockOp = BlockOp::create(
      b, m.loc(name), input.getType(), ValueRange{input}, residual,
      Aggregation::concat, /*subnet_branches=*/nullptr, /*partition=*/nullptr,
      /*branch_groups=*/nullptr, branches);
  {
    OpBuilder::InsertionGuard guard(b);
    for (int64_t i = 0; i < branches; ++i) {
      Block *body = b.createBlock(&blockOp.getBranches()[i], {},
                                  {input.getType()}, {input.getLoc()});
      Value v = branch(i, body->getArgument(0));
      YieldOp::create(b, m.loc((name + ".branch" + Twine(i + 1)).str()),
                      ValueRange{v});
    }
  }
  // The result type follows from the branches.
  SmallVector<Type> types;
  if (failed(BlockOp::inferReturnTypes(
          b.getContext(), blockOp.getLoc(), blockOp->getOperands(),
          blockOp->getRawDictionaryAttrs(), blockOp->getPropertiesStorage(),
          blockOp->getRegions(), types)))
    return {};
  blockOp.getResult().setType(cast<RankedTensorType>(types.front()));
  return blockOp;
}
} // namespace

//===----------------------------------------------------------------------===//
// DenseNet-BC
//===----------------------------------------------------------------------===//

std::string zoo::validate(const DenseNetConfig &c) {
  if (c.layers < 1)
    return llvm::formatv("--layers must be positive, got {0}", c.layers);
  if (c.growth < 1)
    return llvm::formatv("--growth (k) must be positive, got {0}", c.growth);
  if (c.cardinality < 1 || c.growth % c.cardinality != 0)
    return llvm::formatv("--cardinality (C) must divide the growth rate {0}, "
                         "got {1}",
                         c.growth, c.cardinality);
  if (c.layers > 1000 || c.growth > 4096 ||
      (2 + c.layers) * c.growth > kMaxChannels)
    return "the requested model is absurdly large";
  if (std::string error = checkBranchCount(
          DenseNetConfig::numBlocks * c.layers, c.cardinality,
          "dense layers (3 x --layers)");
      !error.empty())
    return error;
  return checkCommon(c.inChannels, c.imageSize, c.classes, c.batch,
                     DenseNetConfig::numBlocks - 1);
}

OwningOpRef<ModuleOp> zoo::buildDenseNet(MLIRContext *context,
                                         const DenseNetConfig &c) {
  OpBuilder b(context);
  std::string name = llvm::formatv("densenet_bc_L{0}_k{1}_C{2}", c.depth(),
                                   c.growth, c.cardinality);
  OwningOpRef<ModuleOp> module;
  func::FuncOp func = createModel(b, module, name, c.batch, c.inChannels,
                                  c.imageSize, c.classes);
  ModelBuilder m(*module, b);
  int64_t branchGrowth = c.growth / c.cardinality;
  Value x = m.conv(func.getArgument(0), "stem", 2 * c.growth, 3, 1, 1);
  for (int64_t s = 0; s < DenseNetConfig::numBlocks; ++s) {
    for (int64_t l = 0; l < c.layers; ++l) {
      std::string layer = llvm::formatv("block{0}.layer{1}", s + 1, l + 1);
      Value pre = m.relu(m.batchNorm(x, layer + ".bn"), m.loc(layer + ".relu"));
      x = concatBlock(b, m, layer, pre, x, c.cardinality,
                      [&](int64_t i, Value in) {
                        std::string br = llvm::formatv("{0}.branch{1}", layer, i + 1);
                        Value v = m.conv(in, br + ".conv1", 4 * branchGrowth, 1);
                        v = m.relu(m.batchNorm(v, br + ".bn1"), m.loc(br + ".relu1"));
                        return m.conv(v, br + ".conv2", branchGrowth, 3, 1, 1);
                      });
    }
    if (s + 1 == DenseNetConfig::numBlocks)
      break;
    // Transition: BN-ReLU-conv1x1 halving the channels, 2x2 average pool.
    std::string t = llvm::formatv("transition{0}", s + 1);
    Value v = m.relu(m.batchNorm(x, t + ".bn"), m.loc(t + ".relu"));
    v = m.conv(v, t + ".conv", channelsOf(x) / 2, 1);
    x = pool(b, m.loc(t + ".pool"), v, /*max=*/false, 2, 2, 0);
  }
  Value logits = m.classifier(x, "head", c.classes);
  func::ReturnOp::create(b, m.loc("output"), logits);
  return module;
}

//===----------------------------------------------------------------------===//
// Inception-style
//===----------------------------------------------------------------------===//

std::string zoo::validate(const InceptionConfig &c) {
  if (c.blocks < 1 || c.blocks % InceptionConfig::numStages != 0)
    return llvm::formatv("--blocks (L) must be a positive multiple of the {0} "
                         "stages, got {1}",
                         InceptionConfig::numStages, c.blocks);
  if (c.width < 2)
    return llvm::formatv("--width (P) must be at least 2, got {0}", c.width);
  if (c.cardinality < 1)
    return llvm::formatv("--cardinality (C) must be positive, got {0}",
                         c.cardinality);
  if (c.stemWidth < 1)
    return llvm::formatv("--stem-width must be positive, got {0}", c.stemWidth);
  if (c.blocks > 10000 || c.stemWidth > kMaxChannels ||
      c.width > kMaxChannels || c.cardinality > kMaxChannels ||
      (c.width << (InceptionConfig::numStages - 1)) * c.cardinality >
          kMaxChannels)
    return "the requested model is absurdly large";
  if (std::string error = checkBranchCount(c.blocks, c.cardinality, "--blocks");
      !error.empty())
    return error;
  return checkCommon(c.inChannels, c.imageSize, c.classes, c.batch,
                     InceptionConfig::numStages - 1);
}

OwningOpRef<ModuleOp> zoo::buildInception(MLIRContext *context,
                                          const InceptionConfig &c) {
  OpBuilder b(context);
  std::string name = llvm::formatv("inception_L{0}_P{1}_C{2}", c.blocks,
                                   c.width, c.cardinality);
  OwningOpRef<ModuleOp> module;
  func::FuncOp func = createModel(b, module, name, c.batch, c.inChannels,
                                  c.imageSize, c.classes);
  ModelBuilder m(*module, b);
  // conv - BN - ReLU, the unit every path is made of.
  auto unit = [&](Value x, const std::string &n, int64_t out, int64_t kernel) {
    Value v = m.conv(x, n + ".conv", out, kernel, 1, kernel / 2);
    return m.relu(m.batchNorm(v, n + ".bn"), m.loc(n + ".relu"));
  };
  Value x = unit(func.getArgument(0), "stem", c.stemWidth, 3);
  int64_t perStage = c.blocks / InceptionConfig::numStages;
  for (int64_t s = 0; s < InceptionConfig::numStages; ++s) {
    std::string stage = llvm::formatv("stage{0}", s + 1);
    if (s > 0)
      x = pool(b, m.loc(stage + ".pool"), x, /*max=*/true, 2, 2, 0);
    int64_t width = c.width << s, reduce = width / 2;
    for (int64_t l = 0; l < perStage; ++l) {
      std::string blk = llvm::formatv("{0}.block{1}", stage, l + 1);
      x = concatBlock(b, m, blk, x, Value(), c.cardinality,
                      [&](int64_t i, Value in) {
                        std::string br = llvm::formatv("{0}.branch{1}", blk, i + 1);
                        switch (i % 4) {
                        case 0:
                          return unit(in, br + ".1x1", width, 1);
                        case 1:
                          return unit(unit(in, br + ".reduce", reduce, 1),
                                      br + ".3x3", width, 3);
                        case 2: {
                          Value v = unit(in, br + ".reduce", reduce, 1);
                          v = unit(v, br + ".3x3a", width, 3);
                          return unit(v, br + ".3x3b", width, 3);
                        }
                        default:
                          return unit(pool(b, m.loc(br + ".pool"), in, true, 3, 1, 1),
                                      br + ".proj", width, 1);
                        }
                      });
    }
  }
  Value logits = m.classifier(x, "head", c.classes);
  func::ReturnOp::create(b, m.loc("output"), logits);
  return module;
}
