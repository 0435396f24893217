#!/usr/bin/env bash
# Installs the Debian 12 packages dermaviz needs to build, run and test.
# Idempotent: does nothing when every package is already installed.
# Uses sudo when not run as root. Only Debian's archive is contacted.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libglfw3-dev libglm-dev libstb-dev libimgui-dev python3-glad
  nlohmann-json3-dev libcli11-dev libgtest-dev libbenchmark-dev
  fonts-dejavu-core xvfb xauth libgl1-mesa-dri libgl-dev libpng-dev xdotool
  clang-format clang libclang-rt-14-dev
  zenity
  ffmpeg
  libcairo2-dev libpango1.0-dev libfreetype-dev poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "setup: not root and no sudo; install these packages as root: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
