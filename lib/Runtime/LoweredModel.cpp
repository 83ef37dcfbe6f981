//===- LoweredModel.cpp - running the code slice-opt generates ------------===//
#include "slice/Runtime/LoweredModel.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/Model.h"
#include "slice/Conversion/SliceToLinalg.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Runtime/CudaDriver.h"
#include "slice/Conversion/Pipelines.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/Mangling.h"
#include "llvm/Support/TargetSelect.h"

#include <algorithm>
#include <thread>

using namespace mlir;
using namespace mlir::slice;
namespace cuda = ::slice::rt::cuda;

namespace {
/// A memref descriptor as the C interface takes it: {allocated, aligned,
/// offset, sizes..., strides...}, row-major.
struct Descriptor {
  std::vector<int64_t> words;
  Descriptor(void *data, const std::vector<int64_t> &shape) {
    words = {reinterpret_cast<int64_t>(data), reinterpret_cast<int64_t>(data), 0};
    words.insert(words.end(), shape.begin(), shape.end());
    std::vector<int64_t> strides(shape.size());
    int64_t stride = 1;
    for (size_t i = shape.size(); i-- > 0;) {
      strides[i] = stride;
      stride *= shape[i];
    }
    words.insert(words.end(), strides.begin(), strides.end());
  }
};

int64_t product(const std::vector<int64_t> &shape) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

/// A PTX ISA version every architecture up to `capability` accepts.
std::string ptxFeatures(int capability) {
  if (capability >= 120)
    return "+ptx87";
  if (capability >= 100)
    return "+ptx86";
  return "+ptx80";
}
} // namespace

LoweredModel::~LoweredModel() {
  // Kernels are unloaded by the engine's destructors (global dtors).
  engine.reset();
  if (where == LoweredTarget::cuda)
    for (auto &[ptr, shape] : params)
      (void)cuda::release(ptr);
}

