//===- Diagnostics.cpp - how our tools print diagnostics ------------------===//
#include "slice/Support/Diagnostics.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

using namespace mlir;

/// A file position anywhere in `loc`: the source manager shows that line.
static bool hasFilePosition(Location loc) {
  bool found = false;
  loc->walk([&](Location inner) {
    found |= isa<FileLineColLoc>(inner);
    return found ? WalkResult::interrupt() : WalkResult::advance();
  });
  return found;
}

/// The layer names in `loc` (a fused location may hold several).
static std::string layerNames(Location loc) {
  std::string names;
  loc->walk([&](Location inner) {
    if (auto name = dyn_cast<NameLoc>(inner)) {
      if (!names.empty())
        names += ", ";
      names += name.getName().str();
    }
    return WalkResult::advance();
  });
  return names;
}

static const char *severityText(DiagnosticSeverity severity) {
  switch (severity) {
  case DiagnosticSeverity::Error:
    return "error";
  case DiagnosticSeverity::Warning:
    return "warning";
  case DiagnosticSeverity::Remark:
    return "remark";
  case DiagnosticSeverity::Note:
    return "note";
  }
  return "error";
}

/// MLIR's pass-option parser tags its errors; ours say what to write.
static std::string messageText(const Diagnostic &diag) {
  std::string text = diag.str();
  llvm::StringRef tag = "<Pass-Options-Parser>: ";
  if (!llvm::StringRef(text).starts_with(tag))
    return text;
  text = "pass option: " + llvm::StringRef(text).substr(tag.size()).rtrim().str();
  if (llvm::StringRef(text).ends_with("no such option k") ||
      llvm::StringRef(text).ends_with("no such option K"))
    text += " (options are case-sensitive: K=<n> is how many sub-networks "
            "a form has, k=<n> which sub-network a pass works on)";
  return text;
}

static void print(llvm::raw_ostream &os, llvm::StringRef fileName,
                  Location loc, DiagnosticSeverity severity,
                  llvm::StringRef message) {
  if (auto pos = dyn_cast<FileLineColLoc>(loc))
    os << pos.getFilename().getValue() << ":" << pos.getLine() << ":"
       << pos.getColumn() << ": ";
  else if (!fileName.empty())
    os << fileName << ": ";
  if (std::string names = layerNames(loc); !names.empty())
    os << names << ": ";
  os << severityText(severity) << ": " << message << "\n";
}

void slice::printLayerDiagnostics(MLIRContext *context,
                                  llvm::StringRef fileName) {
  context->getDiagEngine().registerHandler(
      [file = fileName == "-" ? std::string("<stdin>") : fileName.str()](
          Diagnostic &diag) -> LogicalResult {
        if (hasFilePosition(diag.getLocation()))
          return failure(); // the source manager's handler shows the line
        llvm::raw_ostream &os = llvm::errs();
        print(os, file, diag.getLocation(), diag.getSeverity(),
              messageText(diag));
        for (Diagnostic &note : diag.getNotes())
          print(os, file, note.getLocation(), note.getSeverity(), note.str());
        os.flush();
        return success();
      });
}
