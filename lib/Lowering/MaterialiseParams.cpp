//===- MaterialiseParams.cpp - parameter expressions as parameters --------===//
#include "slice/Lowering/MaterialiseParams.h"
#include "slice/Dialect/Params.h"

#include "mlir/IR/Builders.h"

#include <map>

using namespace mlir;
using namespace mlir::slice;

namespace {
/// A row-major value with its shape.
struct Tensor {
  SmallVector<int64_t> shape;
  std::vector<float> data;
};

class Materialiser {
public:
  explicit Materialiser(ModuleOp module) : module(module) {}

  /// The value of a parameter expression, or nullopt when a parameter it
  /// reads has no stored value.
  std::optional<Tensor> evaluate(Value v) {
    if (auto get = v.getDefiningOp<GetParamOp>()) {
      ParamOp param = get.getParamOp();
      std::optional<std::vector<float>> data =
          param ? readStoredValue(param) : std::nullopt;
      if (!data)
        return std::nullopt;
      return Tensor{SmallVector<int64_t>(param.getTensorType().getShape()),
                    std::move(*data)};
    }
    if (auto view = v.getDefiningOp<ParamSliceOp>()) {
      std::optional<Tensor> in = evaluate(view.getInput());
      return in ? std::optional<Tensor>(slice(*in, view)) : std::nullopt;
    }
    auto concat = cast<ParamConcatOp>(v.getDefiningOp());
    SmallVector<Tensor> parts;
    for (Value input : concat.getInputs()) {
      std::optional<Tensor> t = evaluate(input);
      if (!t)
        return std::nullopt;
      parts.push_back(std::move(*t));
    }
    return join(parts, concat.getAxis());
  }

  /// Whether the expression concatenates parameters (fused weights).
  static bool fuses(Value v) {
    Operation *op = v.getDefiningOp();
    if (!op || isa<GetParamOp>(op))
      return false;
    return isa<ParamConcatOp>(op) ||
           llvm::any_of(op->getOperands(), [](Value in) { return fuses(in); });
  }

  /// The expression as text: equal text, equal value.
  std::string describe(Value v) {
    std::string s;
    llvm::raw_string_ostream os(s);
    if (auto get = v.getDefiningOp<GetParamOp>())
      return ("@" + get.getName()).str();
    Operation *op = v.getDefiningOp();
    os << op->getName() << op->getPropertiesAsAttribute() << "(";
    llvm::interleaveComma(op->getOperands(), os,
                          [&](Value operand) { os << describe(operand); });
    os << ")";
    return s;
  }

  /// Replaces `expr` by a read of its materialised value; false when a
  /// parameter has no stored value.
  bool materialise(Operation *expr) {
    Value v = expr->getResult(0);
    std::string key = describe(v);
    ParamOp param = created.lookup(key);
    if (!param) {
      std::optional<Tensor> value = evaluate(v);
      if (!value)
        return false;
      ParamOp source = sourceParamOf(v);
      auto type = cast<RankedTensorType>(v.getType());
      std::string name =
          (source.getSymName() + (fuses(v) ? ".fused" : "")).str();
      param = createNewParam(
          module, source, name, type, source.getInit(), source.getBuffer(),
          DenseElementsAttr::get(type, ArrayRef<float>(value->data)));
      created[key] = param;
    }
    OpBuilder b(expr);
    Value get = GetParamOp::create(b, expr->getLoc(), param.getTensorType(),
                                   FlatSymbolRefAttr::get(param.getSymNameAttr()));
    v.replaceAllUsesWith(get);
    return true;
  }

  llvm::StringMap<ParamOp> created;

private:
  static int64_t numel(ArrayRef<int64_t> shape) {
    int64_t n = 1;
    for (int64_t d : shape)
      n *= d;
    return n;
  }

  static Tensor slice(const Tensor &in, ParamSliceOp view) {
    std::optional<int64_t> row;
    if (view.getRow())
      row = *view.getRow();
    ArrayRef<int64_t> sizes = view.getSizes();
    return Tensor{SmallVector<int64_t>(sizes),
                  viewedEntries(in.data, in.shape, row,
                                view.getOffsetsOrZeros(), sizes)};
  }

  static Tensor join(ArrayRef<Tensor> parts, int64_t axis) {
    Tensor out;
    out.shape = parts.front().shape;
    out.shape[axis] = 0;
    for (const Tensor &p : parts)
      out.shape[axis] += p.shape[axis];
    int64_t outer = numel(ArrayRef<int64_t>(out.shape).take_front(axis));
    for (int64_t o = 0; o < outer; ++o)
      for (const Tensor &p : parts) {
        int64_t chunk = numel(ArrayRef<int64_t>(p.shape).drop_front(axis));
        out.data.insert(out.data.end(), p.data.begin() + o * chunk,
                        p.data.begin() + (o + 1) * chunk);
      }
    return out;
  }

  ModuleOp module;
};
} // namespace

int64_t mlir::slice::materialiseParams(ModuleOp module) {
  // Outermost expressions first: the ones inside them then die unmaterialised.
  SmallVector<Operation *> exprs;
  module.walk([&](Operation *op) {
    if (isa<ParamSliceOp, ParamConcatOp>(op) &&
        llvm::none_of(op->getUsers(), [](Operation *user) {
          return isa<ParamSliceOp, ParamConcatOp>(user);
        }))
      exprs.push_back(op);
  });
  Materialiser materialiser(module);
  for (Operation *expr : exprs)
    if (materialiser.materialise(expr))
      expr->erase();
  // Inner expressions and reads nothing uses any more.
  bool erased = true;
  while (erased) {
    erased = false;
    module.walk([&](Operation *op) {
      if (isa<ParamSliceOp, ParamConcatOp>(op) && op->use_empty()) {
        op->erase();
        erased = true;
      }
    });
  }
  eraseDeadParams(module);
  tidyParamNames(module);
  return materialiser.created.size();
}
