#!/usr/bin/env bash
# Regenerates every picture in the README with `dermaviz render` (headless, under xvfb-run).
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build}/dermaviz"
out=docs/images
mkdir -p "$out"
render() { xvfb-run -a "$bin" render "$@" >/dev/null; }

# The app as an educator sees it: panels, timeline, labels.
render --out "$out/app.png" --size 1920x1080 --day 2
# The story of one session, same view: needling, day 2, day 14, day 90.
for d in 0.006 2 14 90; do
  render --out "$out/day-$d.png" --size 1280x720 --no-ui --no-legend --day "$d"
done
# The cut face straight on, untreated and after the series, in trichrome (collagen blue).
for d in 0 120; do
  render --out "$out/trichrome-day-$d.png" --size 1280x720 --no-ui --no-labels --no-legend \
    --view front --stain trichrome --day "$d"
done
# Anatomy by region: thin eyelid skin against thick back skin.
for r in periorbital back; do
  render --out "$out/region-$r.png" --size 1280x720 --no-ui --no-legend --region "$r"
done
echo "wrote $(ls "$out" | wc -l) images in $out"
