//===- SliceDialect.cpp - slice dialect and attributes --------------------===//
#include "slice/Dialect/SliceDialect.h"
#include "slice/Dialect/SliceOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::slice;

#include "slice/Dialect/SliceDialect.cpp.inc"
#include "slice/Dialect/SliceEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "slice/Dialect/SliceAttrs.cpp.inc"

void SliceDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "slice/Dialect/SliceOps.cpp.inc"
      >();
  registerAttributes();
}

void SliceDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "slice/Dialect/SliceAttrs.cpp.inc"
      >();
}

AnytimeAttr mlir::slice::getAnytime(Operation *op) {
  ModuleOp module = isa<ModuleOp>(op) ? cast<ModuleOp>(op)
                                      : op->getParentOfType<ModuleOp>();
  if (!module)
    return {};
  return module->getAttrOfType<AnytimeAttr>(SliceDialect::getAnytimeAttrName());
}

LogicalResult
AnytimeAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                    AnytimeForm form, int64_t subnets, int64_t levels) {
  if (subnets < 1)
    return emitError() << "anytime model needs at least one sub-network, got "
                       << subnets;
  if (levels < 1)
    return emitError() << "anytime model needs at least one label level, got "
                       << levels;
  if (form == AnytimeForm::plain && subnets != 1)
    return emitError() << "a plain model has exactly one sub-network, got "
                       << subnets;
  return success();
}

LogicalResult
BlockSparseAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                        ArrayRef<int64_t> in, ArrayRef<int64_t> out,
                        ArrayRef<int64_t> mask) {
  if (in.empty() || out.empty())
    return emitError() << "block_sparse needs at least one input and one "
                          "output channel group";
  for (int64_t size : llvm::concat<const int64_t>(in, out))
    if (size < 1)
      return emitError() << "block_sparse channel groups must be positive, got "
                         << size;
  if (mask.size() != in.size() * out.size())
    return emitError() << "block_sparse mask has " << mask.size()
                       << " entries, expected out x in = " << out.size()
                       << " x " << in.size();
  for (int64_t bit : mask)
    if (bit != 0 && bit != 1)
      return emitError() << "block_sparse mask entries must be 0 or 1, got "
                         << bit;
  return success();
}

LogicalResult SliceDialect::verifyOperationAttribute(Operation *op,
                                                     NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  Attribute value = attr.getValue();
  if (name == getAnytimeAttrName()) {
    if (!isa<ModuleOp>(op))
      return op->emitError() << "'" << name
                             << "' belongs on the model's builtin.module";
    if (!isa<AnytimeAttr>(value))
      return op->emitError() << "'" << name
                             << "' must be a #slice.anytime attribute";
    return success();
  }
  if (name == getMacsAttrName() || name == getParamsAttrName()) {
    if (!isa<IntegerAttr>(value))
      return op->emitError() << "'" << name << "' must be an integer";
    return success();
  }
  if (name == getSubnetMacsAttrName() || name == getSubnetParamsAttrName()) {
    if (!isa<DenseI64ArrayAttr>(value))
      return op->emitError() << "'" << name << "' must be an array<i64>";
    return success();
  }
  if (name == "slice.step" || name == "slice.step_macs" ||
      name == "slice.step_head_macs") {
    // An anytime step (--anytime-steps): its number and its multiply-adds;
    // they stay on the step's code after lowering (llvm.func).
    if (!isa<FunctionOpInterface>(op) || !isa<IntegerAttr>(value))
      return op->emitError() << "'" << name
                             << "' must be an integer on a function";
    return success();
  }
  if (name == "slice.subnet" || name == "slice.subnets") {
    // A lowered model function: the sub-network it computes, and K.
    if (!isa<IntegerAttr>(value))
      return op->emitError() << "'" << name << "' must be an integer";
    return success();
  }
  if (name == "slice.held_out") {
    // The validation images training held out: dataset size, how many,
    // seed (rt::heldOutImages).
    auto array = dyn_cast<DenseI64ArrayAttr>(value);
    if (!isa<ModuleOp>(op) || !array || array.size() != 3)
      return op->emitError() << "'" << name
                             << "' must be array<i64: count, held out, seed> "
                                "on the module";
    if (array[0] < 0 || array[1] < 0 || array[1] > array[0])
      return op->emitError() << "'" << name << "' holds out " << array[1]
                             << " of " << array[0] << " images";
    return success();
  }
  if (name == "slice.input_mean" || name == "slice.input_std") {
    // Per-channel input normalisation the model was trained with.
    if (!isa<ModuleOp>(op) || !isa<DenseF32ArrayAttr>(value))
      return op->emitError() << "'" << name
                             << "' must be an array<f32> on the module";
    return success();
  }
  return op->emitError() << "unknown slice attribute '" << name << "'";
}
