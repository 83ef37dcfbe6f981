//===- ParserGuards.h - input MLIR 22's parser would crash on ---*- C++ -*-===//
//
// MLIR 22's text parser dereferences a null float type on a dense array of
// `index` elements (`array<index: 1>`, in any attribute): a segmentation
// fault instead of an error (an upstream bug). Every slice tool that parses
// .mlir text checks the text first and reports such input as a parse error
// at its place, so a user's malformed file never crashes a tool.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_SUPPORT_PARSERGUARDS_H
#define SLICE_SUPPORT_PARSERGUARDS_H

#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

namespace slice {

/// Checks the main buffer of `sourceMgr` (MLIR text; bytecode passes) for
/// input the parser would crash on. Prints "file:line:col: error: ..." for
/// the first one to `os` and returns false; true when there is none.
bool checkParsableText(const llvm::SourceMgr &sourceMgr,
                       llvm::raw_ostream &os = llvm::errs());

} // namespace slice

#endif // SLICE_SUPPORT_PARSERGUARDS_H
