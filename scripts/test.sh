#!/usr/bin/env bash
# README command 2: install the Debian packages, build dermaviz, and run every test: once in a
# Release build, once under AddressSanitizer + UndefinedBehaviorSanitizer, then every fuzz target
# for a bounded time (DV_FUZZ_SECONDS each, default 30). GL tests run for real on Mesa's software
# rasteriser under xvfb-run (ctest starts it), so no GPU or display is needed.
# .ci/run runs exactly this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== Release build and tests"
bash scripts/build.sh build -DCMAKE_BUILD_TYPE=Release
(cd build && ctest --output-on-failure -j 2)

echo "== ASan + UBSan build and tests"
bash scripts/build.sh build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDV_SANITIZE=ON \
  -DDV_BUILD_BENCH=OFF
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Mesa, X11 and the dynamic loader keep driver allocations until exit; only theirs are ignored.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
(cd build-sanitize && ctest --output-on-failure -j 2)

echo "== Fuzz targets (libFuzzer + ASan + UBSan, ${DV_FUZZ_SECONDS:-30} s each)"
bash scripts/fuzz.sh "${DV_FUZZ_SECONDS:-30}"
