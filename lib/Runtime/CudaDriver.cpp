//===- CudaDriver.cpp - the CUDA driver API, loaded at run time -----------===//
//
// Only the handful of driver entry points slice needs, declared here with
// the driver's C ABI (CUresult is an int, handles are pointers, device
// pointers are 64-bit integers), so no CUDA header or library is needed to
// build.
//
//===----------------------------------------------------------------------===//
#include "slice/Runtime/CudaDriver.h"

#include <dlfcn.h>

#include <cstdlib>

#include <mutex>

namespace slice::rt::cuda {
namespace {
using CUresult = int;
using CUdevice = int;
using CUdeviceptr = unsigned long long;
using Handle = void *; // CUcontext, CUmodule, CUfunction, CUstream

constexpr CUresult kSuccess = 0;
constexpr CUresult kStubLibrary = 34; // CUDA_ERROR_STUB_LIBRARY
constexpr CUresult kNoDevice = 100;   // CUDA_ERROR_NO_DEVICE
constexpr int kComputeMajor = 75;     // CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR
constexpr int kComputeMinor = 76;
constexpr unsigned kAttachGlobal = 1; // CU_MEM_ATTACH_GLOBAL

struct Driver {
  CUresult (*init)(unsigned);
  CUresult (*deviceGetCount)(int *);
  CUresult (*deviceGet)(CUdevice *, int);
  CUresult (*deviceGetAttribute)(int *, int, CUdevice);
  CUresult (*primaryCtxRetain)(Handle *, CUdevice);
  CUresult (*ctxSetCurrent)(Handle);
  CUresult (*getErrorString)(CUresult, const char **);
  CUresult (*memAlloc)(CUdeviceptr *, size_t);
  CUresult (*memAllocManaged)(CUdeviceptr *, size_t, unsigned);
  CUresult (*memFree)(CUdeviceptr);
  CUresult (*memAllocAsync)(CUdeviceptr *, size_t, Handle); // CUDA >= 11.2
  CUresult (*memFreeAsync)(CUdeviceptr, Handle);
  CUresult (*memcpyHtoD)(CUdeviceptr, const void *, size_t);
  CUresult (*memcpyDtoH)(void *, CUdeviceptr, size_t);
  CUresult (*moduleLoadData)(Handle *, const void *);
  CUresult (*moduleUnload)(Handle);
  CUresult (*moduleGetFunction)(Handle *, Handle, const char *);
  CUresult (*launchKernel)(Handle, unsigned, unsigned, unsigned, unsigned,
                           unsigned, unsigned, unsigned, Handle, void **,
                           void **);
  CUresult (*streamCreate)(Handle *, unsigned);
  CUresult (*streamSynchronize)(Handle);
  CUresult (*streamDestroy)(Handle);

