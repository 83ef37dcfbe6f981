//===- OutputFile.cpp - a tool's output stream, written atomically --------===//
#include "slice/Support/OutputFile.h"

namespace slice {

OutputFile::~OutputFile() {
  if (stream) {
    stream->flush();
    stream->clear_error();
  }
}

std::string OutputFile::open(llvm::StringRef path) {
  stream.reset();
  if (std::string e = file.open(path.str()); !e.empty())
    return e;
  if (path != "-")
    stream = std::make_unique<llvm::raw_fd_ostream>(file.fd(),
                                                    /*shouldClose=*/false);
  return "";
}

llvm::raw_ostream &OutputFile::os() {
  return stream ? static_cast<llvm::raw_ostream &>(*stream) : llvm::outs();
}

std::string OutputFile::commit() {
  llvm::raw_ostream &out = os();
  out.flush();
  if (stream && stream->has_error()) {
    std::string e = file.path() + ": write failed (" +
                    stream->error().message() + ")";
    stream->clear_error();
    stream.reset();
    file.discard();
    return e;
  }
  stream.reset();
  return file.commit();
}

} // namespace slice
