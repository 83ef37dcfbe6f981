//===- Taxonomy.cpp - label hierarchies for hierarchical heads ------------===//
#include "slice/Anytime/Taxonomy.h"
#include "slice/Support/ReadFile.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"

#include <algorithm>
#include <map>
#include <set>

using namespace mlir::slice;
using llvm::StringRef;

int64_t Taxonomy::labelAt(int64_t fine, size_t level) const {
  int64_t label = fine;
  for (size_t d = 0; d < level; ++d)
    label = parents[d][label];
  return label;
}

bool mlir::slice::parseTaxonomy(StringRef text, Taxonomy &out,
                                std::string &error, unsigned &errorLine) {
  auto fail = [&](unsigned line, const llvm::Twine &message) {
    error = message.str();
    errorLine = std::max(line, 1u);
    return false;
  };
  struct Entry {
    std::string fine;
    std::vector<std::string> chain;
    unsigned line;
  };
  std::vector<Entry> entries;
  llvm::StringMap<unsigned> fineLine;
  // Every ancestor's parent ("" for a root) and where that was stated.
  std::map<std::string, std::pair<std::string, unsigned>> parentOf;

  unsigned lineNo = 0;
  for (StringRef rest = text; !rest.empty();) {
    auto [raw, next] = rest.split('\n');
    rest = next;
    ++lineNo;
    StringRef line = raw.split('#').first.trim();
    if (line.empty())
      continue;
    auto [fineName, chainText] = line.split(':');
    fineName = fineName.trim();
    if (!line.contains(':'))
      return fail(lineNo, "expected 'class: ancestor > ancestor ...'");
    if (fineName.empty())
      return fail(lineNo, "empty class name");
    if (!fineLine.try_emplace(fineName, lineNo).second)
      return fail(lineNo, "class '" + fineName + "' already listed on line " +
                              llvm::Twine(fineLine[fineName]));
    Entry entry{fineName.str(), {}, lineNo};
    if (!chainText.trim().empty()) {
      llvm::SmallVector<StringRef> parts;
      chainText.split(parts, '>');
      std::set<std::string> seen{entry.fine};
      for (StringRef part : parts) {
        StringRef name = part.trim();
        if (name.empty())
          return fail(lineNo, "empty ancestor name");
        if (!seen.insert(name.str()).second)
          return fail(lineNo, "cycle: '" + name + "' appears twice in the chain");
        entry.chain.push_back(name.str());
      }
    }
    entries.push_back(std::move(entry));
  }
  if (entries.empty())
    return fail(lineNo, "no classes");

  for (const Entry &e : entries)
    for (size_t i = 0; i < e.chain.size(); ++i) {
      const std::string &node = e.chain[i];
      if (fineLine.count(node))
        return fail(e.line, "cycle: class '" + node + "' (line " +
                                llvm::Twine(fineLine[node]) +
                                ") appears as an ancestor");
      std::string parent = i + 1 < e.chain.size() ? e.chain[i + 1] : "";
      auto [it, inserted] = parentOf.try_emplace(node, parent, e.line);
      if (!inserted && it->second.first != parent)
        return fail(e.line, "inconsistent levels: '" + node + "' has " +
                                (parent.empty() ? "no parent"
                                                : "parent '" + parent + "'") +
                                " here but " +
                                (it->second.first.empty()
                                     ? "no parent"
                                     : "parent '" + it->second.first + "'") +
                                " on line " + llvm::Twine(it->second.second));
    }

  size_t depth = 0;
  for (const Entry &e : entries)
    depth = std::max(depth, e.chain.size());
  size_t levels = depth + 1;
  // Label of entry e at level d (0-based).
  auto labelName = [&](const Entry &e, size_t d) -> const std::string & {
    if (d == 0 || e.chain.empty())
      return e.fine;
    return e.chain[std::min(d - 1, e.chain.size() - 1)];
  };
  out = Taxonomy();
  out.names.resize(levels);
  std::vector<std::map<std::string, int64_t>> index(levels);
  for (const Entry &e : entries)
    out.names[0].push_back(e.fine);
  for (size_t d = 0; d < entries.size(); ++d)
    index[0][entries[d].fine] = d;
  for (size_t d = 1; d < levels; ++d) {
    std::set<std::string> unique;
    for (const Entry &e : entries)
      unique.insert(labelName(e, d));
    // Coarse labels in name order (CIFAR-100's superclass numbering).
    out.names[d].assign(unique.begin(), unique.end());
    for (size_t i = 0; i < out.names[d].size(); ++i)
      index[d][out.names[d][i]] = i;
    if (out.names[d].size() >= out.names[d - 1].size())
      return fail(lineNo, "level " + llvm::Twine(d + 1) + " has " +
                              llvm::Twine(out.names[d].size()) +
                              " labels, not fewer than the " +
                              llvm::Twine(out.names[d - 1].size()) +
                              " of level " + llvm::Twine(d));
  }
  out.parents.resize(levels - 1);
  for (size_t d = 0; d + 1 < levels; ++d) {
    out.parents[d].assign(out.names[d].size(), -1);
    for (const Entry &e : entries) {
      int64_t child = index[d][labelName(e, d)];
      int64_t parent = index[d + 1][labelName(e, d + 1)];
      if (out.parents[d][child] >= 0 && out.parents[d][child] != parent)
        return fail(e.line, "inconsistent levels: '" + labelName(e, d) +
                                "' would belong to two labels of level " +
                                llvm::Twine(d + 2));
      out.parents[d][child] = parent;
    }
  }
  return true;
}

mlir::FailureOr<Taxonomy> mlir::slice::loadTaxonomy(ModuleOp module,
                                                    StringRef path) {
  std::string text;
  if (std::string e = ::slice::readSmallFile(path.str(), text); !e.empty())
    return module.emitError("cannot read taxonomy '") << path << "': " << e;
  Taxonomy taxonomy;
  std::string message;
  unsigned line = 0;
  if (!parseTaxonomy(text, taxonomy, message, line))
    return emitError(FileLineColLoc::get(module.getContext(), path, line, 1))
           << message;
  return taxonomy;
}
