//===- FuzzSupport.h - helpers shared by the fuzz targets -------*- C++ -*-===//
//
// The readers under fuzz take file names (that is how the tools call them),
// so a target writes each input to a file in a private scratch folder and
// calls the reader exactly as slice-run or slice-opt would. A broken
// invariant aborts with its text, which libFuzzer records as a finding.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_FUZZ_FUZZSUPPORT_H
#define SLICE_FUZZ_FUZZSUPPORT_H

#include <cstdint>
#include <string>
#include <vector>

namespace slice::fuzz {

/// A folder of this process's own, created once (under $TMPDIR or /tmp) and
/// removed at exit.
const std::string &scratchDir();

/// Writes `size` bytes to `scratchDir()/name` (replacing it) and returns the
/// path.
std::string writeScratch(const std::string &name, const uint8_t *data,
                         size_t size);

/// Aborts, naming the broken invariant, when `ok` is false. The message
/// reaches libFuzzer's log even under -close_fd_mask=2.
void require(bool ok, const char *what);

/// Bit-for-bit equality of two float arrays (NaN payloads included).
bool sameBits(const std::vector<float> &a, const std::vector<float> &b);

} // namespace slice::fuzz

#endif // SLICE_FUZZ_FUZZSUPPORT_H
