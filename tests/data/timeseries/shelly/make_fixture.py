#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator for a Shelly EM (Gen1) energy log download
GET http://<device-ip>/emeter/0/em_data.csv

Header: Date/time UTC,Active energy Wh (1),Returned energy Wh (1),Min V,Max V
One row per 10 minutes, UTC "YYYY-MM-DD HH:MM", energy per interval in Wh (2 decimals).
The clamp sits on the grid connection of a Brussels house with PV: "Active energy" =
imported from the grid, "Returned energy" = injected into the grid.
Fixture defects: a block of rows out of order, 5 exactly duplicated rows, a missing
30-minute stretch.

expected.json is computed from the in-memory model, not by parsing.
Run: python3 make_fixture.py
"""
import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

UTC = timezone.utc
HERE = Path(__file__).resolve().parent
CSV_NAME = "em_data.csv"
STEP = 600
rng = random.Random(6002025)


def sun_factor(t):
    doy = t.timetuple().tm_yday
    decl = math.radians(23.44 * math.sin(math.radians(360.0 * (284 + doy) / 365.0)))
    lat = math.radians(50.85)
    hours = t.hour + t.minute / 60.0
    ha = math.radians((hours + 4.35 / 15.0 - 12.0) * 15.0)
    s = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(ha)
    return max(0.0, s) ** 1.2


def load_w(t):
    h = (t.hour + t.minute / 60.0 + 1.0) % 24
    return 160.0 + 800.0 * math.exp(-((h - 7.5) ** 2) / 0.8) + 1400.0 * math.exp(-((h - 19.0) ** 2) / 2.5)


start = datetime(2025, 10, 25, 0, 0, tzinfo=UTC)
slots = [start + timedelta(seconds=STEP * i) for i in range(3 * 144)]
absent = {s for s in slots if s.strftime("%d %H:%M") in
          ("27 03:00", "27 03:10", "27 03:20")}  # device rebooting, no log rows

rows = []   # (slot, text)
model = {}  # slot -> (import_wh, export_wh)
for s in slots:
    mid = s + timedelta(seconds=STEP / 2)
    pv = 3800.0 * sun_factor(mid) * (0.35 + 0.65 * rng.random())
    load = load_w(mid) * (0.8 + 0.4 * rng.random())
    net = load - pv
    imp = round(max(net, 0.0) * STEP / 3600.0, 2)
    exp = round(max(-net, 0.0) * STEP / 3600.0, 2)
    vmin = round(226.0 + 4.0 * rng.random(), 1)
    vmax = round(vmin + 0.5 + 3.0 * rng.random(), 1)
    if s in absent:
        continue
    model[s] = (imp, exp)
    rows.append((s, f"{s.strftime('%Y-%m-%d %H:%M')},{imp:.2f},{exp:.2f},{vmin:.1f},{vmax:.1f}"))

# defects -------------------------------------------------------------------
# 1) out of order: the 26 Oct 08:00-08:50 block is written after 26 Oct 12:00
blk = [r for r in rows if r[0].strftime("%d %H") == "26 08"]
rest = [r for r in rows if r not in blk]
pos = next(i for i, r in enumerate(rest) if r[0].strftime("%d %H:%M") == "26 12:00") + 1
rows = rest[:pos] + blk + rest[pos:]
# 2) five exact duplicates (log chunk re-sent after a reconnect)
dup_src = [r for r in rows if r[0].strftime("%d %H:%M") in
           ("25 14:00", "25 14:10", "25 14:20", "27 09:40", "27 21:50")]
out = []
for r in rows:
    out.append(r)
    if r in dup_src[:3] and r[0].strftime("%H:%M") == "14:20":
        out.extend(dup_src[:3])          # 14:00,14:10,14:20 repeated right after 14:20
    elif r in dup_src[3:]:
        out.append(r)                    # immediate repeat
n_dups = len(out) - len(rows)
assert n_dups == 5
lines = ["Date/time UTC,Active energy Wh (1),Returned energy Wh (1),Min V,Max V"] + [t for _, t in out]
(HERE / CSV_NAME).write_text("\n".join(lines) + "\n")


def z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def series(kind, col, idx):
    ks = sorted(model)
    first, last = ks[0], ks[-1]
    grid = int((last - first).total_seconds()) // STEP + 1
    return {"kind": kind, "source_column": col, "interval_s": STEP,
            "first_utc": z(first), "last_utc": z(last), "values": len(ks),
            "missing": grid - len(ks),
            "total_kwh": round(sum(model[k][idx] for k in ks) / 1000.0, 3)}


expected = {
    "format": "shelly",
    "file": CSV_NAME,
    "series": [series("consumption", "Active energy Wh (1)", 0),
               series("injection", "Returned energy Wh (1)", 1)],
    "warnings": {"duplicates_dropped": n_dups, "resets": 0, "nonexistent_local_times": 0},
    "notes": (
        "Per-interval energy (Wh) per 10-min row, timestamp = UTC START of the interval. "
        "'consumption' = energy imported from the grid (Active energy), 'injection' = energy returned "
        "to the grid. Rows must be sorted by time: the 26 Oct 08:00-08:50Z block appears after 12:00Z. "
        "5 rows are exact textual duplicates of earlier rows -> dropped and counted. "
        "27 Oct 03:00-03:20Z rows are absent -> 3 missing intervals per series. "
        "Zero values are real zeros (e.g. no injection at night)."
    ),
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
print(json.dumps(expected["series"]), n_dups)
