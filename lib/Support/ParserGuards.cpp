//===- ParserGuards.cpp - input MLIR 22's parser would crash on -----------===//
#include "slice/Support/ParserGuards.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

namespace slice {
namespace {
bool isIdentifierChar(char c) {
  return llvm::isAlnum(c) || c == '_' || c == '$' || c == '.';
}

/// The offset of the first `array<index` (any spacing) outside comments and
/// string literals, or npos.
size_t findIndexDenseArray(llvm::StringRef text) {
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
      continue;
    }
    if (c == '"') {
      inString = true;
    } else if (c == '/' && text.substr(i).starts_with("//")) {
      i = text.find('\n', i);
      if (i == llvm::StringRef::npos)
        return llvm::StringRef::npos;
    } else if (c == 'a' && text.substr(i).starts_with("array") &&
               (i == 0 || !isIdentifierChar(text[i - 1]))) {
      size_t j = i + 5;
      while (j < text.size() && llvm::isSpace(text[j]))
        ++j;
      if (j >= text.size() || text[j] != '<')
        continue;
      ++j;
      while (j < text.size() && llvm::isSpace(text[j]))
        ++j;
      if (text.substr(j).starts_with("index") &&
          (j + 5 >= text.size() || !isIdentifierChar(text[j + 5])))
        return i;
    }
  }
  return llvm::StringRef::npos;
}
} // namespace

bool checkParsableText(const llvm::SourceMgr &sourceMgr, llvm::raw_ostream &os) {
  const llvm::MemoryBuffer *buffer =
      sourceMgr.getMemoryBuffer(sourceMgr.getMainFileID());
  llvm::StringRef text = buffer->getBuffer();
  if (text.starts_with("ML\xef\x52")) // bytecode
    return true;
  size_t at = findIndexDenseArray(text);
  if (at == llvm::StringRef::npos)
    return true;
  sourceMgr.PrintMessage(
      os, llvm::SMLoc::getFromPointer(text.data() + at), llvm::SourceMgr::DK_Error,
      "dense arrays of 'index' elements are not supported (MLIR 22's parser "
      "crashes on them); use a fixed-width integer type such as "
      "array<i64: ...>");
  return false;
}

} // namespace slice
