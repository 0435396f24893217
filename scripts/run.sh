#!/usr/bin/env bash
# README command 1: install the Debian packages, build dermaviz, and start it on the built-in
# default scenario. Extra arguments go to dermaviz (e.g. scripts/run.sh --region back).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh build -DCMAKE_BUILD_TYPE=Release -DDV_BUILD_TESTS=OFF -DDV_BUILD_BENCH=OFF
exec ./build/dermaviz "$@"
