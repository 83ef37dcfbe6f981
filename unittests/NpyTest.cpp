//===- NpyTest.cpp - the .npy reader and writer ---------------------------===//
#include "slice/Runtime/Npy.h"

#include "gtest/gtest.h"

#include <cstring>

using namespace slice::rt;

namespace {
/// A .npy file as numpy writes it: magic, version, header length, header.
std::string npy(int major, const std::string &dict, const std::string &data) {
  size_t lenBytes = major == 1 ? 2 : 4;
  std::string header = dict;
  size_t total = 8 + lenBytes + header.size() + 1;
  header += std::string((64 - total % 64) % 64, ' ') + "\n";
  std::string out("\x93NUMPY", 6);
  out.push_back(char(major));
  out.push_back(0);
  for (size_t i = 0; i < lenBytes; ++i)
    out.push_back(char((header.size() >> (8 * i)) & 0xff));
  return out + header + data;
}

std::string floats(std::initializer_list<float> values) {
  std::string out;
  for (float v : values) {
    char bytes[4];
    std::memcpy(bytes, &v, 4); // the tests run on little-endian hosts
    out.append(bytes, 4);
  }
  return out;
}
} // namespace

TEST(Npy, RoundTrip) {
  Array a{{2, 3}, {0.f, 1.5f, -2.f, 3.25f, 1e-30f, -0.f}};
  std::string bytes = formatNpy(a);
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
  size_t headerLen = uint8_t(bytes[8]) | (uint8_t(bytes[9]) << 8);
  EXPECT_EQ((10 + headerLen) % 64, 0u);
  EXPECT_NE(bytes.find("'shape': (2,3)"), std::string::npos);
  Array b;
  ASSERT_EQ(parseNpy(bytes, "a.npy", b), "");
  EXPECT_EQ(b.shape, a.shape);
  EXPECT_EQ(b.data, a.data);
}

TEST(Npy, ReadsNumpyVersions1And2) {
  std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }";
  for (int major : {1, 2}) {
    Array a;
    ASSERT_EQ(parseNpy(npy(major, dict, floats({1, 2, 3})), "x.npy", a), "");
    EXPECT_EQ(a.shape, std::vector<int64_t>{3});
    EXPECT_EQ(a.data, (std::vector<float>{1, 2, 3}));
  }
  Array scalar;
  ASSERT_EQ(parseNpy(npy(1,
                         "{'descr': '<f4', 'fortran_order': False, "
                         "'shape': (), }",
                         floats({7})),
                     "s.npy", scalar),
            "");
  EXPECT_TRUE(scalar.shape.empty());
  EXPECT_EQ(scalar.data, std::vector<float>{7});
  Array empty;
  ASSERT_EQ(parseNpy(npy(1,
                         "{'descr': '<f4', 'fortran_order': False, "
                         "'shape': (0, 4), }",
                         ""),
                     "e.npy", empty),
            "");
  EXPECT_EQ(empty.shape, (std::vector<int64_t>{0, 4}));
}

TEST(Npy, ClearErrors) {
  auto error = [](const std::string &bytes) {
    Array a;
    return parseNpy(bytes, "x.npy", a);
  };
  const std::string f4 = "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }";
  EXPECT_EQ(error("not numpy"), "x.npy: not a .npy file (no \\x93NUMPY magic)");
  EXPECT_EQ(error(npy(3, f4, floats({1, 2}))),
            "x.npy: .npy format version 3.0 is not supported (1.0 and 2.0 are)");
  EXPECT_NE(error(npy(1,
                      "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }",
                      std::string(16, '\0')))
                .find("dtype '<f8' is not supported"),
            std::string::npos);
  EXPECT_NE(error(npy(1,
                      "{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }",
                      floats({1, 2})))
                .find("dtype '>f4' is not supported"),
            std::string::npos);
  EXPECT_NE(error(npy(1,
                      "{'descr': '<f4', 'fortran_order': True, 'shape': (2,), }",
                      floats({1, 2})))
                .find("Fortran-order arrays are not supported"),
            std::string::npos);
  EXPECT_EQ(error(npy(1, f4, floats({1}))),
            "x.npy: shape (2,) needs 8 bytes of float32 data, the file holds 4");
  EXPECT_EQ(error(npy(1, f4, floats({1, 2, 3}))),
            "x.npy: shape (2,) needs 8 bytes of float32 data, the file holds 12");
  EXPECT_EQ(error(npy(1, "{'descr': '<f4', 'shape': (2,), }", floats({1, 2}))),
            "x.npy: the header lacks 'descr', 'fortran_order' or 'shape'");
  EXPECT_EQ(error(npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (-2,), }",
                      "")),
            "x.npy: 'shape' holds something other than non-negative integers");
  EXPECT_EQ(error(std::string("\x93NUMPY\x01\x00\xff\x00{", 11)),
            "x.npy: truncated .npy header");
  Array a;
  EXPECT_NE(readNpy("/nonexistent/x.npy", a).find("/nonexistent/x.npy: cannot open"),
            std::string::npos);
}

TEST(Npy, OutputPaths) {
  EXPECT_EQ(outputPath("y.npy", "logits", 1), "y.npy");
  EXPECT_EQ(outputPath("out/y.npy", "logits.k2", 3), "out/y.logits.k2.npy");
  EXPECT_EQ(outputPath("y", "logits.k1.l2", 2), "y.logits.k1.l2.npy");
}
