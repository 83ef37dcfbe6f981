//===- ModelBuilder.h - building slice models from C++ ----------*- C++ -*-===//
//
// Creates parameters as module symbols and reads them where the builder
// currently is, so zoo builders, importers and transformations name
// parameters the same way (dotted paths, e.g. stage1.block2.branch3.conv1).
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_ZOO_MODELBUILDER_H
#define SLICE_ZOO_MODELBUILDER_H

#include "slice/Dialect/SliceOps.h"

#include "mlir/IR/Builders.h"

namespace mlir::slice {

class ModelBuilder {
public:
  ModelBuilder(ModuleOp module, OpBuilder &builder)
      : module(module), b(builder) {}

  OpBuilder &builder() { return b; }
  Location loc(StringRef name) {
    return NameLoc::get(b.getStringAttr(name));
  }

  /// Declares `@name` and returns its value at the insertion point. The
  /// builder must not outlive the operation after the parameters (the
  /// model function) nor see it erased.
  Value param(StringRef name, ArrayRef<int64_t> shape, InitScheme init,
              bool buffer = false);

  /// BatchNorm with fresh parameters `<name>.{scale,bias,mean,var}`.
  Value batchNorm(Value x, StringRef name);
  /// Convolution with a fresh MSRA-initialised weight `<name>.weight`.
  Value conv(Value x, StringRef name, int64_t outChannels, int64_t kernel,
             int64_t stride = 1, int64_t pad = 0, int64_t groups = 1);
  /// Fully connected layer with `<name>.weight` and `<name>.bias`.
  Value linear(Value x, StringRef name, int64_t outFeatures);
  Value relu(Value x, Location loc);

  /// The classifier head BN-ReLU-GAP-FC of sub-network `subnet`.
  Value classifier(Value feature, StringRef name, int64_t classes,
                   int64_t subnet = 1, int64_t level = 1);

private:
  /// The first operation of the module that is not a parameter (null when
  /// there is none): where the next parameter goes.
  Operation *firstNonParam();

  ModuleOp module;
  OpBuilder &b;
  Operation *anchor = nullptr;
};

int64_t channelsOf(Value v);

} // namespace mlir::slice

#endif // SLICE_ZOO_MODELBUILDER_H
