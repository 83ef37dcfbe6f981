#!/usr/bin/env bash
# The README's main job: installs, builds, takes the zoo's Fashion-MNIST
# ResNeXt, turns it into an IS (inclusive-sparse) anytime model, proves it
# interruptible and prints the multiply-adds of every sub-network.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
BUILD_DIR="${SLICE_BUILD_DIR:-build}"
BIN="$BUILD_DIR/bin"
OUT="${SLICE_OUT:-out}"
K="${SLICE_K:-3}"
mkdir -p "$OUT"

"$BIN/slice-zoo" resnext-cifar --preset=fashion -o "$OUT/fashion-resnext.mlir"
"$BIN/slice-opt" "$OUT/fashion-resnext.mlir" --inclusive-sparse=K="$K" \
  --verify-interruptible -o "$OUT/fashion-is.mlir"
echo "IS model (K=$K, interruptible): $OUT/fashion-is.mlir"
"$BIN/slice-opt" "$OUT/fashion-is.mlir" --slice-flops=print-table=false \
  -o "$OUT/fashion-is.flops.mlir"
"$BIN/slice-opt" "$OUT/fashion-is.mlir" --slice-flops -o /dev/null 2>&1 |
  sed -n '/^model:/,$p'
