#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent expected figures for a Liander (Dutch DSO) daily meter-reading CSV ('csv_bijlage.csv',
columns eancodeasn,meternummer,meterreadingdate,reading1,usage1,...,reading4,usage4). Standard library only."""
import csv, datetime as dt, hashlib, json, os
from collections import OrderedDict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "csv_bijlage.csv"
REG_KIND = {1: "offtake", 2: "offtake", 3: "injection", 4: "injection"}

def dec(s):
    s = s.strip()
    return None if s == "" else Decimal(s)

def main():
    raw = open(os.path.join(HERE, FILE), "rb").read()
    lines = raw.decode("utf-8").splitlines()
    rows = list(csv.reader(lines))
    header = [h.strip() for h in rows[0]]
    data = [[c.strip() for c in r] for r in rows[1:] if r]
    out = OrderedDict(file=FILE, sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw),
                      encoding="ASCII", line_endings="CRLF" if b"\r\n" in raw else "LF", delimiter=",", decimal_separator=".",
                      header=header, data_rows=len(data),
                      line_lengths=sorted({len(l) for l in lines}),
                      quantities=[], gas=[], notes=[])
    by_ean = OrderedDict()
    for r in data:
        by_ean.setdefault((r[0], r[1]), []).append(r)
    for (ean, meter), rs in by_ean.items():
        dates = [dt.datetime.strptime(r[2], "%d-%m-%Y").date() for r in rs]
        gaps = [str(a) + ".." + str(b) for a, b in zip(dates, dates[1:]) if (b - a).days != 1]
        is_gas = meter.startswith("G")
        for n in (1, 2, 3, 4):
            ri, ui = 3 + 2 * (n - 1), 4 + 2 * (n - 1)
            readings = [(r[2], dec(r[ri])) for r in rs]
            usages = [(r[2], dec(r[ui])) for r in rs]
            if all(v is None for _, v in readings):
                continue
            rv = [(d, v) for d, v in readings if v is not None]
            uv = [(d, v) for d, v in usages if v is not None]
            decs = [{"from_date": a[0], "from": str(a[1]), "to_date": b[0], "to": str(b[1])} for a, b in zip(rv, rv[1:]) if b[1] < a[1]]
            mism = []
            for (d0, a), (d1, b), (_, u) in zip(readings, readings[1:], usages[1:]):
                if a is not None and b is not None and u is not None and (b - a) != u:
                    mism.append({"date": d1, "reading_delta": str(b - a), "usage_column": str(u)})
            q = OrderedDict()
            q["ean"] = ean
            q["meter"] = meter
            q["name"] = f"reading{n}/usage{n}"
            q["kind"] = "gas" if is_gas else REG_KIND[n]
            q["unit"] = "m3 (not written in file; Dutch gas meters register m3)" if is_gas else "kWh (not written in file)"
            q["nature"] = "readingN = cumulative index read once per day; usageN = daily consumption (interval energy) reported by the DSO"
            q["first_date_written"], q["last_date_written"] = rs[0][2], rs[-1][2]
            q["first_date_iso"], q["last_date_iso"] = str(dates[0]), str(dates[-1])
            q["interval_seconds"] = 86400
            q["days_with_reading"] = len(rv)
            q["days_with_usage_value"] = len(uv)
            q["days_with_empty_usage"] = len(usages) - len(uv)
            q["missing_dates"] = gaps
            q["first_reading"], q["last_reading"] = str(rv[0][1]), str(rv[-1][1])
            q["decreases"] = decs
            q["total_last_minus_first"] = str(rv[-1][1] - rv[0][1])
            q["sum_of_usage_column"] = str(sum((v for _, v in uv), Decimal(0)))
            q["days_where_usage_differs_from_reading_delta"] = mism
            if not is_gas:
                q["total_kWh"] = str((rv[-1][1] - rv[0][1]).quantize(Decimal("0.001")))
                q["total_kWh_from_usage_column"] = str(sum((v for _, v in uv), Decimal(0)).quantize(Decimal("0.001")))
                out["quantities"].append(q)
            else:
                q["total_m3"] = str(rv[-1][1] - rv[0][1])
                out["gas"].append(q)
    out["notes"] = [
        "Liander 'meterstanden' export ('csv_bijlage' = attachment of a customer data request). Two connections in one file: "
        "EAN 871687120061402458 with electricity meter E0045003866355817, and EAN 871687140013926764 with gas meter G0039001721304017 "
        "(206 daily rows each, 05-06-2023 .. 27-12-2023, no missing dates).",
        "ODDITY: every data line is right-padded with spaces to 344 characters (header 488); values must be stripped. Decimal values "
        "may start with a bare dot ('.6'). Electricity registers 1-2 have one decimal, registers 3-4 three decimals.",
        "Dates are calendar days (dd-mm-yyyy), no time: the reading is the daily meter reading (typically at 00:00 local time, "
        "Europe/Amsterdam) and usageN on date D is readingN(D) - readingN(D-1) as computed by the DSO. Unit is not written; "
        "kWh for E, m3 for G assumed.",
        "Register meaning is not written. Assumed DSMR order: 1 = offtake low tariff (1.8.1), 2 = offtake normal tariff (1.8.2), "
        "3 = injection low (2.8.1), 4 = injection normal (2.8.2). Registers 3-4 read 0 until register 4 first moves on 07-11-2023 "
        "and register 3 on 12-11-2023 (injection starts; e.g. solar panels commissioned), with readings then in 3 decimals.",
        "The DSO usage column equals the day-to-day reading difference on every day (checked; any mismatch would be listed), so "
        "total_kWh (last-first reading) equals the sum of the usage column.",
        "First row of each register has an empty usage (no previous reading).",
        "Gas (m3) is listed separately under 'gas'; it is not electricity.",
    ]
    js = json.dumps(out, indent=2, ensure_ascii=False)
    open(os.path.join(HERE, "expected.json"), "w").write(js + "\n")
    print(js)

main()
