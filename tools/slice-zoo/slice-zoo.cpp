//===- slice-zoo.cpp - emit the paper's base architectures as slice IR ----===//
#include "slice/Dialect/SliceDialect.h"
#include "slice/Support/OutputFile.h"
#include "slice/Zoo/ConcatNets.h"
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
enum class Arch { ResNeXtCifar, ResNeXtImageNet, DenseNetBC, Inception };
enum class Preset { None, Ablation, IResNeXt, ISResNeXt, Fashion, ImageNetIS };

cl::OptionCategory zooCat("slice-zoo options");
cl::opt<std::string> archName(
    cl::Positional, cl::init("resnext-cifar"),
    cl::desc("<architecture: resnext-cifar (3 stages, 3x3 stem; default) | "
             "resnext-imagenet (4 stages, 7x7/2 stem + max pool) | "
             "densenet-bc (3 dense blocks of concat layers) | "
             "inception (concat blocks of parallel paths)>"),
    cl::cat(zooCat));
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
                   "Fashion-MNIST 28x28x1: ResNeXt L=6 W=48 C=9 (the main "
                   "job's model); DenseNet-BC 40 layers k=12 C=6; Inception "
                   "L=6 P=8 C=8"),
        clEnumValN(Preset::ImageNetIS, "imagenet-is",
                   "ImageNet 224x224, L=20 W=160 C=30 (IS-ResNeXt, K=5)")),
    cl::cat(zooCat));
cl::opt<int64_t> blocks("blocks",
                        cl::desc("L: blocks in total, split evenly over the "
                                 "stages (resnext, inception)"),
                        cl::cat(zooCat));
cl::opt<int64_t>
    width("width",
          cl::desc("W: feature width of the first stage (resnext); P: channels "
                   "per path in stage 1 (inception)"),
          cl::cat(zooCat));
cl::opt<int64_t> bottleneck(
    "bottleneck",
    cl::desc("B: bottleneck width of the first stage (resnext; default 4)"),
    cl::cat(zooCat));
cl::opt<int64_t> cardinality(
    "cardinality",
    cl::desc("C: branches per block (per dense layer in densenet-bc)"),
    cl::cat(zooCat));
cl::opt<int64_t> layers(
    "layers",
    cl::desc(
        "dense layers per dense block (densenet-bc; depth 6 * layers + 4)"),
    cl::cat(zooCat));
cl::opt<int64_t> growth(
    "growth",
    cl::desc("k: growth rate, channels a dense layer adds (densenet-bc)"),
    cl::cat(zooCat));
cl::opt<int64_t>
    stemWidth("stem-width",
              cl::desc("channels of the stem convolution (inception)"),
              cl::cat(zooCat));
cl::opt<int64_t> inChannels("in-channels", cl::desc("input image channels"),
                            cl::cat(zooCat));
cl::opt<int64_t> imageSize("image-size",
                           cl::desc("input image height and width"),
                           cl::cat(zooCat));
cl::opt<int64_t> classes("classes", cl::desc("number of classes"),
                         cl::cat(zooCat));
cl::opt<int64_t> batch("batch",
                       cl::desc("static batch size (0: dynamic, the default)"),
                       cl::cat(zooCat));
cl::opt<std::string> outputFile("o", cl::desc("output file"), cl::init("-"),
                                cl::value_desc("filename"), cl::cat(zooCat));
cl::opt<bool> noLocations("no-locations",
                          cl::desc("omit the layer-name locations"),
                          cl::init(false), cl::cat(zooCat));

template <typename T> void override(cl::opt<int64_t> &opt, T &field) {
  if (opt.getNumOccurrences())
    field = opt;
}

/// Options `arch` does not have: an error naming the first one.
std::string unusedOptions(StringRef arch,
                          std::initializer_list<cl::opt<int64_t> *> options) {
  for (cl::opt<int64_t> *opt : options)
    if (opt->getNumOccurrences())
      return ("--" + opt->ArgStr + " does not apply to " + arch).str();
  return "";
}

StringRef presetName() {
  switch (preset) {
  case Preset::None:
    return "";
  case Preset::Ablation:
    return "ablation";
  case Preset::IResNeXt:
    return "i-resnext";
  case Preset::ISResNeXt:
    return "is-resnext";
  case Preset::Fashion:
    return "fashion";
  case Preset::ImageNetIS:
    return "imagenet-is";
  }
  return "";
}

std::string presetError(StringRef arch) {
  return ("--preset=" + presetName() + " does not apply to " + arch +
          " (its presets: fashion)")
      .str();
}

