//===- Taxonomy.h - label hierarchies for hierarchical heads ----*- C++ -*-===//
#ifndef SLICE_ANYTIME_TAXONOMY_H
#define SLICE_ANYTIME_TAXONOMY_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::slice {

/// D label levels, finest first (paper section 3.3): level 1 are the fine
/// classes in label order; level d+1 label of a fine class is its ancestor
/// at distance d (its farthest ancestor when the chain is shorter).
struct Taxonomy {
  /// names[d][i]: name of label i at level d+1.
  std::vector<std::vector<std::string>> names;
  /// parents[d][i]: the level d+2 label of level d+1 label i.
  std::vector<std::vector<int64_t>> parents;

  size_t levels() const { return names.size(); }
  /// The level (0-based) `level` label of fine label `fine`.
  int64_t labelAt(int64_t fine, size_t level) const;
};

/// Parses the taxonomy format (docs/hierarchical.md): one line per fine
/// class, in label order, `name: ancestor > ancestor > ...` from nearest to
/// farthest; `#` starts a comment. Validates that names are unique, chains
/// have no cycles, every node has one parent everywhere, and every level
/// has fewer labels than the one below. On failure returns false with the
/// message and its 1-based line.
bool parseTaxonomy(llvm::StringRef text, Taxonomy &out, std::string &error,
                   unsigned &errorLine);

/// Reads and parses the taxonomy file at `path`. Emits an error on `module`
/// when the file cannot be read, or at the file's line when it is invalid,
/// and fails.
FailureOr<Taxonomy> loadTaxonomy(ModuleOp module, llvm::StringRef path);

} // namespace mlir::slice

#endif // SLICE_ANYTIME_TAXONOMY_H
