//===- AtomicFile.h - outputs that appear only when complete ----*- C++ -*-===//
//
// Every file a slice tool writes (models, ONNX graphs, checkpoints, datasets,
// .npy arrays, JSON reports) goes through AtomicFile: the bytes go to a
// temporary file beside the target, which replaces the target only once it
// is complete and on disk. A failure, a full disk or a kill leaves the
// user's previous file as it was. Plain C++ (POSIX), so that the runtime's
// plain-data readers and writers use it too.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_SUPPORT_ATOMICFILE_H
#define SLICE_SUPPORT_ATOMICFILE_H

#include <cstddef>
#include <string>

namespace slice {

/// A file that appears at its path only when committed.
///
/// The target may be a regular file (replaced), a symbolic link (the file it
/// names is replaced, the link stays) or absent. A character device
/// (/dev/null) or a FIFO is written through, never replaced by a regular
/// file; a FIFO that no process reads is an error, not a hang. A folder, a
/// socket or a block device is refused. "-" writes to standard output.
class AtomicFile {
public:
  AtomicFile() = default;
  AtomicFile(const AtomicFile &) = delete;
  AtomicFile &operator=(const AtomicFile &) = delete;
  /// Removes the temporary file unless committed: the target is untouched.
  ~AtomicFile();

  /// Creates the temporary file beside `path`'s final target. Returns "" or
  /// an error that names `path`.
  std::string open(const std::string &path);
  /// The temporary file's descriptor (1 for "-"), for streams that write
  /// through it.
  int fd() const { return handle; }
  /// Writes all of `size` bytes; "" or an error naming the target.
  std::string write(const void *data, size_t size);
  /// Makes the temporary file durable and renames it over the target (and
  /// makes the rename durable). "" or an error naming the target; on error
  /// the target is untouched.
  std::string commit();
  /// Abandons the output: the temporary file is removed.
  void discard();

  /// The path the user gave.
  const std::string &path() const { return given; }

private:
  std::string given, target, temporary;
  int handle = -1;
  bool toStdout = false, direct = false;
};

/// Writes `bytes` to `path` through an AtomicFile. "" or an error naming
/// `path`.
std::string writeFileAtomically(const std::string &path,
                                const std::string &bytes);

} // namespace slice

#endif // SLICE_SUPPORT_ATOMICFILE_H