std::unique_ptr<LoweredModel> LoweredModel::create(ModuleOp model, int64_t k,
                                                   LoweredTarget target,
                                                   std::string &error,
                                                   int ordinal) {
  bool onGpu = target == LoweredTarget::cuda;
  // A machine without a GPU says so before anything is compiled.
  if (onGpu) {
    error = cuda::initialize(ordinal);
    if (!error.empty())
      return nullptr;
  }
  MLIRContext *ctx = model.getContext();
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  ctx->appendDialectRegistry(registry);
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();

  std::string diagnostics;
  ScopedDiagnosticHandler handler(ctx, [&](Diagnostic &d) {
    if (d.getSeverity() == DiagnosticSeverity::Error)
      diagnostics += (diagnostics.empty() ? "" : "\n") + d.str();
    return success();
  });
  auto fail = [&](const std::string &what) {
    error = what + (diagnostics.empty() ? "" : ": " + diagnostics);
    return nullptr;
  };

  // Sub-network k as the lowering generates code for it: its parameters
  // (fused weights folded in) and its interface.
  FailureOr<OwningOpRef<ModuleOp>> subnet =
      buildFlatModel(model, codegenFlatModelOptions(k));
  if (failed(subnet))
    return fail("cannot specialise the model to sub-network " + std::to_string(k));
  auto funcs = llvm::to_vector((*subnet)->getOps<func::FuncOp>());
  if (funcs.size() != 1)
    return fail("the model needs exactly one function");
  func::FuncOp func = funcs.front();
  std::unique_ptr<LoweredModel> m(new LoweredModel());
  m->where = target;
  m->setThreads(0);
  m->function = func.getSymName().str();
  auto input = dyn_cast<RankedTensorType>(func.getArgumentTypes().front());
  if (!input || input.getRank() != 4)
    return fail("the model's input is not an N x C x H x W tensor");
  m->batch = input.isDynamicDim(0) ? 0 : input.getDimSize(0);
  m->imageShape = {input.getDimSize(1), input.getDimSize(2), input.getDimSize(3)};
  SmallVector<OutputTag> tags = getOutputTags(func);
  for (auto [tag, type] : llvm::zip(tags, func.getResultTypes())) {
    auto tensor = cast<RankedTensorType>(type);
    if (tensor.getRank() != 2)
      return fail("the lowered backends run models whose outputs are N x "
                  "classes");
    m->outputInfo.push_back({tag.level, tensor.getDimSize(1)});
  }

  // Native code for this CPU, or PTX for this GPU (the driver compiles it
  // when the kernels load).
  OwningOpRef<ModuleOp> lowered(cast<ModuleOp>((*subnet)->clone()));
  PassManager pm(ctx);
  if (onGpu) {
    SliceToNVVMOptions options;
    options.format = "isa";
    options.chip = "sm_" + std::to_string(cuda::computeCapability());
    options.features = ptxFeatures(cuda::computeCapability());
    buildSliceToNVVMPipeline(pm, options);
  } else {
    buildSliceToLLVMCPUPipeline(pm, SliceToLLVMCPUOptions());
  }
  if (failed(pm.run(*lowered)))
    return fail(onGpu ? "--slice-to-nvvm failed" : "--slice-to-llvm-cpu failed");

  // Arguments: the image, the parameters named by slice.param, outputs.
  auto entry = lowered->lookupSymbol<LLVM::LLVMFuncOp>("_mlir_ciface_" + m->function);
  if (!entry)
    return fail("the lowered code has no @_mlir_ciface_" + m->function);
  for (unsigned i = 1; i < entry.getNumArguments(); ++i) {
    auto name = entry.getArgAttrOfType<StringAttr>(i, kParamArgAttr);
    if (!name)
      break;
    ParamOp param;
    for (ParamOp p : (*subnet)->getOps<ParamOp>())
      if (p.getSymName() == name.getValue())
        param = p;
    std::optional<std::vector<float>> value =
        param ? readStoredValue(param) : std::nullopt;
    if (!value)
      return fail("parameter @" + name.getValue().str() +
                  " has no stored value: the " +
                  (onGpu ? "mlir-gpu" : "mlir-cpu") +
                  " backend runs trained models (slice-run train -o)");
    std::vector<int64_t> shape(param.getTensorType().getShape());
    if (!onGpu) {
      m->hostParams.push_back(std::move(*value));
      m->params.push_back({m->hostParams.back().data(), shape});
      continue;
    }
    void *ptr = nullptr;
    if (std::string e = cuda::allocate(value->size() * sizeof(float), &ptr);
        !e.empty())
      return fail(e);
    m->params.push_back({ptr, shape});
    if (std::string e = cuda::copyToDevice(ptr, value->data(),
                                           value->size() * sizeof(float));
        !e.empty())
      return fail(e);
  }
  if (entry.getNumArguments() != 1 + m->params.size() + m->outputInfo.size())
    return fail("unexpected interface of @_mlir_ciface_" + m->function);

  // LLVM's -O3 for this CPU (loop optimisation, vectorisation): without
  // it the JIT compiles the scalar loops as they are.
  auto hostMachine = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!hostMachine)
    return fail("JIT: " + llvm::toString(hostMachine.takeError()));
  auto targetMachine = hostMachine->createTargetMachine();
  if (!targetMachine)
    return fail("JIT: " + llvm::toString(targetMachine.takeError()));
  auto optimize = makeOptimizingTransformer(3, 0, targetMachine->get());
  ExecutionEngineOptions engineOptions;
  engineOptions.transformer = optimize;
  engineOptions.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Aggressive;
  auto engine = ExecutionEngine::create(*lowered, engineOptions);
  if (!engine)
    return fail("JIT: " + llvm::toString(engine.takeError()));
  m->engine = std::move(*engine);
  if (!onGpu)
    return m;
  m->engine->registerSymbols([](llvm::orc::MangleAndInterner interner) {
    llvm::orc::SymbolMap map;
    for (auto [name, address] : cuda::runtimeSymbols())
      map[interner(name)] = {llvm::orc::ExecutorAddr::fromPtr(address),
                             llvm::JITSymbolFlags::Exported};
    return map;
  });
  m->engine->initialize(); // loads the kernels
  if (std::string e = cuda::takeRuntimeError(); !e.empty())
    return fail("loading the kernels: " + e);
  return m;
}

void LoweredModel::setThreads(int threads) {
  numThreads = threads > 0 ? threads
                           : std::max(1u, std::thread::hardware_concurrency());
}

