//===- Npy.h - float32 .npy files -------------------------------*- C++ -*-===//
//
// NumPy's .npy format, restricted to what `slice-run run` and the ONNX
// cross-checks exchange: little-endian float32 ('<f4') arrays in C order,
// format versions 1.0 and 2.0. Plain C++: no LibTorch, no MLIR.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_RUNTIME_NPY_H
#define SLICE_RUNTIME_NPY_H

#include <cstdint>
#include <string>
#include <vector>

namespace slice::rt {

/// A dense float32 array in C (row-major) order.
struct Array {
  std::vector<int64_t> shape;
  std::vector<float> data;
};

/// Reads `path`. Returns "" on success, else an error naming the file and
/// what is wrong (not .npy, another dtype, Fortran order, truncated data).
std::string readNpy(const std::string &path, Array &out);

/// A batch of images: readNpy, then at least one image of rank N x C x H x
/// W (an empty batch is an error, not a run on nothing).
std::string readImageBatch(const std::string &path, Array &out);

/// Parses .npy bytes; `name` is used in errors.
std::string parseNpy(const std::string &bytes, const std::string &name,
                     Array &out);

/// Writes `array` as a version 1.0 file (2.0 when the header needs it).
/// Returns "" on success, else an error naming the file.
std::string writeNpy(const std::string &path, const Array &array);

/// The .npy bytes of `array`.
std::string formatNpy(const Array &array);

/// Where output `name` goes when the user asked for `path` and the model has
/// `count` outputs: `path` itself for one output, else `path` with ".npy"
/// replaced by ".<name>.npy" (y.npy -> y.logits.k2.npy).
std::string outputPath(const std::string &path, const std::string &name,
                       size_t count);

} // namespace slice::rt

#endif // SLICE_RUNTIME_NPY_H
