#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line is reproducible (#19): the real executable, run once in a
# plain environment (C locale, no settings) and once as a French-speaking
# Belgian desktop would run it (fr_BE locale, a settings file with other
# prices and language), prints byte-identical JSON for every subcommand.
#   tests/tools/cli-reproducible.sh PATH/TO/wattelier
set -euo pipefail
exe=${1:?usage: $0 PATH/TO/wattelier}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run_all OUTFILE: every subcommand on the same files, JSON appended to OUTFILE.
run_all() {
    local out=$1
    rm -rf "$work/files" && mkdir -p "$work/files"
    local w="$work/files/demo.wattelier"
    {
        "$exe" demo "$w"
        "$exe" inventory "$w"
        "$exe" challenge "$w"
        "$exe" series "$w"
        "$exe" balance "$w" --production 1 --consumption 2 --from 2025-06-01 --to 2025-06-30 \
            --offtake-price 0.3
        "$exe" report "$w" --out "$work/files/summary.pdf" --lang fr
        "$exe" report "$w" --kind household --household A --out "$work/files/sheet.pdf"
        "$exe" invite "$w" --household A --out "$work/files/invite.wattelier"
        "$exe" merge "$w" "$work/files/invite.wattelier" --dry-run
        "$exe" pv-estimate --kwp 4.5 --tilt 35 --azimuth 180
        "$exe" export "$w" 1 "$work/files/series.csv"
    } >"$out" 2>"$out.stderr"
    sha256sum "$work/files/series.csv" >>"$out"
}

# 1. Plain: C locale, an empty home (no settings).
mkdir -p "$work/plain-home"
env -i PATH="$PATH" HOME="$work/plain-home" LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    bash -c "set -euo pipefail; $(declare -f run_all); exe='$exe' work='$work' run_all '$work/plain.json'"

# 2. A Belgian French desktop whose Preferences say other prices and Dutch.
mkdir -p "$work/fr-home/.config/Wattelier"
cat >"$work/fr-home/.config/Wattelier/wattelier.conf" <<'EOF'
[prices]
electricityEurPerKwh=0.99
injectionEurPerKwh=0.5

[interface]
language=nl

[wattmeters]
resolutionW=5
EOF
env -i PATH="$PATH" HOME="$work/fr-home" LC_ALL=fr_BE.UTF-8 LANG=fr_BE.UTF-8 \
    LANGUAGE=fr_BE QT_QPA_PLATFORM=offscreen \
    bash -c "set -euo pipefail; $(declare -f run_all); exe='$exe' work='$work' run_all '$work/fr.json'"

if ! cmp -s "$work/plain.json" "$work/fr.json"; then
    echo "FAIL: the JSON differs between a plain and a French desktop environment:"
    diff "$work/plain.json" "$work/fr.json" | head -40
    exit 1
fi
lines=$(wc -l <"$work/plain.json")
echo "PASS: 11 subcommands print byte-identical JSON ($lines lines) in both environments"
