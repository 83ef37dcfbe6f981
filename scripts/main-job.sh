#!/usr/bin/env bash
# The README's main job: installs, builds, takes the zoo's Fashion-MNIST
# ResNeXt, turns it into an IS (inclusive-sparse) anytime model with K=3
# sub-networks, proves it interruptible, trains all sub-networks jointly on
# Fashion-MNIST (Debian's dataset-fashion-mnist) and prints the
# per-sub-network error-vs-FLOPs table on the test set; then anytime
# inference on the trained model: the budgeted-batch table (per-step
# thresholds calibrated on the images training held out; target budget,
# average MACs reached, error, measured ms per image) beside the static
# choice of one sub-network for every image.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
BUILD_DIR="${SLICE_BUILD_DIR:-build}"
BIN="$BUILD_DIR/bin"
OUT="${SLICE_OUT:-out}"
K="${SLICE_K:-3}"
EPOCHS="${SLICE_EPOCHS:-2}"
mkdir -p "$OUT"

"$BIN/slice-zoo" resnext-cifar --preset=fashion -o "$OUT/fashion-resnext.mlir"
"$BIN/slice-opt" "$OUT/fashion-resnext.mlir" --inclusive-sparse=K="$K" \
  --verify-interruptible -o "$OUT/fashion-is.mlir"
echo "IS model (K=$K, verified interruptible): $OUT/fashion-is.mlir"
"$BIN/slice-run" train "$OUT/fashion-is.mlir" --epochs "$EPOCHS" \
  --checkpoint "$OUT/fashion-is.ckpt" --resume \
  --json "$OUT/fashion-is.validation.json" -o "$OUT/fashion-is.trained.mlir"
"$BIN/slice-run" eval "$OUT/fashion-is.trained.mlir" \
  --json "$OUT/fashion-is.test.json"
"$BIN/slice-run" eval "$OUT/fashion-is.trained.mlir" --budgeted --budgets 3 \
  --json "$OUT/fashion-is.budgeted.json"
