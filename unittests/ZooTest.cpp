//===- ZooTest.cpp - zoo models against closed-form costs -----------------===//
#include "slice/Analysis/Cost.h"
#include "slice/Dialect/SliceOps.h"
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
} // namespace
