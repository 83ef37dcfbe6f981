//===- Checkpoint.cpp - atomic training checkpoints -----------------------===//
#include "Checkpoint.h"

#include "slice/Support/AtomicFile.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace slice::rt {
namespace {
// Version 3 ends with a CRC-32 of every byte before it; version 2 (no
// checksum) is still read.
constexpr char kMagic[8] = {'S', 'L', 'I', 'C', 'E', 'C', 'K', '3'};
constexpr char kMagicV2[8] = {'S', 'L', 'I', 'C', 'E', 'C', 'K', '2'};

uint32_t crcOf(const char *data, size_t size) {
  uLong crc = crc32(0L, Z_NULL, 0);
  while (size > 0) {
    uInt chunk = uInt(std::min<size_t>(size, 1u << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef *>(data), chunk);
    data += chunk;
    size -= chunk;
  }
  return uint32_t(crc);
}

struct Writer {
  std::string bytes;
  void raw(const void *p, size_t n) {
    bytes.append(static_cast<const char *>(p), n);
  }
  void u64(uint64_t v) { raw(&v, sizeof(v)); }
  void str(const std::string &s) {
    u64(s.size());
    raw(s.data(), s.size());
  }
};

struct Reader {
  const std::string &bytes;
  size_t pos = 0;
  bool ok = true;
  bool raw(void *p, size_t n) {
    if (!ok || n > bytes.size() - pos)
      return ok = false;
    if (n == 0) // an empty tensor's data() may be null: no memcpy
      return true;
    std::memcpy(p, bytes.data() + pos, n);
    pos += n;
    return true;
  }
  uint64_t u64() {
    uint64_t v = 0;
    raw(&v, sizeof(v));
    return v;
  }
  std::string str() {
    uint64_t n = u64();
    if (!ok || n > bytes.size() - pos) {
      ok = false;
      return "";
    }
    std::string s = bytes.substr(pos, n);
    pos += n;
    return s;
  }
};

std::string errnoText() { return std::strerror(errno); }
} // namespace

std::string writeCheckpoint(const std::string &path, const Checkpoint &ckpt) {
  Writer w;
  w.raw(kMagic, 8);
  w.u64(ckpt.epoch);
  w.u64(ckpt.step);
  w.str(ckpt.rng);
  w.str(ckpt.config);
  w.u64(ckpt.tensors.size());
  for (const auto &[name, data] : ckpt.tensors) {
    w.str(name);
    const std::vector<int64_t> &shape = ckpt.shapes.at(name);
    w.u64(shape.size());
    for (int64_t d : shape)
      w.u64(d);
    w.u64(data.size());
    w.raw(data.data(), data.size() * sizeof(float));
  }
  uint32_t crc = crcOf(w.bytes.data(), w.bytes.size());
  w.raw(&crc, sizeof(crc));
  return writeFileAtomically(path, w.bytes);
}

std::string readCheckpoint(const std::string &path, Checkpoint &ckpt) {
  FILE *f = std::fopen(path.c_str(), "rb");
  if (!f)
    return path + ": cannot open (" + errnoText() + ")";
  std::string bytes;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof(buffer), f)) > 0)
    bytes.append(buffer, n);
  std::fclose(f);
  Reader r{bytes};
  char magic[8];
  if (!r.raw(magic, 8) || (std::memcmp(magic, kMagic, 8) != 0 &&
                           std::memcmp(magic, kMagicV2, 8) != 0))
    return path + ": not a slice checkpoint";
  if (std::memcmp(magic, kMagic, 8) == 0) {
    uint32_t stored;
    if (bytes.size() < 8 + sizeof(stored))
      return path + ": truncated or corrupt checkpoint";
    std::memcpy(&stored, bytes.data() + bytes.size() - sizeof(stored),
                sizeof(stored));
    bytes.resize(bytes.size() - sizeof(stored));
    if (crcOf(bytes.data(), bytes.size()) != stored)
      return path + ": corrupt checkpoint (checksum mismatch): it was "
                    "changed after it was written; start again without "
                    "--resume or from another copy";
  }
  ckpt = Checkpoint();
  ckpt.epoch = r.u64();
  ckpt.step = r.u64();
  ckpt.rng = r.str();
  ckpt.config = r.str();
  uint64_t count = r.u64();
  for (uint64_t i = 0; r.ok && i < count; ++i) {
    std::string name = r.str();
    uint64_t rank = r.u64();
    if (rank > 8) {
      r.ok = false;
      break;
    }
    std::vector<int64_t> shape(rank);
    uint64_t numel = 1;
    for (auto &d : shape) {
      d = r.u64();
      if (__builtin_mul_overflow(numel, uint64_t(d), &numel))
        r.ok = false;
    }
    uint64_t size = r.u64();
    if (!r.ok || size != numel ||
        size > (bytes.size() - r.pos) / sizeof(float)) {
      r.ok = false;
      break;
    }
    std::vector<float> data(size);
    r.raw(data.data(), size * sizeof(float));
    ckpt.shapes[name] = shape;
    ckpt.tensors[name] = std::move(data);
  }
  if (!r.ok || r.pos != bytes.size())
    return path + ": truncated or corrupt checkpoint";
  return "";
}

} // namespace slice::rt
