//===- AnytimeTest.cpp - anytime forms against independent counts ---------===//
//
// Per-sub-network multiply-adds of the paper's models after the anytime
// constructions, against closed forms written here from the paper's
// definitions.
//
//===----------------------------------------------------------------------===//
#include "slice/Analysis/Cost.h"
#include "slice/Analysis/Interruptible.h"
#include "slice/Anytime/Forms.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Zoo/ResNeXt.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "gtest/gtest.h"

using namespace mlir;
using namespace mlir::slice;

namespace {
OwningOpRef<ModuleOp> cifarResNeXt(MLIRContext &context, int64_t blocks,
                                   int64_t width, int64_t cardinality) {
  zoo::ResNeXtConfig c;
  c.blocks = blocks;
  c.width = width;
  c.cardinality = cardinality;
  EXPECT_EQ(zoo::validate(c), "");
  return zoo::buildResNeXt(&context, c);
}

class AnytimeTest : public ::testing::Test {
protected:
  AnytimeTest() {
    context.loadDialect<SliceDialect, func::FuncDialect>();
  }
  MLIRContext context;
};

// The cross-check: CIFAR I-ResNeXt, L=21 (7 blocks per stage), W=64,
// B=4, C=8, K=8. Sub-network k runs C_k = k branches of every block; a
// branch costs the same in every stage (pixels / 4, widths x 2):
// 32*32*(4*64 + 4*4*9 + 64*4) = 671744 MACs.
TEST_F(AnytimeTest, InclusiveL21PerSubnetMacs) {
  OwningOpRef<ModuleOp> module = cifarResNeXt(context, 21, 64, 8);
  ASSERT_TRUE(succeeded(makeInclusive(*module, 8)));
  ASSERT_TRUE(succeeded(verify(*module)));
  const int64_t stem = 32 * 32 * 64 * 3 * 9, branch = 671744, fc = 256 * 10;
  for (int64_t k = 1; k <= 8; ++k) {
    FailureOr<OwningOpRef<ModuleOp>> subnet = cloneSubnet(*module, k);
    ASSERT_TRUE(succeeded(subnet));
    ASSERT_TRUE(succeeded(verify(**subnet)));
    EXPECT_EQ(countNested(**subnet).macs, stem + 21 * k * branch + fc)
        << "sub-network " << k;
  }
  // Sub-network K is the original network.
  OwningOpRef<ModuleOp> plain = cifarResNeXt(context, 21, 64, 8);
  FailureOr<OwningOpRef<ModuleOp>> full = cloneSubnet(*module, 8);
  ASSERT_TRUE(succeeded(full));
  EXPECT_EQ(countNested(**full).macs, countNested(*plain).macs);
  EXPECT_EQ(countNested(**full).params, countNested(*plain).params);
}

// IS-ResNeXt, L=15, W=96, C=18, K=6: groups of 16 channels (x 2 per stage),
// branch i in group ceil(i/3). A branch of group g reads 16g channels and
// writes 16: 32*32*(4*16g + 4*4*9 + 16*4) per block, the same in every
// stage. Sub-network k: stem rows 16k, branches of groups 1..k, head over
// 64k features.
TEST_F(AnytimeTest, InclusiveSparsePerSubnetMacs) {
  OwningOpRef<ModuleOp> module = cifarResNeXt(context, 15, 96, 18);
  ASSERT_TRUE(succeeded(makeInclusiveSparse(*module, 6)));
  ASSERT_TRUE(succeeded(verify(*module)));
  ASSERT_TRUE(succeeded(verifyInterruptible(*module)));
  for (int64_t k = 1; k <= 6; ++k) {
    int64_t expected = 1024 * 27 * 16 * k + 640 * k;
    for (int64_t g = 1; g <= k; ++g)
      expected += 15 * 3 * 1024 * (4 * 16 * g + 4 * 4 * 9 + 16 * 4);
    FailureOr<OwningOpRef<ModuleOp>> subnet = cloneSubnet(*module, k);
    ASSERT_TRUE(succeeded(subnet));
    ASSERT_TRUE(succeeded(verify(**subnet)));
    EXPECT_EQ(countNested(**subnet).macs, expected) << "sub-network " << k;
  }
}

// Shallow exits on the 29-layer ablation model with K = L-1 = 8: exit k
// follows block k+1.
TEST_F(AnytimeTest, ShallowExitsFollowEveryBlockButTheFirst) {
  OwningOpRef<ModuleOp> module = cifarResNeXt(context, 9, 64, 8);
  ASSERT_TRUE(succeeded(addShallowExits(*module, 8)));
  ASSERT_TRUE(succeeded(verify(*module)));
  const int64_t stem = 1769472, block = 5373952;
  const int64_t widths[] = {64, 64, 128, 128, 128, 256, 256, 256};
  for (int64_t k = 1; k <= 8; ++k) {
    FailureOr<OwningOpRef<ModuleOp>> subnet = cloneSubnet(*module, k);
    ASSERT_TRUE(succeeded(subnet));
    EXPECT_EQ(countNested(**subnet).macs,
              stem + (k + 1) * block + widths[k - 1] * 10)
        << "exit " << k;
  }
}

TEST_F(AnytimeTest, ExtractionIsAPlainModel) {
  OwningOpRef<ModuleOp> module = cifarResNeXt(context, 3, 16, 4);
  ASSERT_TRUE(succeeded(makeInclusive(*module, 2)));
  ASSERT_TRUE(succeeded(extractSubnet(*module, 1)));
  ASSERT_TRUE(succeeded(verify(*module)));
  AnytimeAttr anytime = getAnytime(*module);
  ASSERT_TRUE(anytime);
  EXPECT_EQ(anytime.getForm(), AnytimeForm::plain);
  int64_t heads = 0;
  module->walk([&](Operation *op) {
    if (isa<HeadOp>(op))
      ++heads;
    if (auto bn = dyn_cast<BatchNormOp>(op)) {
      EXPECT_FALSE(bn.isPerSubnet());
    }
    if (auto block = dyn_cast<BlockOp>(op)) {
      EXPECT_EQ(block.getNumBranches(), 2u);
      EXPECT_FALSE(block.getSubnetBranches());
    }
  });
  EXPECT_EQ(heads, 1);
}

// The library functions check K themselves (the passes check their options
// first, with command-line hints) and leave the model as it was.
TEST_F(AnytimeTest, ConstructionsRejectNoSubnets) {
  std::vector<std::string> errors;
  ScopedDiagnosticHandler collect(&context, [&](Diagnostic &d) {
    errors.push_back(d.str());
    return success();
  });
  OwningOpRef<ModuleOp> module = cifarResNeXt(context, 3, 16, 4);
  auto printed = [&] {
    std::string text;
    llvm::raw_string_ostream os(text);
    module->print(os);
    return text;
  };
  std::string original = printed();
  EXPECT_TRUE(failed(makeInclusive(*module, 0)));
  EXPECT_TRUE(failed(makeInclusiveSparse(*module, 0)));
  EXPECT_TRUE(failed(addShallowExits(*module, -1)));
  EXPECT_EQ(errors, (std::vector<std::string>{
                        "--inclusive needs K >= 1 sub-networks, got 0",
                        "--inclusive-sparse needs K >= 1 sub-networks, got 0",
                        "--shallow-exits needs K >= 1 sub-networks, got -1"}));
  EXPECT_EQ(printed(), original);
}
} // namespace
