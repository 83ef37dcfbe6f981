//===- slice-run.cpp - execute, train and evaluate slice models -----------===//
//
// The LibTorch runtime arrives with the runtime issue; until then the tool
// states its interface and refuses to pretend it ran anything.
//
//===----------------------------------------------------------------------===//
#include "llvm/Support/raw_ostream.h"

#include <cstring>

static void printUsage(llvm::raw_ostream &os) {
  os << "usage: slice-run <command> [options] model.mlir\n"
        "\n"
        "commands (LibTorch runtime, not built yet in this version):\n"
        "  train   train all sub-networks jointly with the anytime loss\n"
        "  eval    per-sub-network error, multiply-adds and latency\n"
        "  infer   predict at a budget (--subnet k | --budget-flops X)\n"
        "\n"
        "Today: emit models with slice-zoo and analyse them with\n"
        "  slice-opt --slice-flops model.mlir -o /dev/null\n";
}

int main(int argc, char **argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") ||
      !std::strcmp(argv[1], "-h")) {
    printUsage(llvm::outs());
    return argc < 2 ? 1 : 0;
  }
  llvm::errs() << "slice-run: '" << argv[1]
               << "' needs the LibTorch runtime, which this build does not "
                  "include yet\n";
  printUsage(llvm::errs());
  return 1;
}