std::string LoweredModel::run(const float *images, int64_t count,
                              std::vector<std::vector<float>> &results) {
  results.assign(outputInfo.size(), {});
  if (count == 0)
    return "";
  if (batch != 0 && count != batch)
    return "the code was compiled for batches of " + std::to_string(batch) +
           ", got " + std::to_string(count);
  return where == LoweredTarget::cuda ? runOnGpu(images, count, results)
                                      : runOnCpu(images, count, results);
}

/// Calls the packed entry of the lowered function on memref descriptors.
static void callPacked(void (*entry)(void **), std::vector<Descriptor> &descs) {
  std::vector<void *> pointers, args;
  for (Descriptor &d : descs)
    pointers.push_back(d.words.data());
  for (void *&p : pointers)
    args.push_back(&p);
  entry(args.data());
}

std::string LoweredModel::runOnCpu(const float *images, int64_t count,
                                   std::vector<std::vector<float>> &results) {
  // Looked up once: the slices call it from several threads.
  auto entry = engine->lookupPacked("_mlir_ciface_" + function);
  if (!entry)
    return llvm::toString(entry.takeError());
  for (size_t i = 0; i < outputInfo.size(); ++i)
    results[i].resize(count * outputInfo[i].second);
  int64_t imageSize = imageShape[0] * imageShape[1] * imageShape[2];
  // The code is single-threaded and allocates its own buffers: a dynamic
  // batch runs as one slice of images per core.
  int64_t slices = batch == 0 ? std::clamp<int64_t>(numThreads, 1, count) : 1;
  auto runSlice = [&](int64_t slice) {
    int64_t begin = count * slice / slices, end = count * (slice + 1) / slices;
    std::vector<Descriptor> descs;
    descs.emplace_back(const_cast<float *>(images + begin * imageSize),
                       std::vector<int64_t>{end - begin, imageShape[0],
                                            imageShape[1], imageShape[2]});
    for (auto &[ptr, shape] : params)
      descs.emplace_back(ptr, shape);
    for (size_t i = 0; i < outputInfo.size(); ++i) {
      int64_t classes = outputInfo[i].second;
      descs.emplace_back(results[i].data() + begin * classes,
                         std::vector<int64_t>{end - begin, classes});
    }
    callPacked(*entry, descs);
  };
  std::vector<std::thread> workers;
  for (int64_t slice = 1; slice < slices; ++slice)
    workers.emplace_back(runSlice, slice);
  runSlice(0);
  for (std::thread &t : workers)
    t.join();
  return "";
}

std::string LoweredModel::runOnGpu(const float *images, int64_t count,
                                   std::vector<std::vector<float>> &results) {
  std::vector<int64_t> inShape = {count, imageShape[0], imageShape[1],
                                  imageShape[2]};
  std::vector<void *> buffers;
  auto cleanup = [&] {
    for (void *p : buffers)
      (void)cuda::release(p);
  };
  auto device = [&](size_t floats, void **ptr) {
    std::string e = cuda::allocate(floats * sizeof(float), ptr);
    if (e.empty())
      buffers.push_back(*ptr);
    return e;
  };
  void *in = nullptr;
  if (std::string e = device(product(inShape), &in); !e.empty())
    return cleanup(), e;
  if (std::string e = cuda::copyToDevice(in, images, product(inShape) * sizeof(float));
      !e.empty())
    return cleanup(), e;
  std::vector<Descriptor> descs;
  descs.emplace_back(in, inShape);
  for (auto &[ptr, shape] : params)
    descs.emplace_back(ptr, shape);
  std::vector<void *> outs;
  for (auto [level, classes] : outputInfo) {
    void *out = nullptr;
    if (std::string e = device(count * classes, &out); !e.empty())
      return cleanup(), e;
    outs.push_back(out);
    descs.emplace_back(out, std::vector<int64_t>{count, classes});
  }
  auto entry = engine->lookupPacked("_mlir_ciface_" + function);
  if (!entry)
    return cleanup(), llvm::toString(entry.takeError());
  callPacked(*entry, descs);
  // The function waits for its stream before returning.
  if (std::string e = cuda::takeRuntimeError(); !e.empty())
    return cleanup(), e;
  for (size_t i = 0; i < outs.size(); ++i) {
    results[i].resize(count * outputInfo[i].second);
    if (std::string e = cuda::copyToHost(results[i].data(), outs[i],
                                         results[i].size() * sizeof(float));
        !e.empty())
      return cleanup(), e;
  }
  cleanup();
  return "";
}
