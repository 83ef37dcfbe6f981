#!/usr/bin/env bash
# Fuzzes one target for SLICE_FUZZ_SECONDS (default 30) seconds:
#   run-fuzzer.sh FUZZER SEEDS WORKDIR [DICT]
# New inputs go to WORKDIR/corpus (the committed seeds stay as they are), a
# crash, leak, timeout or broken invariant to WORKDIR/crash-* and fails the
# run. The last lines say how many inputs ran.
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 dict=${4:-}
seconds=${SLICE_FUZZ_SECONDS:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
set -a
# shellcheck source=../scripts/sanitize.env
. "$root/scripts/sanitize.env"
set +a
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp"
mkdir -p "$work/corpus" "$work/tmp"
# The targets' scratch files, left behind only by a crash, stay in WORKDIR.
export TMPDIR="$work/tmp"
args=(-max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096
      -max_len=65536 -print_final_stats=1 -close_fd_mask=3
      -artifact_prefix="$work/")
if [ -n "$dict" ]; then args+=(-dict="$dict"); fi
status=0
"$fuzzer" "${args[@]}" "$work/corpus" "$seeds" > "$work/log" 2>&1 || status=$?
grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^Done|ERROR|SUMMARY|fuzz invariant" \
  "$work/log" || true
if [ "$status" -ne 0 ]; then
  echo "run-fuzzer: $(basename "$fuzzer") failed (exit $status); log: $work/log"
  # The report: from the sanitizer's or invariant's first line on.
  sed -n '/==ERROR\|runtime error\|fuzz invariant\|deadly signal\|ALARM\|out-of-memory/,$p' \
    "$work/log" | head -n 60
  ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* 2>/dev/null || true
fi
exit "$status"
