#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator for a SolarEdge monitoring API "site energy" JSON
(GET /site/{id}/energy?timeUnit=QUARTER_OF_AN_HOUR&startDate=...&endDate=...).

Brussels site, dates are naive LOCAL site time "YYYY-MM-DD HH:MM:SS", each value
= Wh produced in the quarter hour STARTING at that label, null = no data.
Spring DST Sun 29 Mar 2026: SolarEdge emits 96 wall-clock labels for every day,
including the non-existent 02:00, 02:15, 02:30, 02:45 (value null at night).

expected.json is computed from the in-memory model (UTC instants), not by parsing.
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
JSON_NAME = "site-energy-quarter-2026-03-28_30.json"
STEP = 900
PEAK_W = 6000.0
rng = random.Random(202603291)


def sun_factor(t):
    doy = t.timetuple().tm_yday
    decl = math.radians(23.44 * math.sin(math.radians(360.0 * (284 + doy) / 365.0)))
    lat = math.radians(50.85)
    hours = t.hour + t.minute / 60.0 + t.second / 3600.0
    ha = math.radians((hours + 4.35 / 15.0 - 12.0) * 15.0)
    s = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(ha)
    return max(0.0, s) ** 1.2


def exists(naive):
    """True if the naive local time exists in Europe/Brussels."""
    aware = naive.replace(tzinfo=BXL)
    back = aware.astimezone(UTC).astimezone(BXL).replace(tzinfo=None)
    return back == naive


rows = []  # (label, utc_start or None, value or None)
day = datetime(2026, 3, 28)
cloud = {}
for d in range(3):
    for q in range(96):
        naive = day + timedelta(days=d, minutes=15 * q)
        label = naive.strftime("%Y-%m-%d %H:%M:%S")
        if not exists(naive):
            rows.append((label, None, None))
            continue
        u = naive.replace(tzinfo=BXL).astimezone(UTC)
        hk = u.replace(minute=0)
        if hk not in cloud:
            cloud[hk] = 0.25 + 0.75 * rng.random()
        e = PEAK_W * sun_factor(u + timedelta(seconds=STEP / 2)) * cloud[hk] * STEP / 3600.0
        if e < 0.5:
            # at night the inverter is asleep: SolarEdge mostly returns null,
            # occasionally 0.0 (both seen in public samples)
            v = 0.0 if (q % 24 == 20) else None
        else:
            v = float(round(e))
        rows.append((label, u, v))

# a daytime communication gap (null while the sun shines)
for k, (label, u, v) in enumerate(rows):
    if label.startswith("2026-03-30 13:") and label[14:16] in ("00", "15", "30"):
        rows[k] = (label, u, None)

doc = {"energy": {"timeUnit": "QUARTER_OF_AN_HOUR", "unit": "Wh", "measuredBy": "INVERTER",
                  "values": [{"date": lab, "value": v} for lab, _, v in rows]}}
(HERE / JSON_NAME).write_text(json.dumps(doc, indent=4) + "\n")

vals = [(u, v / 1000.0) for _, u, v in rows if u is not None and v is not None]
first, last = vals[0][0], vals[-1][0]
grid = int((last - first).total_seconds()) // STEP + 1
nonexist = sum(1 for _, u, _ in rows if u is None)


def z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


expected = {
    "format": "solaredge",
    "file": JSON_NAME,
    "series": [{
        "kind": "production",
        "source_field": "energy.values[].value",
        "interval_s": STEP,
        "first_utc": z(first),
        "last_utc": z(last),
        "values": len(vals),
        "missing": grid - len(vals),
        "total_kwh": round(sum(v for _, v in vals), 3),
    }],
    "warnings": {"duplicates_dropped": 0, "resets": 0, "nonexistent_local_times": nonexist},
    "notes": (
        "Naive local labels (Europe/Brussels), value = Wh in the quarter hour starting at the label; "
        "null = gap (never 0). 288 rows = 3 x 96 wall-clock labels. On 2026-03-29 the labels 02:00-02:45 "
        "do not exist locally: they are dropped and counted in nonexistent_local_times (their value is "
        "null, as at night in real exports). 03:00 local = 01:00Z follows 01:45 local = 00:45Z, so the "
        "UTC grid has no hole there. 0.0 values at night are real zeros (counted as values). "
        "A 45-minute daytime null block on 30 Mar 13:00-13:30 local is a gap."
    ),
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
print(json.dumps(expected["series"][0]), nonexist)
