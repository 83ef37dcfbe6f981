//===- CudaDriver.h - the CUDA driver API, loaded at run time ---*- C++ -*-===//
//
// slice builds without CUDA: the driver (libcuda.so.1) is opened with dlopen
// the first time a GPU is asked for. On a machine without a driver or GPU
// every entry point reports why, and nothing else changes.
//
// Besides device memory, this provides the `mgpu*` functions that MLIR's
// GPU host code calls (gpu-to-llvm and the gpu.binary translation:
// mgpuModuleLoadJIT, mgpuLaunchKernel, mgpuStreamCreate, ...), implemented
// here over the driver API; Debian ships no libmlir_cuda_runtime.
//
//===----------------------------------------------------------------------===//
#ifndef SLICE_RUNTIME_CUDADRIVER_H
#define SLICE_RUNTIME_CUDADRIVER_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace slice::rt::cuda {

/// Opens the driver (libcuda.so.1, or the library SLICE_CUDA_DRIVER names)
/// and makes device `ordinal`'s primary context current.
/// Returns "" on success, or why no GPU can be used, starting with
/// "no CUDA driver" (libcuda.so.1 missing, or only the toolkit's stub) or
/// "no CUDA device". Cheap after the first call.
std::string initialize(int ordinal = 0);

/// The compute capability of the initialised device, e.g. 90 for sm_90.
int computeCapability();

/// Device memory. Each returns "" or the driver's error.
std::string allocate(size_t bytes, void **devicePtr);
std::string release(void *devicePtr);
std::string copyToDevice(void *devicePtr, const void *host, size_t bytes);
std::string copyToHost(void *host, const void *devicePtr, size_t bytes);

/// The first error an `mgpu*` function met since the last call (those
/// cannot return one to the generated code, which runs on regardless), and
/// resets it.
std::string takeRuntimeError();

/// The `mgpu*` functions by name, for the JIT's symbol map.
std::vector<std::pair<const char *, void *>> runtimeSymbols();

} // namespace slice::rt::cuda

#endif // SLICE_RUNTIME_CUDADRIVER_H
