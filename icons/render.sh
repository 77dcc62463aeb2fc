#!/bin/sh
# Renders cumulo.svg to the PNG sizes the window, installers and desktop entries use, and copies the window's sizes
# into the ui module's resources. Needs rsvg-convert (Debian: librsvg2-bin).
set -e
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" cumulo.svg -o "cumulo-$size.png"
done
for size in 16 32 48 64 128 256; do
  cp "cumulo-$size.png" ../ui/src/main/resources/dev/cumulo/ui/icons/
done
