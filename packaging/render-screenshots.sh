#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README's screenshots (the main window on the demo workshop at
# 1366×768 and at a projector's 1024×768, and slides) without a display, in
# French (what most users see) and English. Run from the repository root after building into build/:
#   packaging/render-screenshots.sh [build-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target render_screenshots --parallel 2
for language in fr en; do
    QT_QPA_PLATFORM=offscreen "$build/tests/render_screenshots" packaging/screenshots "$language"
done
