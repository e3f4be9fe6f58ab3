#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that every folder (`x/`) and source file (`x/y.cpp`, `x/y.h`) that
# docs/ARCHITECTURE.md names in back-quotes exists under ROOT, so the map for
# the next engineer cannot drift from the tree. Run by CTest.
#   tests/tools/check-architecture-map.sh ROOT
#   tests/tools/check-architecture-map.sh --self-test   (must fail on a missing folder)
set -euo pipefail
if [ "${1:-}" = --self-test ]; then
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    mkdir -p "$dir/docs" "$dir/models/core"
    printf 'See `models/core/` and `models/gone/`.\n' >"$dir/docs/ARCHITECTURE.md"
    if output=$("$0" "$dir"); then
        echo "FAIL: the check passed a map naming a missing folder"
        exit 1
    fi
    grep -qx 'named in docs/ARCHITECTURE.md but missing: models/gone/' <<<"$output" &&
        ! grep -q 'models/core/' <<<"$output" ||
        { echo "FAIL: unexpected report: $output"; exit 1; }
    echo "PASS: the check names models/gone/ and only it"
    exit 0
fi
root=${1:?usage: check-architecture-map.sh ROOT}
map="$root/docs/ARCHITECTURE.md"
[ -f "$map" ] || { echo "missing: docs/ARCHITECTURE.md"; exit 1; }
missing=0
# Back-quoted paths with a slash: folders end with one, files end in .cpp or .h.
while read -r path; do
    if [ ! -e "$root/$path" ]; then
        echo "named in docs/ARCHITECTURE.md but missing: $path"
        missing=1
    fi
done < <(grep -o '`[A-Za-z0-9_./-]*/[A-Za-z0-9_./-]*`' "$map" | tr -d '`' |
    grep -E '/$|\.(cpp|h|sh)$' | sort -u)
[ "$missing" = 0 ] && echo "PASS: every folder and file the map names exists"
exit "$missing"
