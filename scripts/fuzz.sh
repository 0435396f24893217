#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (one per file the app reads) with Debian's clang in
# their own build dir, then runs each for a bounded time under ASan + UBSan.
# Usage: scripts/fuzz.sh [SECONDS_EACH] [TARGET...]
#   SECONDS_EACH  how long each target runs (default 60); TARGET e.g. scenario (default: all).
# New inputs that reach new code go to build-fuzz/corpus/<target>/ (the seeds in
# tests/fuzz/corpus/<target>/ are only read); a crash or broken invariant is written to
# build-fuzz/artifacts/<target>/: copy it into tests/fuzz/corpus/<target>/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
[ $# -gt 0 ] && shift
dir="${DV_FUZZ_BUILD_DIR:-build-fuzz}"

# Assertions stay on (no NDEBUG), so misuse that a library only asserts against is found too.
cmake -S . -B "$dir" -G Ninja -DDV_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g" >/dev/null
cmake --build "$dir" --target dv_fuzz_targets -j "$(nproc)"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in tests/fuzz/*_fuzz.cpp; do
    n="$(basename "$f" _fuzz.cpp)"
    targets+=("$n")
  done
fi

export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
unset LSAN_OPTIONS
passed=0
failed=0
for t in "${targets[@]}"; do
  work="$dir/corpus/$t"
  art="$dir/artifacts/$t"
  log="$dir/fuzz-$t.log"
  mkdir -p "$work" "$art"
  dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
  echo "fuzz $t: ${secs} s (log: $log)"
  if "$dir/fuzz/fuzz_$t" -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$art/" "${dict[@]}" "$work" "tests/fuzz/corpus/$t" \
    >"$log" 2>&1; then
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    echo "fuzz $t: ${runs:-?} runs, no crash; corpus $(ls "$work" | wc -l) inputs"
    passed=$((passed + 1))
  else
    echo "fuzz $t: FAILED; the end of its log, and the input that failed:" >&2
    grep -v '^#[0-9]' "$log" | tail -n 40 >&2
    ls -l "$art" >&2
    failed=$((failed + 1))
  fi
done
echo "fuzz targets: ${passed} ran without a crash, ${failed} crashed"
[ "$failed" -eq 0 ]
