//===- ProgramBuilder.cpp - slice IR to runtime programs ------------------===//
#include "slice/Runtime/ProgramBuilder.h"
#include "slice/Analysis/Cost.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/Model.h"
#include "slice/Anytime/Subnet.h"
#include "slice/Lowering/FlatModel.h"
#include "slice/Lowering/Steps.h"
#include "slice/Dialect/SliceOps.h"

#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::slice;
namespace rt = ::slice::rt;

namespace {
std::string locationString(Location loc) {
  if (auto fused = dyn_cast<FusedLoc>(loc))
    if (!fused.getLocations().empty())
      return locationString(fused.getLocations().front());
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  if (auto file = dyn_cast<FileLineColLoc>(loc))
    return (file.getFilename().strref() + ":" + Twine(file.getLine()) + ":" +
            Twine(file.getColumn()))
        .str();
  return "<unknown>";
}

std::vector<int64_t> vec(ArrayRef<int64_t> a) { return {a.begin(), a.end()}; }

rt::Init initOf(InitScheme scheme) {
  switch (scheme) {
  case InitScheme::msra:
    return rt::Init::Msra;
  case InitScheme::zeros:
    return rt::Init::Zeros;
  case InitScheme::ones:
    return rt::Init::Ones;
  case InitScheme::normal:
    return rt::Init::Normal;
  case InitScheme::uniform:
    return rt::Init::Uniform;
  }
  return rt::Init::Zeros;
}

class Translator {
public:
  explicit Translator(ModuleOp module) : module(module) {}

  LogicalResult addParams(rt::Program &program) {
    for (ParamOp param : module.getOps<ParamOp>()) {
      rt::ParamSpec spec;
      spec.name = param.getSymName().str();
      spec.shape = vec(param.getTensorType().getShape());
      spec.init = initOf(param.getInit());
      spec.buffer = !param.isTrainable();
      if (param.getValue()) {
        std::optional<std::vector<float>> value = readStoredValue(param);
        if (!value)
          return param.emitOpError("stored value of '")
                 << param.getSymName()
                 << "' cannot be read (a dense_resource whose blob is missing "
                    "or does not hold "
                 << param.getTensorType().getNumElements() << " floats)";
        spec.value = std::move(*value);
      }
      paramIndex[param.getSymNameAttr()] = program.params.size();
      program.params.push_back(std::move(spec));
    }
    return success();
  }

  int valueId(Value v) {
    auto [it, inserted] = ids.try_emplace(v, numValues);
    if (inserted)
      ++numValues;
    return it->second;
  }

  /// Translates the model function of a flat model (see buildFlatModel)
  /// into `pass`.
  LogicalResult buildPass(func::FuncOp func, rt::Pass &pass) {
    // Every pass numbers its own values: the IR of an earlier pass is gone,
    // and its Values' storage may be reused by this one.
    ids.clear();
    Block &body = func.getBody().front();
    for (BlockArgument arg : body.getArguments())
      pass.inputs.push_back(valueId(arg));
    for (Operation &op : body.without_terminator()) {
      rt::Instr instr;
      if (failed(buildInstr(&op, instr)))
        return failure();
      pass.body.push_back(std::move(instr));
    }
    for (Value v : body.getTerminator()->getOperands())
      pass.results.push_back(valueId(v));
    return success();
  }

  /// The anytime steps of the model, after its outputs are known.
  LogicalResult addSteps(rt::Program &program) {
    FailureOr<OwningOpRef<ModuleOp>> steps = buildAnytimeSteps(module);
    if (failed(steps))
      return failure();
    for (func::FuncOp func : (*steps)->getOps<func::FuncOp>()) {
      rt::Step step;
      if (failed(buildPass(func, step.pass)))
        return failure();
      int64_t k = func->getAttrOfType<IntegerAttr>(kStepAttr).getInt();
      step.macs = func->getAttrOfType<IntegerAttr>(kStepMacsAttr).getInt();
      step.headMacs =
          func->getAttrOfType<IntegerAttr>(kStepHeadMacsAttr).getInt();
      for (unsigned i = 1; i < func.getNumArguments(); ++i)
        step.stateIn.push_back(
            func.getArgAttrOfType<IntegerAttr>(i, kStateAttr).getInt());
      for (unsigned i = 0; i < func.getNumResults(); ++i) {
        if (auto id = func.getResultAttrOfType<IntegerAttr>(i, kStateAttr)) {
          step.stateOut.push_back(id.getInt());
          continue;
        }
        // Outputs of sub-network k, in the model's order.
        int64_t level =
            func.getResultAttrOfType<IntegerAttr>(i, kLevelAttr).getInt();
        for (auto [o, info] : llvm::enumerate(program.outputs))
          if (info.subnet == k && info.level == level &&
              !llvm::is_contained(step.outputs, int(o))) {
            step.outputs.push_back(o);
            break;
          }
      }
      if (k != int64_t(program.steps.size()) + 1)
        return func.emitOpError("steps must come in order");
      program.steps.push_back(std::move(step));
    }
    program.numValues = numValues;
    return success();
  }

