#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator for the SMA "CSV3" (WebUI style) fixture.

Site: Brussels (Europe/Brussels), 5-minute counter readings of the total yield
counter Metering.TotWhOut in Wh, local wall-clock time, spanning the spring DST
change (Sun 29 Mar 2026, 02:00 CET -> 03:00 CEST).

expected.json is computed from the in-memory model (UTC instants + exact counter
values), NOT by re-parsing the CSV, so it is independent of any parser.
Run:  python3 make_fixture.py   (writes sma-5min-2026-03-28_30.csv + expected.json)
"""
import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

UTC = timezone.utc
BXL = ZoneInfo("Europe/Brussels")
HERE = Path(__file__).resolve().parent
CSV_NAME = "sma-5min-2026-03-28_30.csv"
STEP = 300
PEAK_W = 5000.0
COUNTER0 = 12843517  # Wh, arbitrary installation history

rng = random.Random(20260329)


def sun_factor(t):
    """Crude clear-sky shape for Brussels (50.85N, 4.35E); >= 0."""
    doy = t.timetuple().tm_yday
    decl = math.radians(23.44 * math.sin(math.radians(360.0 * (284 + doy) / 365.0)))
    lat = math.radians(50.85)
    hours = t.hour + t.minute / 60.0 + t.second / 3600.0
    ha = math.radians((hours + 4.35 / 15.0 - 12.0) * 15.0)
    s = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(ha)
    return max(0.0, s) ** 1.2


start_utc = datetime(2026, 3, 28, 0, 0, tzinfo=BXL).astimezone(UTC)  # 27 Mar 23:00Z
end_utc = datetime(2026, 3, 30, 23, 55, tzinfo=BXL).astimezone(UTC)  # 30 Mar 21:55Z
n = int((end_utc - start_utc).total_seconds()) // STEP + 1
instants = [start_utc + timedelta(seconds=STEP * i) for i in range(n)]

# hourly cloudiness, deterministic
clouds = {}
for t in instants:
    key = t.replace(minute=0)
    if key not in clouds:
        clouds[key] = 0.35 + 0.65 * rng.random()

acc = 0.0
counter = []  # exact counter per instant (Wh, int) before NaN masking
power = []    # mean power over the 5 min ENDING at the instant (W)
prev = None
for t in instants:
    if prev is None:
        p = 0.0
    else:
        mid = prev + timedelta(seconds=STEP / 2)
        p = PEAK_W * sun_factor(mid) * clouds[mid.replace(minute=0, second=0)]
        acc += p * STEP / 3600.0
    counter.append(COUNTER0 + int(acc))
    power.append(p)
    prev = t


def local(t):
    return t.astimezone(BXL)


# Data-logger outages: counter (and power) NaN
nan_idx = set()
for i, t in enumerate(instants):
    lt = local(t)
    if lt.date().isoformat() == "2026-03-28" and lt.hour == 22:  # night outage 22:00-22:55
        nan_idx.add(i)
    if lt.date().isoformat() == "2026-03-30" and lt.hour == 12 and lt.minute in (0, 5, 10):
        nan_idx.add(i)  # short daytime outage, counter keeps rising meanwhile

# ---------------------------------------------------------------- write CSV
dev = "STP5.0-3AV-40 752"
lines = [
    "sep=;",
    "Version CSV3|Tool WebUI|Linebreaks CR/LF|Delimiter semicolon",
    "",
    f";{dev};{dev}",
    ";SUNNY TRIPOWER 5.0;SUNNY TRIPOWER 5.0",
    ";3012345678;3012345678",
    ";Metering.TotWhOut;GridMs.TotW (Avg)",
    ";Analog;Analog",
    "DD.MM.YYYY hh:mm:ss;[Wh];[W]",
]
for i, t in enumerate(instants):
    lt = local(t)
    ts = lt.strftime("%d.%m.%Y %H:%M:%S")
    if i in nan_idx:
        lines.append(f"{ts};NaN;NaN")
        continue
    p = power[i]
    # SMA writes NaN for the power channel when the inverter sleeps at night
    pw = "NaN" if (p < 0.5 and sun_factor(t) == 0.0) else str(int(round(p)))
    lines.append(f"{ts};{counter[i]};{pw}")
(HERE / CSV_NAME).write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))

# ---------------------------------------------------------------- expected
vals = []      # (start, kWh)
missing_starts = []
unattributed_wh = 0
for i in range(n - 1):
    if i in nan_idx or (i + 1) in nan_idx:
        missing_starts.append(instants[i])
        continue
    d = counter[i + 1] - counter[i]
    assert d >= 0
    vals.append((instants[i], d / 1000.0))
# energy that happened across gaps (not attributable to any single interval)
i = 0
while i < n:
    if i in nan_idx:
        j = i
        while j in nan_idx:
            j += 1
        unattributed_wh += counter[j] - counter[i - 1]
        i = j
    else:
        i += 1

# Since #18 the counter's rise across an outage is spread evenly over the
# intervals it spans, which are marked estimated: the total is the counter's
# advance, and those intervals are no longer missing.
estimated = []  # (start, kWh)
i = 0
while i < n:
    if i in nan_idx:
        j = i
        while j in nan_idx:
            j += 1
        spanned = j - (i - 1)
        rise_kwh = (counter[j] - counter[i - 1]) / 1000.0
        estimated += [(instants[k], rise_kwh / spanned) for k in range(i - 1, j)]
        i = j
    else:
        i += 1
measured_count = len(vals)
vals = sorted(vals + estimated)

first, last = vals[0][0], vals[-1][0]
grid_len = int((last - first).total_seconds()) // STEP + 1
missing = grid_len - len(vals)


def z(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


expected = {
    "format": "sma",
    "file": CSV_NAME,
    "series": [{
        "kind": "production",
        "source_column": "Metering.TotWhOut",
        "interval_s": STEP,
        "first_utc": z(first),
        "last_utc": z(last),
        "values": len(vals),
        "missing": missing,
        "total_kwh": round(sum(v for _, v in vals), 3),
        "estimated_values": len(estimated),
        "estimated_kwh": round(sum(v for _, v in estimated), 3),
    }],
    "warnings": {"duplicates_dropped": 0, "resets": 0, "nonexistent_local_times": 0},
    "notes": (
        "Cumulative counter Metering.TotWhOut [Wh], local time Europe/Brussels. "
        "Spring DST: the export jumps from 29.03.2026 01:55:00 (00:55Z) to 03:00:00 (01:00Z); "
        "no 02:xx rows exist, so every interval is 300 s on the UTC grid. "
        "Rule used: an interval [t_i, t_i+1) is measured when BOTH counter readings are numeric; "
        f"{len(nan_idx)} NaN readings in 2 outages -> {len(estimated)} estimated intervals. "
        f"Energy accumulated across the outages ({unattributed_wh} Wh) is spread evenly over the "
        "intervals they span, marked estimated, and counted in total_kwh (#18). "
        "The [W] power column is informational only. Values rounded: total_kwh to 3 decimals."
    ),
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
print(json.dumps(expected["series"][0]), unattributed_wh)
