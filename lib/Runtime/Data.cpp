//===- Data.cpp - image classification datasets ---------------------------===//
#include "slice/Runtime/Data.h"
#include "slice/Support/AtomicFile.h"

#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slice::rt {
namespace {
/// Reads a whole file, transparently gunzipping it.
std::string readFile(const std::string &path, std::string &bytes) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file)
    return path + ": cannot open (" + std::strerror(errno) + ")";
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0)
    bytes.append(buffer, n);
  int err = 0;
  // gzerror's text belongs to `file`: copy it before gzclose frees it.
  std::string message = gzerror(file, &err);
  gzclose(file);
  // zlib names the file itself; the caller's message already does.
  if (message.rfind(path + ": ", 0) == 0)
    message.erase(0, path.size() + 2);
  if (n < 0 || (err != Z_OK && err != Z_STREAM_END))
    return path + ": corrupt or truncated (" + message + ")";
  return "";
}

uint32_t bigEndian32(const std::string &bytes, size_t offset) {
  const auto *p = reinterpret_cast<const unsigned char *>(bytes.data()) + offset;
  return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) |
         uint32_t(p[3]);
}

std::string loadIdx(const std::string &imagesPath, const std::string &labelsPath,
                    Dataset &out) {
  std::string images, labels;
  if (std::string e = readFile(imagesPath, images); !e.empty())
    return e;
  if (std::string e = readFile(labelsPath, labels); !e.empty())
    return e;
  if (images.size() < 16 || bigEndian32(images, 0) != 0x803)
    return imagesPath + ": not an IDX image file (expected magic 0x00000803)";
  if (labels.size() < 8 || bigEndian32(labels, 0) != 0x801)
    return labelsPath + ": not an IDX label file (expected magic 0x00000801)";
  uint64_t count = bigEndian32(images, 4), rows = bigEndian32(images, 8),
           cols = bigEndian32(images, 12);
  if (count == 0 || rows == 0 || cols == 0 || rows > 4096 || cols > 4096)
    return imagesPath + ": implausible dimensions " + std::to_string(count) +
           "x" + std::to_string(rows) + "x" + std::to_string(cols);
  if (images.size() != 16 + count * rows * cols)
    return imagesPath + ": holds " + std::to_string(images.size() - 16) +
           " pixel bytes, the header promises " +
           std::to_string(count * rows * cols);
  if (bigEndian32(labels, 4) != count || labels.size() != 8 + count)
    return labelsPath + ": has " + std::to_string(bigEndian32(labels, 4)) +
           " labels (" + std::to_string(labels.size() - 8) + " bytes) for " +
           std::to_string(count) + " images in " + imagesPath;
  out.count = count;
  out.channels = 1;
  out.height = rows;
  out.width = cols;
  out.images.resize(count * rows * cols);
  for (size_t i = 0; i < out.images.size(); ++i)
    out.images[i] = static_cast<unsigned char>(images[16 + i]) / 255.0f;
  out.labels.resize(count);
  int64_t maxLabel = 0;
  for (uint64_t i = 0; i < count; ++i) {
    out.labels[i] = static_cast<unsigned char>(labels[8 + i]);
    maxLabel = std::max(maxLabel, out.labels[i]);
  }
  out.classes = maxLabel + 1;
  return "";
}

std::string fileExists(const std::string &path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 ? path : "";
}

