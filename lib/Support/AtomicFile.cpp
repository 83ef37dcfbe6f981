//===- AtomicFile.cpp - outputs that appear only when complete ------------===//
#include "slice/Support/AtomicFile.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slice {
namespace {
std::string errnoText(int e = errno) { return std::strerror(e); }

std::string folderOf(const std::string &path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos)
    return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

/// Where the bytes of `path` end up: `path` itself, or the file a chain of
/// symbolic links names (relative links resolve against their own folder).
std::string finalTarget(const std::string &path, std::string &error) {
  std::string current = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st;
    if (::lstat(current.c_str(), &st) != 0) {
      if (errno == ENOENT)
        return current; // a new file (or a dangling link's target)
      error = path + ": cannot write (" + errnoText() + ")";
      return "";
    }
    // Regular files are replaced; character devices (/dev/null) and FIFOs
    // (a pipe a shell made) are written through.
    if (S_ISREG(st.st_mode) || S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
      return current;
    if (!S_ISLNK(st.st_mode)) {
      const char *kind = S_ISDIR(st.st_mode)    ? "a folder"
                         : S_ISSOCK(st.st_mode) ? "a socket"
                                                : "a block device";
      error = path + ": is " + std::string(kind) +
              ", not a regular file; refusing to write over it (give a "
              "file path, or '-' for standard output)";
      return "";
    }
    char buffer[PATH_MAX];
    ssize_t n = ::readlink(current.c_str(), buffer, sizeof(buffer) - 1);
    if (n < 0) {
      error = path + ": cannot read the link (" + errnoText() + ")";
      return "";
    }
    std::string link(buffer, size_t(n));
    current = link[0] == '/' ? link : folderOf(current) + "/" + link;
  }
  error = path + ": too many levels of symbolic links";
  return "";
}
} // namespace

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard() {
  if (handle >= 0 && !toStdout) {
    ::close(handle);
    if (!direct)
      ::unlink(temporary.c_str());
  }
  handle = -1;
}

std::string AtomicFile::open(const std::string &path) {
  discard();
  toStdout = direct = false;
  given = path;
  if (path.empty())
    return "no output file given";
  if (path == "-") {
    toStdout = true;
    handle = STDOUT_FILENO;
    return "";
  }
  std::string error;
  target = finalTarget(path, error);
  if (target.empty())
    return error;
  struct stat st;
  bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    // A device or a FIFO is not replaced (a regular file renamed over
    // /dev/full would take its place): written through, as it is. A FIFO
    // that nobody reads fails here instead of blocking.
    handle = ::open(target.c_str(), O_WRONLY | O_NONBLOCK);
    if (handle < 0)
      return path + (errno == ENXIO ? std::string(": no process reads the FIFO")
                                    : ": cannot write (" + errnoText() + ")");
    int flags = ::fcntl(handle, F_GETFL);
    ::fcntl(handle, F_SETFL, flags & ~O_NONBLOCK);
    direct = true;
    return "";
  }
  // Beside the target, so that the rename stays on one file system; named
  // after it, so that a leftover (a kill) says whose it is.
  size_t slash = target.rfind('/');
  std::string base =
      slash == std::string::npos ? target : target.substr(slash + 1);
  temporary = (slash == std::string::npos ? std::string()
                                          : target.substr(0, slash + 1)) +
              "." + base + ".tmp.XXXXXX";
  std::string pattern = temporary;
  handle = ::mkstemp(pattern.data());
  if (handle < 0)
    return path + ": cannot write in " + folderOf(target) + " (" +
           errnoText() + ")";
  temporary = pattern;
  // mkstemp creates 0600; an output is a normal file (the umask decides).
  mode_t mask = ::umask(0);
  ::umask(mask);
  mode_t mode = exists ? (st.st_mode & 07777) : (0666 & ~mask);
  ::fchmod(handle, mode);
  return "";
}

std::string AtomicFile::write(const void *data, size_t size) {
  if (handle < 0)
    return given + ": not open for writing";
  const char *p = static_cast<const char *>(data);
  while (size > 0) {
    ssize_t n = ::write(handle, p, size);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      std::string e = errnoText();
      discard();
      return given + ": write failed (" + e + ")";
    }
    p += n;
    size -= size_t(n);
  }
  return "";
}

std::string AtomicFile::commit() {
  if (handle < 0)
    return given + ": not open for writing";
  if (toStdout) {
    handle = -1;
    return "";
  }
  if (direct) {
    int e = ::close(handle) == 0 ? 0 : errno;
    handle = -1;
    return e ? given + ": write failed (" + errnoText(e) + ")" : "";
  }
  if (::fsync(handle) != 0) {
    std::string e = errnoText();
    discard();
    return given + ": cannot write to disk (" + e + ")";
  }
  if (::close(handle) != 0) {
    std::string e = errnoText();
    handle = -1;
    ::unlink(temporary.c_str());
    return given + ": cannot write to disk (" + e + ")";
  }
  handle = -1;
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    std::string e = errnoText();
    ::unlink(temporary.c_str());
    return given + ": cannot replace the file (" + e + ")";
  }
  // Make the rename itself durable.
  int folder = ::open(folderOf(target).c_str(), O_RDONLY | O_DIRECTORY);
  if (folder >= 0) {
    ::fsync(folder);
    ::close(folder);
  }
  return "";
}

std::string writeFileAtomically(const std::string &path,
                                const std::string &bytes) {
  AtomicFile file;
  if (std::string e = file.open(path); !e.empty())
    return e;
  if (std::string e = file.write(bytes.data(), bytes.size()); !e.empty())
    return e;
  return file.commit();
}

} // namespace slice
