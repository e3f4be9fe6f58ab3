#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang in their own folder and runs each for
# a bounded time, seeded with the time-series fixtures. Fails on any crash,
# sanitizer report or hang. Usage: tests/fuzz/run-fuzz.sh [build-folder] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-fuzz}
seconds=${2:-60}
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWATTELIER_FUZZ=ON >/dev/null
cmake --build "$build" --parallel 2
corpus="$build/corpus"
mkdir -p "$corpus"
seeds=$(find tests/data/timeseries -mindepth 1 -maxdepth 1 -type d | sort)
# New inputs go to the first folder (the build's), never into the fixtures.
# Qt keeps some global caches until exit: leak reports would be noise.
ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_seriesformats" "$corpus" $seeds \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/" 2>&1 | tail -n 25
