//===- ResNeXt.h - the paper's base architectures as slice IR ---*- C++ -*-===//
#ifndef SLICE_ZOO_RESNEXT_H
#define SLICE_ZOO_RESNEXT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

#include <string>

namespace mlir::slice::zoo {

/// The pre-activation ResNeXt of the paper's appendix B: L blocks split
/// evenly over the stages, stage s has width W*2^s and bottleneck width
/// B*2^s, every block has C explicit branches, down-scaling is a stride-2
/// average pool plus zero-filled channels, and the classifier is
/// BN-ReLU-global-average-pool-FC. Depth 3L + 2.
struct ResNeXtConfig {
  enum class Style {
    /// 3 stages, 3x3 stem (CIFAR, Fashion-MNIST).
    Cifar,
    /// 4 stages, 7x7 stride-2 stem and a kernel-2 max pool (ImageNet, CUB).
    ImageNet,
  };
  Style style = Style::Cifar;
  int64_t blocks = 9;      // L
  int64_t width = 64;      // W
  int64_t bottleneck = 4;  // B
  int64_t cardinality = 8; // C
  int64_t inChannels = 3;
  int64_t imageSize = 32;
  int64_t classes = 10;
  /// 0 builds a dynamic batch dimension.
  int64_t batch = 0;

  int64_t numStages() const { return style == Style::Cifar ? 3 : 4; }
};

/// Checks the configuration; on failure returns a message naming the
/// offending option.
std::string validate(const ResNeXtConfig &config);

/// Builds the model; `config` must validate.
OwningOpRef<ModuleOp> buildResNeXt(MLIRContext *context,
                                   const ResNeXtConfig &config);

} // namespace mlir::slice::zoo

#endif // SLICE_ZOO_RESNEXT_H
