//===- dataset-fuzzer.cpp - datasets as slice-run train/eval reads them ---===//
//
// Input: a selector byte, then file bytes. The selector picks the format
// (slice's tensor format, an IDX image/label pair, a CIFAR-10 or CIFAR-100
// binary batch) and for IDX where the bytes split into the two files. Every
// reader goes through zlib, so gzipped inputs are covered too. A dataset
// that loads must be consistent: the tools index images and labels with it.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"

#include "slice/Runtime/Data.h"

#include <cmath>
#include <sys/stat.h>

using namespace slice;

namespace {
std::string loadOne(const uint8_t *data, size_t size, rt::Dataset &out) {
  const std::string &dir = fuzz::scratchDir();
  switch (data[0] % 4) {
  case 0:
    return rt::loadDataset(
        "tensor:" + fuzz::writeScratch("set.tensor", data + 1, size - 1), "test",
        out);
  case 1: {
    // Second byte: where the images end and the labels begin (as a share of
    // the rest, so both halves stay reachable for any length).
    if (size < 2)
      return "too short";
    size_t rest = size - 2, cut = rest * data[1] / 255;
    std::string images = fuzz::writeScratch("images-idx3-ubyte", data + 2, cut);
    std::string labels =
        fuzz::writeScratch("labels-idx1-ubyte", data + 2 + cut, rest - cut);
    return rt::loadDataset("mnist-idx:" + images + "," + labels, "test", out);
  }
  case 2:
    ::mkdir((dir + "/cifar10").c_str(), 0700);
    fuzz::writeScratch("cifar10/test_batch.bin", data + 1, size - 1);
    return rt::loadDataset("cifar10:" + dir + "/cifar10", "test", out);
  default:
    ::mkdir((dir + "/cifar100").c_str(), 0700);
    fuzz::writeScratch("cifar100/test.bin", data + 1, size - 1);
    return rt::loadDataset("cifar100:" + dir + "/cifar100", "test", out);
  }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  rt::Dataset set;
  std::string error = loadOne(data, size, set);
  if (!error.empty())
    return 0;
  fuzz::require(set.count > 0 && set.channels > 0 && set.height > 0 &&
                    set.width > 0 && set.classes > 0,
                "a loaded dataset has images, pixels and classes");
  fuzz::require(set.images.size() == uint64_t(set.count) * set.imageSize(),
                "every image is there");
  fuzz::require(set.labels.size() == uint64_t(set.count), "every label is there");
  fuzz::require(set.coarseLabels.empty() ||
                    set.coarseLabels.size() == uint64_t(set.count),
                "coarse labels are absent or one per image");
  for (float pixel : set.images)
    fuzz::require(std::isfinite(pixel), "pixels are finite numbers");
  for (int64_t label : set.labels)
    fuzz::require(label >= 0 && label < set.classes,
                  "labels index the classifier's outputs");

  std::vector<float> mean, stddev;
  rt::channelStats(set, mean, stddev);
  fuzz::require(mean.size() == size_t(set.channels) &&
                    stddev.size() == size_t(set.channels),
                "one statistic per channel");
  rt::truncate(set, 1);
  fuzz::require(set.count == 1 && set.labels.size() == 1 &&
                    set.images.size() == uint64_t(set.imageSize()),
                "truncation keeps one whole image");
  return 0;
}
