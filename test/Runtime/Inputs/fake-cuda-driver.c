/* A stand-in for libcuda.so.1 that runs no kernel: device memory is host
 * memory, modules must be PTX defining the kernels asked for, launches are
 * checked and counted. With it, slice-run --backend mlir-gpu runs its whole
 * host side (JIT-compiled --slice-to-nvvm code calling the mgpu* functions,
 * parameter upload, result download) on a machine without a GPU. With
 * SLICE_FAKE_CUDA_REPORT set it prints what happened at exit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int CUresult;
typedef unsigned long long CUdeviceptr;

static long modules, launches, allocations, frees, live, badLaunches;
static long long maxGrid, threads;

static void report(void) {
  if (getenv("SLICE_FAKE_CUDA_REPORT"))
    fprintf(stderr,
            "fake-cuda: %ld modules, %ld launches (%ld bad), block %lld threads, "
            "%ld allocations, %ld frees, %ld live\n",
            modules, launches, badLaunches, threads, allocations, frees, live);
}

CUresult cuInit(unsigned flags) {
  (void)flags;
  atexit(report);
  return 0;
}
CUresult cuDeviceGetCount(int *count) { *count = 1; return 0; }
CUresult cuDeviceGet(int *device, int ordinal) { *device = ordinal; return 0; }
CUresult cuDeviceGetAttribute(int *value, int attribute, int device) {
  (void)device;
  *value = attribute == 75 ? 9 : 0; /* sm_90 */
  return 0;
}
CUresult cuDevicePrimaryCtxRetain(void **ctx, int device) {
  (void)device;
  *ctx = (void *)0x1;
  return 0;
}
CUresult cuCtxSetCurrent(void *ctx) { return ctx ? 0 : 201; }
CUresult cuGetErrorString(CUresult r, const char **text) {
  *text = r == 200 ? "invalid image" : r == 500 ? "not found" : "fake error";
  return 0;
}

static CUresult allocate(CUdeviceptr *ptr, size_t bytes) {
  void *p = calloc(bytes ? bytes : 1, 1);
  if (!p)
    return 2;
  *ptr = (CUdeviceptr)p;
  ++allocations;
  ++live;
  return 0;
}
static CUresult release(CUdeviceptr ptr) {
  free((void *)ptr);
  ++frees;
  --live;
  return 0;
}
CUresult cuMemAlloc_v2(CUdeviceptr *ptr, size_t bytes) { return allocate(ptr, bytes); }
CUresult cuMemAllocManaged(CUdeviceptr *ptr, size_t bytes, unsigned flags) {
  (void)flags;
  return allocate(ptr, bytes);
}
CUresult cuMemAllocAsync(CUdeviceptr *ptr, size_t bytes, void *stream) {
  (void)stream;
  return allocate(ptr, bytes);
}
CUresult cuMemFree_v2(CUdeviceptr ptr) { return release(ptr); }
CUresult cuMemFreeAsync(CUdeviceptr ptr, void *stream) {
  (void)stream;
  return release(ptr);
}
CUresult cuMemcpyHtoD_v2(CUdeviceptr dst, const void *src, size_t bytes) {
  memcpy((void *)dst, src, bytes);
  return 0;
}
CUresult cuMemcpyDtoH_v2(void *dst, CUdeviceptr src, size_t bytes) {
  memcpy(dst, (const void *)src, bytes);
  return 0;
}

CUresult cuModuleLoadData(void **module, const void *image) {
  const char *ptx = (const char *)image;
  if (!strstr(ptx, ".version") || !strstr(ptx, ".entry"))
    return 200; /* CUDA_ERROR_INVALID_IMAGE */
  *module = strdup(ptx);
  ++modules;
  return 0;
}
CUresult cuModuleUnload(void *module) {
  free(module);
  return 0;
}
CUresult cuModuleGetFunction(void **function, void *module, const char *name) {
  char entry[512];
  snprintf(entry, sizeof entry, ".entry %s(", name);
  if (!strstr((const char *)module, entry))
    return 500; /* CUDA_ERROR_NOT_FOUND */
  *function = module;
  return 0;
}
CUresult cuLaunchKernel(void *f, unsigned gx, unsigned gy, unsigned gz,
                        unsigned bx, unsigned by, unsigned bz, unsigned smem,
                        void *stream, void **params, void **extra) {
  (void)smem;
  (void)stream;
  (void)extra;
  ++launches;
  if (!f || !params || gx == 0 || gy == 0 || gz == 0 || bx * by * bz == 0 ||
      bx * by * bz > 1024)
    ++badLaunches;
  if (gx > maxGrid)
    maxGrid = gx;
  threads = (long long)bx * by * bz;
  return 0;
}
CUresult cuStreamCreate(void **stream, unsigned flags) {
  (void)flags;
  *stream = (void *)0x2;
  return 0;
}
CUresult cuStreamSynchronize(void *stream) { return stream ? 0 : 400; }
CUresult cuStreamDestroy_v2(void *stream) { return stream ? 0 : 400; }
