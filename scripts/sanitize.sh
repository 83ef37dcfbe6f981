#!/usr/bin/env bash
# The sanitizer build (docs/fuzzing.md): clang-22 with AddressSanitizer and
# UndefinedBehaviorSanitizer on every slice library, tool and test, plus the
# libFuzzer targets of fuzz/, in ./build-asan; then every ctest test there
# (lit, GoogleTest, Python, and each fuzz target for SLICE_FUZZ_SECONDS,
# default 30). Any sanitizer report fails its test. Re-running only rebuilds
# what changed; extra arguments go to ctest (e.g. -L fuzz, -R lit/Onnx).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR="${SLICE_ASAN_BUILD_DIR:-build-asan}"
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  # -O1 and line tables: readable reports at a fraction of -O3's build time.
  cmake -G Ninja -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DCMAKE_C_FLAGS_RELEASE="-O1 -gline-tables-only -DNDEBUG" \
    -DCMAKE_CXX_FLAGS_RELEASE="-O1 -gline-tables-only -DNDEBUG" \
    -DSLICE_SANITIZE=address,undefined -DSLICE_FUZZ=ON \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DLLVM_EXTERNAL_LIT=/usr/lib/llvm-22/bin/lit
fi
cmake --build "$BUILD_DIR" -j "${SLICE_JOBS:-$(nproc)}"
set -a
. scripts/sanitize.env
set +a
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp"
# The lowered-growth unit test compiles every sub-network of a model (MLIR's
# time, 120 s under ASan); the release suite runs it.
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" \
  -E '^LoweredGrowthTest[.]' "$@"
