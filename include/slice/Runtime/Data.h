//===- Data.h - image classification datasets -------------------*- C++ -*-===//
#ifndef SLICE_RUNTIME_DATA_H
#define SLICE_RUNTIME_DATA_H

#include <cstdint>
#include <string>
#include <vector>

namespace slice::rt {

/// Images as N x C x H x W floats in [0, 1], labels 0..classes-1.
struct Dataset {
  std::string name;
  int64_t count = 0, channels = 0, height = 0, width = 0;
  std::vector<float> images;
  std::vector<int64_t> labels;
  /// Coarse labels (CIFAR-100's superclasses), empty when absent.
  std::vector<int64_t> coarseLabels;
  int64_t classes = 0;

  int64_t imageSize() const { return channels * height * width; }
};

/// Where Debian's dataset-fashion-mnist installs Fashion-MNIST.
constexpr const char *kFashionMnistDir = "/usr/share/datasets/fashion-mnist";

/// Reads a dataset. `spec` is one of:
///   fashion-mnist[:DIR]      IDX files (gzipped or not) in DIR
///   mnist-idx:IMAGES,LABELS  any IDX image/label pair
///   cifar10:DIR | cifar100:DIR   the CIFAR binary version
///   tensor:FILE              slice's own format (see docs/data.md)
/// `split` is "train" or "test". Returns an error naming the file, or "".
std::string loadDataset(const std::string &spec, const std::string &split,
                        Dataset &out);

/// Writes `data` in slice's own format (atomically).
std::string saveTensorDataset(const std::string &path, const Dataset &data);

/// Keeps the first `count` images of `data` (0 or more than it has: all).
void truncate(Dataset &data, int64_t count);

/// Per-channel mean and standard deviation over the whole set.
void channelStats(const Dataset &data, std::vector<float> &mean,
                  std::vector<float> &stddev);

} // namespace slice::rt

#endif // SLICE_RUNTIME_DATA_H
