#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent expected figures for a 'one row per timestamp, one column per quantity' energy CSV.
Standard library only. The CONFIG block below describes this particular file; the code after it is generic.
Usage: python3 expected.py   (writes expected.json next to this script)"""
import csv, datetime as dt, hashlib, json, os, statistics
from collections import OrderedDict, defaultdict
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- CONFIG (file specific)
CONFIG = {
    "file": "15min_3_phase_kwh_meter-2025-3-1-2025-7-12.csv",
    "delimiter": ",",
    "decimal": ".",
    "time_col": "time",
    "time_format": "%Y-%m-%d %H:%M",
    "tz": "Europe/Amsterdam",
    "time_meaning": "start of the 15-minute period (HomeWizard app export); the kWh columns are the meter index at that instant",
    "quantities": [
        {"col": "Import kWh", "kind": "consumption", "unit": "kWh", "nature": "index"},
        {"col": "Export kWh", "kind": "production", "unit": "kWh", "nature": "index"},
        {"col": "L1 max W", "kind": "other", "unit": "W", "nature": "power maximum per interval (NOT integrable)"},
        {"col": "L2 max W", "kind": "other", "unit": "W", "nature": "power maximum per interval (NOT integrable)"},
        {"col": "L3 max W", "kind": "other", "unit": "W", "nature": "power maximum per interval (NOT integrable)"},
    ],
    "notes": [
        "HomeWizard Energy app 15-minute export of a HomeWizard 3-phase kWh meter (sub-meter, not the utility meter). "
        "Only 7 rows (2025-06-24 20:30 .. 22:00); the file name claims 2025-03-01..2025-07-12 but the meter has data only from 2025-06-24 20:30.",
        "Import kWh / Export kWh are cumulative indices of the sub-meter. What the meter measures is not stated (a 3-phase kWh meter "
        "on e.g. a PV inverter or a heat pump); kind 'consumption' for import and 'production' for export is an assumption about a "
        "sub-meter, NOT grid offtake/injection. In this excerpt import stays at 32.123 kWh and export rises 0.150 -> 0.361 kWh.",
        "L1/L2/L3 max W are the maximum (signed) power per phase observed in the interval: they are maxima, not means, and must not be "
        "integrated. Negative values mean power flowing in the 'export' direction of the meter. Some are 0.",
        "Timestamps naive local time; Europe/Amsterdam assumed (uploader context), June => UTC+2.",
        "No trailing newline at end of file.",
    ],
}
# ---------------------------------------------------------------- generic code


def to_dec(s):
    s = (s or "").strip().strip('"')
    if s in CONFIG.get("empty_tokens", ["", "NaN", "nan", "--", "-"]):
        return None
    if CONFIG.get("thousands"):
        s = s.replace(CONFIG["thousands"], "")
    if CONFIG.get("decimal", ".") != ".":
        s = s.replace(CONFIG["decimal"], ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return "NONNUM:" + s


def iso(x):
    return x.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    path = os.path.join(HERE, CONFIG["file"])
    raw = open(path, "rb").read()
    text = raw.decode(CONFIG.get("encoding", "utf-8-sig"))
    lines = text.splitlines()
    rows = list(csv.reader(lines, delimiter=CONFIG.get("delimiter", ",")))
    hl = CONFIG.get("header_line", 0)
    header = [h.strip() for h in rows[hl]]
    body = rows[hl + 1:]
    tz = ZoneInfo(CONFIG["tz"]) if CONFIG.get("tz") not in (None, "UTC") else None
    tcol = header.index(CONFIG["time_col"]) if isinstance(CONFIG["time_col"], str) else CONFIG["time_col"]
    recs, skipped = [], []
    occ = defaultdict(int)
    for i, r in enumerate(body, start=hl + 2):
        if not r or not any(c.strip() for c in r):
            skipped.append({"line": i, "why": "empty line"})
            continue
        skip_why = CONFIG.get("skip_row") and eval(CONFIG["skip_row"], {"r": r, "header": header})
        if skip_why:
            skipped.append({"line": i, "why": skip_why, "text": CONFIG.get("delimiter", ",").join(r)})
            continue
        ts = r[tcol].strip().strip('"')
        naive = dt.datetime.strptime(ts[:CONFIG.get("time_len", len(ts))], CONFIG["time_format"])
        if naive.tzinfo is not None:
            u = naive.astimezone(dt.timezone.utc)
        elif tz is None:
            u = naive.replace(tzinfo=dt.timezone.utc)
        else:
            n = occ[naive]
            occ[naive] += 1
            amb = naive.replace(tzinfo=tz, fold=0).utcoffset() != naive.replace(tzinfo=tz, fold=1).utcoffset()
            u = naive.replace(tzinfo=tz, fold=1 if (amb and n >= 1) else 0).astimezone(dt.timezone.utc)
        recs.append((u, ts, r, i))
    removed = []
    if CONFIG.get("dedupe_identical_rows"):
        seen, kept = set(), []
        for rec in recs:
            key = (rec[0], tuple(c.strip() for c in rec[2]))
            if key in seen:
                removed.append(rec[3])
                continue
            seen.add(key)
            kept.append(rec)
        recs_all = len(recs)
        recs = kept
    order = "ascending" if all(a[0] <= b[0] for a, b in zip(recs, recs[1:])) else (
        "descending" if all(a[0] >= b[0] for a, b in zip(recs, recs[1:])) else "unordered")
    recs.sort(key=lambda x: x[0])
    steps = [(b[0] - a[0]).total_seconds() for a, b in zip(recs, recs[1:])]
    nominal = CONFIG.get("interval_seconds") or (statistics.mode(steps) if steps else None)
    dup = [x[1] for x, y in zip(recs, recs[1:]) if x[0] == y[0]]
    absent = []
    for a, b in zip(recs, recs[1:]):
        t = a[0] + dt.timedelta(seconds=nominal)
        while t < b[0] and len(absent) < 5000:
            absent.append(iso(t))
            t += dt.timedelta(seconds=nominal)

    out = OrderedDict()
    out["file"] = CONFIG["file"]
    out["sha256"] = hashlib.sha256(raw).hexdigest()
    out["bytes"] = len(raw)
    out["encoding"] = "UTF-8 with BOM" if raw.startswith(b"\xef\xbb\xbf") else CONFIG.get("encoding_label", "UTF-8 / ASCII")
    out["line_endings"] = "CRLF" if b"\r\n" in raw else "LF"
    out["delimiter"] = CONFIG.get("delimiter", ",")
    out["decimal_separator"] = CONFIG.get("decimal", ".")
    out["header"] = header
    out["data_rows_used"] = len(recs)
    out["rows_skipped"] = skipped
    if CONFIG.get("dedupe_identical_rows"):
        out["exact_duplicate_rows_removed_count"] = len(removed)
        out["exact_duplicate_rows_removed_first_lines"] = removed[:20]
    out["row_order_in_file"] = order
    out["timestamp_column"] = header[tcol]
    out["timestamp_meaning"] = CONFIG.get("time_meaning", "")
    out["timezone_assumed"] = CONFIG.get("tz") or "UTC"
    out["first_timestamp_written"] = recs[0][1]
    out["first_timestamp_utc"] = iso(recs[0][0])
    out["last_timestamp_written"] = recs[-1][1]
    out["last_timestamp_utc"] = iso(recs[-1][0])
    out["interval_seconds"] = int(nominal) if nominal else None
    out["step_seconds_histogram"] = {str(int(k)): v for k, v in sorted(
        ((k, steps.count(k)) for k in set(steps)), key=lambda x: x[0])} if len(set(steps)) < 50 else "irregular (%d distinct steps; median %s s)" % (len(set(steps)), statistics.median(steps))
    out["duplicate_timestamps_after_dedupe"] = dup[:200]
    out["duplicate_timestamps_after_dedupe_count"] = len(dup)
    out["timestamps_absent_from_regular_grid_count"] = len(absent)
    out["timestamps_absent_from_regular_grid"] = absent[:200]
    out["quantities"] = []
    out["gas"] = []
    out["other"] = []

    for qc in CONFIG["quantities"]:
        ci = header.index(qc["col"]) if isinstance(qc["col"], str) else qc["col"]
        vals, empty, nonnum = [], [], []
        for (u, ts, r, ln) in recs:
            v = to_dec(r[ci]) if ci < len(r) else None
            if v is None:
                empty.append(ts)
            elif isinstance(v, str):
                nonnum.append((ts, v))
            else:
                vals.append((u, ts, v, ln))
        q = OrderedDict()
        q["name"] = header[ci]
        q["column_index"] = ci
        q["kind"] = qc["kind"]
        q["unit"] = qc["unit"]
        q["nature"] = {"index": "cumulative index", "interval": "interval energy",
                       "power_mean": "power, mean over the interval (integrable)",
                       "power_instant": "power, instantaneous sample"}.get(qc["nature"], qc["nature"])
        q["rows_with_value"] = len(vals)
        q["rows_empty_or_missing_token"] = len(empty)
        if len(empty) <= 60:
            q["empty_timestamps"] = empty
        q["rows_non_numeric"] = nonnum[:20]
        if vals:
            q["first_value_timestamp_written"] = vals[0][1]
            q["first_value_timestamp_utc"] = iso(vals[0][0])
            q["last_value_timestamp_written"] = vals[-1][1]
            q["last_value_timestamp_utc"] = iso(vals[-1][0])
        f = Decimal(qc.get("to_kWh", "1"))
        q_ = Decimal("0.001")
        if qc["nature"] == "index" and vals:
            q["first_reading"] = str(vals[0][2])
            q["last_reading"] = str(vals[-1][2])
            decs = [{"from_time": a[1], "from": str(a[2]), "to_time": b[1], "to": str(b[2]), "delta": str(b[2] - a[2])}
                    for a, b in zip(vals, vals[1:]) if b[2] < a[2]]
            q["decreases"] = decs
            span = vals[-1][2] - vals[0][2]
            q["total_in_unit_last_minus_first"] = str(span)
            pos = sum((b[2] - a[2] for a, b in zip(vals, vals[1:]) if b[2] > a[2]), Decimal(0))
            q["sum_of_positive_steps_in_unit"] = str(pos)
            tot = span * f
        elif qc["nature"] == "interval":
            s = sum((v for (_, _, v, _) in vals), Decimal(0))
            q["sum_in_unit"] = str(s)
            neg = [(ts, str(v)) for (_, ts, v, _) in vals if v < 0]
            q["negative_values"] = neg[:50]
            tot = s * f
        elif qc["nature"] in ("power_mean",):
            s = sum((v for (_, _, v, _) in vals), Decimal(0))
            q["sum_of_power_values"] = str(s)
            q["integration"] = "sum(P) x %d s / 3600 (each value = mean power over its interval)" % int(nominal)
            tot = s * Decimal(int(nominal)) / Decimal(3600) * f
        else:
            tot = None
        if qc.get("gas"):
            q["total_in_file_unit"] = str((tot / f) if tot is not None else None)
            out["gas"].append(q)
            continue
        if tot is not None:
            q["total_kWh"] = str(tot.quantize(q_))
            q["total_kWh_unrounded"] = str(tot)
        (out["other"] if qc["kind"] == "other-not-energy" else out["quantities"]).append(q)
    out["notes"] = CONFIG.get("notes", [])
    js = json.dumps(out, indent=2, ensure_ascii=False)
    open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8").write(js + "\n")
    print(js)


if __name__ == "__main__":
    main()
