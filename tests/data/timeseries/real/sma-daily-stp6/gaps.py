#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The energy the TotWhOut index counted across its missing (NaN) days, read from
the raw CSV alone: for each run of NaN rows, the reading after it minus the one
before it. Wattelier spreads this energy over the days it spans and marks it
estimated (#18); the total stays the index's last minus first reading."""
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1] if len(sys.argv) > 1 else
    'SUNNY_TRIPOWER_6.0_XXXXXXXXXX_Daily_2025_07_14_14_27_50.csv', encoding='utf-8-sig')))
data = [r for r in rows if len(r) > 1 and len(r[0]) == 19 and r[0][2] == '.' and r[0][0].isdigit()]
values = [None if r[1] == 'NaN' else int(r[1]) for r in data]
spread_wh, days, before = 0, 0, None
for i, v in enumerate(values):
    if v is None:
        continue
    if before is not None and i - before > 1:
        spread_wh += v - values[before]
        days += i - before  # the intervals the rise is spread over
    before = i
print(json.dumps({'gaps_spread_over_days': days, 'estimated_kWh': round(spread_wh / 1000, 3)}))
