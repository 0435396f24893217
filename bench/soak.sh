#!/usr/bin/env bash
# bench/soak.sh: random use of the interactive app for N minutes under Xvfb, RSS sampled.
#   bench/soak.sh [minutes=15] [build-dir=build] [seed=1]
# Starts its own Xvfb, opens build/dermaviz with a throw-away settings directory, and every
# ≈ 0.9 s does one random action through xdotool: keys of the shortcut table, camera drags and
# wheel zooms over the 3D view, clicks on the side panel and the timeline. RSS is sampled every
# 5 s into soak-rss.csv (seconds, MB) in the current directory. Prints the RSS after the first
# minute, at the end and its peak, the growth after the first minute, the number of actions,
# and whether the app survived. Exit status 1 when the app died.
# Needs xdotool (Debian package xdotool, listed in scripts/setup.sh for the idle test); installs
# it with apt-get when it is missing.
set -euo pipefail
minutes=${1:-15}
build=${2:-build}
seed=${3:-1}
app="$(cd "$(dirname "$build/dermaviz")" && pwd)/dermaviz"
[[ -x "$app" ]] || { echo "soak: $app not found: build first" >&2; exit 2; }
if ! command -v xdotool >/dev/null; then
  echo "soak: installing xdotool (Debian package) for scripted input" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xdotool >&2
fi

work=$(mktemp -d)
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app_pid=""
cleanup() {
  [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break || sleep 0.1; done

# The app's settings, screenshots and logs stay in the throw-away directory.
(cd "$work" && HOME="$work" XDG_CONFIG_HOME="$work/config" exec "$app" >"$work/out.log" 2>&1) &
app_pid=$!
win=$(xdotool search --sync --onlyvisible --name dermaviz | head -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1600 900
sleep 2

RANDOM=$seed
keys=(Left Right Up Down shift+Left shift+Up space comma period Prior Next Home End f r l g b
  s c bracketleft bracketright Tab h equal minus)
rss_mb() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$app_pid/status" 2>/dev/null; }
csv="soak-rss.csv"
echo "seconds,rss_mb" >"$csv"
start=$(date +%s)
end=$((start + minutes * 60))
next_sample=$start
actions=0
alive=1
while (($(date +%s) < end)); do
  if ! kill -0 "$app_pid" 2>/dev/null; then alive=0; break; fi
  now=$(date +%s)
  if ((now >= next_sample)); then
    echo "$((now - start)),$(rss_mb)" >>"$csv"
    next_sample=$((now + 5))
  fi
  case $((RANDOM % 10)) in
    0 | 1 | 2 | 3)  # a shortcut key
      k=${keys[$((RANDOM % ${#keys[@]}))]}
      if [[ $k == Left || $k == Right || $k == Up || $k == Down ]]; then
        xdotool keydown "$k" sleep 0.4 keyup "$k"
      else
        xdotool key "$k"
      fi
      ;;
    4 | 5)  # orbit (left) or pan (right) drag over the 3D view
      x=$((200 + RANDOM % 900)) y=$((150 + RANDOM % 500)) b=$((1 + (RANDOM % 4 == 0) * 2))
      xdotool mousemove "$x" "$y" mousedown "$b"
      for _ in 1 2 3 4 5 6; do
        xdotool mousemove_relative -- $((RANDOM % 61 - 30)) $((RANDOM % 41 - 20)) sleep 0.03
      done
      xdotool mouseup "$b"
      ;;
    6)  # wheel zoom over the 3D view
      xdotool mousemove $((300 + RANDOM % 700)) $((200 + RANDOM % 400)) click $((4 + RANDOM % 2))
      ;;
    7 | 8)  # a click or short drag on the side panel (tabs, sliders, combos, buttons)
      x=$((1260 + RANDOM % 330)) y=$((30 + RANDOM % 700))
      xdotool mousemove "$x" "$y" mousedown 1 mousemove_relative -- $((RANDOM % 41 - 20)) 0 \
        mouseup 1
      xdotool key Escape  # close a combo that opened
      ;;
    9)  # the timeline: scrub or a button
      xdotool mousemove $((20 + RANDOM % 1200)) $((820 + RANDOM % 70)) click 1
      ;;
  esac
  actions=$((actions + 1))
  sleep 0.5
done
now=$(date +%s)
[[ $alive -eq 1 ]] && echo "$((now - start)),$(rss_mb)" >>"$csv"

summary=$(awk -F, 'NR > 1 && $2 != "" {
    if ($1 >= 60 && first == "") first = $2
    last = $2
    if ($2 > peak) peak = $2
  }
  END {
    if (first == "") first = last
    printf "rss after 1 min %.1f MB, at end %.1f MB, peak %.1f MB, growth after 1 min %+.1f %%",
      first, last, peak, 100 * (last - first) / first
  }' "$csv")
echo "soak: $minutes min, seed $seed, $actions actions; $summary; samples in $csv"
if [[ $alive -eq 1 ]]; then
  kill -TERM "$app_pid"
  wait "$app_pid" && echo "soak: app alive to the end and exited cleanly" ||
    echo "soak: app alive to the end; exit status $? on SIGTERM"
  app_pid=""
else
  echo "soak: THE APP DIED after $actions actions; its output:"
  tail -20 "$work/out.log"
  exit 1
fi
if grep -qi "gl error\|error" "$work/out.log"; then
  echo "soak: the app reported errors:"
  grep -i "error" "$work/out.log" | sort | uniq -c | head
fi
