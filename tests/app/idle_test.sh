#!/usr/bin/env bash
# tests/app/idle_test.sh: the interactive app, paused and left alone, draws no frames; input
# makes it draw again (issue 13). Frames are counted, never timed: the app prints how many it
# has drawn on SIGUSR1 (DERMAVIZ_REPORT_FRAMES=1). Input comes through xdotool (XTEST).
#   tests/app/idle_test.sh path/to/dermaviz   (needs an X display: ctest runs it under xvfb-run)
# Prints the CPU the app used while idle (for docs/PERFORMANCE.md), without asserting on it.
set -euo pipefail
app=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
command -v xdotool >/dev/null || { echo "idle_test: xdotool missing (run scripts/setup.sh)"; exit 1; }
work=$(mktemp -d)
app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "idle_test: FAIL: $*"
  echo "--- app output"; cat "$work/err.log" || true
  exit 1
}

# A throw-away settings directory: the default scenario, nothing from the developer's.
(cd "$work" && HOME="$work" XDG_CONFIG_HOME="$work/config" DERMAVIZ_REPORT_FRAMES=1 \
  exec "$app" >"$work/out.log" 2>"$work/err.log") &
app_pid=$!
win=$(timeout 60 xdotool search --sync --onlyvisible --pid "$app_pid" | head -1) ||
  fail "no window within 60 s"

# Frames drawn so far: ask, then read the newest report.
frames() {
  local before
  before=$(grep -c "frames drawn" "$work/err.log" || true)
  kill -USR1 "$app_pid"
  for _ in $(seq 100); do
    (($(grep -c "frames drawn" "$work/err.log" || true) > before)) && break
    sleep 0.1
  done
  grep "frames drawn" "$work/err.log" | tail -1 | awk '{ print $2 }'
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }

# The course starts playing: frames are drawn.
sleep 1
a=$(frames)
sleep 1
b=$(frames)
((b > a)) || fail "not drawing while playing ($a then $b frames)"

# Pause with Space (pointer over the window so it has the keyboard focus).
xdotool mousemove --window "$win" 300 300
xdotool windowfocus --sync "$win" 2>/dev/null || true
xdotool key space
# Wait until the count stands still (the band computed in the background may still arrive
# and ask for a frame or two), at most 60 s.
prev=$(frames)
still=0
for _ in $(seq 30); do
  sleep 2
  now=$(frames)
  if ((now == prev)); then still=1; break; fi
  prev=$now
done
((still)) || fail "still drawing 60 s after pausing ($prev frames)"

# Left alone for 5 s: not one frame.
t0=$(cpu_ticks)
sleep 5
t1=$(cpu_ticks)
idle=$(frames)
((idle == prev)) || fail "drew $((idle - prev)) frames in 5 s while paused and untouched"
hz=$(getconf CLK_TCK)
echo "idle_test: paused and untouched for 5 s: 0 frames, CPU $(awk -v t=$((t1 - t0)) -v hz="$hz" \
  'BEGIN { printf "%.1f %% of a core", 100 * t / hz / 5 }')"

# Input wakes it: the pointer moves over the window.
xdotool mousemove --window "$win" 500 400
sleep 1
woke=$(frames)
((woke > idle)) || fail "no frame after input ($idle then $woke)"
echo "idle_test: input drew $((woke - idle)) frames"

kill -TERM "$app_pid"
wait "$app_pid" || fail "the app did not exit cleanly on SIGTERM"
app_pid=""
echo "idle_test: PASS"
