#!/usr/bin/env bash
# The README's test command: installs the Debian packages, builds, and runs
# every test (lit + FileCheck, GoogleTest) through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
BUILD_DIR="${SLICE_BUILD_DIR:-build}"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)"