  LogicalResult buildInstr(Operation *op, rt::Instr &instr) {
    instr.location = locationString(op->getLoc());
    instr.result = valueId(op->getResult(0));
    auto input = [&](Value v) {
      instr.operands.push_back(v ? valueId(v) : -1);
    };
    if (auto get = dyn_cast<GetParamOp>(op)) {
      instr.kind = rt::OpKind::GetParam;
      auto it = paramIndex.find(get.getNameAttr().getAttr());
      if (it == paramIndex.end())
        return op->emitOpError("reads '")
               << get.getName() << "', which the model does not declare";
      instr.param = it->second;
      return success();
    }
    if (auto view = dyn_cast<ParamSliceOp>(op)) {
      instr.kind = rt::OpKind::ParamSlice;
      input(view.getInput());
      instr.row = view.getRow() ? int64_t(*view.getRow()) : -1;
      instr.offsets = vec(view.getOffsetsOrZeros());
      instr.sizes = vec(view.getSizes());
      return success();
    }
    if (auto concat = dyn_cast<ParamConcatOp>(op)) {
      instr.kind = rt::OpKind::ParamConcat;
      for (Value v : concat.getInputs())
        input(v);
      instr.axis = concat.getAxis();
      return success();
    }
    if (auto conv = dyn_cast<Conv2dOp>(op)) {
      instr.kind = rt::OpKind::Conv;
      input(conv.getInput());
      input(conv.getWeight());
      input(conv.getBias());
      instr.strides = vec(conv.getStrides());
      instr.padding = vec(conv.getPadding());
      instr.dilations = vec(conv.getDilations());
      instr.groups = conv.getGroups();
      if (BlockSparseAttr pattern = conv.getBlockSparseAttr()) {
        instr.sparseIn = vec(pattern.getIn());
        instr.sparseOut = vec(pattern.getOut());
        instr.sparseMask = vec(pattern.getMask());
      }
      return success();
    }
    if (auto bn = dyn_cast<BatchNormOp>(op)) {
      if (bn.isPerSubnet())
        return op->emitOpError("per-sub-network parameters reach the "
                               "runtime: the model was not specialised");
      instr.kind = rt::OpKind::BatchNorm;
      for (Value v : op->getOperands())
        input(v);
      instr.epsilon = bn.getEpsilon().convertToDouble();
      instr.momentum = bn.getMomentum().convertToDouble();
      return success();
    }
    if (auto linear = dyn_cast<LinearOp>(op)) {
      instr.kind = rt::OpKind::Linear;
      input(linear.getInput());
      input(linear.getWeight());
      input(linear.getBias());
      return success();
    }
    if (auto relu = dyn_cast<ReluOp>(op)) {
      instr.kind = rt::OpKind::Relu;
      input(relu.getInput());
      return success();
    }
    if (auto clip = dyn_cast<ClipOp>(op)) {
      instr.kind = rt::OpKind::Clip;
      input(clip.getInput());
      instr.min = clip.getMin().convertToDouble();
      instr.max = clip.getMax().convertToDouble();
      return success();
    }
    if (auto add = dyn_cast<AddOp>(op)) {
      instr.kind = rt::OpKind::Add;
      input(add.getLhs());
      input(add.getRhs());
      return success();
    }
    if (auto concat = dyn_cast<ConcatOp>(op)) {
      instr.kind = rt::OpKind::Concat;
      for (Value v : concat.getInputs())
        input(v);
      return success();
    }
    if (auto pool = dyn_cast<AvgPoolOp>(op)) {
      instr.kind = rt::OpKind::AvgPool;
      input(pool.getInput());
      instr.kernel = vec(pool.getKernel());
      instr.strides = vec(pool.getStrides());
      instr.padding = vec(pool.getPadding());
      instr.ceilMode = pool.getCeilMode();
      instr.countIncludePad = pool.getCountIncludePad();
      return success();
    }
    if (auto pool = dyn_cast<MaxPoolOp>(op)) {
      instr.kind = rt::OpKind::MaxPool;
      input(pool.getInput());
      instr.kernel = vec(pool.getKernel());
      instr.strides = vec(pool.getStrides());
      instr.padding = vec(pool.getPadding());
      instr.dilations = vec(pool.getDilations());
      instr.ceilMode = pool.getCeilMode();
      return success();
    }
    if (auto pool = dyn_cast<GlobalAvgPoolOp>(op)) {
      instr.kind = rt::OpKind::GlobalAvgPool;
      input(pool.getInput());
      return success();
    }
    if (auto flatten = dyn_cast<FlattenOp>(op)) {
      instr.kind = rt::OpKind::Flatten;
      input(flatten.getInput());
      instr.axis = flatten.getAxis();
      return success();
    }
    if (auto pad = dyn_cast<PadChannelsOp>(op)) {
      instr.kind = rt::OpKind::PadChannels;
      input(pad.getInput());
      instr.padGroups = vec(pad.getGroupSizes());
      instr.pads = vec(pad.getPads());
      return success();
    }
    if (auto slice = dyn_cast<ChannelSliceOp>(op)) {
      instr.kind = rt::OpKind::ChannelSlice;
      input(slice.getInput());
      instr.offset = slice.getOffset();
      instr.size = slice.getSize();
      return success();
    }
    if (isa<BlockOp, HeadOp>(op))
      return op->emitOpError("reaches the runtime unflattened");
    return op->emitOpError("is not supported by the runtime");
  }