/// The options every architecture has, over its defaults and preset.
template <typename Config> void overrideCommon(Config &c) {
  override(cardinality, c.cardinality);
  override(inChannels, c.inChannels);
  override(imageSize, c.imageSize);
  override(classes, c.classes);
  override(batch, c.batch);
}

void reportError(StringRef message) {
  llvm::errs() << "slice-zoo: error: " << message << "\n";
}

/// Rejects the `unused` options and the presets other than fashion, which
/// `arch` (a concat architecture) does not have.
LogicalResult
checkConcatNetOptions(StringRef arch,
                      std::initializer_list<cl::opt<int64_t> *> unused) {
  std::string error = unusedOptions(arch, unused);
  if (error.empty() && preset != Preset::None && preset != Preset::Fashion)
    error = presetError(arch);
  if (error.empty())
    return success();
  reportError(error);
  return failure();
}

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
  override(blocks, c.blocks);
  override(width, c.width);
  override(bottleneck, c.bottleneck);
  overrideCommon(c);
  return c;
}

FailureOr<zoo::DenseNetConfig> configureDenseNet() {
  zoo::DenseNetConfig c;
  if (failed(checkConcatNetOptions("densenet-bc",
                                   {&blocks, &width, &bottleneck, &stemWidth})))
    return failure();
  if (preset == Preset::Fashion) {
    c.layers = 6, c.growth = 12, c.cardinality = 6, c.inChannels = 1;
    c.imageSize = 28;
  }
  override(layers, c.layers);
  override(growth, c.growth);
  overrideCommon(c);
  return c;
}

FailureOr<zoo::InceptionConfig> configureInception() {
  zoo::InceptionConfig c;
  if (failed(
          checkConcatNetOptions("inception", {&bottleneck, &layers, &growth})))
    return failure();
  if (preset == Preset::Fashion) {
    c.blocks = 6, c.width = 8, c.cardinality = 8, c.stemWidth = 16;
    c.inChannels = 1, c.imageSize = 28;
  }
  override(blocks, c.blocks);
  override(width, c.width);
  override(stemWidth, c.stemWidth);
  overrideCommon(c);
  return c;
}
} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(zooCat);
  cl::ParseCommandLineOptions(
      argc, argv,
      "slice-zoo: emit the paper's base architectures as slice IR\n\n"
      "  slice-zoo resnext-cifar --preset=ablation -o resnext29.mlir\n"
      "  slice-zoo resnext-cifar --blocks=6 --width=32 --cardinality=4\n"
      "  slice-zoo densenet-bc --preset=fashion -o densenet.mlir\n"
      "  slice-zoo inception --blocks=6 --width=16 --cardinality=8\n");
  Arch arch;
  if (archName == "resnext-cifar") {
    arch = Arch::ResNeXtCifar;
  } else if (archName == "resnext-imagenet") {
    arch = Arch::ResNeXtImageNet;
  } else if (archName == "densenet-bc") {
    arch = Arch::DenseNetBC;
  } else if (archName == "inception") {
    arch = Arch::Inception;
  } else {
    llvm::errs() << "slice-zoo: error: unknown architecture '" << archName
                 << "' (expected resnext-cifar, resnext-imagenet, densenet-bc "
                    "or inception)\n";
    return 1;
  }
  MLIRContext context;
  OwningOpRef<ModuleOp> module;
  std::string error;
  if (arch == Arch::DenseNetBC) {
    FailureOr<zoo::DenseNetConfig> config = configureDenseNet();
    if (failed(config))
      return 1;
    error = zoo::validate(*config);
    if (error.empty())
      module = zoo::buildDenseNet(&context, *config);
  } else if (arch == Arch::Inception) {
    FailureOr<zoo::InceptionConfig> config = configureInception();
    if (failed(config))
      return 1;
    error = zoo::validate(*config);
    if (error.empty())
      module = zoo::buildInception(&context, *config);
  } else {
    if (std::string unused =
            unusedOptions(archName, {&layers, &growth, &stemWidth});
        !unused.empty()) {
      reportError(unused);
      return 1;
    }
    zoo::ResNeXtConfig config = configure(arch);
    error = zoo::validate(config);
    if (error.empty())
      module = zoo::buildResNeXt(&context, config);
  }
  if (!error.empty()) {
    reportError(error);
    return 1;
  }
  if (failed(verify(*module))) {
    llvm::errs() << "slice-zoo: internal error: the built model does not "
                    "verify\n";
    return 1;
  }
  ::slice::OutputFile output;
  if (std::string e = output.open(outputFile); !e.empty()) {
    reportError(e);
    return 1;
  }
  OpPrintingFlags flags;
  if (!noLocations)
    flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
  module->print(output.os(), flags);
  if (std::string e = output.commit(); !e.empty()) {
    reportError(e);
    return 1;
  }
  return 0;
}
