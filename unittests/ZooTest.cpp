//===- ZooTest.cpp - zoo models against closed-form costs -----------------===//
#include "slice/Analysis/Cost.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Zoo/ConcatNets.h"
#include "slice/Zoo/ModelBuilder.h"
#include "slice/Zoo/ResNeXt.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::slice;
using Style = zoo::ResNeXtConfig::Style;

namespace {
/// The appendix-B architecture's multiply-adds per image, written from the
/// paper's description rather than from the builder.
int64_t expectedMacs(const zoo::ResNeXtConfig &c) {
  int64_t size = c.imageSize, macs = 0;
  if (c.style == Style::Cifar) {
    macs += size * size * c.width * c.inChannels * 9;
  } else {
    size = (size + 6 - 7) / 2 + 1;
    macs += size * size * c.width * c.inChannels * 49;
    size /= 2; // max pool, kernel 2
  }
  int64_t stages = c.numStages();
  for (int64_t s = 0; s < stages; ++s) {
    if (s > 0)
      size /= 2;
    int64_t w = c.width << s, b = c.bottleneck << s, px = size * size;
    int64_t branch = px * b * w + px * b * b * 9 + px * w * b;
    macs += (c.blocks / stages) * c.cardinality * branch;
  }
  return macs + (c.width << (stages - 1)) * c.classes;
}

int64_t countOps(ModuleOp module, StringRef name) {
  int64_t n = 0;
  module.walk([&](Operation *op) { n += op->getName().getStringRef() == name; });
  return n;
}

struct ZooCase {
  Style style;
  int64_t blocks, width, bottleneck, cardinality, inChannels, imageSize,
      classes;
};

class ResNeXtZoo : public ::testing::TestWithParam<ZooCase> {};

TEST_P(ResNeXtZoo, MatchesClosedFormCostAndStructure) {
  ZooCase p = GetParam();
  zoo::ResNeXtConfig c;
  c.style = p.style;
  c.blocks = p.blocks;
  c.width = p.width;
  c.bottleneck = p.bottleneck;
  c.cardinality = p.cardinality;
  c.inChannels = p.inChannels;
  c.imageSize = p.imageSize;
  c.classes = p.classes;
  ASSERT_EQ(zoo::validate(c), "");

  MLIRContext context;
  OwningOpRef<ModuleOp> module = zoo::buildResNeXt(&context, c);
  ASSERT_TRUE(succeeded(verify(*module)));
  EXPECT_EQ(countNested(*module).macs, expectedMacs(c));
  EXPECT_EQ(countOps(*module, "slice.block"), c.blocks);
  EXPECT_EQ(countOps(*module, "slice.conv2d"), 1 + 3 * c.blocks * c.cardinality);
  EXPECT_EQ(countOps(*module, "slice.head"), 1);
  module->walk([&](BlockOp block) {
    EXPECT_EQ(block.getNumBranches(), static_cast<unsigned>(c.cardinality));
  });
}

INSTANTIATE_TEST_SUITE_P(
    Configurations, ResNeXtZoo,
    ::testing::Values(ZooCase{Style::Cifar, 9, 64, 4, 8, 3, 32, 10},
                      ZooCase{Style::Cifar, 3, 16, 2, 3, 1, 28, 10},
                      ZooCase{Style::Cifar, 6, 48, 4, 9, 1, 28, 10},
                      ZooCase{Style::Cifar, 15, 96, 4, 18, 3, 32, 100},
                      ZooCase{Style::Cifar, 3, 8, 1, 1, 3, 9, 2},
                      ZooCase{Style::ImageNet, 4, 16, 2, 2, 3, 64, 7},
                      ZooCase{Style::ImageNet, 8, 32, 4, 4, 3, 224, 1000}));

TEST(ResNeXtZooValidate, NamesTheOffendingOption) {
  zoo::ResNeXtConfig c;
  c.blocks = 7;
  EXPECT_NE(zoo::validate(c).find("--blocks (L)"), std::string::npos);
  c = {};
  c.width = 0;
  EXPECT_NE(zoo::validate(c).find("--width (W)"), std::string::npos);
  c = {};
  c.bottleneck = -1;
  EXPECT_NE(zoo::validate(c).find("--bottleneck (B)"), std::string::npos);
  c = {};
  c.classes = 0;
  EXPECT_NE(zoo::validate(c).find("--classes"), std::string::npos);
  c = {};
  c.batch = -2;
  EXPECT_NE(zoo::validate(c).find("--batch"), std::string::npos);
  c = {};
  c.style = Style::ImageNet;
  c.blocks = 8;
  c.imageSize = 16;
  EXPECT_NE(zoo::validate(c).find("--image-size 16"), std::string::npos);
}

//===----------------------------------------------------------------------===//
// DenseNet-BC and Inception-style models
//===----------------------------------------------------------------------===//

/// DenseNet-BC multiply-adds from Huang et al.'s description: a dense layer
/// on c channels costs p * (4k * c + 9 * 4k * k / C) (its bottleneck split
/// into C branches), a transition p * (c/2) * c, pooling halves the map.
int64_t expectedMacs(const zoo::DenseNetConfig &c) {
  int64_t size = c.imageSize, k = c.growth;
  int64_t macs = size * size * 2 * k * c.inChannels * 9, channels = 2 * k;
  for (int64_t b = 0; b < 3; ++b) {
    int64_t px = size * size;
    for (int64_t l = 0; l < c.layers; ++l) {
      macs += px * (4 * k * channels + 9 * 4 * k * k / c.cardinality);
      channels += k;
    }
    if (b == 2)
      break;
    macs += px * (channels / 2) * channels;
    channels /= 2;
    size /= 2;
  }
  return macs + channels * c.classes;
}

struct DenseNetCase {
  int64_t layers, growth, cardinality, inChannels, imageSize, classes;
};
class DenseNetZoo : public ::testing::TestWithParam<DenseNetCase> {};

TEST_P(DenseNetZoo, MatchesClosedFormCostAndStructure) {
  DenseNetCase p = GetParam();
  zoo::DenseNetConfig c;
  c.layers = p.layers;
  c.growth = p.growth;
  c.cardinality = p.cardinality;
  c.inChannels = p.inChannels;
  c.imageSize = p.imageSize;
  c.classes = p.classes;
  ASSERT_EQ(zoo::validate(c), "");
  MLIRContext context;
  OwningOpRef<ModuleOp> module = zoo::buildDenseNet(&context, c);
  ASSERT_TRUE(succeeded(verify(*module)));
  EXPECT_EQ(countNested(*module).macs, expectedMacs(c));
  EXPECT_EQ(countOps(*module, "slice.block"), 3 * c.layers);
  // stem, 2 per branch, 2 transitions.
  EXPECT_EQ(countOps(*module, "slice.conv2d"),
            1 + 2 * 3 * c.layers * c.cardinality + 2);
  module->walk([&](BlockOp block) {
    EXPECT_EQ(block.getAggregation(), Aggregation::concat);
    EXPECT_TRUE(block.getResidual());
    EXPECT_EQ(block.getNumBranches(), static_cast<unsigned>(c.cardinality));
    EXPECT_EQ(channelsOf(block.getResult()),
              channelsOf(block.getResidual()) + c.growth);
  });
}

INSTANTIATE_TEST_SUITE_P(Configurations, DenseNetZoo,
                         ::testing::Values(DenseNetCase{16, 12, 4, 3, 32, 10},
                                           DenseNetCase{6, 12, 6, 1, 28, 10},
                                           DenseNetCase{2, 4, 1, 3, 9, 2},
                                           DenseNetCase{1, 6, 3, 2, 8, 5}));

/// Inception multiply-adds: per path kind on c input channels, with P the
/// path width and R = P/2: 1x1: p P c; 3x3: p (R c + 9 P R); double 3x3:
/// p (R c + 9 P R + 9 P P); pool: p P c.
int64_t expectedMacs(const zoo::InceptionConfig &c) {
  int64_t size = c.imageSize;
  int64_t macs = size * size * c.stemWidth * c.inChannels * 9;
  int64_t channels = c.stemWidth;
  for (int64_t s = 0; s < 3; ++s) {
    if (s > 0)
      size /= 2;
    int64_t px = size * size, w = c.width << s, r = w / 2;
    for (int64_t l = 0; l < c.blocks / 3; ++l) {
      for (int64_t i = 0; i < c.cardinality; ++i) {
        switch (i % 4) {
        case 0:
        case 3:
          macs += px * w * channels;
          break;
        case 1:
          macs += px * (r * channels + 9 * w * r);
          break;
        case 2:
          macs += px * (r * channels + 9 * w * r + 9 * w * w);
          break;
        }
      }
      channels = c.cardinality * w;
    }
  }
  return macs + channels * c.classes;
}

struct InceptionCase {
  int64_t blocks, width, cardinality, stemWidth, inChannels, imageSize, classes;
};
class InceptionZoo : public ::testing::TestWithParam<InceptionCase> {};

TEST_P(InceptionZoo, MatchesClosedFormCostAndStructure) {
  InceptionCase p = GetParam();
  zoo::InceptionConfig c;
  c.blocks = p.blocks;
  c.width = p.width;
  c.cardinality = p.cardinality;
  c.stemWidth = p.stemWidth;
  c.inChannels = p.inChannels;
  c.imageSize = p.imageSize;
  c.classes = p.classes;
  ASSERT_EQ(zoo::validate(c), "");
  MLIRContext context;
  OwningOpRef<ModuleOp> module = zoo::buildInception(&context, c);
  ASSERT_TRUE(succeeded(verify(*module)));
  EXPECT_EQ(countNested(*module).macs, expectedMacs(c));
  EXPECT_EQ(countOps(*module, "slice.block"), c.blocks);
  module->walk([&](BlockOp block) {
    EXPECT_EQ(block.getAggregation(), Aggregation::concat);
    EXPECT_FALSE(block.getResidual());
    EXPECT_EQ(block.getNumBranches(), static_cast<unsigned>(c.cardinality));
  });
}

INSTANTIATE_TEST_SUITE_P(Configurations, InceptionZoo,
                         ::testing::Values(InceptionCase{6, 16, 8, 32, 3, 32, 10},
                                           InceptionCase{3, 8, 8, 16, 1, 28, 10},
                                           InceptionCase{3, 2, 3, 4, 2, 8, 5},
                                           InceptionCase{9, 4, 5, 8, 3, 17, 7}));

TEST(ConcatZooValidate, NamesTheOffendingOption) {
  zoo::DenseNetConfig d;
  d.cardinality = 5;
  EXPECT_NE(zoo::validate(d).find("--cardinality (C) must divide the growth rate 12"),
            std::string::npos);
  d = {};
  d.layers = 0;
  EXPECT_NE(zoo::validate(d).find("--layers"), std::string::npos);
  d = {};
  d.imageSize = 3;
  EXPECT_NE(zoo::validate(d).find("--image-size 3"), std::string::npos);
  zoo::InceptionConfig i;
  i.blocks = 4;
  EXPECT_NE(zoo::validate(i).find("--blocks (L)"), std::string::npos);
  i = {};
  i.width = 1;
  EXPECT_NE(zoo::validate(i).find("--width (P)"), std::string::npos);
  i = {};
  i.stemWidth = 0;
  EXPECT_NE(zoo::validate(i).find("--stem-width"), std::string::npos);
}
} // namespace
