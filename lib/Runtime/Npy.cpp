//===- Npy.cpp - float32 .npy files ---------------------------------------===//
//
// Format: "\x93NUMPY", major, minor, header length (uint16 LE in 1.0,
// uint32 LE in 2.0), then a Python dict literal such as
//   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
// padded with spaces to a multiple of 64 bytes and ended by '\n', then the
// data.
//
//===----------------------------------------------------------------------===//
#include "slice/Runtime/Npy.h"
#include "slice/Support/AtomicFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>

namespace slice::rt {
namespace {
const char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;

bool hostIsLittleEndian() {
  uint16_t one = 1;
  unsigned char first;
  std::memcpy(&first, &one, 1);
  return first == 1;
}

uint32_t readLE(const unsigned char *p, int bytes) {
  uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

/// A cursor over the header's dict literal.
class HeaderParser {
public:
  explicit HeaderParser(const std::string &text) : s(text) {}

  std::string parse(std::string &descr, bool &fortran,
                    std::vector<int64_t> &shape) {
    bool haveDescr = false, haveFortran = false, haveShape = false;
    skipSpace();
    if (!eat('{'))
      return "the header is not a dict";
    while (true) {
      skipSpace();
      if (eat('}'))
        break;
      std::string key;
      if (!string(key))
        return "expected a quoted key in the header";
      skipSpace();
      if (!eat(':'))
        return "expected ':' after '" + key + "' in the header";
      skipSpace();
      if (key == "descr") {
        if (!string(descr))
          return "'descr' is not a string";
        haveDescr = true;
      } else if (key == "fortran_order") {
        if (word("True"))
          fortran = true;
        else if (word("False"))
          fortran = false;
        else
          return "'fortran_order' is neither True nor False";
        haveFortran = true;
      } else if (key == "shape") {
        if (std::string e = tuple(shape); !e.empty())
          return e;
        haveShape = true;
      } else {
        return "unexpected key '" + key + "' in the header";
      }
      skipSpace();
      if (eat(','))
        continue;
      skipSpace();
      if (eat('}'))
        break;
      return "expected ',' or '}' in the header";
    }
    if (!haveDescr || !haveFortran || !haveShape)
      return "the header lacks 'descr', 'fortran_order' or 'shape'";
    return "";
  }

private:
  void skipSpace() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
      ++i;
  }
  bool eat(char c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  bool word(const char *w) {
    size_t n = std::strlen(w);
    if (s.compare(i, n, w) != 0)
      return false;
    i += n;
    return true;
  }
  bool string(std::string &out) {
    if (i >= s.size() || (s[i] != '\'' && s[i] != '"'))
      return false;
    char quote = s[i++];
    size_t end = s.find(quote, i);
    if (end == std::string::npos)
      return false;
    out = s.substr(i, end - i);
    i = end + 1;
    return true;
  }
  std::string tuple(std::vector<int64_t> &out) {
    out.clear();
    if (!eat('('))
      return "'shape' is not a tuple";
    while (true) {
      skipSpace();
      if (eat(')'))
        return "";
      if (i >= s.size() || s[i] < '0' || s[i] > '9')
        return "'shape' holds something other than non-negative integers";
      int64_t v = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (v > (std::numeric_limits<int64_t>::max() - 9) / 10)
          return "a dimension of 'shape' is too large";
        v = v * 10 + (s[i++] - '0');
      }
      if (i < s.size() && s[i] == 'L') // Python 2 longs
        ++i;
      out.push_back(v);
      skipSpace();
      if (eat(','))
        continue;
      skipSpace();
      if (eat(')'))
        return "";
      return "expected ',' or ')' in 'shape'";
    }
  }

  const std::string &s;
  size_t i = 0;
};

std::string shapeString(const std::vector<int64_t> &shape) {
  std::ostringstream os;
  os << "(";
  for (size_t i = 0; i < shape.size(); ++i)
    os << shape[i] << (shape.size() == 1 || i + 1 < shape.size() ? "," : "");
  os << ")";
  return os.str();
}
} // namespace

std::string parseNpy(const std::string &bytes, const std::string &name,
                     Array &out) {
  auto fail = [&](const std::string &what) { return name + ": " + what; };
  const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
  if (bytes.size() < kMagicSize + 2 ||
      std::memcmp(bytes.data(), kMagic, kMagicSize) != 0)
    return fail("not a .npy file (no \\x93NUMPY magic)");
  int major = p[6], minor = p[7];
  size_t lenBytes;
  if (major == 1)
    lenBytes = 2;
  else if (major == 2)
    lenBytes = 4;
  else
    return fail(".npy format version " + std::to_string(major) + "." +
                std::to_string(minor) + " is not supported (1.0 and 2.0 are)");
  size_t start = kMagicSize + 2 + lenBytes;
  if (bytes.size() < start)
    return fail("truncated .npy header");
  size_t headerLen = readLE(p + kMagicSize + 2, int(lenBytes));
  if (bytes.size() - start < headerLen)
    return fail("truncated .npy header");
  std::string header = bytes.substr(start, headerLen);
  std::string descr;
  bool fortran = false;
  std::vector<int64_t> shape;
  if (std::string e = HeaderParser(header).parse(descr, fortran, shape);
      !e.empty())
    return fail(e);
  if (descr != "<f4" && !(descr == "=f4" && hostIsLittleEndian()))
    return fail("dtype '" + descr +
                "' is not supported: only little-endian float32 ('<f4'); "
                "convert with a.astype(numpy.float32)");
  if (fortran)
    return fail("Fortran-order arrays are not supported; write "
                "numpy.ascontiguousarray(a)");
  uint64_t numel = 1;
  for (int64_t d : shape) {
    if (d != 0 && numel > std::numeric_limits<uint64_t>::max() / 4 / uint64_t(d))
      return fail("shape " + shapeString(shape) + " is too large");
    numel *= uint64_t(d);
  }
  size_t dataStart = start + headerLen;
  uint64_t have = bytes.size() - dataStart;
  if (have != numel * 4)
    return fail("shape " + shapeString(shape) + " needs " +
                std::to_string(numel * 4) + " bytes of float32 data, the file "
                "holds " + std::to_string(have));
  out.shape = shape;
  out.data.resize(numel);
  const unsigned char *data = p + dataStart;
  bool little = hostIsLittleEndian();
  for (uint64_t i = 0; i < numel; ++i) {
    uint32_t bits = little ? 0 : readLE(data + 4 * i, 4);
    if (little)
      std::memcpy(&bits, data + 4 * i, 4);
    std::memcpy(&out.data[i], &bits, 4);
  }
  return "";
}

std::string readNpy(const std::string &path, Array &out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return path + ": cannot open: " + std::strerror(errno);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad())
    return path + ": read error";
  return parseNpy(buffer.str(), path, out);
}