std::string loadCifar(const std::string &dir, bool hundred,
                      const std::string &split, Dataset &out) {
  std::vector<std::string> files;
  if (hundred)
    files.push_back(dir + (split == "train" ? "/train.bin" : "/test.bin"));
  else if (split == "train")
    for (int i = 1; i <= 5; ++i)
      files.push_back(dir + "/data_batch_" + std::to_string(i) + ".bin");
  else
    files.push_back(dir + "/test_batch.bin");
  const size_t labelBytes = hundred ? 2 : 1, record = labelBytes + 3072;
  out.channels = 3;
  out.height = out.width = 32;
  out.classes = hundred ? 100 : 10;
  out.count = 0;
  for (const std::string &path : files) {
    std::string bytes;
    if (std::string e = readFile(path, bytes); !e.empty())
      return e;
    if (bytes.empty() || bytes.size() % record != 0)
      return path + ": " + std::to_string(bytes.size()) +
             " bytes is not a whole number of " + std::to_string(record) +
             "-byte CIFAR records";
    for (size_t r = 0; r < bytes.size() / record; ++r) {
      const auto *p =
          reinterpret_cast<const unsigned char *>(bytes.data()) + r * record;
      int64_t label = p[labelBytes - 1];
      if (label >= out.classes)
        return path + ": record " + std::to_string(r) + " has label " +
               std::to_string(label) + " outside [0, " +
               std::to_string(out.classes) + ")";
      if (hundred)
        out.coarseLabels.push_back(p[0]);
      out.labels.push_back(label);
      for (size_t i = 0; i < 3072; ++i)
        out.images.push_back(p[labelBytes + i] / 255.0f);
      ++out.count;
    }
  }
  return "";
}

constexpr char kMagic[8] = {'S', 'L', 'I', 'C', 'E', 'D', 'S', '1'};

std::string loadTensor(const std::string &path, Dataset &out) {
  std::string bytes;
  if (std::string e = readFile(path, bytes); !e.empty())
    return e;
  const size_t header = 8 + 6 * sizeof(int64_t);
  if (bytes.size() < header || std::memcmp(bytes.data(), kMagic, 8) != 0)
    return path + ": not a slice dataset (expected magic SLICEDS1)";
  int64_t h[6];
  std::memcpy(h, bytes.data() + 8, sizeof(h));
  out.count = h[0], out.channels = h[1], out.height = h[2], out.width = h[3];
  out.classes = h[4];
  bool coarse = h[5] != 0;
  for (int i = 0; i < 5; ++i)
    if (h[i] <= 0 || h[i] > (int64_t(1) << 31))
      return path + ": implausible header field " + std::to_string(i) + " = " +
             std::to_string(h[i]);
  // Checked: a hostile header must not wrap the size computation around.
  uint64_t pixels = 0, expected = 0, image = 0;
  if (__builtin_mul_overflow(uint64_t(out.channels), uint64_t(out.height), &image) ||
      __builtin_mul_overflow(image, uint64_t(out.width), &image) ||
      __builtin_mul_overflow(image, uint64_t(out.count), &pixels) ||
      __builtin_mul_overflow(pixels, sizeof(float), &expected) ||
      __builtin_add_overflow(expected,
                             header + uint64_t(out.count) * sizeof(int64_t) *
                                          (coarse ? 2 : 1),
                             &expected) ||
      bytes.size() != expected)
    return path + ": " + std::to_string(bytes.size()) +
           " bytes do not match the header's " + std::to_string(out.count) +
           " images of " + std::to_string(out.channels) + "x" +
           std::to_string(out.height) + "x" + std::to_string(out.width);
  const char *p = bytes.data() + header;
  out.images.resize(pixels);
  std::memcpy(out.images.data(), p, pixels * sizeof(float));
  p += pixels * sizeof(float);
  out.labels.resize(out.count);
  std::memcpy(out.labels.data(), p, out.count * sizeof(int64_t));
  p += out.count * sizeof(int64_t);
  if (coarse) {
    out.coarseLabels.resize(out.count);
    std::memcpy(out.coarseLabels.data(), p, out.count * sizeof(int64_t));
  }
  // A NaN or infinite pixel would turn the normalisation statistics and
  // every loss into NaN long after loading.
  for (size_t i = 0; i < out.images.size(); ++i)
    if (!std::isfinite(out.images[i]))
      return path + ": image " + std::to_string(i / out.imageSize()) +
             " has a pixel that is not a finite number (" +
             std::to_string(out.images[i]) + ")";
  for (int64_t i = 0; i < out.count; ++i)
    if (out.labels[i] < 0 || out.labels[i] >= out.classes)
      return path + ": image " + std::to_string(i) + " has label " +
             std::to_string(out.labels[i]) + " outside [0, " +
             std::to_string(out.classes) + ")";
  return "";
}
} // namespace