  ModuleOp module;
  llvm::DenseMap<Attribute, int> paramIndex;
  llvm::DenseMap<Value, int> ids;
  int numValues = 0;
};
} // namespace

FailureOr<rt::Program> mlir::slice::buildProgram(ModuleOp module,
                                                  const ProgramOptions &options) {
  FailureOr<func::FuncOp> func = getModelFunction(module);
  if (failed(func))
    return failure();
  if (func->getNumArguments() != 1)
    return func->emitError("a model function takes one image batch, got ")
           << func->getNumArguments() << " arguments";
  auto image = dyn_cast<RankedTensorType>(func->getArgument(0).getType());
  if (!image || image.getRank() != 4 ||
      llvm::any_of(image.getShape().drop_front(), ShapedType::isDynamic))
    return func->emitError("the model input must be N x C x H x W with static "
                           "C, H, W");

  rt::Program program;
  program.name = module.getSymName() ? module.getSymName()->str() : "model";
  AnytimeAttr anytime = getAnytime(module);
  if (anytime) {
    program.subnets = anytime.getSubnets();
    program.levels = anytime.getLevels();
    switch (anytime.getForm()) {
    case AnytimeForm::plain:
      program.form = rt::Form::Plain;
      break;
    case AnytimeForm::inclusive:
      program.form = rt::Form::Inclusive;
      break;
    case AnytimeForm::inclusive_sparse:
      program.form = rt::Form::InclusiveSparse;
      break;
    case AnytimeForm::shallow:
      program.form = rt::Form::Shallow;
      break;
    }
  }
  program.inputShape = vec(image.getShape().drop_front());
  Translator builder(module);
  if (failed(builder.addParams(program)))
    return failure();
  // The passes run the flat model: every pass of the I form is sub-network
  // k reading views of the shared parameters; other forms compute every
  // output in one pass.
  bool inclusive = program.form == rt::Form::Inclusive;
  int64_t numPasses = inclusive ? program.subnets : 1;
  for (int64_t pass = 1; pass <= numPasses; ++pass) {
    FlatModelOptions flat;
    flat.subnet = inclusive ? pass : 0;
    flat.params = SubnetParams::Views;
    flat.fuse = options.fuse;
    FailureOr<OwningOpRef<ModuleOp>> passModule = buildFlatModel(module, flat);
    if (failed(passModule))
      return failure();
    FailureOr<func::FuncOp> passFunc = getModelFunction(**passModule);
    if (failed(passFunc))
      return failure();
    program.passes.emplace_back();
    if (failed(builder.buildPass(*passFunc, program.passes.back())))
      return failure();
  }
  program.numValues = builder.numValues;

  SmallVector<OutputTag> tags = getOutputTags(*func);
  SmallVector<int> nextResult(numPasses, 0);
  for (auto [i, type] : llvm::enumerate(func->getResultTypes())) {
    rt::OutputInfo info;
    auto tensor = cast<RankedTensorType>(type);
    info.classes = tensor.getRank() == 2 ? tensor.getDimSize(1) : 0;
    info.subnet = tags[i].subnet;
    info.level = tags[i].level;
    info.name = outputName(tags, i);
    info.pass = inclusive ? info.subnet - 1 : 0;
    if (info.pass < 0 || info.pass >= numPasses)
      return func->emitError("output #")
             << i << " belongs to no sub-network of the model";
    info.result = nextResult[info.pass]++;
    program.outputs.push_back(info);
  }
  for (int64_t pass = 0; pass < numPasses; ++pass)
    if (nextResult[pass] != int64_t(program.passes[pass].results.size()))
      return func->emitError("pass ")
             << pass + 1 << " computes "
             << program.passes[pass].results.size() << " outputs, the model "
             << "has " << nextResult[pass] << " for it";

  if (auto mean = module->getAttrOfType<DenseF32ArrayAttr>("slice.input_mean"))
    program.inputMean.assign(mean.asArrayRef().begin(), mean.asArrayRef().end());
  if (auto std = module->getAttrOfType<DenseF32ArrayAttr>("slice.input_std"))
    program.inputStd.assign(std.asArrayRef().begin(), std.asArrayRef().end());
  if (program.inputMean.size() != program.inputStd.size() ||
      (!program.inputMean.empty() &&
       int64_t(program.inputMean.size()) != program.inputShape[0]))
    return module.emitError("slice.input_mean / slice.input_std must hold one "
                            "value per input channel (")
           << program.inputShape[0] << ")";
  for (float v : program.inputStd)
    if (!(v > 0))
      return module.emitError("slice.input_std must be positive");

  for (TaxonomyOp taxonomy : module.getOps<TaxonomyOp>()) {
    for (Attribute level : taxonomy.getNames()) {
      program.labelNames.emplace_back();
      for (Attribute name : cast<ArrayAttr>(level))
        program.labelNames.back().push_back(cast<StringAttr>(name).str());
    }
    for (Attribute map : taxonomy.getParents())
      program.labelParents.push_back(vec(cast<DenseI64ArrayAttr>(map)));
  }

  for (int64_t k = 1; k <= program.subnets; ++k) {
    FailureOr<OwningOpRef<ModuleOp>> subnet = cloneSubnet(module, k);
    if (failed(subnet))
      return failure();
    Cost cost = countNested(**subnet);
    program.subnetMacs.push_back(cost.macs);
    program.subnetParams.push_back(cost.params);
  }
  if (options.steps && failed(builder.addSteps(program)))
    return failure();
  return program;
}

LogicalResult mlir::slice::storeParamValues(
    ModuleOp module, const std::map<std::string, std::vector<float>> &values) {
  for (ParamOp param : module.getOps<ParamOp>()) {
    auto it = values.find(param.getSymName().str());
    if (it == values.end())
      continue;
    RankedTensorType type = param.getTensorType();
    if (static_cast<int64_t>(it->second.size()) != type.getNumElements())
      return param.emitOpError("got ")
             << it->second.size() << " values for '" << param.getSymName()
             << "' of type " << type;
    param.setValueAttr(DenseElementsAttr::get(type, ArrayRef<float>(it->second)));
  }
  return success();
}

void mlir::slice::storeInputStats(ModuleOp module, ArrayRef<float> mean,
                                  ArrayRef<float> stddev) {
  Builder b(module.getContext());
  module->setAttr("slice.input_mean", b.getDenseF32ArrayAttr(mean));
  module->setAttr("slice.input_std", b.getDenseF32ArrayAttr(stddev));
}
