#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator for a Fluvius OPEN DATA digital-meter quarter-hour CSV fixture.

Dataset: "Verbruiksprofielen digitale elektriciteitsmeters: kwartierwaarden voor een volledig jaar"
(opendata.fluvius.be, slug 1_50-verbruiksprofielen-dm-elek-kwartierwaarden-voor-een-volledig-jaar),
2024 edition: one CSV per household group, files like P6269_Open_Data_enkel_ZP.csv.

Layout reproduced (see /tmp/formats-dso.md for sources and confidence):
  EAN_ID,Datum,Datum_Startuur,Volume_Afname_KWh,Volume_Injectie_KWh,Warmtepomp_Indicator,
  Elektrisch_Voertuig_Indicator,PV_Installatie_Indicator,Contract_Categorie
  * EAN_ID is a small anonymised integer (1..2400), not an 18-digit EAN.
  * offtake and injection are two COLUMNS of the same row (one row per quarter hour).
  * Datum_Startuur is written "2024-10-26T00:00:00.000Z" BUT, per the publisher's legend and the
    DST days in the data, it is LOCAL CET/CEST wall-clock time: the "Z" is wrong. On the autumn
    change day the labels 02:00..02:45 appear twice, pairwise (02:00, 02:00, 02:15, 02:15, ...);
    on the spring change day 02:00..02:45 are absent.
  * ',' separator, '.' decimals (the 2024 files are read with pandas defaults by public code).
ASSUMPTIONS: Datum written YYYY-MM-DD; volumes with 3 decimals; no BOM; LF line ends; a final
newline; no empty cells (no evidence how gaps look in this dataset).

Window: Sat 26 Oct 2024 00:00 -> Mon 28 Oct 2024 00:00 local (2 days, 196 rows, autumn change on
Sun 27 Oct 2024), one household with PV (group enkel_ZP: WP=0, EV=0, PV=1).

