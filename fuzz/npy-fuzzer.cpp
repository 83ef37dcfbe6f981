//===- npy-fuzzer.cpp - .npy files as slice-run reads them ----------------===//
//
// Input: the bytes of a .npy file. readImageBatch is what `slice-run
// infer/run` calls; a file it accepts must hold exactly the elements its
// shape promises and survive a write and read back unchanged.
//
//===----------------------------------------------------------------------===//
#include "FuzzSupport.h"

#include "slice/Runtime/Npy.h"


using namespace slice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string path = fuzz::writeScratch("input.npy", data, size);
  rt::Array batch;
  std::string error = rt::readImageBatch(path, batch);
  if (!error.empty()) {
    fuzz::require(error.rfind(path, 0) == 0, "an error names the file");
    return 0;
  }
  fuzz::require(batch.shape.size() == 4 && batch.shape[0] > 0,
                "an image batch is N x C x H x W with N > 0");
  uint64_t elements = 1;
  for (int64_t d : batch.shape) {
    fuzz::require(d >= 0, "no negative dimension");
    fuzz::require(!__builtin_mul_overflow(elements, uint64_t(d), &elements),
                  "the element count fits 64 bits");
  }
  fuzz::require(elements == batch.data.size(), "the shape's elements are read");

  rt::Array again;
  fuzz::require(rt::parseNpy(rt::formatNpy(batch), "again.npy", again).empty(),
                "what we write reads back");
  fuzz::require(again.shape == batch.shape, "the shape round-trips");
  fuzz::require(fuzz::sameBits(again.data, batch.data),
                "the values round-trip bit for bit");
  return 0;
}
