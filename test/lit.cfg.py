# -*- Python -*-
import os

import lit.formats

config.name = "slice"
config.test_format = lit.formats.ShTest(not config.external_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.slice_obj_root, "test")

# Our tools first, then LLVM 22's FileCheck/not/count: the unversioned tools
# on PATH are LLVM 14.
config.environment["PATH"] = os.pathsep.join(
    [config.slice_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", "")]
)
config.substitutions.append(("%slice_src", config.slice_src_root))
config.substitutions.append(("%python", config.python_executable))

# Tests that build ONNX files or PyTorch references need Debian's python3-onnx
# and python3-torch(vision); without them they are reported UNSUPPORTED with
# the missing feature named.
import subprocess


def _python_has(modules):
    probe = "import " + ", ".join(modules)
    return subprocess.call([config.python_executable, "-c", probe],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0


if _python_has(["onnx", "numpy"]):
    config.available_features.add("python-onnx")
if _python_has(["torch", "torchvision", "onnx", "numpy"]):
    config.available_features.add("python-torch")

# slice-onnx-cv (OpenCV's DNN module) is built only where OpenCV is found.
if getattr(config, "slice_have_opencv_dnn", False):
    config.available_features.add("opencv-dnn")
