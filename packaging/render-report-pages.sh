#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the README's page images of the printed documents: the demo
# workshop's meeting summary and household sheet, and the three blank forms,
# written by `wattelier report` and turned into PNG by pdftoppm (poppler-utils).
# Run from the repository root after building into build/:
#   packaging/render-report-pages.sh [build-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=packaging/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wattelier="$build/app/wattelier"
"$wattelier" demo "$work/demo.wattelier" >/dev/null 2>&1
report() { "$wattelier" report "$work/demo.wattelier" "$@" >/dev/null; }
report --out "$work/summary-fr.pdf" --lang fr
report --out "$work/summary-en.pdf" --lang en
report --kind household --household C --out "$work/sheet-fr.pdf" --lang fr
report --kind forms --household C --out "$work/forms-fr.pdf" --lang fr
report --kind forms --household C --out "$work/forms-nl.pdf" --lang nl
for name in summary-fr summary-en sheet-fr forms-fr forms-nl; do
    pdftoppm -r 70 -png "$work/$name.pdf" "$out/report-$name"
done
ls "$out"/report-*.png
