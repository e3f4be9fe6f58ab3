#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from an existing build directory, installs it and
# checks the installed program and its desktop integration.
#
#   packaging/test-package.sh BUILD_DIR
#
# Needs, besides the build dependencies: appstream desktop-file-utils dpkg-dev
# shared-mime-info. Installs the package with apt-get (through sudo unless run
# as root) and LEAVES IT INSTALLED; remove it with `sudo apt-get purge wattelier`.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
if [ ! -f "$build/CPackConfig.cmake" ] || [ ! -x "$build/app/wattelier" ]; then
    echo "FAIL: $build is not a Wattelier build directory (build it first)" >&2
    exit 1
fi

as_root() {
    if [ "$(id -u)" -ne 0 ]; then sudo "$@"; else "$@"; fi
}

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# check DESCRIPTION COMMAND...: runs COMMAND, output shown only on failure.
check() {
    local what=$1 output
    shift
    if output=$("$@" 2>&1); then
        pass "$what"
    else
        fail "$what"
        printf '%s\n' "$output" | sed 's/^/    /'
    fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The package. cpack installs the build into a staging tree, strips the
# binary and asks dpkg-shlibdeps for the library dependencies.
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
deb="$build/wattelier_${version}_$(dpkg --print-architecture).deb"
rm -f "$deb"
if (cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1 && [ -f "$deb" ]; then
    pass "cpack -G DEB wrote $(basename "$deb")"
else
    fail "cpack -G DEB"
    sed 's/^/    /' "$work/cpack.log"
    exit 1
fi
echo "    Depends: $(dpkg-deb --field "$deb" Depends)"
echo "    Recommends: $(dpkg-deb --field "$deb" Recommends)"
depends_on_all() {
    local depends package
    depends=$(dpkg-deb --field "$deb" Depends)
    for package in "$@"; do
        grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || { echo "missing $package"; return 1; }
    done
}
check "Depends has the Qt libraries (shlibdeps) and the run-time plugins" \
    depends_on_all libqt6widgets6 libqt6sql6 libqt6charts6 libqcustomplot2.1-qt6 \
    libqt6sql6-sqlite qt6-qpa-plugins

# 2. Install. --reinstall: a package of the same version left by an earlier
# run must not be kept instead of this one.
if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall \
        --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
    pass "apt-get install $(basename "$deb")"
else
    fail "apt-get install $(basename "$deb")"
    sed 's/^/    /' "$work/apt.log"
    exit 1
fi

# 3. The installed program.
check "wattelier on the PATH is /usr/bin/wattelier" \
    test "$(command -v wattelier)" = /usr/bin/wattelier
package_version=$(dpkg-query --show --showformat='${Version}' wattelier)
if json=$(wattelier --version) &&
    [ "$(sed -n 's/.*"version" *: *"\([^"]*\)".*/\1/p' <<<"$json")" = "$package_version" ]; then
    pass "wattelier --version says $package_version"
else
    fail "wattelier --version: expected version $package_version in: ${json:-nothing}"
fi
# Subcommands print JSON on stdout and messages on stderr (shown on failure).
if json=$(wattelier demo "$work/demo.wattelier" 2>"$work/stderr") &&
    [ "${json:0:1}" = "{" ] && [ -s "$work/demo.wattelier" ]; then
    pass "wattelier demo writes a workshop (SQLite driver found)"
else
    fail "wattelier demo: ${json:-no output} $(cat "$work/stderr")"
fi
if json=$(wattelier inventory "$work/demo.wattelier" 2>"$work/stderr") &&
    [ "${json:0:1}" = "{" ]; then
    pass "wattelier inventory reads it back"
else
    fail "wattelier inventory: ${json:-no output} $(cat "$work/stderr")"
fi
# Printing lays out text without a display: fonts and the offscreen platform.
if json=$(wattelier report "$work/demo.wattelier" --out "$work/summary.pdf" --lang fr \
        2>"$work/stderr") && [ "${json:0:1}" = "{" ] && [ -s "$work/summary.pdf" ]; then
    pass "wattelier report writes the meeting summary as PDF"
else
    fail "wattelier report: ${json:-no output} $(cat "$work/stderr")"
fi

# 4. The files, where desktops look for them.
desktop=/usr/share/applications/be.wattelier.Wattelier.desktop
metainfo=/usr/share/metainfo/be.wattelier.Wattelier.metainfo.xml
mime=/usr/share/mime/packages/be.wattelier.Wattelier.xml
listed=$(dpkg --listfiles wattelier)
for file in /usr/bin/wattelier "$desktop" "$metainfo" "$mime" \
    /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/be.wattelier.Wattelier.png \
    /usr/share/icons/hicolor/scalable/apps/be.wattelier.Wattelier.svg \
    /usr/share/doc/wattelier/README.md /usr/share/doc/wattelier/CHANGELOG.md \
    /usr/share/doc/wattelier/copyright; do
    if grep -qxF "$file" <<<"$listed" && [ -f "$file" ]; then
        pass "installed $file"
    else
        fail "not installed: $file"
    fi
done
check "appstreamcli validate --no-net $metainfo" appstreamcli validate --no-net "$metainfo"
check "desktop-file-validate $desktop" desktop-file-validate "$desktop"
check "AppStream says the project's licence is GPL-3.0-or-later" \
    grep -q '<project_license>GPL-3.0-or-later</project_license>' "$metainfo"
check "copyright names GPL-3.0-or-later for every file" \
    grep -qxF 'License: GPL-3.0-or-later' /usr/share/doc/wattelier/copyright

# 5. Double-click: the MIME database knows *.wattelier (shared-mime-info's
# dpkg trigger ran update-mime-database) and the desktop database says which
# launcher opens it (desktop-file-utils' trigger ran update-desktop-database).
if [ ! -f /usr/share/mime/application/x-wattelier.xml ]; then
    echo "    note: the MIME database was not rebuilt by a dpkg trigger; running update-mime-database"
    as_root update-mime-database /usr/share/mime
fi
check "MIME type application/x-wattelier is in the database" \
    test -f /usr/share/mime/application/x-wattelier.xml
check "*.wattelier maps to application/x-wattelier" \
    grep -q ':application/x-wattelier:\*\.wattelier' /usr/share/mime/globs2
check "application/x-wattelier is a kind of SQLite database" \
    grep -qx 'application/x-wattelier application/vnd.sqlite3' /usr/share/mime/subclasses
if [ -f /usr/share/applications/mimeinfo.cache ]; then
    check "application/x-wattelier opens with be.wattelier.Wattelier.desktop" \
        grep -q '^application/x-wattelier=.*be\.wattelier\.Wattelier\.desktop' \
        /usr/share/applications/mimeinfo.cache
fi

echo
if [ "$failures" -ne 0 ]; then
    echo "FAIL: $failures check(s) failed (the package is left installed)"
    exit 1
fi
echo "PASS: all package checks ($(basename "$deb") is left installed)"