std::string loadDataset(const std::string &spec, const std::string &split,
                        Dataset &out) {
  if (split != "train" && split != "test")
    return "unknown split '" + split + "' (train or test)";
  out = Dataset();
  std::string kind = spec.substr(0, spec.find(':'));
  std::string arg = spec.find(':') == std::string::npos
                        ? ""
                        : spec.substr(spec.find(':') + 1);
  std::string error;
  if (kind == "fashion-mnist") {
    std::string dir = arg.empty() ? kFashionMnistDir : arg;
    std::string prefix = dir + "/" + (split == "train" ? "train" : "t10k");
    auto pick = [&](const std::string &stem) {
      std::string gz = fileExists(prefix + stem + ".gz");
      return gz.empty() ? prefix + stem : gz;
    };
    error = loadIdx(pick("-images-idx3-ubyte"), pick("-labels-idx1-ubyte"), out);
    if (!error.empty() && arg.empty())
      error += " (install Debian's dataset-fashion-mnist, or pass "
               "--data=fashion-mnist:DIR)";
  } else if (kind == "mnist-idx") {
    size_t comma = arg.find(',');
    if (comma == std::string::npos)
      return "mnist-idx needs IMAGES,LABELS";
    error = loadIdx(arg.substr(0, comma), arg.substr(comma + 1), out);
  } else if (kind == "cifar10" || kind == "cifar100") {
    if (arg.empty())
      return kind + " needs the directory of the binary version, e.g. " + kind +
             ":/data/cifar-10-batches-bin";
    error = loadCifar(arg, kind == "cifar100", split, out);
  } else if (kind == "tensor") {
    error = loadTensor(arg, out);
  } else {
    return "unknown dataset '" + spec +
           "' (fashion-mnist[:DIR], mnist-idx:IMAGES,LABELS, cifar10:DIR, "
           "cifar100:DIR, tensor:FILE)";
  }
  out.name = spec;
  return error;
}

std::string saveTensorDataset(const std::string &path, const Dataset &data) {
  int64_t header[6] = {data.count, data.channels, data.height, data.width,
                       data.classes, data.coarseLabels.empty() ? 0 : 1};
  AtomicFile file;
  std::string e = file.open(path);
  auto put = [&](const void *p, size_t n) {
    if (e.empty())
      e = file.write(p, n);
  };
  put(kMagic, 8);
  put(header, sizeof(header));
  put(data.images.data(), data.images.size() * sizeof(float));
  put(data.labels.data(), data.labels.size() * sizeof(int64_t));
  put(data.coarseLabels.data(), data.coarseLabels.size() * sizeof(int64_t));
  return e.empty() ? file.commit() : e;
}

void truncate(Dataset &data, int64_t count) {
  if (count <= 0 || count >= data.count)
    return;
  data.count = count;
  data.images.resize(count * data.imageSize());
  data.labels.resize(count);
  if (!data.coarseLabels.empty())
    data.coarseLabels.resize(count);
}

void channelStats(const Dataset &data, std::vector<float> &mean,
                  std::vector<float> &stddev) {
  mean.assign(data.channels, 0);
  stddev.assign(data.channels, 0);
  int64_t plane = data.height * data.width;
  for (int64_t c = 0; c < data.channels; ++c) {
    double sum = 0, sq = 0;
    for (int64_t i = 0; i < data.count; ++i) {
      const float *p = &data.images[(i * data.channels + c) * plane];
      for (int64_t j = 0; j < plane; ++j) {
        sum += p[j];
        sq += double(p[j]) * p[j];
      }
    }
    double n = double(data.count) * plane;
    mean[c] = sum / n;
    stddev[c] = std::sqrt(std::max(sq / n - (sum / n) * (sum / n), 1e-12));
  }
}

} // namespace slice::rt
