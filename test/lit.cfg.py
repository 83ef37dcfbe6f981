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

# A sanitizer build (scripts/sanitize.sh): any report fails the test. A
# memory limit cannot be set with `ulimit -v` under ASan (its shadow memory
# is terabytes of address space), so %limit_memory_16g caps allocations
# through ASan instead; elsewhere it is the ulimit.
_sanitizers = [s for s in getattr(config, "slice_sanitize", "").split(",") if s]
if _sanitizers:
    with open(os.path.join(config.slice_src_root, "scripts", "sanitize.env")) as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                key, value = line.strip().split("=", 1)
                config.environment[key] = value
    config.environment["LSAN_OPTIONS"] = "suppressions=" + os.path.join(
        config.slice_src_root, "scripts", "lsan.supp")
if "address" in _sanitizers:
    config.available_features.add("asan")
    config.substitutions.append(
        ("%limit_memory_16g",
         "export ASAN_OPTIONS=$ASAN_OPTIONS:allocator_may_return_null=1:max_allocation_size_mb=16000"))
else:
    config.substitutions.append(("%limit_memory_16g", "ulimit -v 16000000"))
if "undefined" in _sanitizers:
    config.available_features.add("ubsan")

# Tests that build ONNX files or PyTorch references need Debian's python3-onnx
# and python3-torch(vision); without them they are reported UNSUPPORTED with
# the missing feature named.
import subprocess


def _python_has(modules):
    probe = "import " + ", ".join(modules)
    return subprocess.call([config.python_executable, "-c", probe],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0


def _python_features():
    """The Python features, probed once per build folder and cached: lit
    starts once per test, and importing torch takes seconds. The cache is
    keyed on the interpreter and Debian's dist-packages folder, whose time
    stamp changes when a package is installed or removed."""
    import json
    cache = os.path.join(config.slice_obj_root, "test", "python-features.json")
    stamp = [config.python_executable]
    for path in (config.python_executable, "/usr/lib/python3/dist-packages"):
        try:
            stamp.append(os.stat(path).st_mtime_ns)
        except OSError:
            stamp.append(0)
    try:
        with open(cache) as f:
            cached = json.load(f)
        if cached.get("stamp") == stamp:
            return cached["features"]
    except (OSError, ValueError, KeyError):
        pass
    features = []
    if _python_has(["onnx", "numpy"]):
        features.append("python-onnx")
    if _python_has(["torch", "torchvision", "onnx", "numpy"]):
        features.append("python-torch")
    # Written beside, then renamed: tests started together may race here.
    tmp = "%s.%d" % (cache, os.getpid())
    try:
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        with open(tmp, "w") as f:
            json.dump({"stamp": stamp, "features": features}, f)
        os.replace(tmp, cache)
    except OSError:
        pass
    return features


for _feature in _python_features():
    config.available_features.add(_feature)

# slice-onnx-cv (OpenCV's DNN module) is built only where OpenCV is found.
if getattr(config, "slice_have_opencv_dnn", False):
    config.available_features.add("opencv-dnn")

# The GPU lowering tests assemble the PTX they produce with NVIDIA's ptxas
# (CUDA toolkit; no GPU needed). Without it they are UNSUPPORTED, naming the
# missing feature 'ptxas'. SLICE_PTXAS=<path> picks one (a path that is not
# an executable turns the tests off).
import shutil

if "SLICE_PTXAS" in os.environ:
    _ptxas = os.environ["SLICE_PTXAS"]
    if not (os.path.isfile(_ptxas) and os.access(_ptxas, os.X_OK)):
        _ptxas = None
else:
    _ptxas = shutil.which("ptxas") or (
        "/usr/local/cuda/bin/ptxas" if os.path.exists("/usr/local/cuda/bin/ptxas") else None)
if _ptxas:
    config.available_features.add("ptxas")
    config.substitutions.append(("%ptxas", _ptxas))

# slice-run --backend mlir-gpu: the fake driver runs its host side anywhere;
# 'cuda-gpu' marks a machine whose CUDA driver finds a GPU (tests that run
# kernels need it and are UNSUPPORTED elsewhere).
config.substitutions.append(
    ("%fake_cuda", os.path.join(config.slice_obj_root, "lib", "libslice-fake-cuda.so")))


def _has_cuda_gpu():
    import ctypes
    try:
        cuda = ctypes.CDLL("libcuda.so.1")
        count = ctypes.c_int(0)
        return cuda.cuInit(0) == 0 and cuda.cuDeviceGetCount(ctypes.byref(count)) == 0 \
            and count.value > 0
    except (OSError, AttributeError):
        return False


if _has_cuda_gpu():
    config.available_features.add("cuda-gpu")
