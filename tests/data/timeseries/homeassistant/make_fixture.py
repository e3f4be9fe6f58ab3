#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator for a Home Assistant history CSV export
(Developer tools / History -> "Download data"): header entity_id,state,last_changed.

One cumulative PV energy sensor (kWh, state_class total_increasing), irregular state
changes (HA records a row only when the state changes), UTC ISO-8601 timestamps,
"unknown"/"unavailable" text states, and a counter reset to 0 on 26 Oct 2025.

expected.json gives only total_kwh (sum of positive increments between consecutive
numeric states + the value reached after each reset, counted from 0) and resets;
the app resamples irregular cumulative sources itself.
Run: python3 make_fixture.py
"""
import csv
import io
import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

UTC = timezone.utc
HERE = Path(__file__).resolve().parent
CSV_NAME = "history.csv"
ENTITY = "sensor.solar_inverter_total_energy"
PEAK_W = 3600.0
rng = random.Random(20251025)


def sun_factor(t):
    doy = t.timetuple().tm_yday
    decl = math.radians(23.44 * math.sin(math.radians(360.0 * (284 + doy) / 365.0)))
    lat = math.radians(50.85)
    hours = t.hour + t.minute / 60.0 + t.second / 3600.0
    ha = math.radians((hours + 4.35 / 15.0 - 12.0) * 15.0)
    s = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(ha)
    return max(0.0, s) ** 1.2


start = datetime(2025, 10, 25, 0, 0, tzinfo=UTC)
end = datetime(2025, 10, 28, 0, 0, tzinfo=UTC)
RESET_AT = datetime(2025, 10, 26, 12, 40, tzinfo=UTC)    # inverter swapped: new counter from 0
UNAVAIL = [(datetime(2025, 10, 25, 11, 3, 17, 250000, tzinfo=UTC),
            datetime(2025, 10, 25, 11, 21, 4, 912000, tzinfo=UTC)),   # HA restart / integration down
           (datetime(2025, 10, 27, 13, 14, 55, 5000, tzinfo=UTC),
            datetime(2025, 10, 27, 13, 52, 40, 618000, tzinfo=UTC))]

counter_kwh = 8123.4567  # old inverter lifetime counter
rows = []               # (datetime, state_text)
rows.append((start, f"{counter_kwh:.3f}"))  # HA puts the state valid at range start first
t = start
last_state = rows[0][1]
reset_done = False
un_i = 0
while t < end:
    step = timedelta(seconds=rng.randint(45, 420), microseconds=rng.randint(0, 999) * 1000)
    nt = min(t + step, end)
    p = PEAK_W * sun_factor(t + (nt - t) / 2) * (0.4 + 0.6 * rng.random())
    counter_kwh += p * (nt - t).total_seconds() / 3.6e6
    t = nt
    if t >= end:
        break
    if not reset_done and t >= RESET_AT:
        counter_kwh = (t - RESET_AT).total_seconds() * 0.0000001  # ~0, new meter
        reset_done = True
    if un_i < len(UNAVAIL) and t >= UNAVAIL[un_i][0]:
        a, b = UNAVAIL[un_i]
        rows.append((a, "unavailable"))
        # energy keeps accumulating in the inverter meanwhile
        dt = (b - a).total_seconds()
        counter_kwh += PEAK_W * sun_factor(a) * 0.6 * dt / 3.6e6
        t = b
        last_state = f"{counter_kwh:.3f}"
        rows.append((b, last_state))
        un_i += 1
        continue
    s = f"{counter_kwh:.3f}"
    if s != last_state:  # HA only records changes
        rows.append((t, s))
        last_state = s
# an "unknown" right after the reset (entity re-created, first state unknown)
ri = next(i for i, (tt, _) in enumerate(rows) if tt >= RESET_AT)
rows.insert(ri, (RESET_AT + timedelta(seconds=2, microseconds=331000), "unknown"))
rows.sort(key=lambda r: r[0])


def fmt(t, i):
    # Frontend download uses "...T..:..:..sssZ"; rows after the reset are written in the
    # recorder/REST style "+00:00" with microseconds, to exercise both UTC notations.
    if t < RESET_AT:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
    return t.isoformat(timespec="microseconds")


buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["entity_id", "state", "last_changed"])
for i, (tt, s) in enumerate(rows):
    w.writerow([ENTITY, s, fmt(tt, i)])
(HERE / CSV_NAME).write_text(buf.getvalue())

# expected: independent of the CSV text, from the numeric state sequence
total = 0.0
resets = 0
prev = None
for tt, s in rows:
    try:
        x = float(s)
    except ValueError:
        continue  # unknown / unavailable: ignored, previous numeric value is kept
    if prev is not None:
        if x >= prev:
            total += x - prev
        else:
            resets += 1
            total += x
    prev = x

expected = {
    "format": "homeassistant",
    "file": CSV_NAME,
    "series": [{"kind": "production", "entity_id": ENTITY, "unit": "kWh",
                "total_kwh": round(total, 3)}],
    "warnings": {"duplicates_dropped": 0, "resets": resets, "nonexistent_local_times": 0},
    "notes": (
        "Irregular cumulative kWh sensor; only total_kwh and resets are specified (grid figures depend "
        "on the app's resampling). total_kwh = sum of non-negative differences between consecutive "
        "numeric states + the value reached after each decrease (a decrease is a meter reset; the new "
        "value counts from 0). 'unknown'/'unavailable' rows are skipped (gap, not 0): the next numeric "
        "state is compared with the last numeric state before the gap. Timestamps are UTC: rows before "
        "2025-10-26T12:40Z use '...sssZ' (frontend export), later rows '+00:00' with microseconds "
        "(mixed on purpose for parser robustness; a real export uses one style). "
        f"{len(rows)} data rows."
    ),
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")
print(json.dumps(expected["series"][0]), resets, len(rows))
