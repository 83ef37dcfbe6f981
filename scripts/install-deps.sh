#!/usr/bin/env bash
# Installs every Debian package slice needs. Idempotent: re-running only
# refreshes the package index and installs what is missing.
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config git
  # the sanitizer build and the fuzzers (scripts/sanitize.sh)
  clang-22 libclang-rt-22-dev
  # MLIR / LLVM 22 (dialect, passes, lit, FileCheck)
  libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools
  # unit tests
  libgtest-dev libgmock-dev
  # runtime (LibTorch), ONNX, independent ONNX engine
  libtorch-dev libonnx-dev libprotobuf-dev protobuf-compiler libopencv-dnn-dev
  libjemalloc-dev zlib1g-dev
  # data and numerical oracles
  dataset-fashion-mnist
  python3 python3-torch python3-torchvision python3-onnx python3-numpy
)

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
