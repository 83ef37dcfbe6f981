//===- Checkpoint.h - atomic training checkpoints (internal) ----*- C++ -*-===//
#ifndef SLICE_LIB_RUNTIME_CHECKPOINT_H
#define SLICE_LIB_RUNTIME_CHECKPOINT_H

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace slice::rt {

struct Checkpoint {
  int64_t epoch = 0, step = 0;
  /// Serialized state of the data-order random generator.
  std::string rng;
  /// The run configuration the checkpoint belongs to (data, split, batch,
  /// schedule, seed): resuming under another one is refused.
  std::string config;
  /// Parameters, statistics and optimizer buffers by name.
  std::map<std::string, std::vector<int64_t>> shapes;
  std::map<std::string, std::vector<float>> tensors;
};

/// Writes to `path` through a temporary file, fsync and rename: a crash at
/// any point leaves the previous checkpoint intact.
std::string writeCheckpoint(const std::string &path, const Checkpoint &ckpt);
std::string readCheckpoint(const std::string &path, Checkpoint &ckpt);

} // namespace slice::rt

#endif // SLICE_LIB_RUNTIME_CHECKPOINT_H
