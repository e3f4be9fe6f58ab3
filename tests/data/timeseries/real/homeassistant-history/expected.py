#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent expected figures for a Home Assistant History-panel "Download data" CSV
(header entity_id,state,last_changed). Standard library only."""
import csv, datetime as dt, glob, hashlib, json, os, statistics, sys
from collections import OrderedDict, defaultdict
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))

def parse_ts(s):
    # e.g. 2023-01-01T12:01:04.000Z  (UTC, 'Z' suffix)
    return dt.datetime.strptime(s.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S.%f%z")

def iso(x):
    return x.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob(os.path.join(HERE, "*.csv")))[0]
    raw = open(path, "rb").read()
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    header, data = rows[0], rows[1:]
    per = OrderedDict()
    for r in data:
        per.setdefault(r[0], []).append(r)
    out = OrderedDict(file=os.path.basename(path), sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw),
                      encoding="UTF-8 (no BOM)" if not raw.startswith(b"\xef\xbb\xbf") else "UTF-8 with BOM",
                      line_endings="CRLF" if b"\r\n" in raw else "LF", delimiter=",", decimal_separator=".",
                      header=header, data_rows=len(data), quantities=[], gas=[])
    for ent, rs in per.items():
        vals, nonnum = [], defaultdict(int)
        for r in rs:
            try:
                vals.append((parse_ts(r[2]), Decimal(r[1]), r[1], r[2]))
            except InvalidOperation:
                nonnum[r[1]] += 1
        in_order = all(vals[i][0] <= vals[i + 1][0] for i in range(len(vals) - 1))
        decreases, increases_sum, repeats = [], Decimal(0), 0
        for a, b in zip(vals, vals[1:]):
            d = b[1] - a[1]
            if d < 0:
                decreases.append({"from_state": a[2], "from_time": a[3], "to_state": b[2], "to_time": b[3], "delta": str(d)})
            elif d > 0:
                increases_sum += d
            else:
                repeats += 1
        # alternative treatment: a transient dip (value drops and the very next value is back at or above the
        # pre-drop value) is ignored entirely; any other decrease is treated as a counter correction/reset whose
        # negative step is skipped while the later positive steps are counted.
        alt = Decimal(0)
        i = 0
        transient = []
        while i < len(vals) - 1:
            d = vals[i + 1][1] - vals[i][1]
            if d < 0 and i + 2 < len(vals) and vals[i + 2][1] >= vals[i][1]:
                transient.append(vals[i + 1][3])
                alt += vals[i + 2][1] - vals[i][1]
                i += 2
                continue
            if d > 0:
                alt += d
            i += 1
        gaps = [(b[0] - a[0]).total_seconds() for a, b in zip(vals, vals[1:])]
        big = [{"after": a[3], "before": b[3], "hours": round((b[0] - a[0]).total_seconds() / 3600, 2)}
               for a, b in zip(vals, vals[1:]) if (b[0] - a[0]).total_seconds() > 3 * 3600]
        first, last = vals[0], vals[-1]
        span = last[1] - first[1]
        q = OrderedDict()
        q["name"] = ent
        q["kind"] = "offtake (by the uploader's/repository naming: 'feed_in' = energy fed from the grid into the house; see notes)"
        q["unit"] = "kWh (not in the file; Home Assistant history CSV carries no unit. Energy-meter magnitudes ~5000-8900 are consistent with kWh)"
        q["nature"] = "cumulative index (meter reading, total_increasing style)"
        q["first_timestamp_written"] = first[3]
        q["first_timestamp_utc"] = iso(first[0])
        q["first_state"] = first[2]
        q["last_timestamp_written"] = last[3]
        q["last_timestamp_utc"] = iso(last[0])
        q["last_state"] = last[2]
        q["interval_seconds"] = None
        q["interval_note"] = ("irregular state-change log, not fixed intervals; median spacing %.0f s; "
                              "%d gaps longer than 3 h" % (statistics.median(gaps), len(big)))
        q["rows"] = len(rs)
        q["rows_numeric"] = len(vals)
        q["rows_non_numeric"] = dict(nonnum)
        q["rows_equal_to_previous_state"] = repeats
        q["timestamps_monotonic"] = in_order
        q["decreases"] = decreases
        q["sum_of_positive_steps_kWh"] = str(increases_sum)
        q["total_kWh_last_minus_first"] = str(span)
        q["total_kWh"] = str(span.quantize(Decimal("0.001")))
        q["transient_dips_ignored_at"] = transient
        q["alternative_total_kWh_transient_dips_ignored_other_decreases_skipped"] = str(alt.quantize(Decimal("0.001")))
        q["gaps_longer_than_3h_first_20"] = big[:20]
        q["gaps_longer_than_3h_count"] = len(big)
        out["quantities"].append(q)
    out["notes"] = [
        "Timestamps are UTC ISO-8601 with 'Z' suffix, millisecond precision, as written by the HA frontend export; no conversion needed.",
        "Single entity sensor.electricity_meter_feed_in_tariff_1. The repository (patrickvorgers/Home-Assistant-Import-Energy-Data) "
        "uses 'elec_feed_in' for electricity consumed from the grid and 'elec_feed_out' for electricity returned, and its Fluvius "
        "script maps 'Afname Dag' to elec_feed_in_tariff_1; hence kind=offtake. The entity name itself is the user's and ambiguous.",
        "The state is a cumulative meter index. total = last state - first state. Decreases (if any) are listed; "
        "sum_of_positive_steps would be the total if each decrease were treated as a reset/correction to be skipped.",
        "Recommended figure: total_kWh = last - first = 3862.022 kWh. The one large decrease (-142.28 kWh at 2023-04-13T12:00Z) is a "
        "single-sample dip that returns to the previous value at the next row; the three small decreases (-0.068, -0.117, -0.269 kWh) "
        "are small backwards corrections of the index. last-first is unaffected by all of them. If instead each small decrease were "
        "treated as a reset/correction whose negative step is dropped (and the transient dip ignored), the total would be the "
        "'alternative_total' figure (larger by the 0.454 kWh of small corrections).",
        "Sampling changes inside the file: up to 2024-09-27T05:00:00Z the rows are on whole hours (or hh:59:44-style offsets "
        "early in 2023), i.e. hourly-resolution history; from 2024-09-27T05:00:28.965Z on, raw state changes about every 11 s "
        "(~8900 rows in the last 6 days). Long gaps are nights/weekends when tariff 1 is inactive (index constant, HA logs nothing).",
        "Some states carry binary-float artefacts (e.g. 5986.849999999999, 8400.011999999999); they are used as written (Decimal).",
        "Rows whose state equals the previous one are kept (HA logs attribute-only changes too); they add 0.",
        "The file is the version of Datasources/Home Assistant/Sample files/history.csv at commit 021f4031; the repository HEAD holds a newer, larger (>4 MiB) version which was not available.",
    ]
    js = json.dumps(out, indent=2, ensure_ascii=False)
    open(os.path.join(HERE, "expected.json"), "w").write(js + "\n")
    print(js)

main()
