//===- Params.cpp - creating and reading model parameters -----------------===//
#include "slice/Dialect/Params.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace mlir::slice;

std::optional<std::vector<float>> mlir::slice::readStoredValue(ParamOp param) {
  std::optional<ElementsAttr> value = param.getValue();
  if (!value)
    return std::nullopt;
  int64_t numel = param.getTensorType().getNumElements();
  if (auto dense = dyn_cast<DenseElementsAttr>(*value)) {
    std::vector<float> out;
    out.reserve(dense.getNumElements());
    for (float v : dense.getValues<float>())
      out.push_back(v);
    return out;
  }
  if (auto resource = dyn_cast<DenseF32ResourceElementsAttr>(*value))
    if (std::optional<ArrayRef<float>> data = resource.tryGetAsArrayRef())
      if (static_cast<int64_t>(data->size()) == numel)
        return std::vector<float>(data->begin(), data->end());
  // A resource whose blob is missing or of the wrong size: the runtime
  // reports it when loading.
  return std::nullopt;
}

SmallVector<int64_t> mlir::slice::indexRange(int64_t begin, int64_t end) {
  SmallVector<int64_t> out;
  for (int64_t i = begin; i < end; ++i)
    out.push_back(i);
  return out;
}

SmallVector<int64_t> mlir::slice::allIndices(int64_t size) {
  return indexRange(0, size);
}

static StringAttr uniqueName(ModuleOp module, StringRef name) {
  Builder b(module.getContext());
  if (!SymbolTable::lookupSymbolIn(module, name))
    return b.getStringAttr(name);
  for (unsigned i = 2;; ++i) {
    std::string candidate = (name + "$" + Twine(i)).str();
    if (!SymbolTable::lookupSymbolIn(module, candidate))
      return b.getStringAttr(candidate);
  }
}

static ParamOp createParam(ModuleOp module, ParamOp source, StringRef name,
                           RankedTensorType type, ElementsAttr value) {
  OpBuilder b(source);
  b.setInsertionPointAfter(source);
  return ParamOp::create(b, source.getLoc(), uniqueName(module, name),
                         TypeAttr::get(type), source.getInitAttr(),
                         source.getBufferAttr(), value);
}

ParamOp mlir::slice::createSlicedParam(ModuleOp module, ParamOp source,
                                       StringRef name,
                                       const IndexSelection &select) {
  RankedTensorType type = source.getTensorType();
  assert(select.size() == static_cast<size_t>(type.getRank()));
  SmallVector<int64_t> shape;
  for (const auto &indices : select)
    shape.push_back(indices.size());
  auto newType = RankedTensorType::get(shape, type.getElementType());

  ElementsAttr value;
  if (std::optional<std::vector<float>> data = readStoredValue(source)) {
    // Row-major strides of the source.
    SmallVector<int64_t> strides(type.getRank(), 1);
    for (int64_t d = type.getRank() - 2; d >= 0; --d)
      strides[d] = strides[d + 1] * type.getDimSize(d + 1);
    std::vector<float> out;
    out.reserve(newType.getNumElements());
    SmallVector<int64_t> counter(type.getRank(), 0);
    for (int64_t n = 0, e = newType.getNumElements(); n < e; ++n) {
      int64_t offset = 0;
      for (int64_t d = 0; d < type.getRank(); ++d)
        offset += select[d][counter[d]] * strides[d];
      out.push_back((*data)[offset]);
      for (int64_t d = type.getRank() - 1; d >= 0; --d) {
        if (++counter[d] < shape[d])
          break;
        counter[d] = 0;
      }
    }
    value = DenseElementsAttr::get(newType, ArrayRef<float>(out));
  }
  return createParam(module, source, name, newType, value);
}

ParamOp mlir::slice::createStackedParam(ModuleOp module, ParamOp source,
                                        StringRef name, int64_t copies) {
  RankedTensorType type = source.getTensorType();
  SmallVector<int64_t> shape{copies};
  shape.append(type.getShape().begin(), type.getShape().end());
  auto newType = RankedTensorType::get(shape, type.getElementType());
  ElementsAttr value;
  if (std::optional<std::vector<float>> data = readStoredValue(source)) {
    std::vector<float> out;
    out.reserve(data->size() * copies);
    for (int64_t k = 0; k < copies; ++k)
      out.insert(out.end(), data->begin(), data->end());
    value = DenseElementsAttr::get(newType, ArrayRef<float>(out));
  }
  return createParam(module, source, name, newType, value);
}

ParamOp mlir::slice::createCopiedParam(ModuleOp module, ParamOp source,
                                       StringRef name) {
  std::optional<ElementsAttr> value = source.getValue();
  return createParam(module, source, name, source.getTensorType(),
                     value ? *value : ElementsAttr());
}

ParamOp mlir::slice::createNewParam(ModuleOp module, ParamOp after,
                                    StringRef name, RankedTensorType type,
                                    InitScheme init, bool buffer,
                                    ElementsAttr value) {
  OpBuilder b(after);
  b.setInsertionPointAfter(after);
  return ParamOp::create(b, after.getLoc(), uniqueName(module, name),
                         TypeAttr::get(type),
                         InitSchemeAttr::get(module.getContext(), init),
                         buffer ? b.getUnitAttr() : UnitAttr(), value);
}

ParamOp mlir::slice::paramOf(Value value) {
  if (auto get = value.getDefiningOp<GetParamOp>())
    return get.getParamOp();
  return {};
}

