# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack -G DEB` in the build directory writes
# wattelier_<version>_<arch>.deb (see packaging/test-package.sh).
# Name, version, summary and homepage come from project() at the top.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wattelier)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Wattelier developers")
set(CPACK_PACKAGE_CONTACT "Wattelier developers <wattelier@example.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
set(CPACK_PACKAGE_DESCRIPTION
    "Wattelier helps the facilitators of neighbourhood energy communities run their
workshops with a laptop and a projector: appliance inventories, plug-in
wattmeter readings, weekly energy challenges, smart-meter and inverter imports,
solar production against consumption, and live slides for the wall.
The interface is in French, Dutch and English.")
# Installed under /usr: see cpack-options.cmake.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpack-options.cmake)
# Release builds carry debug information; the package does not.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps (package dpkg-dev) turns the libraries the binary links
# (Qt 6, libqcustomplot2.1-qt6, libstdc++...) into package names with
# versions and appends them to the list below, which holds what the dynamic
# linker cannot see: plugins Qt loads at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins")   # the QSQLITE driver; the X11 (xcb) platform
# Qt's own strings (standard buttons, file and print dialogs) in French and
# Dutch (qtbase_*.qm); DejaVu Sans, the font printed reports ask for; and
# the native Wayland platform (without it Qt runs through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core, qt6-wayland")

# `package_source` (not used by the Debian package) must not swallow the
# build directories or the git history.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "^${PROJECT_SOURCE_DIR}/build[^/]*/")

include(CPack)
