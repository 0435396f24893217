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
render --out "$out/app.png" --size 1920x1080 --day 0.02
# The story of the first session, same view (the cut face): needling, day 2, day 14, day 90.
for d in 0.006 2 14 90; do
  render --out "$out/day-$d.png" --size 1280x720 --no-ui --view front --day "$d"
done
# Masson's trichrome-like stain (collagen blue), before the series and on day 120.
for d in 0 120; do
  render --out "$out/trichrome-day-$d.png" --size 1280x720 --no-ui --no-labels \
    --view front --stain trichrome --hide treatment --day "$d"
done
# Anatomy by region, three-quarter view: thin skin around the eyes against thick back skin.
for r in periorbital back; do
  render --out "$out/region-$r.png" --size 1280x720 --no-ui --hide treatment,healing \
    --region "$r"
done
# Trainee tools: two protocols side by side during the needling, and the before/after wipe.
render --out "$out/compare.png" --size 1920x1080 --view front --day 0.02 \
  --compare docs/examples/compare-a.json docs/examples/compare-b.json
render --out "$out/wipe.png" --size 1280x720 --view front --before 0 --day 120
# Patient view: the plan and the recovery strip two days after the session, blood softened.
render --out "$out/patient.png" --size 1920x1080 --mode patient --tab results --soft-blood --day 2
# Lecture: one chapter of the built-in lesson in the presenter view, as projected.
tmp=$(mktemp -d)
xvfb-run -a "$bin" render --lesson needle_to_collagen --out "$tmp" --size 1920x1080 >/dev/null
cp "$tmp/chapter-04.png" "$out/lecture.png"
rm -rf "$tmp"
# Anatomy a textbook section shows: nerves, receptors, arrector pili, melanocytes (type VI skin).
echo '{"fitzpatrick": 6}' > "$out/.type6.json"
render --out "$out/anatomy.png" --size 1920x1080 --no-ui --view front --scenario "$out/.type6.json" \
  --hide treatment,healing
rm -f "$out/.type6.json"
# The take-home sheet's first page (Spanish), as a patient gets it.
tmp=$(mktemp -d)
xvfb-run -a "$bin" handout --out "$tmp/sheet.pdf" --lang es --date 2026-11-22 >/dev/null
pdftoppm -png -r 60 -f 1 -l 1 "$tmp/sheet.pdf" "$tmp/page"
cp "$tmp"/page-1.png "$out/handout-es.png"
rm -rf "$tmp"
echo "wrote $(ls "$out" | wc -l) images in $out"
