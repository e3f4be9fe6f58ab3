#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent expected figures for an e-distribuzione (Enel Distribuzione, Italy) 'ExportData' quarter-hour CSV:
one row per day ('Giorno' dd/mm/yyyy) and 96 columns '00:00-00:15' .. '23:45-00:00'. Standard library only."""
import csv, datetime as dt, hashlib, json, os
from collections import OrderedDict
from decimal import Decimal
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "ExportData_settembre.csv"
TZ = ZoneInfo("Europe/Rome")

def main():
    raw = open(os.path.join(HERE, FILE), "rb").read()
    rows = list(csv.reader(raw.decode("utf-8").splitlines(), delimiter=";"))
    header, data = rows[0], rows[1:]
    slots = header[1:]
    total, nval, nempty, empties, per_day, neg = Decimal(0), 0, 0, [], OrderedDict(), []
    field_counts = sorted({len(r) for r in data})
    for r in data:
        day = dt.datetime.strptime(r[0], "%d/%m/%Y")
        s = Decimal(0)
        for i, lab in enumerate(slots):
            v = r[1 + i].strip() if 1 + i < len(r) else ""
            if v == "":
                nempty += 1
                empties.append(f"{r[0]} {lab}")
                continue
            d = Decimal(v.replace(",", "."))
            if d < 0:
                neg.append((r[0], lab, v))
            s += d
            nval += 1
        per_day[r[0]] = str(s)
        total += s
    first = dt.datetime.strptime(data[0][0], "%d/%m/%Y")
    last = dt.datetime.strptime(data[-1][0], "%d/%m/%Y") + dt.timedelta(hours=23, minutes=45)
    days = [dt.datetime.strptime(r[0], "%d/%m/%Y") for r in data]
    missing_days = [str(a.date()) + ".." + str(b.date()) for a, b in zip(days, days[1:]) if (b - a).days != 1]
    u = lambda x: x.replace(tzinfo=TZ).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = OrderedDict(file=FILE, sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw), encoding="ASCII",
                      line_endings="CRLF" if b"\r\n" in raw else "LF", delimiter=";", decimal_separator=",",
                      header_first_fields=header[:3], header_last_fields=header[-2:], header_field_count=len(header),
                      data_field_counts=field_counts, data_rows_days=len(data), missing_days=missing_days)
    q = OrderedDict()
    q["name"] = "quarter-hour columns 00:00-00:15 .. 23:45-00:00 (one row per day)"
    q["kind"] = "offtake"
    q["unit"] = "kWh (not written in the file)"
    q["nature"] = "interval energy per quarter-hour"
    q["first_interval_written"] = data[0][0] + " " + slots[0]
    q["first_interval_start_utc"] = u(first)
    q["last_interval_written"] = data[-1][0] + " " + slots[-1]
    q["last_interval_start_utc"] = u(last)
    q["interval_seconds"] = 900
    q["intervals_with_values"] = nval
    q["intervals_empty"] = nempty
    q["empty_intervals"] = empties[:100]
    q["negative_values"] = neg
    q["total_kWh"] = str(total.quantize(Decimal("0.001")))
    q["total_kWh_unrounded"] = str(total)
    q["per_day_kWh"] = per_day
    out["quantities"] = [q]
    out["gas"] = []
    out["notes"] = [
        "Wide layout: first column 'Giorno' (day, dd/mm/yyyy), then 96 columns labelled by local clock interval. Data cells are all "
        "double-quoted ('\"0,139\"'); the header is not quoted.",
        "ODDITY: every data row ends with a trailing ';' (98 fields) while the header has 97 fields; the last empty field is ignored.",
        "No unit in the file: e-distribuzione 'curva di carico' exports are energy in kWh per quarter-hour (assumed). Direction is offtake "
        "(prelievo); this export has no injection column.",
        "September 2024 has no DST change, so every day has 96 quarter-hours; local time Europe/Rome (UTC+2 in September).",
        "Empty cells (if any) are counted and add 0.",
    ]
    js = json.dumps(out, indent=2, ensure_ascii=False)
    open(os.path.join(HERE, "expected.json"), "w").write(js + "\n")
    print(js)

main()