  Handle context = nullptr;
  int capability = 0;
};

Driver driver;
std::string initError = "not initialised";
std::once_flag once;
std::mutex errorMutex;
std::string runtimeError;

std::string describe(CUresult result, const char *what) {
  const char *text = nullptr;
  if (driver.getErrorString)
    driver.getErrorString(result, &text);
  return std::string(what) + ": " + (text ? text : "CUDA error") + " (" +
         std::to_string(result) + ")";
}

void noteRuntimeError(CUresult result, const char *what) {
  std::lock_guard<std::mutex> lock(errorMutex);
  if (runtimeError.empty())
    runtimeError = describe(result, what);
}

bool check(CUresult result, const char *what) {
  if (result == kSuccess)
    return true;
  noteRuntimeError(result, what);
  return false;
}

template <typename F> bool bind(void *lib, F &fn, const char *name) {
  fn = reinterpret_cast<F>(dlsym(lib, name));
  return fn != nullptr;
}

std::string load(int ordinal) {
  // SLICE_CUDA_DRIVER names another driver library (tests use a fake one).
  const char *path = std::getenv("SLICE_CUDA_DRIVER");
  void *lib = dlopen(path && *path ? path : "libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    const char *why = dlerror();
    return std::string("no CUDA driver: ") + (why ? why : "libcuda.so.1 not found");
  }
  bool ok = bind(lib, driver.init, "cuInit") &&
            bind(lib, driver.deviceGetCount, "cuDeviceGetCount") &&
            bind(lib, driver.deviceGet, "cuDeviceGet") &&
            bind(lib, driver.deviceGetAttribute, "cuDeviceGetAttribute") &&
            bind(lib, driver.primaryCtxRetain, "cuDevicePrimaryCtxRetain") &&
            bind(lib, driver.ctxSetCurrent, "cuCtxSetCurrent") &&
            bind(lib, driver.getErrorString, "cuGetErrorString") &&
            bind(lib, driver.memAlloc, "cuMemAlloc_v2") &&
            bind(lib, driver.memAllocManaged, "cuMemAllocManaged") &&
            bind(lib, driver.memFree, "cuMemFree_v2") &&
            bind(lib, driver.memcpyHtoD, "cuMemcpyHtoD_v2") &&
            bind(lib, driver.memcpyDtoH, "cuMemcpyDtoH_v2") &&
            bind(lib, driver.moduleLoadData, "cuModuleLoadData") &&
            bind(lib, driver.moduleUnload, "cuModuleUnload") &&
            bind(lib, driver.moduleGetFunction, "cuModuleGetFunction") &&
            bind(lib, driver.launchKernel, "cuLaunchKernel") &&
            bind(lib, driver.streamCreate, "cuStreamCreate") &&
            bind(lib, driver.streamSynchronize, "cuStreamSynchronize") &&
            bind(lib, driver.streamDestroy, "cuStreamDestroy_v2");
  if (!ok)
    return "no CUDA driver: libcuda.so.1 lacks a driver API function (driver "
           "too old?)";
  // Optional: stream-ordered allocation.
  bind(lib, driver.memAllocAsync, "cuMemAllocAsync");
  bind(lib, driver.memFreeAsync, "cuMemFreeAsync");

  CUresult r = driver.init(0);
  if (r == kStubLibrary)
    return "no CUDA driver: libcuda.so.1 is the CUDA toolkit's stub library, "
           "not an installed driver";
  if (r == kNoDevice)
    return "no CUDA device: the driver finds no GPU";
  if (r != kSuccess)
    return "no CUDA driver: " + describe(r, "cuInit");
  int count = 0;
  if ((r = driver.deviceGetCount(&count)) != kSuccess)
    return "no CUDA device: " + describe(r, "cuDeviceGetCount");
  if (ordinal < 0 || ordinal >= count)
    return "no CUDA device " + std::to_string(ordinal) + ": the driver finds " +
           std::to_string(count);
  CUdevice device = 0;
  int major = 0, minor = 0;
  if ((r = driver.deviceGet(&device, ordinal)) != kSuccess ||
      (r = driver.deviceGetAttribute(&major, kComputeMajor, device)) != kSuccess ||
      (r = driver.deviceGetAttribute(&minor, kComputeMinor, device)) != kSuccess)
    return describe(r, "querying the CUDA device");
  driver.capability = major * 10 + minor;
  if ((r = driver.primaryCtxRetain(&driver.context, device)) != kSuccess ||
      (r = driver.ctxSetCurrent(driver.context)) != kSuccess)
    return describe(r, "creating a CUDA context");
  return "";
}

/// Makes the context current on the calling thread (the JIT-compiled code
/// may run on any thread).
bool current() {
  return check(driver.ctxSetCurrent(driver.context), "cuCtxSetCurrent");
}

//===----------------------------------------------------------------------===//
// The mgpu* ABI of MLIR's GPU host code (gpu-to-llvm, gpu.binary
// translation with the default #gpu.select_object offloading handler).
//===----------------------------------------------------------------------===//

extern "C" {
Handle sliceMgpuModuleLoad(void *data, size_t /*size*/) {
  Handle module = nullptr;
  if (current())
    check(driver.moduleLoadData(&module, data), "cuModuleLoadData");
  return module;
}

// format=isa: `data` is NUL-terminated PTX, which the driver JIT-compiles
// for the device.
Handle sliceMgpuModuleLoadJIT(void *data, int /*optLevel*/) {
  return sliceMgpuModuleLoad(data, 0);
}

void sliceMgpuModuleUnload(Handle module) {
  if (module)
    check(driver.moduleUnload(module), "cuModuleUnload");
}

Handle sliceMgpuModuleGetFunction(Handle module, const char *name) {
  Handle function = nullptr;
  if (module)
    check(driver.moduleGetFunction(&function, module, name), "cuModuleGetFunction");
  return function;
}

void sliceMgpuLaunchKernel(Handle function, intptr_t gridX, intptr_t gridY,
                           intptr_t gridZ, intptr_t blockX, intptr_t blockY,
                           intptr_t blockZ, int32_t smem, Handle stream,
                           void **params, void ** /*extra*/,
                           size_t /*paramsCount*/) {
  if (!function) {
    noteRuntimeError(-1, "mgpuLaunchKernel: no kernel (module load failed)");
    return;
  }
  if (gridX == 0)
    return; // empty batch
  check(driver.launchKernel(function, unsigned(gridX), unsigned(gridY),
                            unsigned(gridZ), unsigned(blockX), unsigned(blockY),
                            unsigned(blockZ), unsigned(smem), stream, params,
                            nullptr),
        "cuLaunchKernel");
}

Handle sliceMgpuStreamCreate() {
  Handle stream = nullptr;
  if (current())
    check(driver.streamCreate(&stream, /*CU_STREAM_NON_BLOCKING*/ 1),
          "cuStreamCreate");
  return stream;
}

void sliceMgpuStreamSynchronize(Handle stream) {
  check(driver.streamSynchronize(stream), "cuStreamSynchronize");
}

void sliceMgpuStreamDestroy(Handle stream) {
  check(driver.streamDestroy(stream), "cuStreamDestroy");
}

void *sliceMgpuMemAlloc(uint64_t bytes, Handle stream, bool hostShared) {
  CUdeviceptr ptr = 0;
  if (bytes == 0 || !current())
    return nullptr;
  if (hostShared)
    check(driver.memAllocManaged(&ptr, bytes, kAttachGlobal), "cuMemAllocManaged");
  else if (driver.memAllocAsync && stream)
    check(driver.memAllocAsync(&ptr, bytes, stream), "cuMemAllocAsync");
  else
    check(driver.memAlloc(&ptr, bytes), "cuMemAlloc");
  return reinterpret_cast<void *>(ptr);
}

void sliceMgpuMemFree(void *ptr, Handle stream) {
  if (!ptr)
    return;
  auto p = reinterpret_cast<CUdeviceptr>(ptr);
  if (driver.memFreeAsync && stream) {
    check(driver.memFreeAsync(p, stream), "cuMemFreeAsync");
    return;
  }
  // Kernels queued on the stream may still read the buffer.
  if (stream)
    check(driver.streamSynchronize(stream), "cuStreamSynchronize");
  check(driver.memFree(p), "cuMemFree");
}
} // extern "C"
} // namespace

std::string initialize(int ordinal) {
  std::call_once(once, [&] { initError = load(ordinal); });
  return initError;
}

int computeCapability() { return driver.capability; }

std::string allocate(size_t bytes, void **devicePtr) {
  if (std::string e = initialize(); !e.empty())
    return e;
  CUdeviceptr ptr = 0;
  CUresult r = driver.ctxSetCurrent(driver.context);
  if (r == kSuccess)
    r = driver.memAlloc(&ptr, bytes ? bytes : 1);
  *devicePtr = reinterpret_cast<void *>(ptr);
  return r == kSuccess ? "" : describe(r, "cuMemAlloc");
}

std::string release(void *devicePtr) {
  if (!devicePtr)
    return "";
  CUresult r = driver.memFree(reinterpret_cast<CUdeviceptr>(devicePtr));
  return r == kSuccess ? "" : describe(r, "cuMemFree");
}

std::string copyToDevice(void *devicePtr, const void *host, size_t bytes) {
  CUresult r = driver.memcpyHtoD(reinterpret_cast<CUdeviceptr>(devicePtr),
                                 host, bytes);
  return r == kSuccess ? "" : describe(r, "cuMemcpyHtoD");
}

std::string copyToHost(void *host, const void *devicePtr, size_t bytes) {
  CUresult r = driver.memcpyDtoH(
      host, reinterpret_cast<CUdeviceptr>(devicePtr), bytes);
  return r == kSuccess ? "" : describe(r, "cuMemcpyDtoH");
}

std::string takeRuntimeError() {
  std::lock_guard<std::mutex> lock(errorMutex);
  std::string e;
  e.swap(runtimeError);
  return e;
}

std::vector<std::pair<const char *, void *>> runtimeSymbols() {
  return {
      {"mgpuModuleLoad", reinterpret_cast<void *>(&sliceMgpuModuleLoad)},
      {"mgpuModuleLoadJIT", reinterpret_cast<void *>(&sliceMgpuModuleLoadJIT)},
      {"mgpuModuleUnload", reinterpret_cast<void *>(&sliceMgpuModuleUnload)},
      {"mgpuModuleGetFunction",
       reinterpret_cast<void *>(&sliceMgpuModuleGetFunction)},
      {"mgpuLaunchKernel", reinterpret_cast<void *>(&sliceMgpuLaunchKernel)},
      {"mgpuStreamCreate", reinterpret_cast<void *>(&sliceMgpuStreamCreate)},
      {"mgpuStreamSynchronize",
       reinterpret_cast<void *>(&sliceMgpuStreamSynchronize)},
      {"mgpuStreamDestroy", reinterpret_cast<void *>(&sliceMgpuStreamDestroy)},
      {"mgpuMemAlloc", reinterpret_cast<void *>(&sliceMgpuMemAlloc)},
      {"mgpuMemFree", reinterpret_cast<void *>(&sliceMgpuMemFree)},
  };
}

} // namespace slice::rt::cuda
