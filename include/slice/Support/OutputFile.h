//===- OutputFile.h - a tool's output stream, written atomically -*- C++ -*-===//
//
// The LLVM-stream face of AtomicFile for the tools: print into os(), then
// commit(); without commit() the user's file stays as it was. "-" is
// llvm::outs().
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_SUPPORT_OUTPUTFILE_H
#define SLICE_SUPPORT_OUTPUTFILE_H

#include "slice/Support/AtomicFile.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>

namespace slice {

class OutputFile {
public:
  OutputFile() = default;
  /// Without commit(): the temporary file is removed, quietly (a stream
  /// error is not fatal here, unlike LLVM's streams).
  ~OutputFile();
  /// "" or an error naming `path` (AtomicFile::open).
  std::string open(llvm::StringRef path);
  llvm::raw_ostream &os();
  /// Flushes the stream and commits the file; "" or an error naming it.
  std::string commit();

private:
  AtomicFile file;
  std::unique_ptr<llvm::raw_fd_ostream> stream;
};

} // namespace slice

#endif // SLICE_SUPPORT_OUTPUTFILE_H
