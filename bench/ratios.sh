#!/usr/bin/env bash
# bench/ratios.sh: the issue-13 frame-time figures as ratios to the Dear ImGui demo window alone
# (build/imgui_demo_baseline), measured in the same run so machine load cancels out.
#   bench/ratios.sh [build-dir] [frames]      (runs itself under xvfb-run when there is no display)
# Prints one markdown row per case: median ms (min–max), the demo's median ms, and the ratio.
set -euo pipefail
build=${1:-build}
frames=${2:-60}
if [[ -z "${DISPLAY:-}" ]]; then exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"; fi
dv="$build/dermaviz"
base="$build/imgui_demo_baseline"
median() { sed -n 's/.*median \([0-9.]*\).*/\1/p' | tail -1; }
minmax() { sed -n 's/.*min \([0-9.]*\)  median [0-9.]*  max \([0-9.]*\).*/\1–\2/p' | tail -1; }
echo "| case | median ms (min–max) | demo median ms | ratio |"
echo "|---|---|---|---|"
run_case() {  # name size args...
  local name=$1 size=$2
  shift 2
  local b1 b2 out m
  b1=$("$base" --size "$size" --frames "$frames" | median)
  out=$("$dv" bench --size "$size" --frames "$frames" "$@")
  b2=$("$base" --size "$size" --frames "$frames" | median)
  m=$(echo "$out" | median)
  local b
  b=$(awk -v a="$b1" -v c="$b2" 'BEGIN { printf "%.2f", (a + c) / 2 }')
  echo "| $name | $m ($(echo "$out" | minmax)) | $b | $(awk -v m="$m" -v b="$b" 'BEGIN { printf "%.1f×", m / b }') |"
}
run_case "still, 1280x720, UI, day 30" 1280x720 --day 30
run_case "playing, 1280x720, UI, from day 30" 1280x720 --day 30 --play
run_case "orbiting, 1280x720, UI, day 30" 1280x720 --day 30 --orbit
run_case "still, 1920x1080, UI, day 30" 1920x1080 --day 30
run_case "orbiting, 1920x1080, UI, day 30" 1920x1080 --day 30 --orbit