std::vector<float> mlir::slice::viewedEntries(ArrayRef<float> data,
                                              ArrayRef<int64_t> shape,
                                              std::optional<int64_t> row,
                                              ArrayRef<int64_t> offsets,
                                              ArrayRef<int64_t> sizes) {
  SmallVector<int64_t> dims(shape);
  if (row) {
    int64_t inner = 1;
    for (int64_t d : shape.drop_front())
      inner *= d;
    data = data.slice(*row * inner, inner);
    dims.erase(dims.begin());
  }
  SmallVector<int64_t> strides(dims.size(), 1);
  for (int64_t d = static_cast<int64_t>(dims.size()) - 2; d >= 0; --d)
    strides[d] = strides[d + 1] * dims[d + 1];
  int64_t count = 1;
  for (int64_t size : sizes)
    count *= size;
  std::vector<float> out;
  out.reserve(count);
  // Walk the kept indices row-major.
  SmallVector<int64_t> counter(sizes.size(), 0);
  for (int64_t n = 0; n < count; ++n) {
    int64_t offset = 0;
    for (size_t d = 0; d < sizes.size(); ++d)
      offset += (offsets[d] + counter[d]) * strides[d];
    out.push_back(data[offset]);
    for (int64_t d = static_cast<int64_t>(sizes.size()) - 1; d >= 0; --d) {
      if (++counter[d] < sizes[d])
        break;
      counter[d] = 0;
    }
  }
  return out;
}

ParamOp mlir::slice::sourceParamOf(Value value) {
  while (Operation *op = value.getDefiningOp()) {
    if (auto get = dyn_cast<GetParamOp>(op))
      return get.getParamOp();
    if (!isa<ParamSliceOp, ParamConcatOp>(op) || op->getNumOperands() == 0)
      return {};
    value = op->getOperand(0);
  }
  return {};
}

void mlir::slice::redirectParamUse(OpOperand &operand, ParamOp param) {
  auto old = operand.get().getDefiningOp<GetParamOp>();
  assert(old && "parameter operands come from slice.get_param");
  OpBuilder b(old);
  auto get = GetParamOp::create(
      b, old.getLoc(), param.getTensorType(),
      FlatSymbolRefAttr::get(param.getSymNameAttr()));
  operand.set(get);
}

void mlir::slice::eraseDeadParams(ModuleOp module) {
  SmallVector<GetParamOp> deadGets;
  module.walk([&](GetParamOp get) {
    if (get->use_empty())
      deadGets.push_back(get);
  });
  for (GetParamOp get : deadGets)
    get.erase();
  llvm::DenseSet<StringAttr> used;
  module.walk([&](GetParamOp get) { used.insert(get.getNameAttr().getAttr()); });
  for (ParamOp param : llvm::make_early_inc_range(module.getOps<ParamOp>()))
    if (!used.contains(param.getSymNameAttr()))
      param.erase();
}

LogicalResult mlir::slice::refreshResultTypes(Operation *op) {
  auto infer = dyn_cast<InferTypeOpInterface>(op);
  if (!infer)
    return success();
  SmallVector<Type> types;
  if (failed(infer.inferReturnTypes(
          op->getContext(), op->getLoc(), op->getOperands(),
          op->getRawDictionaryAttrs(), op->getPropertiesStorage(),
          op->getRegions(), types)))
    return failure();
  for (auto [result, type] : llvm::zip(op->getResults(), types))
    result.setType(type);
  return success();
}

ParamOp mlir::slice::createRowParam(ModuleOp module, ParamOp source,
                                    StringRef name, int64_t row) {
  RankedTensorType type = source.getTensorType();
  IndexSelection select{{row}};
  for (int64_t d = 1; d < type.getRank(); ++d)
    select.push_back(allIndices(type.getDimSize(d)));
  ParamOp sliced = createSlicedParam(module, source, name, select);
  auto rowType = RankedTensorType::get(type.getShape().drop_front(),
                                       type.getElementType());
  sliced.setType(rowType);
  if (std::optional<ElementsAttr> value = sliced.getValue())
    sliced.setValueAttr(
        cast<DenseElementsAttr>(*value).reshape(cast<ShapedType>(rowType)));
  return sliced;
}

void mlir::slice::tidyParamNames(ModuleOp module) {
  // One pass over the names, one over the uses: symbol-use walks per
  // parameter would be quadratic on models with thousands of parameters.
  llvm::StringSet<> taken;
  for (ParamOp param : module.getOps<ParamOp>())
    taken.insert(param.getSymName());
  for (Operation &op : module.getBody()->getOperations())
    if (auto symbol = dyn_cast<SymbolOpInterface>(op))
      taken.insert(symbol.getName());
  llvm::DenseMap<StringAttr, StringAttr> renamed;
  for (ParamOp param : module.getOps<ParamOp>()) {
    // Strip every uniquing suffix: a parameter rewritten twice (reordered,
    // then stacked) is "x$2$2".
    StringRef name = param.getSymName(), base = name;
    for (size_t dollar = base.rfind('$');
         dollar != StringRef::npos && dollar + 1 < base.size() &&
         llvm::all_of(base.drop_front(dollar + 1), llvm::isDigit);
         dollar = base.rfind('$'))
      base = base.take_front(dollar);
    if (base == name)
      continue;
    if (!taken.insert(base).second)
      continue;
    StringAttr newName = StringAttr::get(module.getContext(), base);
    renamed[param.getSymNameAttr()] = newName;
    param.setSymNameAttr(newName);
  }
  if (renamed.empty())
    return;
  module.walk([&](GetParamOp get) {
    if (StringAttr newName = renamed.lookup(get.getNameAttr().getAttr()))
      get.setNameAttr(FlatSymbolRefAttr::get(newName));
  });
}
