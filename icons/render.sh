#!/usr/bin/env bash
# Regenerate every PNG in this folder from its SVG source with rsvg-convert
# (Debian/Ubuntu: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"

command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found (install librsvg2-bin)" >&2; exit 1; }

for svg in kind-*.svg; do
  name=${svg%.svg}
  for n in 16 24 32 48; do
    rsvg-convert -w "$n" -h "$n" -o "$name-$n.png" "$svg"
  done
done

for n in 16 32 48 64 128 256; do
  rsvg-convert -w "$n" -h "$n" -o "app-$n.png" app.svg
done

echo "Rendered $(ls -1 ./*.png | wc -l) PNGs."
