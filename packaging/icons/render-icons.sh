#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNG icons from the SVG. Run by hand after changing the
# SVG (needs rsvg-convert, Debian package librsvg2-bin); the PNGs are committed
# so that building the package needs no SVG tool.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" \
        --output "be.wattelier.Wattelier-$size.png" be.wattelier.Wattelier.svg
done
