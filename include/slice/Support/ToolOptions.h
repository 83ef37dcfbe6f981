//===- ToolOptions.h - defaults our tools change in MLIR's options -*- C++ -*-===//
//
// MLIR prints the whole operation under every error by default; on a model
// that is a module of up to hundreds of kilobytes after a one-line message.
// Our tools print the message alone (--mlir-print-op-on-diagnostic turns
// the dump back on).
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_SUPPORT_TOOLOPTIONS_H
#define SLICE_SUPPORT_TOOLOPTIONS_H

namespace slice {

/// Registers MLIR's context options and sets our defaults; call before
/// parsing the command line.
void setToolOptionDefaults();

} // namespace slice

#endif // SLICE_SUPPORT_TOOLOPTIONS_H