std::string formatNpy(const Array &array) {
  std::string dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " +
                     shapeString(array.shape) + ", }";
  // Magic, version and length, then the dict padded so that the data
  // starts at a multiple of 64 bytes.
  auto padded = [&](size_t prefix) {
    size_t total = prefix + dict.size() + 1;
    return dict + std::string((64 - total % 64) % 64, ' ') + "\n";
  };
  std::string header = padded(kMagicSize + 2 + 2);
  int major = 1;
  if (header.size() > 0xffff) {
    major = 2;
    header = padded(kMagicSize + 2 + 4);
  }
  std::string out(kMagic, kMagicSize);
  out.push_back(char(major));
  out.push_back(0);
  for (int i = 0; i < (major == 1 ? 2 : 4); ++i)
    out.push_back(char((header.size() >> (8 * i)) & 0xff));
  out += header;
  size_t start = out.size();
  out.resize(start + 4 * array.data.size());
  for (size_t i = 0; i < array.data.size(); ++i) {
    uint32_t bits;
    std::memcpy(&bits, &array.data[i], 4);
    for (int b = 0; b < 4; ++b)
      out[start + 4 * i + b] = char((bits >> (8 * b)) & 0xff);
  }
  return out;
}

std::string readImageBatch(const std::string &path, Array &out) {
  if (std::string e = readNpy(path, out); !e.empty())
    return e;
  if (out.shape.size() != 4)
    return path + ": expected a batch of images N x C x H x W, got shape " +
           shapeString(out.shape);
  if (out.shape[0] == 0)
    return path + ": holds no images (shape " + shapeString(out.shape) + ")";
  return "";
}

std::string writeNpy(const std::string &path, const Array &array) {
  uint64_t numel = 1;
  for (int64_t d : array.shape)
    numel *= uint64_t(d);
  if (numel != array.data.size())
    return path + ": shape " + shapeString(array.shape) + " does not match " +
           std::to_string(array.data.size()) + " values";
  return writeFileAtomically(path, formatNpy(array));
}

std::string outputPath(const std::string &path, const std::string &name,
                       size_t count) {
  if (count <= 1)
    return path;
  std::string stem = path;
  const std::string ext = ".npy";
  if (stem.size() >= ext.size() &&
      stem.compare(stem.size() - ext.size(), ext.size(), ext) == 0)
    stem.resize(stem.size() - ext.size());
  return stem + "." + name + ".npy";
}

} // namespace slice::rt
