#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent expected figures for a Sungrow iSolarCloud daily report CSV (German UI 'Tagesbericht'):
Zeit,PV-Ertrag(W),Netz(W),Batterie(W),Gesamtverbrauch(W) at 5-minute steps. Standard library only."""
import csv, datetime as dt, hashlib, json, os
from collections import OrderedDict
from decimal import Decimal
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
FILE = "Tagesbericht_20230621.csv"
TZ = ZoneInfo("Europe/Berlin")   # assumption (German UI); see notes
STEP = 300
COLS = [("PV-Ertrag(W)", "production", None),
        ("Netz(W)", "offtake (positive part) / injection (negative part)", ("offtake", "injection")),
        ("Batterie(W)", "other: battery discharge (positive part) / charge (negative part)", ("battery_discharge", "battery_charge")),
        ("Gesamtverbrauch(W)", "consumption", None)]

def kwh(sum_w):
    return (sum_w * STEP / Decimal(3600) / 1000)

def main():
    raw = open(os.path.join(HERE, FILE), "rb").read()
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    header, data = rows[0], rows[1:]
    t = [dt.datetime.strptime(r[0], "%Y-%m-%d %H:%M:%S") for r in data]
    steps = sorted({(b - a).total_seconds() for a, b in zip(t, t[1:])})
    out = OrderedDict(file=FILE, sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw),
                      encoding="UTF-8 with BOM" if raw.startswith(b"\xef\xbb\xbf") else "UTF-8 (no BOM)",
                      line_endings="CRLF" if b"\r\n" in raw else "LF", delimiter=",", decimal_separator=". (integers)",
                      header=header, data_rows=len(data), first_timestamp_written=data[0][0], last_timestamp_written=data[-1][0],
                      first_timestamp_utc_assumed=t[0].replace(tzinfo=TZ).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                      last_timestamp_utc_assumed=t[-1].replace(tzinfo=TZ).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                      step_seconds=[int(s) for s in steps], quantities=[], gas=[])
    balance_bad = 0
    for r in data:
        if "--" not in r[1:]:
            if Decimal(r[1]) + Decimal(r[2]) + Decimal(r[3]) != Decimal(r[4]):
                balance_bad += 1
    for ci, (name, kind, split) in enumerate(COLS, start=1):
        vals = [(r[0], Decimal(r[ci])) for r in data if r[ci].strip() not in ("--", "")]
        miss = [r[0] for r in data if r[ci].strip() in ("--", "")]
        q = OrderedDict(name=name, kind=kind, unit="W", nature="power (5-minute samples; treated as mean power over the 5-minute interval)",
                        interval_seconds=STEP, rows_with_value=len(vals), rows_missing_dashdash=len(miss),
                        missing_first=miss[0] if miss else None, missing_last=miss[-1] if miss else None,
                        first_value_time=vals[0][0], last_value_time=vals[-1][0],
                        sum_W=str(sum(v for _, v in vals)), max_W=str(max(v for _, v in vals)), min_W=str(min(v for _, v in vals)))
        if split:
            pos = sum((v for _, v in vals if v > 0), Decimal(0))
            neg = sum((-v for _, v in vals if v < 0), Decimal(0))
            q[f"{split[0]}_kWh"] = str(kwh(pos).quantize(Decimal("0.001")))
            q[f"{split[1]}_kWh"] = str(kwh(neg).quantize(Decimal("0.001")))
            q[f"{split[0]}_kWh_unrounded"] = str(kwh(pos))
            q[f"{split[1]}_kWh_unrounded"] = str(kwh(neg))
        else:
            q["total_kWh"] = str(kwh(sum(v for _, v in vals)).quantize(Decimal("0.001")))
            q["total_kWh_unrounded"] = str(kwh(sum(v for _, v in vals)))
        out["quantities"].append(q)
    out["rows_where_PV_plus_Netz_plus_Batterie_differs_from_Gesamtverbrauch"] = balance_bad
    out["notes"] = [
        "Sungrow iSolarCloud 'Tagesbericht' (daily report) CSV from the German web UI, one plant, 2023-06-21, 288 rows at 5-minute steps "
        "00:00:00..23:55:00. Used as a fixture by solectrus/csv-importer; identical bytes are also in holiday-sunrise/solectrus-sungrow-importer (spec/data/TB_20230621.csv).",
        "All columns are POWER in W (integers), not energy. Energy = sum(P) x 300 s / 3600 / 1000. iSolarCloud's 5-minute values are "
        "samples; integrating them as interval means is the usual approximation and is what is done here.",
        "ODDITY: the export was made during the day: from 13:05:00 to 23:55:00 (131 rows) every cell is '--' (no data yet). Those rows "
        "are counted as missing, not as zero. Values therefore cover 00:00..13:00 only.",
        "Sign conventions deduced from the data: on every row PV + Netz + Batterie = Gesamtverbrauch exactly; so Netz > 0 is grid import "
        "(offtake) and Netz < 0 would be export (none in this excerpt), Batterie > 0 is battery discharge and Batterie < 0 is charging.",
        "Timestamps are naive local plant time; Europe/Berlin assumed for UTC (German UI); June => UTC+2.",
    ]
    js = json.dumps(out, indent=2, ensure_ascii=False)
    open(os.path.join(HERE, "expected.json"), "w").write(js + "\n")
    print(js)

main()
