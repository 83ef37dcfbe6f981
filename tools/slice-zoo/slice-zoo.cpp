//===- slice-zoo.cpp - emit the paper's base architectures as slice IR ----===//
#include "slice/Dialect/SliceDialect.h"
#include "slice/Zoo/ResNeXt.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"

using namespace mlir;
using namespace mlir::slice;
namespace cl = llvm::cl;

namespace {
enum class Arch { ResNeXtCifar, ResNeXtImageNet };
enum class Preset { None, Ablation, IResNeXt, ISResNeXt, Fashion, ImageNetIS };

cl::opt<std::string> archName(
    cl::Positional, cl::init("resnext-cifar"),
    cl::desc("<architecture: resnext-cifar (3 stages, 3x3 stem; default) | "
             "resnext-imagenet (4 stages, 7x7/2 stem + max pool)>"));
cl::opt<Preset> preset(
    "preset", cl::desc("the paper's configurations (options below override)"),
    cl::init(Preset::None),
    cl::values(
        clEnumValN(Preset::Ablation, "ablation",
                   "CIFAR, L=9 W=64 C=8: the 29-layer model of section 4.1"),
        clEnumValN(Preset::IResNeXt, "i-resnext",
                   "CIFAR, L=21 W=64 C=8 (I-ResNeXt, K=8)"),
        clEnumValN(Preset::ISResNeXt, "is-resnext",
                   "CIFAR, L=15 W=96 C=18 (IS-ResNeXt, K=6)"),
        clEnumValN(Preset::Fashion, "fashion",
                   "Fashion-MNIST 28x28x1, L=6 W=48 C=9 (the main job's model)"),
        clEnumValN(Preset::ImageNetIS, "imagenet-is",
                   "ImageNet 224x224, L=20 W=160 C=30 (IS-ResNeXt, K=5)")));
cl::opt<int64_t> blocks("blocks", cl::desc("L: blocks in total, split evenly over the stages"));
cl::opt<int64_t> width("width", cl::desc("W: feature width of the first stage"));
cl::opt<int64_t> bottleneck("bottleneck", cl::desc("B: bottleneck width of the first stage (default 4)"));
cl::opt<int64_t> cardinality("cardinality", cl::desc("C: branches per block"));
cl::opt<int64_t> inChannels("in-channels", cl::desc("input image channels"));
cl::opt<int64_t> imageSize("image-size", cl::desc("input image height and width"));
cl::opt<int64_t> classes("classes", cl::desc("number of classes"));
cl::opt<int64_t> batch("batch", cl::desc("static batch size (0: dynamic, the default)"));
cl::opt<std::string> outputFile("o", cl::desc("output file"), cl::init("-"),
                                cl::value_desc("filename"));
cl::opt<bool> noLocations("no-locations",
                          cl::desc("omit the layer-name locations"),
                          cl::init(false));

zoo::ResNeXtConfig configure(Arch arch) {
  zoo::ResNeXtConfig c;
  if (arch == Arch::ResNeXtImageNet || preset == Preset::ImageNetIS) {
    c.style = zoo::ResNeXtConfig::Style::ImageNet;
    c.imageSize = 224;
    c.classes = 1000;
    c.blocks = 16;
    c.width = 64;
  }
  switch (preset) {
  case Preset::None:
    break;
  case Preset::Ablation:
    c.blocks = 9, c.width = 64, c.cardinality = 8;
    break;
  case Preset::IResNeXt:
    c.blocks = 21, c.width = 64, c.cardinality = 8;
    break;
  case Preset::ISResNeXt:
    c.blocks = 15, c.width = 96, c.cardinality = 18;
    break;
  case Preset::Fashion:
    c.blocks = 6, c.width = 48, c.cardinality = 9, c.inChannels = 1;
    c.imageSize = 28;
    break;
  case Preset::ImageNetIS:
    c.blocks = 20, c.width = 160, c.cardinality = 30;
    break;
  }
  auto override = [](cl::opt<int64_t> &opt, int64_t &field) {
    if (opt.getNumOccurrences())
      field = opt;
  };
  override(blocks, c.blocks);
  override(width, c.width);
  override(bottleneck, c.bottleneck);
  override(cardinality, c.cardinality);
  override(inChannels, c.inChannels);
  override(imageSize, c.imageSize);
  override(classes, c.classes);
  override(batch, c.batch);
  return c;
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(
      argc, argv,
      "slice-zoo: emit the paper's base architectures as slice IR\n\n"
      "  slice-zoo resnext-cifar --preset=ablation -o resnext29.mlir\n"
      "  slice-zoo resnext-cifar --blocks=6 --width=32 --cardinality=4\n");
  Arch arch;
  if (archName == "resnext-cifar") {
    arch = Arch::ResNeXtCifar;
  } else if (archName == "resnext-imagenet") {
    arch = Arch::ResNeXtImageNet;
  } else {
    llvm::errs() << "slice-zoo: error: unknown architecture '" << archName
                 << "' (expected resnext-cifar or resnext-imagenet)\n";
    return 1;
  }
  zoo::ResNeXtConfig config = configure(arch);
  if (std::string error = zoo::validate(config); !error.empty()) {
    llvm::errs() << "slice-zoo: error: " << error << "\n";
    return 1;
  }
  MLIRContext context;
  OwningOpRef<ModuleOp> module = zoo::buildResNeXt(&context, config);
  if (failed(verify(*module))) {
    llvm::errs() << "slice-zoo: internal error: the built model does not "
                    "verify\n";
    return 1;
  }
  std::string error;
  auto output = openOutputFile(outputFile, &error);
  if (!output) {
    llvm::errs() << "slice-zoo: error: " << error << "\n";
    return 1;
  }
  OpPrintingFlags flags;
  if (!noLocations)
    flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
  module->print(output->os(), flags);
  output->keep();
  return 0;
}
