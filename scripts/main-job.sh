#!/usr/bin/env bash
# The README's main job: installs, builds, takes the zoo's Fashion-MNIST
# ResNeXt and reports its cost per layer and block.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
BUILD_DIR="${SLICE_BUILD_DIR:-build}"
BIN="$BUILD_DIR/bin"
OUT="${SLICE_OUT:-out}"
mkdir -p "$OUT"

"$BIN/slice-zoo" resnext-cifar --preset=fashion -o "$OUT/fashion-resnext.mlir"
echo "model: $OUT/fashion-resnext.mlir"
"$BIN/slice-opt" "$OUT/fashion-resnext.mlir" --slice-flops \
  -o "$OUT/fashion-resnext.flops.mlir"
echo "annotated model: $OUT/fashion-resnext.flops.mlir"
