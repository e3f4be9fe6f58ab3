#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Lists the source files under ROOT (C++, CMake, shell and Python; not test
# fixtures' data) whose first three lines lack the project's SPDX licence
# identifier, and fails if there is any. Run by CTest on the source tree.
#   tests/tools/check-licence-headers.sh ROOT
#   tests/tools/check-licence-headers.sh --self-test   (the check must fail on a bare file)
set -euo pipefail
if [ "${1:-}" = --self-test ]; then
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    printf '// SPDX-License-Identifier: GPL-3.0-or-later\nint good;\n' >"$dir/good.cpp"
    printf 'int bad;\n' >"$dir/bad.cpp"
    if output=$("$0" "$dir"); then
        echo "FAIL: the check passed a file without the header"
        exit 1
    fi
    grep -qx 'no SPDX licence header: bad.cpp' <<<"$output" && ! grep -q good.cpp <<<"$output" ||
        { echo "FAIL: unexpected report: $output"; exit 1; }
    echo "PASS: the check names bad.cpp and only it"
    exit 0
fi
root=${1:?usage: $0 ROOT}
tag='SPDX-License-Identifier: GPL-3.0-or-later'
missing=0
while IFS= read -r -d '' file; do
    if ! head -n 3 "$file" | grep -qF "$tag"; then
        echo "no SPDX licence header: ${file#"$root"/}"
        missing=$((missing + 1))
    fi
done < <(find "$root" \( -path "$root/build*" -o -path "$root/.git" \) -prune -o -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name '*.cmake' \
    -o -name CMakeLists.txt \) -print0)
if [ "$missing" -ne 0 ]; then
    echo "FAIL: $missing file(s) without '$tag'"
    exit 1
fi
echo "PASS: every source file under $root carries '$tag'"
