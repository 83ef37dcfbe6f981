//===- ReadFile.h - small input files, read with a bound --------*- C++ -*-===//
//
// A taxonomy, a thresholds table or an errors report is a few kilobytes.
// Read without a bound, a path naming /dev/zero or an endless pipe makes a
// tool read until memory runs out; readSmallFile stops at a limit and says
// so. Plain C++ (POSIX). Model files are not small files: they are read by
// MLIR's and ONNX's own readers.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_SUPPORT_READFILE_H
#define SLICE_SUPPORT_READFILE_H

#include <cstddef>
#include <string>

namespace slice {

/// Comfortably above any taxonomy or JSON table slice writes.
constexpr size_t kSmallFileLimit = size_t(16) << 20;

/// Reads `path` whole into `bytes`. Returns "" on success, else what went
/// wrong without the path (callers name the file their own way): the
/// system's reason, or that it holds more than `limit` bytes.
std::string readSmallFile(const std::string &path, std::string &bytes,
                          size_t limit = kSmallFileLimit);

} // namespace slice

#endif // SLICE_SUPPORT_READFILE_H
