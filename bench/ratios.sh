#!/usr/bin/env bash
# bench/ratios.sh: the issue-13 frame-time figures as ratios to the Dear ImGui demo window alone
# (build/imgui_demo_baseline), measured in the same run so machine load cancels out.
#   bench/ratios.sh [build-dir] [frames] [older-dermaviz]
# Runs itself under xvfb-run when there is no display. Prints one markdown row per case: median
# frame ms (min–max), CPU ms per frame (all threads), the demo's median ms (run just before and
# after, averaged) and the ratio. With an older dermaviz binary, each case is also timed with it,
# interleaved, for before/after columns.
set -euo pipefail
build=${1:-build}
frames=${2:-60}
old=${3:-}
if [[ -z "${DISPLAY:-}" ]]; then exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"; fi
base="$build/imgui_demo_baseline"
median() { sed -n 's/.*median \([0-9.]*\).*/\1/p' | tail -1; }
minmax() { sed -n 's/.*min \([0-9.]*\)  median [0-9.]*  max \([0-9.]*\).*/\1–\2/p' | tail -1; }
cpu() { sed -n 's/^cpu ms per frame, all threads: \([0-9.]*\)/\1/p' | tail -1; }
ratio() { awk -v m="$1" -v b="$2" 'BEGIN { printf "%.1f×", m / b }'; }
cell() {  # binary args... → "median (min–max) | cpu"
  local out
  out=$("$@")
  local c
  c=$(echo "$out" | cpu)
  echo "$(echo "$out" | median) ($(echo "$out" | minmax)) | ${c:-–}"
}
if [[ -n "$old" ]]; then
  echo "| case | demo ms | before: median ms (min–max) | before cpu ms | before ratio | after: median ms (min–max) | after cpu ms | after ratio |"
  echo "|---|---|---|---|---|---|---|---|"
else
  echo "| case | demo ms | median ms (min–max) | cpu ms | ratio |"
  echo "|---|---|---|---|---|"
fi
run_case() {  # name size args...
  local name=$1 size=$2
  shift 2
  local b1 b2 b now was=""
  b1=$("$base" --size "$size" --frames "$frames" | median)
  [[ -n "$old" ]] && was=$(cell "$old" bench --size "$size" --frames "$frames" "$@")
  now=$(cell "$build/dermaviz" bench --size "$size" --frames "$frames" "$@")
  b2=$("$base" --size "$size" --frames "$frames" | median)
  b=$(awk -v a="$b1" -v c="$b2" 'BEGIN { printf "%.2f", (a + c) / 2 }')
  if [[ -n "$old" ]]; then
    echo "| $name | $b | $was | $(ratio "${was%% *}" "$b") | $now | $(ratio "${now%% *}" "$b") |"
  else
    echo "| $name | $b | $now | $(ratio "${now%% *}" "$b") |"
  fi
}
run_case "still, 1280x720, UI, day 30" 1280x720 --day 30
run_case "playing, 1280x720, UI, from day 30" 1280x720 --day 30 --play
run_case "orbiting, 1280x720, UI, day 30" 1280x720 --day 30 --orbit
run_case "still, 1920x1080, UI, day 30" 1920x1080 --day 30
run_case "orbiting, 1920x1080, UI, day 30" 1920x1080 --day 30 --orbit
# Region changes: every frame from a change until the new block is shown in full (worst case
# is the max; the old binary's change frame is the whole rebuild).
sw() { sed -n 's/^region-change frames ([0-9]*[^:]*: min \([0-9.]*\)  median \([0-9.]*\)  max \([0-9.]*\).*/\2 (\1–\3)/p'; }
echo
echo "| region changes, 1280x720, 60 frames | median ms of change frames (min–max) |"
echo "|---|---|"
[[ -n "$old" ]] && echo "| before | $("$old" bench --size 1280x720 --frames 60 --day 30 --switch-region | sed -n 's/^region-change frames ([0-9]*): min \([0-9.]*\)  median \([0-9.]*\)  max \([0-9.]*\).*/\2 (\1–\3)/p') |"
echo "| after | $("$build/dermaviz" bench --size 1280x720 --frames 60 --day 30 --switch-region | sw) |"
# Compare (two documents side by side) against the single view, interleaved, same binary.
if "$build/dermaviz" bench --help | grep -q -- --compare; then
  one=$("$build/dermaviz" bench --size 1280x720 --frames "$frames" --day 30 | median)
  two=$("$build/dermaviz" bench --size 1280x720 --frames "$frames" --day 30 --compare | median)
  one2=$("$build/dermaviz" bench --size 1280x720 --frames "$frames" --day 30 | median)
  two2=$("$build/dermaviz" bench --size 1280x720 --frames "$frames" --day 30 --compare | median)
  echo
  echo "| compare, 1280x720, UI, day 30 | single view ms | compare ms | ratio |"
  echo "|---|---|---|---|"
  echo "| run 1 | $one | $two | $(ratio "$two" "$one") |"
  echo "| run 2 | $one2 | $two2 | $(ratio "$two2" "$one2") |"
  one=$("$build/dermaviz" bench --size 1280x720 --frames "$frames" --day 30 --orbit | median)
  two=$("$build/dermaviz" bench --size 1280x720 --frames "$frames" --day 30 --orbit --compare | median)
  echo "| orbiting | $one | $two | $(ratio "$two" "$one") |"
fi
