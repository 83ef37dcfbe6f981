//===- slice-onnx-cv.cpp - run an ONNX model with OpenCV's DNN module ----===//
//
//   slice-onnx-cv model.onnx --input x.npy --output y.npy
//
// An engine slice did not write, for checking ONNX export: reads the model
// with cv::dnn::readNetFromONNX, feeds the .npy batch to the graph input and
// writes every graph output as float32 .npy. Files are named as by
// `slice-run run`: y.npy for one output, else y.<output name>.npy.
//
//===----------------------------------------------------------------------===//
#include "slice/Runtime/Npy.h"

#include <onnx/onnx_pb.h>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/dnn.hpp>

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
               "  Runs MODEL with OpenCV's DNN module (CPU) on the float32 "
               "batch X and\n  writes each graph output as float32 .npy: Y "
               "for one output, else\n  Y.<output name>.npy (the naming of "
               "'slice-run run').\n";
  return 2;
}

/// The graph's input and output names, in order, from the model file.
std::string graphNames(const std::string &path, std::string &input,
                       std::vector<std::string> &outputs) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return path + ": cannot open: " + std::strerror(errno);
  onnx::ModelProto model;
  if (!model.ParseFromIstream(&in))
    return path + ": not an ONNX model (protobuf parse error)";
  std::vector<std::string> inputs;
  for (const onnx::ValueInfoProto &v : model.graph().input()) {
    bool initializer = false;
    for (const onnx::TensorProto &t : model.graph().initializer())
      initializer |= t.name() == v.name();
    if (!initializer)
      inputs.push_back(v.name());
  }
  if (inputs.size() != 1)
    return path + ": expected one graph input, found " +
           std::to_string(inputs.size());
  input = inputs.front();
  for (const onnx::ValueInfoProto &v : model.graph().output())
    outputs.push_back(v.name());
  if (outputs.empty())
    return path + ": the graph has no outputs";
  return "";
}
} // namespace

int main(int argc, char **argv) {
  std::string modelPath, inputPath, outputPath;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](std::string &into) {
      if (i + 1 >= argc)
        return false;
      into = argv[++i];
      return true;
    };
    if (arg == "--input" || arg == "-i") {
      if (!value(inputPath))
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
  if (modelPath.empty() || inputPath.empty() || outputPath.empty())
    return usage();

  std::string inputName;
  std::vector<std::string> outputNames;
  if (std::string e = graphNames(modelPath, inputName, outputNames); !e.empty())
    return fail(e);
  rt::Array x;
  if (std::string e = rt::readNpy(inputPath, x); !e.empty())
    return fail(e);

  std::vector<cv::Mat> outs;
  try {
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
    cv::dnn::Net net = cv::dnn::readNetFromONNX(modelPath);
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    std::vector<int> dims(x.shape.begin(), x.shape.end());
    cv::Mat blob(int(dims.size()), dims.data(), CV_32F, x.data.data());
    net.setInput(blob, inputName);
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
