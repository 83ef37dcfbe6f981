#!/usr/bin/env bash
# The README's test command: installs the Debian packages, builds, runs the
# sanitizer suite, then every test (lit + FileCheck, GoogleTest) through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
# The sanitizer suite (ASan + UBSan build, short fuzz runs; docs/fuzzing.md)
# first, the release suite last: CI reads ctest's closing line.
SLICE_FUZZ_SECONDS="${SLICE_FUZZ_SECONDS:-20}" bash scripts/sanitize.sh
BUILD_DIR="${SLICE_BUILD_DIR:-build}"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
