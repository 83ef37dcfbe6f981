//===- checkpoint-fuzzer.cpp - training checkpoints as --resume reads them ===//
//
// Input: the bytes of a checkpoint file. Most inputs fail the CRC-32, so the
// target also re-seals each input with a valid checksum (chosen by the first
// byte) to reach the field decoder behind it. A checkpoint that is accepted
// must be self-consistent and survive a write and read back.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"

#include "Checkpoint.h"

#include <zlib.h>


using namespace slice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  std::string bytes(reinterpret_cast<const char *>(data) + 1, size - 1);
  if (data[0] & 1) {
    // Seal: the reader checks a CRC-32 of everything before the last four
    // bytes.
    uint32_t crc = uint32_t(crc32(crc32(0L, Z_NULL, 0),
                                  reinterpret_cast<const Bytef *>(bytes.data()),
                                  uInt(bytes.size())));
    bytes.append(reinterpret_cast<const char *>(&crc), sizeof(crc));
  }
  std::string path = fuzz::writeScratch(
      "input.ckpt", reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
  rt::Checkpoint ckpt;
  std::string error = rt::readCheckpoint(path, ckpt);
  if (!error.empty()) {
    fuzz::require(error.rfind(path, 0) == 0, "an error names the file");
    return 0;
  }
  fuzz::require(ckpt.shapes.size() == ckpt.tensors.size(),
                "every tensor has a shape");
  for (const auto &[name, values] : ckpt.tensors) {
    auto shape = ckpt.shapes.find(name);
    fuzz::require(shape != ckpt.shapes.end(), "every tensor has a shape");
    uint64_t elements = 1;
    for (int64_t d : shape->second)
      fuzz::require(!__builtin_mul_overflow(elements, uint64_t(d), &elements),
                    "the element count fits 64 bits");
    fuzz::require(elements == values.size(), "a tensor holds its shape's elements");
  }

  std::string again = fuzz::scratchDir() + "/again.ckpt";
  fuzz::require(rt::writeCheckpoint(again, ckpt).empty(), "a checkpoint writes");
  rt::Checkpoint back;
  fuzz::require(rt::readCheckpoint(again, back).empty(),
                "what we write reads back");
  fuzz::require(back.epoch == ckpt.epoch && back.step == ckpt.step &&
                    back.rng == ckpt.rng && back.config == ckpt.config &&
                    back.shapes == ckpt.shapes &&
                    back.tensors.size() == ckpt.tensors.size(),
                "the fields round-trip");
  for (const auto &[name, values] : ckpt.tensors)
    fuzz::require(fuzz::sameBits(back.tensors[name], values),
                  "the values round-trip bit for bit");
  return 0;
}
