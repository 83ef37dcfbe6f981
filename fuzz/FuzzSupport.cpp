//===- FuzzSupport.cpp - scratch files for the fuzz targets ---------------===//
#include "FuzzSupport.h"

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <ftw.h>
#include <unistd.h>

namespace slice::fuzz {
namespace {
// Taken before libFuzzer's -close_fd_mask closes standard error (it runs
// after static initialisation): the targets' own output stays quiet, a
// broken invariant is still reported.
const int reportFd = ::dup(2);

int removeEntry(const char *path, const struct stat *, int, struct FTW *) {
  return ::remove(path);
}

void removeScratch() {
  nftw(scratchDir().c_str(), removeEntry, 16, FTW_DEPTH | FTW_PHYS);
}
} // namespace

const std::string &scratchDir() {
  static const std::string dir = [] {
    const char *tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") +
                          "/slice-fuzz-XXXXXX";
    require(mkdtemp(pattern.data()) != nullptr, "cannot create a scratch folder");
    return pattern;
  }();
  static const bool registered = (std::atexit(removeScratch), true);
  (void)registered;
  return dir;
}

void require(bool ok, const char *what) {
  if (ok)
    return;
  std::string text = std::string("fuzz invariant broken: ") + what + "\n";
  if (::write(reportFd, text.data(), text.size()) < 0)
    ::write(2, text.data(), text.size());
  std::abort();
}

bool sameBits(const std::vector<float> &a, const std::vector<float> &b) {
  // memcmp must not see the null data() of an empty vector.
  return a.size() == b.size() &&
         (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0);
}

std::string writeScratch(const std::string &name, const uint8_t *data,
                         size_t size) {
  std::string path = scratchDir() + "/" + name;
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  require(fd >= 0, "cannot write a scratch file");
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    require(n > 0, "cannot write a scratch file");
    data += n;
    size -= size_t(n);
  }
  ::close(fd);
  return path;
}

} // namespace slice::fuzz
