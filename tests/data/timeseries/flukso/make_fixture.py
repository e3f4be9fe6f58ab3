#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator for two Flukso fixtures (all timestamps are UTC epochs).

1) api.json: response of the flukso.net REST API v1.0
   GET https://api.flukso.net/sensor/<sid>?start=1761350400&end=1761609600&resolution=15min&unit=watt
   -> [[unix_ts, value], ...]; value = AVERAGE power in W over the 15 min interval that ENDS at
   unix_ts; "nan" (a JSON string) = no data. The last element is the still-incomplete interval -> "nan".
2) tmpo-block.gz: one gzip-compressed tmpo block (level 20, i.e. 2^20 s = ~12 days, bid = block
   start epoch, multiple of 2^20) of a cumulative electricity counter in Wh:
   {"h":{"head":[t0,v0],"tail":[tN,vN],"vsn":1,"cfg":{...}},"t":[0,dt1,...],"v":[0,dv1,...]}
   with t/v = deltas relative to the previous sample (first delta 0 relative to head).

expected.json (api.json) and expected-tmpo.json are computed from the in-memory model.
Run: python3 make_fixture.py
"""
import gzip
import json
import math
import random
from datetime import datetime, timezone
from pathlib import Path

UTC = timezone.utc
HERE = Path(__file__).resolve().parent
SID = "c1411c6b4f9910bbbab09f145f8533b9"
T0 = 1761350400          # 2025-10-25T00:00:00Z
T1 = 1761609600          # 2025-10-28T00:00:00Z
rng = random.Random(1761350400)


def z(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def household_w(ts):
    """Deterministic household consumption (W) as a function of UTC epoch."""
    h = ((ts % 86400) / 3600.0 + 1.0) % 24  # ~ local (CET-ish) hour of day
    base = 140.0
    morning = 900.0 * math.exp(-((h - 7.5) ** 2) / 0.8)
    evening = 1500.0 * math.exp(-((h - 19.0) ** 2) / 2.5)
    return base + morning + evening


# ------------------------------------------------------------------ api.json
RES = 900
api = []
api_vals = []  # (interval_start, kWh)
nan_block = set(range(1761465600, 1761469200 + 1, RES))  # ends 26 Oct 08:00Z .. 09:00Z
for end_ts in range(T0 + RES, T1 + RES + 1, RES):
    if end_ts > T1 or end_ts in nan_block:
        api.append([end_ts, "nan"])
        continue
    w = int(round(household_w(end_ts - RES / 2) * (0.85 + 0.3 * rng.random())))
    api.append([end_ts, w])
    api_vals.append((end_ts - RES, w * RES / 3600000.0))
# compact form, exactly like the API (no spaces)
(HERE / "api.json").write_text(json.dumps(api, separators=(",", ":")) + "\n")

first, last = api_vals[0][0], api_vals[-1][0]
grid = (last - first) // RES + 1
exp_api = {
    "format": "flukso",
    "file": "api.json",
    "series": [{
        "kind": "consumption",
        "source": f"/sensor/{SID}?start={T0}&end={T1}&resolution=15min&unit=watt",
        "interval_s": RES,
        "first_utc": z(first),
        "last_utc": z(last),
        "values": len(api_vals),
        "missing": grid - len(api_vals),
        "total_kwh": round(sum(v for _, v in api_vals), 3),
    }],
    "warnings": {"duplicates_dropped": 0, "resets": 0, "nonexistent_local_times": 0},
    "notes": (
        "unit=watt: value = mean power (W) over the 15-min interval ENDING at the timestamp, so the "
        "interval start is ts-900 and kWh = W*900/3.6e6. \"nan\" strings are gaps (never 0). "
        f"{len(nan_block)} consecutive \"nan\" (26 Oct 07:45-08:45Z starts) form a gap; the trailing "
        "\"nan\" at ts=T1+900 is the incomplete current interval and lies after last_utc (not counted "
        "as missing). Timestamps are UTC epochs: no DST handling needed although the range spans "
        "26 Oct 2025."
    ),
}
(HERE / "expected.json").write_text(json.dumps(exp_api, indent=2) + "\n")

# ------------------------------------------------------------------ tmpo block
LVL = 20
BID = (T0 // 2 ** LVL) * 2 ** LVL        # 1760559104
BLOCK_END = BID + 2 ** LVL               # 1761607680 = 2025-10-27T23:28:00Z
STEP = 300
COUNTER0 = 4823117                       # Wh
samples = []
acc = 0.0
offline = set(range(1761472800 + STEP, 1761476400, STEP))  # 26 Oct 10:05Z..10:55Z: no samples
ts = T0
while ts < BLOCK_END:
    if ts > T0:
        acc += household_w(ts - STEP / 2) * (0.85 + 0.3 * rng.random()) * STEP / 3600.0
    if ts not in offline:
        samples.append((ts, COUNTER0 + int(acc)))
    ts += STEP
head, tail = samples[0], samples[-1]
t_d = [0] + [samples[i][0] - samples[i - 1][0] for i in range(1, len(samples))]
v_d = [0] + [samples[i][1] - samples[i - 1][1] for i in range(1, len(samples))]
cfg = {"id": SID, "type": "electricity", "data_type": "counter", "class": "pulse",
       "function": "main", "rid": 0}
h = {"head": list(head), "tail": list(tail), "vsn": 1, "cfg": cfg}
blob = '{"h":%s,"t":%s,"v":%s}' % (json.dumps(h, separators=(",", ":")),
                                   json.dumps(t_d, separators=(",", ":")),
                                   json.dumps(v_d, separators=(",", ":")))
(HERE / "tmpo-block.gz").write_bytes(gzip.compress(blob.encode("utf-8"), compresslevel=9, mtime=0))

tv = []
estimated = []  # since #18: a rise across missing samples is spread over the intervals it spans
for i in range(1, len(samples)):
    (ta, ca), (tb, cb) = samples[i - 1], samples[i]
    if tb - ta == STEP:
        tv.append((ta, (cb - ca) / 1000.0))
    else:
        spanned = (tb - ta) // STEP
        estimated += [(ta + k * STEP, (cb - ca) / 1000.0 / spanned) for k in range(spanned)]
tv = sorted(tv + estimated)
first, last = tv[0][0], tv[-1][0]
grid = (last - first) // STEP + 1
gap_wh = sum(cb - ca for (ta, ca), (tb, cb) in zip(samples, samples[1:]) if tb - ta != STEP)
exp_tmpo = {
    "format": "flukso",
    "file": "tmpo-block.gz",
    "tmpo": {"sid": SID, "rid": 0, "lvl": LVL, "bid": BID, "ext": "gz", "samples": len(samples)},
    "series": [{
        "kind": "consumption",
        "interval_s": STEP,
        "first_utc": z(first),
        "last_utc": z(last),
        "values": len(tv),
        "missing": grid - len(tv),
        "total_kwh": round(sum(v for _, v in tv), 3),
        "estimated_values": len(estimated),
        "estimated_kwh": round(sum(v for _, v in estimated), 3),
    }],
    "warnings": {"duplicates_dropped": 0, "resets": 0, "nonexistent_local_times": 0},
    "notes": (
        "Decode: gunzip, parse JSON; absolute t_k = head[0] + sum(t[0..k]), absolute v_k = head[1] + "
        "sum(v[0..k]) (t[0] = v[0] = 0). Cumulative counter in Wh sampled every 300 s on the UTC grid; "
        "the first sample only sets the index. Device offline 26 Oct 10:05Z-10:55Z (11 samples absent): "
        f"the {gap_wh} Wh accumulated across the gap are spread evenly over the 12 intervals from "
        "10:00Z to 10:55Z, marked estimated and counted in the total (#18, same rule as SMA). "
        "Block covers "
        f"[{z(BID)}, {z(BLOCK_END)}) but data starts at {z(T0)}."
    ),
}
(HERE / "expected-tmpo.json").write_text(json.dumps(exp_tmpo, indent=2) + "\n")
print(json.dumps(exp_api["series"][0]))
print(json.dumps(exp_tmpo["series"][0]), gap_wh)
