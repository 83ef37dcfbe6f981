//===- CostTest.cpp - the cost model on hand-built ops --------------------===//
#include "slice/Analysis/Cost.h"
#include "slice/Dialect/SliceOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::slice;

namespace {
class CostTest : public ::testing::Test {
protected:
  CostTest() { context.loadDialect<SliceDialect, func::FuncDialect>(); }

  OwningOpRef<ModuleOp> parse(StringRef source) {
    auto module = parseSourceString<ModuleOp>(source, &context);
    EXPECT_TRUE(module);
    return module;
  }

  template <typename OpT> OpT first(ModuleOp module) {
    OpT found;
    module.walk([&](OpT op) {
      if (!found)
        found = op;
    });
    return found;
  }

  MLIRContext context;
};

TEST_F(CostTest, DilatedConvCountsOutputPixelsOnly) {
  // H = (20 + 0 + 0 - 2*(3-1) - 1) / 1 + 1 = 16.
  auto module = parse(R"mlir(
    slice.param @w : tensor<4x2x3x3xf32> init(msra)
    func.func @f(%x: tensor<1x2x20x20xf32>) -> tensor<1x4x16x16xf32> {
      %w = slice.get_param @w : tensor<4x2x3x3xf32>
      %y = slice.conv2d %x, %w {dilations = array<i64: 2, 2>} : tensor<1x2x20x20xf32>, tensor<4x2x3x3xf32>
      return %y : tensor<1x4x16x16xf32>
    })mlir");
  ASSERT_TRUE(module);
  auto conv = first<Conv2dOp>(*module);
  EXPECT_EQ(countMacs(conv), 16 * 16 * 4 * 2 * 9);
  EXPECT_EQ(countOp(conv).params, 4 * 2 * 9);
}

TEST_F(CostTest, BlockSparseWeightCountsPresentBlocksOnly) {
  auto module = parse(R"mlir(
    slice.param @w : tensor<6x6x1x1xf32> init(msra)
    func.func @f(%x: tensor<1x6x4x4xf32>) -> tensor<1x6x4x4xf32> {
      %w = slice.get_param @w : tensor<6x6x1x1xf32>
      %y = slice.conv2d %x, %w {block_sparse = #slice.block_sparse<in = [1, 2, 3], out = [3, 2, 1], mask = [1, 0, 0, 0, 1, 0, 0, 0, 1]>} : tensor<1x6x4x4xf32>, tensor<6x6x1x1xf32>
      return %y : tensor<1x6x4x4xf32>
    })mlir");
  ASSERT_TRUE(module);
  auto conv = first<Conv2dOp>(*module);
  // Diagonal blocks: 3x1 + 2x2 + 1x3 = 10 channel pairs of 36.
  EXPECT_EQ(countMacs(conv), 16 * 10);
  ParamOp weight = conv.getWeight().getDefiningOp<GetParamOp>().getParamOp();
  EXPECT_EQ(numElements(weight), 36);
  EXPECT_EQ(effectiveElements(conv, weight), 10);
}

TEST_F(CostTest, BuffersAreNotParameters) {
  auto module = parse(R"mlir(
    slice.param @s : tensor<3xf32> init(ones)
    slice.param @b : tensor<3xf32> init(zeros)
    slice.param @m : tensor<3xf32> init(zeros) buffer
    slice.param @v : tensor<3xf32> init(ones) buffer
    func.func @f(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
      %s = slice.get_param @s : tensor<3xf32>
      %b = slice.get_param @b : tensor<3xf32>
      %m = slice.get_param @m : tensor<3xf32>
      %v = slice.get_param @v : tensor<3xf32>
      %y = slice.batch_norm %x, %s, %b, %m, %v : tensor<2x3xf32>, tensor<3xf32>
      return %y : tensor<2x3xf32>
    })mlir");
  ASSERT_TRUE(module);
  Cost cost = countNested(*module);
  EXPECT_EQ(cost.macs, 0);
  EXPECT_EQ(cost.params, 6);
  EXPECT_EQ(paramsReadBy(first<BatchNormOp>(*module)).size(), 2u);
}

TEST_F(CostTest, DynamicSpatialSizeCountsNoMacs) {
  auto module = parse(R"mlir(
    slice.param @w : tensor<4x2x1x1xf32> init(msra)
    func.func @f(%x: tensor<1x2x?x?xf32>) -> tensor<1x4x?x?xf32> {
      %w = slice.get_param @w : tensor<4x2x1x1xf32>
      %y = slice.conv2d %x, %w : tensor<1x2x?x?xf32>, tensor<4x2x1x1xf32>
      return %y : tensor<1x4x?x?xf32>
    })mlir");
  ASSERT_TRUE(module);
  EXPECT_EQ(countMacs(first<Conv2dOp>(*module)), 0);
}
} // namespace
