//===- LoweredModel.cpp - running the code slice-opt generates ------------===//
#include "slice/Runtime/LoweredModel.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/Model.h"
#include "slice/Conversion/SliceToLinalg.h"
#include "slice/Dialect/SliceOps.h"
#include "slice/Runtime/CudaDriver.h"
#include "slice/Conversion/Pipelines.h"
#include "slice/Lowering/FlatModel.h"
#include "slice/Lowering/MaterialiseParams.h"
#include "slice/Lowering/Steps.h"

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

namespace {
/// Registers what the lowering and the JIT need, once per context.
void prepareContext(MLIRContext *ctx) {
  DialectRegistry registry;
  registerAllDialects(registry);
  registerAllExtensions(registry);
  registerAllToLLVMIRTranslations(registry);
  ctx->appendDialectRegistry(registry);
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
}

/// The sizes of a batch-first tensor after the batch.
std::vector<int64_t> rowShape(Type type) {
  auto tensor = cast<RankedTensorType>(type);
  return std::vector<int64_t>(tensor.getShape().begin() + 1,
                              tensor.getShape().end());
}

/// Collects the error diagnostics of `ctx` while alive.
struct ErrorCollector {
  explicit ErrorCollector(MLIRContext *ctx)
      : handler(ctx, [this](Diagnostic &d) {
          if (d.getSeverity() == DiagnosticSeverity::Error)
            text += (text.empty() ? "" : "\n") + d.str();
          return success();
        }) {}
  std::string message(const std::string &what) const {
    return what + (text.empty() ? "" : ": " + text);
  }
  std::string text;
  ScopedDiagnosticHandler handler;
};
} // namespace

std::unique_ptr<LoweredModel> LoweredModel::create(ModuleOp model, int64_t k,
                                                   LoweredTarget target,
                                                   std::string &error,
                                                   int ordinal) {
  // A machine without a GPU says so before anything is compiled.
  if (target == LoweredTarget::cuda &&
      !(error = cuda::initialize(ordinal)).empty())
    return nullptr;
  MLIRContext *ctx = model.getContext();
  prepareContext(ctx);
  ErrorCollector errors(ctx);
  // Sub-network k as the lowering generates code for it: its parameters
  // (fused weights folded in) and its interface.
  FailureOr<OwningOpRef<ModuleOp>> subnet =
      buildFlatModel(model, codegenFlatModelOptions(k));
  if (failed(subnet)) {
    error = errors.message("cannot specialise the model to sub-network " +
                           std::to_string(k));
    return nullptr;
  }
  auto funcs = llvm::to_vector((*subnet)->getOps<func::FuncOp>());
  if (funcs.size() != 1) {
    error = "the model needs exactly one function";
    return nullptr;
  }
  func::FuncOp func = funcs.front();
  auto input = dyn_cast<RankedTensorType>(func.getArgumentTypes().front());
  if (func.getNumArguments() != 1 || !input || input.getRank() != 4) {
    error = "the model's input is not an N x C x H x W tensor";
    return nullptr;
  }
  std::vector<std::pair<int64_t, int64_t>> info;
  SmallVector<OutputTag> tags = getOutputTags(func);
  for (auto [tag, type] : llvm::zip(tags, func.getResultTypes())) {
    auto tensor = cast<RankedTensorType>(type);
    if (tensor.getRank() != 2) {
      error = "the lowered backends run models whose outputs are N x classes";
      return nullptr;
    }
    info.push_back({tag.level, tensor.getDimSize(1)});
  }
  std::unique_ptr<LoweredModel> m = compile(std::move(*subnet), target, error);
  if (m)
    m->outputInfo = std::move(info);
  return m;
}

std::unique_ptr<LoweredModel> LoweredModel::createSteps(ModuleOp model,
                                                        LoweredTarget target,
                                                        std::string &error,
                                                        int ordinal) {
  if (target == LoweredTarget::cuda &&
      !(error = cuda::initialize(ordinal)).empty())
    return nullptr;
  MLIRContext *ctx = model.getContext();
  prepareContext(ctx);
  ErrorCollector errors(ctx);
  FailureOr<OwningOpRef<ModuleOp>> steps = buildAnytimeSteps(model);
  if (failed(steps)) {
    error = errors.message("cannot split the model into anytime steps");
    return nullptr;
  }
  return compile(std::move(*steps), target, error);
}

