//===- ConcatNets.h - DenseNet-BC and Inception-style models ---*- C++ -*-===//
//
// Concat-aggregated zoo models: the anytime forms slice them as they slice
// ResNeXt, through `slice.block concat`.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_ZOO_CONCATNETS_H
#define SLICE_ZOO_CONCATNETS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

#include <string>

namespace mlir::slice::zoo {

/// CIFAR-style DenseNet-BC (Huang et al. 2017): a 3x3 stem of 2k channels
/// (k: the growth rate), 3 dense blocks of `layers` dense layers each with
/// transitions BN-ReLU-conv1x1 (compression 0.5)-avgpool2x2 between them,
/// and the classifier BN-ReLU-global-average-pool-FC; depth 6 * layers + 4.
///
/// A dense layer is `slice.block concat (relu(bn(x))) residual(x)`: its
/// bottleneck conv1x1 (4k) - BN - ReLU - conv3x3 (k) is split into C
/// branches conv1x1 (4k/C) - BN - ReLU - conv3x3 (k/C), so the layer still
/// adds k channels (its 3x3 convolution is grouped C ways). Sub-network k
/// of the anytime forms runs the first C_k branches of every layer: a
/// DenseNet of full depth and growth rate k C_k / C.
struct DenseNetConfig {
  int64_t layers = 16;     // dense layers per dense block
  int64_t growth = 12;     // k
  int64_t cardinality = 4; // C: branches per dense layer
  int64_t inChannels = 3;
  int64_t imageSize = 32;
  int64_t classes = 10;
  /// 0 builds a dynamic batch dimension.
  int64_t batch = 0;

  static constexpr int64_t numBlocks = 3;
  int64_t depth() const { return 6 * layers + 4; }
};

/// Checks the configuration; on failure returns a message naming the
/// offending option.
std::string validate(const DenseNetConfig &config);

/// Builds the model; `config` must validate.
OwningOpRef<ModuleOp> buildDenseNet(MLIRContext *context,
                                    const DenseNetConfig &config);

/// An Inception-style network for small images: a conv3x3-BN-ReLU stem,
/// `blocks` Inception blocks split evenly over 3 stages with a 2x2 max pool
/// between stages, and the classifier BN-ReLU-global-average-pool-FC. An
/// Inception block is `slice.block concat (x)` of C parallel paths whose
/// kind cycles through (1) conv1x1, (2) conv1x1 - conv3x3, (3) conv1x1 -
/// conv3x3 - conv3x3, (4) max pool 3x3 - conv1x1; every conv is followed by
/// BN-ReLU, a path yields P channels (P doubles per stage) and reduces to
/// P/2 before its 3x3 layers. With C a multiple of 4K, every sub-network of
/// the anytime forms keeps every kind of path.
struct InceptionConfig {
  int64_t blocks = 6;      // L, a multiple of the 3 stages
  int64_t width = 16;      // P: channels per path in stage 1
  int64_t cardinality = 8; // C: paths per block
  int64_t stemWidth = 32;
  int64_t inChannels = 3;
  int64_t imageSize = 32;
  int64_t classes = 10;
  int64_t batch = 0;

  static constexpr int64_t numStages = 3;
};

std::string validate(const InceptionConfig &config);

OwningOpRef<ModuleOp> buildInception(MLIRContext *context,
                                     const InceptionConfig &config);

} // namespace mlir::slice::zoo

#endif // SLICE_ZOO_CONCATNETS_H
