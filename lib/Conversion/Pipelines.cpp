//===- Pipelines.cpp - code generation pipelines for slice models ---------===//
#include "slice/Conversion/Pipelines.h"
#include "slice/Conversion/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/GPU/Pipelines/Passes.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void slice::buildSliceToBuffersPipeline(OpPassManager &pm, StringRef subnet,
                                        StringRef params) {
  ConvertSliceToLinalgOptions lowering;
  lowering.subnet = subnet.str();
  lowering.params = params.str();
  pm.addPass(createConvertSliceToLinalg(lowering));
  // BatchNorm + ReLU (+ residual adds) become one elementwise generic.
  pm.addNestedPass<func::FuncOp>(createLinalgElementwiseOpFusionPass());
  // No CSE before bufferization: merging identical fills would make
  // convolutions share one accumulator and force copies.
  pm.addPass(createCanonicalizerPass());
  // Results of ops that end in an insert_slice are computed in place.
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
  pm.addPass(bufferization::createEmptyTensorToAllocTensorPass());
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  // Callers own the outputs: f(inputs..., outputs...) with no allocation of
  // the results inside.
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.hoistStaticAllocs = true;
  outParams.hoistDynamicAllocs = true;
  outParams.modifyPublicFunctions = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
  pm.addPass(createCanonicalizerPass());
  bufferization::buildBufferDeallocationPipeline(pm);
  pm.addNestedPass<func::FuncOp>(createSliceCopiesToLinalg());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void slice::buildSliceToLLVMCPUPipeline(OpPassManager &pm,
                                        const SliceToLLVMCPUOptions &options) {
  buildSliceToBuffersPipeline(pm, options.subnet, options.params);
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
}

void slice::buildSliceToNVVMPipeline(OpPassManager &pm,
                                     const SliceToNVVMOptions &options) {
  buildSliceToBuffersPipeline(pm, options.subnet, "arguments");
  // Intermediate buffers in device memory.
  pm.addNestedPass<func::FuncOp>(createSliceGpuDeviceBuffers());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToParallelLoopsPass());
  pm.addNestedPass<func::FuncOp>(createCanonicalizerPass());
  SliceGpuMapParallelLoopsOptions mapping;
  mapping.blockSize = options.blockSize;
  pm.addNestedPass<func::FuncOp>(createSliceGpuMapParallelLoops(mapping));
  pm.addNestedPass<func::FuncOp>(createConvertParallelLoopToGpuPass());
  pm.addPass(createCanonicalizerPass());
  // Kernels, allocations and frees in order on one stream per call; the
  // function waits for it before returning.
  pm.addPass(createGpuKernelOutliningPass());
  pm.addNestedPass<func::FuncOp>(createGpuAsyncRegionPass());
  // BatchNorm's sqrt as PTX sqrt.rn.f32 (correctly rounded) rather than
  // libdevice's __nv_sqrtf: kernels need no libdevice, so PTX output does
  // not depend on finding a CUDA toolkit.
  pm.addNestedPass<gpu::GPUModuleOp>(createSliceGpuExactSqrt());
  // Outlining, NVVM, host lowering to LLVM and gpu-module-to-binary.
  gpu::GPUToNVVMPipelineOptions nvvm;
  nvvm.cubinChip = options.chip;
  nvvm.cubinFeatures = options.features;
  nvvm.cubinFormat = options.format;
  nvvm.optLevel = options.optLevel;
  gpu::buildLowerToNVVMPassPipeline(pm, nvvm);
}

void slice::registerSlicePipelines() {
  PassPipelineRegistration<SliceToLLVMCPUOptions>(
      "slice-to-llvm-cpu",
      "Lower a slice model to the LLVM dialect for the host CPU (linalg, "
      "bufferization with out-parameters, loops)",
      buildSliceToLLVMCPUPipeline);
  PassPipelineRegistration<SliceToNVVMOptions>(
      "slice-to-nvvm",
      "Lower a slice model to NVIDIA GPU kernels (gpu.binary) and LLVM host "
      "code: linalg, bufferization, 1-D block/thread mapping, outlining, NVVM",
      buildSliceToNVVMPipeline);
}
