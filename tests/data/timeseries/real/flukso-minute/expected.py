#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent expected figures for a Flukso API minute series saved by opengrid's fluksoapi.save_csv
(no header; 'YYYY-mm-dd HH:MM:SS,value' with 'nan' for missing). Standard library only."""
import csv, datetime as dt, glob, hashlib, json, os
from collections import OrderedDict
from decimal import Decimal
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("Europe/Brussels")   # assumption: datetime.fromtimestamp() on the developer's Belgian machine
STEP = 60

def main():
    path = sorted(glob.glob(os.path.join(HERE, "*.csv")))[0]
    raw = open(path, "rb").read()
    rows = [r for r in csv.reader(raw.decode("ascii").splitlines()) if r]
    t = [dt.datetime.strptime(r[0], "%Y-%m-%d %H:%M:%S") for r in rows]
    vals = [(r[0], Decimal(r[1])) for r in rows if r[1] != "nan"]
    nan = [r[0] for r in rows if r[1] == "nan"]
    steps = sorted({int((b - a).total_seconds()) for a, b in zip(t, t[1:])})
    s = sum(v for _, v in vals)
    u = lambda x: x.replace(tzinfo=TZ).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    q = OrderedDict(name="value column (no header; sensor 'sensorD' of Fluksometer FL12345678, ids anonymised)",
                    kind="consumption (assumed: a Flukso electricity sensor on the household supply; sensor type not in the file)",
                    unit="W (assumed; the Flukso API was queried with a unit parameter that is not recorded in the file)",
                    nature="power, mean over the minute (Flukso 'minute' resolution returns the average power per minute)",
                    first_timestamp_written=rows[0][0], first_timestamp_utc_assumed=u(t[0]),
                    last_timestamp_written=rows[-1][0], last_timestamp_utc_assumed=u(t[-1]),
                    interval_seconds=STEP, rows=len(rows), rows_with_value=len(vals), rows_nan=len(nan), nan_timestamps=nan,
                    last_value_timestamp=vals[-1][0], sum_W=str(s), min_W=str(min(v for _, v in vals)), max_W=str(max(v for _, v in vals)),
                    total_kWh=str((s * STEP / Decimal(3600) / 1000).quantize(Decimal("0.001"))),
                    total_kWh_unrounded=str(s * STEP / Decimal(3600) / 1000))
    out = OrderedDict(file=os.path.basename(path), sha256=hashlib.sha256(raw).hexdigest(), bytes=len(raw), encoding="ASCII",
                      line_endings="CRLF" if b"\r\n" in raw else "LF", delimiter=",", decimal_separator=".",
                      header=None, step_seconds=steps, quantities=[q], gas=[])
    out["notes"] = [
        "Flukso (Belgian energy monitor) data pulled from the Flukso API at minute resolution by opengrid's fluksoapi.pull_api and "
        "written with pandas Series.to_csv(header=False): no header line, two columns (timestamp, value), missing values as 'nan'. "
        "It is an opengrid test fixture (first committed 2014-01-12, repository opengridcc/opengrid-dev, Apache-2.0).",
        "Timestamps were produced with datetime.fromtimestamp() (machine local time) by Belgian developers: Europe/Brussels assumed, "
        "January => UTC+1. 1440 rows, 2014-01-07 08:02:00 .. 2014-01-08 08:01:00, one per minute, no gaps.",
        "The last 4 minutes (07:58..08:01) are 'nan' (not yet available when the API was queried) and are excluded.",
        "Energy = sum(W) x 60 s / 3600 / 1000, treating each value as the mean power of its minute.",
        "Which minute a value belongs to (starting or ending at the timestamp) is not stated; totals do not depend on it.",
    ]
    js = json.dumps(out, indent=2, ensure_ascii=False)
    open(os.path.join(HERE, "expected.json"), "w").write(js + "\n")
    print(js)

main()
