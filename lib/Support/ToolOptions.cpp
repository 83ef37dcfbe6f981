//===- ToolOptions.cpp - defaults our tools change in MLIR's options ------===//
#include "slice/Support/ToolOptions.h"

#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/CommandLine.h"

namespace slice {

void setToolOptionDefaults() {
  mlir::registerMLIRContextCLOptions();
  auto &options =
      llvm::cl::getRegisteredOptions();
  auto it = options.find("mlir-print-op-on-diagnostic");
  if (it != options.end())
    static_cast<llvm::cl::opt<bool> *>(it->second)->setInitialValue(false);
}

} // namespace slice
