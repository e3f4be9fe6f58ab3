#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README's screenshots (welcome screen and inventory on the demo
# workshop, 1366×768) without a display, in French (what most users see) and
# English. Run from the repository root after building into build/:
#   packaging/render-screenshots.sh [build-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target render_screenshots --parallel 2
for language in fr en; do
    QT_QPA_PLATFORM=offscreen "$build/tests/render_screenshots" packaging/screenshots "$language"
done
