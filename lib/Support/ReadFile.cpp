//===- ReadFile.cpp - small input files, read with a bound ----------------===//
#include "slice/Support/ReadFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace slice {

std::string readSmallFile(const std::string &path, std::string &bytes,
                          size_t limit) {
  bytes.clear();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return std::strerror(errno);
  char buffer[1 << 16];
  std::string error;
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      error = std::strerror(errno);
      break;
    }
    if (n == 0)
      break;
    if (bytes.size() + size_t(n) > limit) {
      error = "more than " + std::to_string(limit >> 20) +
              " MiB: not a file of this kind (a device or an endless pipe?)";
      break;
    }
    bytes.append(buffer, size_t(n));
  }
  ::close(fd);
  if (!error.empty())
    bytes.clear();
  return error;
}

} // namespace slice
