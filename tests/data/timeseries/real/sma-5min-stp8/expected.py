#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent expected figures for an SMA (Sunny Portal powered by ennexOS / inverter WebUI) CSV3 export
("sep=," line, "Version CSV3|Tool WebUI|...", 6 header lines, then data). Handles the Daily and 5Min variants.
Standard library only."""
import csv, datetime as dt, glob, hashlib, json, os, sys
from collections import OrderedDict
from decimal import Decimal
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ASSUMED_TZ = ZoneInfo("Europe/Brussels")   # assumption, see notes (same offsets as Europe/Amsterdam/Berlin)

def pdt(s):
    return dt.datetime.strptime(s, "%d.%m.%Y %H:%M:%S")

def utc(naive):
    return naive.replace(tzinfo=ASSUMED_TZ).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

def num(s):
    if s in ("NaN", "", None):
        return None
    return Decimal(s)

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob(os.path.join(HERE, "*.csv")))[0]
    raw = open(path, "rb").read()
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "sep=,", lines[0]
    rows = list(csv.reader(lines))
    # locate the unit line (first cell is the date format)
    ui = next(i for i, r in enumerate(rows) if r and r[0].startswith("DD.MM.YYYY"))
    names, kinds, units = rows[ui - 2], rows[ui - 1], rows[ui]
    data = [r for r in rows[ui + 1:] if r and r[0]]
    times = [pdt(r[0]) for r in data]
    steps = sorted({(b - a).total_seconds() for a, b in zip(times, times[1:])})
    nominal = min(steps)
    missing_slots = []
    for a, b in zip(times, times[1:]):
        t = a + dt.timedelta(seconds=nominal)
        while t < b:
            missing_slots.append(t.strftime("%d.%m.%Y %H:%M:%S"))
            t += dt.timedelta(seconds=nominal)
    out = OrderedDict(file=os.path.basename(path), sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw),
                      encoding="UTF-8 with BOM" if raw.startswith(b"\xef\xbb\xbf") else "UTF-8",
                      line_endings="CRLF" if b"\r\n" in raw else "LF", delimiter=",", decimal_separator=". (integers in energy columns)",
                      preamble=lines[:2], header_lines_before_data=ui + 1, data_rows=len(data),
                      first_timestamp_written=data[0][0], last_timestamp_written=data[-1][0],
                      nominal_interval_seconds=int(nominal), distinct_step_seconds=[int(s) for s in steps],
                      timestamps_absent_from_sequence=missing_slots, quantities=[], other_columns=[], notes=[])
    for c in range(1, len(names)):
        name, unit = names[c], units[c] if c < len(units) else ""
        col = [(r[0], t, r[c]) for r, t in zip(data, times)]
        vals = [(w, t, num(v)) for (w, t, v) in col if v not in ("NaN", "")] if kinds[c] == "Analog" else []
        nan = sum(1 for (_, _, v) in col if v in ("NaN", ""))
        q = OrderedDict(column_index=c, name=name, unit=unit.strip("[]"), rows=len(col), rows_with_value=len(vals), rows_NaN=nan)
        if kinds[c] != "Analog":
            q["nature"] = "status text (not numeric)"
            q["distinct_values"] = sorted({v for (_, _, v) in col})
            out["other_columns"].append(q)
            continue
        nonzero = [v for (_, _, v) in vals if v != 0]
        if name.endswith("WhOut") or name.endswith("WhIn"):
            q["nature"] = "cumulative index (counter reading)"
            if name == "Metering.TotWhOut":
                q["kind"] = "production"
            elif name.startswith("Metering.GridMs") and "Out" in name:
                q["kind"] = "injection"
            elif name.startswith("Metering.GridMs") and "In" in name:
                q["kind"] = "offtake"
            nan_ts = [w for (w, _, v) in col if v in ("NaN", "")]
            if 0 < len(nan_ts) <= 60:
                q["NaN_timestamps"] = nan_ts
            if vals:
                q["first_value_time"], q["first_value_utc_assumed"], q["first_value"] = vals[0][0], utc(vals[0][1]), str(vals[0][2])
                q["last_value_time"], q["last_value_utc_assumed"], q["last_value"] = vals[-1][0], utc(vals[-1][1]), str(vals[-1][2])
                decs = [{"from": a[0], "to": b[0], "delta_Wh": str(b[2] - a[2])} for a, b in zip(vals, vals[1:]) if b[2] < a[2]]
                q["decreases"] = decs
                q["all_values_zero"] = not nonzero
                q["total_Wh_last_minus_first"] = str(vals[-1][2] - vals[0][2])
                q["total_kWh"] = str(((vals[-1][2] - vals[0][2]) / 1000).quantize(Decimal("0.001")))
            out["quantities"].append(q)
        elif unit == "[W]":
            q["nature"] = "power, mean over the interval (Avg)"
            q["kind"] = "production" if (name.startswith("GridMs.TotW") or name.startswith("GridMs.W.")) else "other (DC input power of one MPP tracker)"
            s = sum((v for (_, _, v) in vals), Decimal(0))
            q["sum_W"] = str(s)
            q["integrated_kWh_mean_power_x_interval"] = str((s * Decimal(int(nominal)) / Decimal(3600) / 1000).quantize(Decimal("0.001")))
            q["total_kWh"] = q["integrated_kWh_mean_power_x_interval"]
            q["integration"] = "sum(P_avg) x %d s / 3600 / 1000; NaN rows (night) contribute nothing" % int(nominal)
            q["max_W"] = str(max((v for (_, _, v) in vals), default=None))
            if vals:
                q["first_value_time"], q["last_value_time"] = vals[0][0], vals[-1][0]
            out["quantities"].append(q)
        else:
            q["nature"] = "other analog (%s)" % (unit or "no unit")
            out["other_columns"].append(q)
    out["notes"] = [
        "Preamble: line 1 'sep=,' (Excel hint), line 2 'Version CSV3|Tool WebUI|Linebreaks CR/LF|Delimiter comma' although the file "
        "as stored has %s line endings; line 3 empty; lines 4-6 device type / device name / serial (anonymised XXXXXXXXXX); "
        "line 7 channel names; line 8 'Analog'/'Status'; line 9 units with the date format 'DD.MM.YYYY hh:mm:ss' in column 1." % ("CRLF" if b"\r\n" in raw else "LF"),
        "Timestamps are naive local plant time; the zone is not written in the file. UTC conversions assume Europe/Brussels "
        "(the repository's users are Dutch/Belgian; Europe/Amsterdam has identical offsets).",
        "'NaN' means no value. Energy columns are integers in Wh.",
        "Metering.TotWhOut is the inverter's lifetime AC yield counter (cumulative index, Wh). Production over the file = last - first non-NaN reading.",
        "For the 5-minute file, production from the counter (Metering.TotWhOut last-first) and from integrating GridMs.TotW (Avg) "
        "agree within 1 Wh (600.502 vs 600.503 kWh); the three per-phase integrals add up to 600.502 kWh (phase columns have 5 fewer non-NaN rows than TotW). DcMs.Watt appears twice "
        "(two MPP trackers, identical column names); DC energy exceeds AC energy by the inverter losses.",
        "Metering.GridMs.* are grid-meter counters that the inverter can log when an energy meter is attached; here they are NaN or constant 0 (no meter).",
    ]
    js = json.dumps(out, indent=2, ensure_ascii=False)
    open(os.path.join(HERE, "expected.json"), "w").write(js + "\n")
    print(js)

main()
