#!/usr/bin/env bash
# Regenerate every PNG in this folder from its SVG source with rsvg-convert
# (Debian/Ubuntu: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"

command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found (install librsvg2-bin)" >&2; exit 1; }

# Every size the window draws an icon at (12, 14, 16, 24, 32 and 48 logical pixels) times every screen scale it is
# made for (100, 125, 150, 200 and 300 %), rounded up: ui.style.Icons picks the one that matches the window's scale,
# so that no icon is enlarged, and none reduced by more than a pixel or two.
KIND_SIZES="12 14 15 16 18 20 21 24 28 30 32 36 40 42 48 60 64 72 96 144"
APP_SIZES="16 32 40 48 64 80 96 128 160 192 256"

for svg in kind-*.svg; do
  name=${svg%.svg}
  for n in $KIND_SIZES; do
    rsvg-convert -w "$n" -h "$n" -o "$name-$n.png" "$svg"
  done
done

for n in $APP_SIZES; do
  rsvg-convert -w "$n" -h "$n" -o "app-$n.png" app.svg
done

echo "Rendered $(ls -1 ./*.png | wc -l) PNGs."
