//===- slice-onnx-cv.cpp - run an ONNX model with OpenCV's DNN module ----===//
//
//   slice-onnx-cv model.onnx --input x.npy --output y.npy
//   slice-onnx-cv step2.onnx --input input=x.npy \
//       --input state.7.step1=s.npy --output y.npy
//
// An engine slice did not write, for checking ONNX export: reads the model
// with cv::dnn::readNetFromONNX, feeds .npy arrays to the graph inputs (one
// bare file for a graph with one input; NAME=FILE for each input of an
// anytime step, whose state comes in beside the image) and writes every
// graph output as float32 .npy. Files are named as by `slice-run run`: y.npy
// for one output, else y.<output name>.npy.
//
//===----------------------------------------------------------------------===//
#include "slice/Runtime/Npy.h"

#include <onnx/onnx_pb.h>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/dnn.hpp>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace rt = slice::rt;

namespace {
int fail(const std::string &message) {
  std::cerr << "slice-onnx-cv: error: " << message << "\n";
  return 1;
}

int usage() {
  std::cerr << "usage: slice-onnx-cv MODEL.onnx --input X.npy --output Y.npy\n"
               "       slice-onnx-cv MODEL.onnx --input NAME=X.npy... "
               "--output Y.npy\n"
               "  Runs MODEL with OpenCV's DNN module (CPU) on float32 "
               "arrays (a bare\n  file for a graph with one input, else "
               "NAME=FILE for every graph input)\n  and writes each graph "
               "output as float32 .npy: Y for one output, else\n  "
               "Y.<output name>.npy (the naming of 'slice-run run').\n";
  return 2;
}

/// Pairs every graph input with the file given for it: a bare file serves a
/// graph of one input; otherwise each input needs exactly one NAME=FILE.
std::string bindInputs(const std::vector<std::string> &graphInputs,
                       const std::vector<std::string> &given,
                       std::vector<std::string> &files) {
  files.assign(graphInputs.size(), "");
  for (const std::string &g : given) {
    size_t eq = g.find('=');
    if (eq == std::string::npos) {
      if (given.size() != 1 || graphInputs.size() != 1)
        return "--input '" + g + "' has no NAME=: the graph has " +
               std::to_string(graphInputs.size()) +
               " inputs, give each as NAME=FILE";
      files[0] = g;
      continue;
    }
    std::string name = g.substr(0, eq);
    auto it = std::find(graphInputs.begin(), graphInputs.end(), name);
    if (it == graphInputs.end())
      return "--input " + name + "=...: the graph has no input '" + name + "'";
    std::string &file = files[it - graphInputs.begin()];
    if (!file.empty())
      return "--input " + name + " is given twice";
    file = g.substr(eq + 1);
  }
  for (size_t i = 0; i < graphInputs.size(); ++i)
    if (files[i].empty())
      return "no --input for graph input '" + graphInputs[i] + "'";
  return "";
}

/// The graph's input and output names, in order, from the model file.
std::string graphNames(const std::string &path,
                       std::vector<std::string> &inputs,
                       std::vector<std::string> &outputs) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return path + ": cannot open: " + std::strerror(errno);
  onnx::ModelProto model;
  if (!model.ParseFromIstream(&in))
    return path + ": not an ONNX model (protobuf parse error)";
  for (const onnx::ValueInfoProto &v : model.graph().input()) {
    bool initializer = false;
    for (const onnx::TensorProto &t : model.graph().initializer())
      initializer |= t.name() == v.name();
    if (!initializer)
      inputs.push_back(v.name());
  }
  if (inputs.empty())
    return path + ": the graph has no inputs";
  for (const onnx::ValueInfoProto &v : model.graph().output())
    outputs.push_back(v.name());
  if (outputs.empty())
    return path + ": the graph has no outputs";
  return "";
}
} // namespace

int main(int argc, char **argv) {
  std::string modelPath, outputPath;
  std::vector<std::string> inputArgs;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string &into) {
      if (i + 1 >= argc)
        return false;
      into = argv[++i];
      return true;
    };
    if (arg == "--input" || arg == "-i") {
      if (!value(inputArgs.emplace_back()))
        return usage();
    } else if (arg == "--output" || arg == "-o") {
      if (!value(outputPath))
        return usage();
    } else if (arg == "--help" || arg == "-h") {
      usage();
      return 0;
    } else if (!arg.empty() && arg[0] != '-' && modelPath.empty()) {
      modelPath = arg;
    } else {
      std::cerr << "slice-onnx-cv: unknown argument '" << arg << "'\n";
      return usage();
    }
  }
  if (modelPath.empty() || inputArgs.empty() || outputPath.empty())
    return usage();

  std::vector<std::string> inputNames, outputNames, inputFiles;
  if (std::string e = graphNames(modelPath, inputNames, outputNames);
      !e.empty())
    return fail(e);
  if (std::string e = bindInputs(inputNames, inputArgs, inputFiles); !e.empty())
    return fail(e);
  std::vector<rt::Array> xs(inputFiles.size());
  for (size_t i = 0; i < xs.size(); ++i)
    if (std::string e = rt::readNpy(inputFiles[i], xs[i]); !e.empty())
      return fail(e);

  std::vector<cv::Mat> outs;
  try {
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
    cv::dnn::Net net = cv::dnn::readNetFromONNX(modelPath);
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    for (size_t i = 0; i < xs.size(); ++i) {
      std::vector<int> dims(xs[i].shape.begin(), xs[i].shape.end());
      cv::Mat blob(int(dims.size()), dims.data(), CV_32F, xs[i].data.data());
      net.setInput(blob, inputNames[i]);
    }
    net.forward(outs, outputNames);
  } catch (const cv::Exception &e) {
    return fail(std::string("OpenCV: ") + e.what());
  }
  if (outs.size() != outputNames.size())
    return fail("OpenCV returned " + std::to_string(outs.size()) +
                " outputs for " + std::to_string(outputNames.size()));
  for (size_t i = 0; i < outs.size(); ++i) {
    cv::Mat m = outs[i].isContinuous() ? outs[i] : outs[i].clone();
    if (m.type() != CV_32F)
      return fail("output '" + outputNames[i] + "' is not float32");
    rt::Array y;
    for (int d = 0; d < m.dims; ++d)
      y.shape.push_back(m.size[d]);
    y.data.assign(m.ptr<float>(), m.ptr<float>() + m.total());
    std::string path = rt::outputPath(outputPath, outputNames[i], outs.size());
    if (std::string e = rt::writeNpy(path, y); !e.empty())
      return fail(e);
    std::cout << outputNames[i] << ": " << path << "\n";
  }
  return 0;
}
