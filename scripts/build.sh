#!/usr/bin/env bash
# Configures and builds slice in ./build (Ninja, Release). Re-running only
# rebuilds what changed. Extra arguments go to cmake (e.g. -DTorch_DIR=...).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${SLICE_BUILD_DIR:-build}"
if [ ! -f "$BUILD_DIR/build.ninja" ] || [ $# -gt 0 ]; then
  cmake -G Ninja -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit "$@"
fi
# Two jobs: one TU of MLIR headers takes ~1 GB; more jobs only thrash.
cmake --build "$BUILD_DIR" -j "${SLICE_JOBS:-$(nproc)}"
