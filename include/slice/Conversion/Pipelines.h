//===- Pipelines.h - code generation pipelines for slice models -*- C++ -*-===//
#ifndef SLICE_CONVERSION_PIPELINES_H
#define SLICE_CONVERSION_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::slice {

struct SliceToLLVMCPUOptions : PassPipelineOptions<SliceToLLVMCPUOptions> {
  Option<std::string> subnet{
      *this, "k",
      llvm::cl::desc("Sub-network to lower: k, 'all', or empty for the model "
                     "as it is"),
      llvm::cl::init("")};
  Option<std::string> params{
      *this, "params",
      llvm::cl::desc("Parameters as 'arguments' or 'constants'"),
      llvm::cl::init("arguments")};
};

struct SliceToNVVMOptions : PassPipelineOptions<SliceToNVVMOptions> {
  Option<std::string> chip{*this, "chip", llvm::cl::desc("GPU architecture"),
                           llvm::cl::init("sm_90")};
  Option<std::string> features{*this, "features",
                               llvm::cl::desc("PTX features (ISA version)"),
                               llvm::cl::init("+ptx80")};
  Option<std::string> format{
      *this, "format",
      llvm::cl::desc("Kernel binary: isa (PTX text), bin (cubin), fatbin"),
      llvm::cl::init("fatbin")};
  Option<std::string> subnet{
      *this, "k",
      llvm::cl::desc("Sub-network to lower: k, 'all', or empty for the model "
                     "as it is"),
      llvm::cl::init("")};
  Option<int64_t> blockSize{*this, "block-size",
                            llvm::cl::desc("Threads per block"),
                            llvm::cl::init(256)};
  Option<int> optLevel{*this, "opt-level",
                       llvm::cl::desc("NVVM optimisation level"),
                       llvm::cl::init(2)};
};

/// slice -> linalg on tensors, elementwise
/// fusion, One-Shot bufferization across function boundaries (identity
/// layouts), results as out-parameters, deallocation. The common prefix of
/// both code generation paths.
void buildSliceToBuffersPipeline(OpPassManager &pm, StringRef subnet,
                                 StringRef params);

/// --slice-to-llvm-cpu: the model as LLVM dialect for the host CPU.
void buildSliceToLLVMCPUPipeline(OpPassManager &pm,
                                 const SliceToLLVMCPUOptions &options);

/// --slice-to-nvvm: kernels for NVIDIA GPUs in a gpu.binary, host code in
/// the LLVM dialect calling the GPU runtime.
void buildSliceToNVVMPipeline(OpPassManager &pm,
                              const SliceToNVVMOptions &options);

/// Registers --slice-to-llvm-cpu and --slice-to-nvvm.
void registerSlicePipelines();

} // namespace mlir::slice

#endif // SLICE_CONVERSION_PIPELINES_H