expected.json is computed by re-parsing the written file, treating Datum_Startuur as LOCAL
Europe/Brussels time (first occurrence of a repeated label = summer time, fold=0), and
cross-checked against the generator's UTC model.
Run: python3 make_fixture.py
"""
import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

UTC = timezone.utc
BXL = ZoneInfo("Europe/Brussels")
HERE = Path(__file__).resolve().parent
Q = timedelta(minutes=15)
CSV_NAME = "P6269_Open_Data_enkel_ZP.csv"
HEADER = ["EAN_ID", "Datum", "Datum_Startuur", "Volume_Afname_KWh", "Volume_Injectie_KWh",
          "Warmtepomp_Indicator", "Elektrisch_Voertuig_Indicator", "PV_Installatie_Indicator",
          "Contract_Categorie"]
EAN_ID = 137
rng = random.Random(20241027)


def sun(t_utc):
    doy = t_utc.timetuple().tm_yday
    decl = math.radians(23.44 * math.sin(math.radians(360.0 * (284 + doy) / 365.0)))
    lat = math.radians(50.85)
    h = t_utc.hour + t_utc.minute / 60.0 + 7.5 / 60.0
    ha = math.radians((h + 4.35 / 15.0 - 12.0) * 15.0)
    s = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(ha)
    return max(0.0, s) ** 1.3


def load_kwh(local):
    h = local.hour + local.minute / 60.0
    base = (0.05 if h < 7 else 0.13 if h < 12 else 0.21 if h < 13.5 else 0.10 if h < 17
            else 0.31 if h < 21.5 else 0.14)
    v = base * rng.uniform(0.6, 1.45)
    if rng.random() < 0.04:
        v += rng.uniform(0.08, 0.18)
    return min(0.5, max(0.02, v))


CLOUD = {26: 0.9, 27: 0.45}        # Saturday fairly sunny, Sunday overcast

start_utc = datetime(2024, 10, 26, 0, 0, tzinfo=BXL).astimezone(UTC)
end_utc = datetime(2024, 10, 28, 0, 0, tzinfo=BXL).astimezone(UTC)
slots = []
seen = {}
t = start_utc
while t < end_utc:
    loc = t.astimezone(BXL)
    naive = loc.replace(tzinfo=None)
    occ = seen.get(naive, 0)
    seen[naive] = occ + 1
    load = load_kwh(loc)
    pv = 1.45 * sun(t) * CLOUD[loc.day]
    off = inj = 0.0
    for _ in range(3):
        net = (load - pv * rng.uniform(0.7, 1.3)) / 3.0
        if net >= 0:
            off += net
        else:
            inj -= net
    slots.append(dict(utc=t, naive=naive, occ=occ,
                      off=int(round(off * 1000)), inj=int(round(inj * 1000))))
    t += Q

rows = sorted(slots, key=lambda s: (s["naive"], s["occ"]))   # pairwise repeated labels
lines = [",".join(HEADER)]
for s in rows:
    lines.append(",".join([
        str(EAN_ID), s["naive"].strftime("%Y-%m-%d"),
        s["naive"].strftime("%Y-%m-%dT%H:%M:%S") + ".000Z",
        f"{s['off'] / 1000:.3f}", f"{s['inj'] / 1000:.3f}",
        "0", "0", "1", "Residentieel"]))
(HERE / CSV_NAME).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


# ---------------------------------------------------------------- independent parse
def parse(path):
    recs = path.read_text(encoding="utf-8").splitlines()
    head = recs[0].split(",")
    c = {n: i for i, n in enumerate(head)}
    occ = {}
    data = {"offtake": {}, "injection": {}}
    literal_z = set()
    for r in recs[1:]:
        f = r.split(",")
        assert len(f) == len(head)
        stamp = f[c["Datum_Startuur"]]
        assert stamp.endswith(".000Z")
        naive = datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S")
        assert f[c["Datum"]] == naive.strftime("%Y-%m-%d")
        literal_z.add(naive)
        k = occ.get(naive, 0)
        occ[naive] = k + 1
        ts = naive.replace(tzinfo=BXL, fold=k)
        assert ts.astimezone(UTC).astimezone(BXL).replace(tzinfo=None) == naive
        ts = ts.astimezone(UTC)
        for kind, col in (("offtake", "Volume_Afname_KWh"), ("injection", "Volume_Injectie_KWh")):
            v = f[c[col]]
            if v != "":
                data[kind][ts] = int(round(float(v) * 1000))
    out = []
    for kind in ("offtake", "injection"):
        have = sorted(data[kind])
        n_grid = int((have[-1] - have[0]) / Q) + 1
        out.append(dict(kind=kind, interval_s=900,
                        first_utc=have[0].strftime("%Y-%m-%dT%H:%M:%SZ"),
                        last_utc=have[-1].strftime("%Y-%m-%dT%H:%M:%SZ"),
                        values=len(have), missing=n_grid - len(have),
                        total_kwh=round(sum(data[kind].values()) / 1000.0, 3)))
    return out, len(recs) - 1, len(recs) - 1 - len(literal_z)


series, n_rows, z_collisions = parse(HERE / CSV_NAME)
for s_exp, key in zip(series, ("off", "inj")):
    assert s_exp["first_utc"] == slots[0]["utc"].strftime("%Y-%m-%dT%H:%M:%SZ")
    assert s_exp["last_utc"] == slots[-1]["utc"].strftime("%Y-%m-%dT%H:%M:%SZ")
    assert s_exp["values"] == len(slots)
    assert s_exp["total_kwh"] == round(sum(s[key] for s in slots) / 1000.0, 3)

expected = {
    "format": "fluvius-opendata",
    "file": CSV_NAME,
    "series": series,
    "warnings": {"duplicates_dropped": 0, "resets": 0, "nonexistent_local_times": 0},
    "timestamp_interpretation": "local Europe/Brussels wall clock despite the trailing Z",
    "notes": (
        f"Fluvius open data (2024 edition layout), ',' separated, '.' decimals, {n_rows} rows = one "
        "per quarter hour, offtake (Volume_Afname_KWh) and injection (Volume_Injectie_KWh) in two "
        "columns of the same row. Datum_Startuur = interval START, written with '.000Z' but it is "
        "LOCAL CET/CEST time (publisher legend; the DST days prove it). Window Sat 26 Oct 2024 00:00 "
        "-> Mon 28 Oct 00:00 local = 2024-10-25T22:00Z .. 2024-10-27T23:00Z (196 quarters). Sun 27 Oct: "
        "labels 02:00..02:45 appear twice, pairwise; first = CEST (00:00-00:45Z), second = CET "
        f"(01:00-01:45Z). If the Z were taken literally a reader would see {z_collisions} duplicate "
        "timestamps and every value shifted by +1 h (CET) or +2 h (CEST): that reading is WRONG. "
        "No empty cells in this fixture, so missing = 0. Zero volumes are data."
    ),
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
print(json.dumps(expected, indent=2, ensure_ascii=False))
