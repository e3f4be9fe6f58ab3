#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator for an Enphase Enlighten hourly "Custom report" CSV.

Brussels site, local wall-clock time (Europe/Brussels), M/D/Y dates, hourly
"Energy Produced (Wh)" (energy produced during the hour that STARTS at the row
label). Covers the autumn DST change Sun 26 Oct 2025: local 02:00 occurs twice
(02:00 CEST = 00:00Z, then 02:00 CET = 01:00Z), so "10/26/2025 02:00,0" appears
on two consecutive rows. These are NOT duplicates.

expected.json is computed from the in-memory model (UTC hours), not by parsing.
Run: python3 make_fixture.py
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
CSV_NAME = "9999999_custom_report.csv"
PEAK_W = 4200.0
rng = random.Random(20251026)


def sun_factor(t):
    doy = t.timetuple().tm_yday
    decl = math.radians(23.44 * math.sin(math.radians(360.0 * (284 + doy) / 365.0)))
    lat = math.radians(50.85)
    hours = t.hour + t.minute / 60.0
    ha = math.radians((hours + 4.35 / 15.0 - 12.0) * 15.0)
    s = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(ha)
    return max(0.0, s) ** 1.2


start = datetime(2025, 10, 25, 0, 0, tzinfo=BXL).astimezone(UTC)   # 24 Oct 22:00Z
end = datetime(2025, 10, 27, 23, 0, tzinfo=BXL).astimezone(UTC)    # 27 Oct 22:00Z
hours = []
t = start
while t <= end:
    hours.append(t)
    t += timedelta(hours=1)
assert len(hours) == 73  # 24 + 25 + 24

wh = []
for h in hours:
    cloud = 0.3 + 0.7 * rng.random()
    e = 0.0
    for k in range(12):  # integrate over the hour in 5-min steps
        m = h + timedelta(minutes=5 * k + 2.5)
        e += PEAK_W * sun_factor(m) * cloud * 300 / 3600.0
    wh.append(int(round(e)))

# communication outage: Enlighten leaves the cells empty (ASSUMPTION, see notes)
gap = {i for i, h in enumerate(hours)
       if h.astimezone(BXL).strftime("%m/%d %H") in ("10/27 11", "10/27 12")}

lines = ["Date/Time,Energy Produced (Wh)"]
for i, h in enumerate(hours):
    label = h.astimezone(BXL).strftime("%m/%d/%Y %H:%M")
    lines.append(f"{label}," + ("" if i in gap else str(wh[i])))
(HERE / CSV_NAME).write_text("\n".join(lines) + "\n")

vals = [(h, wh[i] / 1000.0) for i, h in enumerate(hours) if i not in gap]
first, last = vals[0][0], vals[-1][0]
grid = int((last - first).total_seconds()) // 3600 + 1


def z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


expected = {
    "format": "enphase",
    "file": CSV_NAME,
    "series": [{
        "kind": "production",
        "source_column": "Energy Produced (Wh)",
        "interval_s": 3600,
        "first_utc": z(first),
        "last_utc": z(last),
        "values": len(vals),
        "missing": grid - len(vals),
        "total_kwh": round(sum(v for _, v in vals), 3),
    }],
    "warnings": {"duplicates_dropped": 0, "resets": 0, "nonexistent_local_times": 0},
    "notes": (
        "Per-hour energy, row label = local START of the hour (Europe/Brussels). "
        "73 rows: 26 Oct 2025 has 25 rows because '10/26/2025 02:00' appears twice: first = 02:00 CEST "
        "= 2025-10-26T00:00:00Z, second = 02:00 CET = 01:00:00Z. Both rows read ',0' and are textually "
        "identical: they must NOT be counted as exact duplicates (duplicates_dropped = 0); resolve the "
        "ambiguous label by order of appearance (first occurrence -> DST offset, second -> standard). "
        "Two daytime hours (27 Oct 11:00 and 12:00 local) have an empty value -> gap (2 missing)."
    ),
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
print(json.dumps(expected["series"][0]))