std::unique_ptr<LoweredModel>
LoweredModel::compile(OwningOpRef<ModuleOp> prepared, LoweredTarget target,
                      std::string &error) {
  bool onGpu = target == LoweredTarget::cuda;
  MLIRContext *ctx = prepared->getContext();
  ErrorCollector errors(ctx);
  auto fail = [&](const std::string &what) {
    error = errors.message(what);
    return nullptr;
  };
  std::unique_ptr<LoweredModel> m(new LoweredModel());
  m->where = target;
  m->setThreads(0);
  // Interfaces before lowering: inputs (image, state), outputs.
  for (func::FuncOp func : prepared->getOps<func::FuncOp>()) {
    Function f;
    f.name = func.getSymName().str();
    for (Type t : func.getArgumentTypes())
      f.inputs.push_back(rowShape(t));
    for (Type t : func.getResultTypes())
      f.outputs.push_back(rowShape(t));
    m->functions.push_back(std::move(f));
  }
  if (m->functions.empty())
    return fail("nothing to compile: the module has no function");
  auto image = cast<RankedTensorType>(
      (*prepared->getOps<func::FuncOp>().begin()).getArgumentTypes().front());
  m->batch = image.isDynamicDim(0) ? 0 : image.getDimSize(0);
  // Parameter expressions folded into plain weights (the lowering would
  // fold them the same way in its copy); their stored values are read from
  // here, the lowering drops the parameters.
  materialiseParams(*prepared);
  llvm::StringMap<ParamOp> paramOps;
  for (ParamOp p : prepared->getOps<ParamOp>())
    paramOps[p.getSymName()] = p;
  OwningOpRef<ModuleOp> lowered(cast<ModuleOp>(prepared->clone()));
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

  // Arguments: the inputs, the parameters named by slice.param, outputs.
  llvm::StringMap<size_t> paramIndex;
  for (Function &f : m->functions) {
    auto entry = lowered->lookupSymbol<LLVM::LLVMFuncOp>("_mlir_ciface_" + f.name);
    if (!entry)
      return fail("the lowered code has no @_mlir_ciface_" + f.name);
    unsigned first = f.inputs.size();
    for (unsigned i = first; i < entry.getNumArguments(); ++i) {
      auto name = entry.getArgAttrOfType<StringAttr>(i, kParamArgAttr);
      if (!name)
        break;
      auto [it, inserted] = paramIndex.try_emplace(name, m->params.size());
      f.params.push_back(it->second);
      if (!inserted)
        continue;
      ParamOp param = paramOps.lookup(name.getValue());
      std::optional<std::vector<float>> value =
          param ? readStoredValue(param) : std::nullopt;
      if (!value)
        return fail("parameter @" + name.getValue().str() +
                    " has no stored value: the " +
                    (onGpu ? "mlir-gpu" : "mlir-cpu") +
                    " backend runs trained models (slice-run train -o)");
      std::vector<int64_t> shape(param.getTensorType().getShape());
      m->paramNames.push_back(name.getValue().str());
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
    if (entry.getNumArguments() !=
        f.inputs.size() + f.params.size() + f.outputs.size())
      return fail("unexpected interface of @_mlir_ciface_" + f.name);
  }

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
  if (onGpu) {
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
  }
  // The JIT compiles on the first lookup: look every function up now, so
  // that no call pays for compilation (and timings measure the code).
  for (Function &f : m->functions) {
    auto entry = m->engine->lookupPacked("_mlir_ciface_" + f.name);
    if (!entry)
      return fail("JIT: " + llvm::toString(entry.takeError()));
    f.entry = *entry;
  }
  return m;
}

void LoweredModel::setThreads(int threads) {
  numThreads = threads > 0 ? threads
                           : std::max(1u, std::thread::hardware_concurrency());
}

std::string LoweredModel::run(const float *images, int64_t count,
                              std::vector<std::vector<float>> &results) {
  return call(0, {images}, count, results);
}

std::string LoweredModel::call(size_t index,
                               const std::vector<const float *> &inputs,
                               int64_t count,
                               std::vector<std::vector<float>> &results) {
  if (index >= functions.size())
    return "no function " + std::to_string(index) + " in the lowered code";
  const Function &f = functions[index];
  if (inputs.size() != f.inputs.size())
    return "@" + f.name + " takes " + std::to_string(f.inputs.size()) +
           " inputs, got " + std::to_string(inputs.size());
  results.assign(f.outputs.size(), {});
  if (count == 0)
    return "";
  if (batch != 0 && count != batch)
    return "the code was compiled for batches of " + std::to_string(batch) +
           ", got " + std::to_string(count);
  return where == LoweredTarget::cuda ? callOnGpu(f, inputs, count, results)
                                      : callOnCpu(f, inputs, count, results);
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

/// `rows` rows of a batch-first tensor whose rows are `shape`.
static std::vector<int64_t> batchShape(int64_t rows,
                                       const std::vector<int64_t> &shape) {
  std::vector<int64_t> full{rows};
  full.insert(full.end(), shape.begin(), shape.end());
  return full;
}

std::string LoweredModel::callOnCpu(const Function &f,
                                    const std::vector<const float *> &inputs,
                                    int64_t count,
                                    std::vector<std::vector<float>> &results) {
  for (size_t i = 0; i < f.outputs.size(); ++i)
    results[i].resize(count * product(f.outputs[i]));
  // The code is single-threaded and allocates its own buffers: a dynamic
  // batch runs as one slice of rows per core (every input and output is
  // batch first).
  int64_t slices = batch == 0 ? std::clamp<int64_t>(numThreads, 1, count) : 1;
  auto runSlice = [&](int64_t slice) {
    int64_t begin = count * slice / slices, end = count * (slice + 1) / slices;
    std::vector<Descriptor> descs;
    for (size_t i = 0; i < f.inputs.size(); ++i)
      descs.emplace_back(
          const_cast<float *>(inputs[i] + begin * product(f.inputs[i])),
          batchShape(end - begin, f.inputs[i]));
    for (size_t p : f.params)
      descs.emplace_back(params[p].first, params[p].second);
    for (size_t i = 0; i < f.outputs.size(); ++i)
      descs.emplace_back(results[i].data() + begin * product(f.outputs[i]),
                         batchShape(end - begin, f.outputs[i]));
    callPacked(f.entry, descs);
  };
  std::vector<std::thread> workers;
  for (int64_t slice = 1; slice < slices; ++slice)
    workers.emplace_back(runSlice, slice);
  runSlice(0);
  for (std::thread &t : workers)
    t.join();
  return "";
}

std::string LoweredModel::callOnGpu(const Function &f,
                                    const std::vector<const float *> &inputs,
                                    int64_t count,
                                    std::vector<std::vector<float>> &results) {
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
  std::vector<Descriptor> descs;
  for (size_t i = 0; i < f.inputs.size(); ++i) {
    std::vector<int64_t> shape = batchShape(count, f.inputs[i]);
    void *in = nullptr;
    if (std::string e = device(product(shape), &in); !e.empty())
      return cleanup(), e;
    if (std::string e = cuda::copyToDevice(in, inputs[i],
                                           product(shape) * sizeof(float));
        !e.empty())
      return cleanup(), e;
    descs.emplace_back(in, shape);
  }
  for (size_t p : f.params)
    descs.emplace_back(params[p].first, params[p].second);
  std::vector<void *> outs;
  for (const std::vector<int64_t> &row : f.outputs) {
    std::vector<int64_t> shape = batchShape(count, row);
    void *out = nullptr;
    if (std::string e = device(product(shape), &out); !e.empty())
      return cleanup(), e;
    outs.push_back(out);
    descs.emplace_back(out, shape);
  }
  callPacked(f.entry, descs);
  // The function waits for its stream before returning.
  if (std::string e = cuda::takeRuntimeError(); !e.empty())
    return cleanup(), e;
  for (size_t i = 0; i < outs.size(); ++i) {
    results[i].resize(count * product(f.outputs[i]));
    if (std::string e = cuda::copyToHost(results[i].data(), outs[i],
                                         results[i].size() * sizeof(float));
        !e.empty())
      return cleanup(), e;
  }
  cleanup();
  return "";
}
