//===- ProgramBuilder.cpp - slice IR to runtime programs ------------------===//
#include "slice/Runtime/ProgramBuilder.h"
#include "slice/Analysis/Cost.h"
#include "slice/Dialect/Params.h"
#include "slice/Dialect/Model.h"
#include "slice/Anytime/Subnet.h"
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

  /// The parameter an operand reads, or -1 when absent.
  FailureOr<int> paramId(Operation *op, Value v, StringRef what) {
    if (!v)
      return -1;
    auto get = v.getDefiningOp<GetParamOp>();
    if (!get)
      return op->emitOpError("the runtime needs its ")
             << what << " to be a slice.param";
    return paramIndex.lookup(get.getNameAttr().getAttr());
  }

  LogicalResult addParamOperands(rt::Instr &instr, Operation *op,
                                 ArrayRef<std::pair<Value, StringRef>> params) {
    for (auto [v, what] : params) {
      FailureOr<int> id = paramId(op, v, what);
      if (failed(id))
        return failure();
      instr.params.push_back(*id);
    }
    return success();
  }

  LogicalResult buildRegion(Block &block, rt::Region &region) {
    for (BlockArgument arg : block.getArguments())
      region.args.push_back(valueId(arg));
    for (Operation &op : block.without_terminator()) {
      if (isa<GetParamOp>(op))
        continue;
      rt::Instr instr;
      if (failed(buildInstr(&op, instr)))
        return failure();
      region.body.push_back(std::move(instr));
    }
    for (Value v : block.getTerminator()->getOperands())
      region.results.push_back(valueId(v));
    return success();
  }

  LogicalResult buildInstr(Operation *op, rt::Instr &instr) {
    instr.location = locationString(op->getLoc());
    instr.result = valueId(op->getResult(0));
    auto input = [&](Value v) { instr.operands.push_back(valueId(v)); };
    if (auto conv = dyn_cast<Conv2dOp>(op)) {
      instr.kind = rt::OpKind::Conv;
      input(conv.getInput());
      instr.strides = vec(conv.getStrides());
      instr.padding = vec(conv.getPadding());
      instr.dilations = vec(conv.getDilations());
      instr.groups = conv.getGroups();
      if (BlockSparseAttr pattern = conv.getBlockSparseAttr()) {
        instr.sparseIn = vec(pattern.getIn());
        instr.sparseOut = vec(pattern.getOut());
        instr.sparseMask = vec(pattern.getMask());
      }
      return addParamOperands(instr, op, {{conv.getWeight(), "weight"},
                                          {conv.getBias(), "bias"}});
    }
    if (auto bn = dyn_cast<BatchNormOp>(op)) {
      instr.kind = rt::OpKind::BatchNorm;
      input(bn.getInput());
      instr.epsilon = bn.getEpsilon().convertToDouble();
      instr.momentum = bn.getMomentum().convertToDouble();
      instr.perSubnet = bn.isPerSubnet();
      return addParamOperands(instr, op,
                              {{bn.getScale(), "scale"},
                               {bn.getBias(), "bias"},
                               {bn.getMean(), "running mean"},
                               {bn.getVariance(), "running variance"}});
    }
    if (auto linear = dyn_cast<LinearOp>(op)) {
      instr.kind = rt::OpKind::Linear;
      input(linear.getInput());
      return addParamOperands(instr, op, {{linear.getWeight(), "weight"},
                                          {linear.getBias(), "bias"}});
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
    if (auto block = dyn_cast<BlockOp>(op)) {
      instr.kind = rt::OpKind::Block;
      for (Value v : block.getInputs())
        input(v);
      instr.concat = block.getAggregation() == Aggregation::concat;
      if (block.getResidual())
        instr.residual = valueId(block.getResidual());
      if (auto counts = block.getSubnetBranches())
        instr.subnetBranches = vec(*counts);
      if (auto partition = block.getPartition()) {
        instr.partition = vec(*partition);
        instr.branchGroups = vec(*block.getBranchGroups());
      }
      if (instr.concat) {
        ConcatLayout layout = block.getConcatLayout();
        instr.residualGroups = vec(layout.residualWidth);
        instr.branchWidths = vec(layout.branchWidth);
      }
      for (Region &region : block.getBranches()) {
        instr.branches.emplace_back();
        if (failed(buildRegion(region.front(), instr.branches.back())))
          return failure();
      }
      return success();
    }
    if (auto head = dyn_cast<HeadOp>(op)) {
      instr.kind = rt::OpKind::Head;
      input(head.getInput());
      instr.subnet = head.getSubnet();
      instr.level = head.getLevel();
      instr.branches.emplace_back();
      return buildRegion(head.getBody().front(), instr.branches.back());
    }
    return op->emitOpError("is not supported by the runtime");
  }

  ModuleOp module;
  llvm::DenseMap<Attribute, int> paramIndex;
  llvm::DenseMap<Value, int> ids;
  int numValues = 0;
};
} // namespace

FailureOr<rt::Program> mlir::slice::buildProgram(ModuleOp module) {
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
  if (failed(builder.addParams(program)) ||
      failed(builder.buildRegion(func->getBody().front(), program.main)))
    return failure();
  program.numValues = builder.numValues;

  SmallVector<OutputTag> tags = getOutputTags(*func);
  for (auto [i, type] : llvm::enumerate(func->getResultTypes())) {
    rt::OutputInfo info;
    auto tensor = cast<RankedTensorType>(type);
    info.classes = tensor.getRank() == 2 ? tensor.getDimSize(1) : 0;
    info.subnet = tags[i].subnet;
    info.level = tags[i].level;
    info.name = outputName(tags, i);
    program.outputs.push_back(info);
  }

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
