#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent expected figures for a Fluvius "Verbruikshistoriek" / "Consumption history"
CSV export (Dutch or English header, 11 or 12 columns, electricity or gas).

Standard library only. Usage: python3 expected.py [file.csv]  (default: the only *.csv here)
Writes expected.json next to this script and prints it.
"""
import csv
import datetime as dt
import glob
import hashlib
import json
import os
import sys
from collections import OrderedDict, defaultdict
from decimal import Decimal
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Brussels")
HERE = os.path.dirname(os.path.abspath(__file__))


def parse_local(d, t):
    sep = "-" if "-" in d else "/"
    day, month, year = (int(x) for x in d.split(sep))
    hh, mm, ss = (int(x) for x in t.split(":"))
    return dt.datetime(year, month, day, hh, mm, ss)


def to_utc(naive, fold):
    return naive.replace(tzinfo=TZ, fold=fold).astimezone(dt.timezone.utc)


def is_ambiguous(naive):
    a = naive.replace(tzinfo=TZ, fold=0).utcoffset()
    b = naive.replace(tzinfo=TZ, fold=1).utcoffset()
    return a != b


def iso(x):
    return x.strftime("%Y-%m-%dT%H:%M:%SZ")


def kind_of(register):
    r = register.lower()
    if r.startswith("afname") or r.startswith("offtake"):
        return "offtake"
    if r.startswith("injectie") or r.startswith("injection"):
        return "injection"
    return "other"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob(os.path.join(HERE, "*.csv")))[0]
    raw = open(path, "rb").read()
    sha = hashlib.sha256(raw).hexdigest()
    text = raw.decode("utf-8-sig")
    has_bom = raw.startswith(b"\xef\xbb\xbf")
    crlf = b"\r\n" in raw
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    header = rows[0]
    data = [r for r in rows[1:] if r and any(c.strip() for c in r)]

    occ = defaultdict(int)            # (register, unit, local start) -> occurrences seen
    groups = OrderedDict()
    direction_slots = defaultdict(set)  # (direction kind, unit) -> set of utc starts
    interval_secs = defaultdict(int)
    odd_rows = []
    for line_no, r in enumerate(data, start=2):
        d0, t0, d1, t1 = r[0], r[1], r[2], r[3]
        register, vol, unit, status = r[7], r[8], r[9], r[10]
        s_local = parse_local(d0, t0)
        e_local = parse_local(d1, t1)
        key = (register, unit)
        n = occ[(register, unit, s_local)]
        occ[(register, unit, s_local)] += 1
        fold = 1 if (n >= 1 and is_ambiguous(s_local)) else 0
        s_utc = to_utc(s_local, fold)
        # end: choose the fold giving a positive, smallest duration
        cands = sorted({to_utc(e_local, 0), to_utc(e_local, 1)})
        cands = [c for c in cands if c > s_utc]
        e_utc = cands[0] if cands else None
        dur = int((e_utc - s_utc).total_seconds()) if e_utc else None
        interval_secs[dur] += 1
        if e_local <= s_local:
            odd_rows.append({"line": line_no, "text": ";".join(r[:4]),
                             "why": "written end time is not after written start time (DST fall-back interval)"})
        g = groups.setdefault(key, {
            "register": register, "unit": unit, "rows": 0, "with_value": 0, "empty": 0,
            "sum": Decimal(0), "status": defaultdict(int), "first": None, "last": None,
            "first_utc": None, "last_utc": None, "last_end_utc": None, "last_end_written": None,
            "ean": r[4], "meter": r[5], "metertype": r[6]})
        g["rows"] += 1
        g["status"][status] += 1
        if vol.strip() == "":
            g["empty"] += 1
        else:
            g["with_value"] += 1
            g["sum"] += Decimal(vol.replace(",", "."))
        if g["first_utc"] is None or s_utc < g["first_utc"]:
            g["first_utc"], g["first"] = s_utc, f"{d0} {t0}"
        if g["last_utc"] is None or s_utc > g["last_utc"]:
            g["last_utc"], g["last"] = s_utc, f"{d0} {t0}"
            g["last_end_utc"], g["last_end_written"] = e_utc, f"{d1} {t1}"
        direction_slots[(kind_of(register), unit)].add(s_utc)

    dominant = max((k for k in interval_secs if k), key=lambda k: interval_secs[k])
    quantities = []
    gas = []
    for (register, unit), g in groups.items():
        item = OrderedDict()
        item["name"] = f"Register={register} / Unit={unit}"
        item["kind"] = kind_of(register)
        item["unit"] = unit
        item["nature"] = "interval energy (volume per interval)"
        item["first_interval_start_written"] = g["first"]
        item["first_interval_start_utc"] = iso(g["first_utc"])
        item["last_interval_start_written"] = g["last"]
        item["last_interval_start_utc"] = iso(g["last_utc"])
        item["last_interval_end_written"] = g["last_end_written"]
        item["last_interval_end_utc"] = iso(g["last_end_utc"])
        item["interval_seconds"] = dominant
        item["rows"] = g["rows"]
        item["intervals_with_values"] = g["with_value"]
        item["intervals_empty_volume"] = g["empty"]
        item["validation_status_counts"] = dict(g["status"])
        total = g["sum"]
        item["total_in_file_unit"] = str(total)
        if unit.lower() == "kwh":
            item["total_kWh"] = str(total.quantize(Decimal("0.001")))
        if unit.lower().startswith("m"):
            item["note"] = "gas volume in m3; not electricity"
        item["ean_as_written"] = g["ean"]
        item["meter"] = g["meter"]
        if "gas" in os.path.basename(path).lower():
            gas.append(item)
        else:
            quantities.append(item)

    directions = []
    for (kind, unit), slots in sorted(direction_slots.items()):
        lo, hi = min(slots), max(slots)
        expected = int((hi - lo).total_seconds() // dominant) + 1
        missing = []
        t = lo
        while t <= hi:
            if t not in slots:
                missing.append(iso(t))
            t += dt.timedelta(seconds=dominant)
        tot = sum((g["sum"] for (reg, u), g in groups.items() if kind_of(reg) == kind and u == unit), Decimal(0))
        directions.append(OrderedDict([
            ("direction", kind), ("unit", unit),
            ("registers_combined", [reg for (reg, u) in groups if kind_of(reg) == kind and u == unit]),
            ("distinct_utc_intervals", len(slots)),
            ("expected_utc_intervals_between_first_and_last", expected),
            ("missing_intervals_utc", missing),
            ("total", str(tot)),
        ] + ([("total_kWh", str(tot.quantize(Decimal("0.001"))))] if unit.lower() == "kwh" else [])))

    out = OrderedDict()
    out["file"] = os.path.basename(path)
    out["sha256"] = sha
    out["bytes"] = len(raw)
    out["encoding"] = "UTF-8 with BOM" if has_bom else "UTF-8"
    out["line_endings"] = "CRLF" if crlf else "LF"
    out["delimiter"] = ";"
    out["decimal_separator"] = ","
    out["header"] = header
    out["data_rows"] = len(data)
    out["interval_seconds_histogram"] = {str(k): v for k, v in sorted(interval_secs.items(), key=lambda x: str(x[0]))}
    out["quantities"] = quantities
    out["gas"] = gas
    out["directions_combined_day_plus_night"] = directions
    out["odd_rows"] = odd_rows
    out["notes"] = [
        "Timestamps are local Belgian civil time (Europe/Brussels) without offset; converted to UTC with zoneinfo.",
        "On the autumn DST day the local quarter-hours 02:00-02:45 occur twice; the first occurrence of a given "
        "(register, unit, local start) is taken as CEST (UTC+2, fold=0) and the second as CET (UTC+1, fold=1), i.e. file order.",
        "The end of an interval is parsed from 'Tot datum/Tot tijdstip' (or 'Until'); where the written end is ambiguous the "
        "fold giving the smallest positive duration is used.",
        "An empty Volume (status 'Geen verbruik' / 'No consumption') is counted as an empty interval and contributes 0 to the total.",
        "Every register is an interval energy (kWh or m3 per interval), never an index; totals are plain sums.",
        "Dag/Day and Nacht/Night are tariff registers of the same direction; each interval appears under exactly one of them, "
        "so per-direction totals are the sum of the Day and Night registers.",
        "EAN and meter number are anonymised by the uploader (='123456879123456789', 1SAG1234...).",
        "kind: Afname/Offtake = offtake from the grid; Injectie/Injection = injection into the grid.",
    ]
    js = json.dumps(out, indent=2, ensure_ascii=False)
    open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8").write(js + "\n")
    print(js)


if __name__ == "__main__":
    main()
