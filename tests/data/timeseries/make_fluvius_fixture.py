#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator for Mijn Fluvius "Verbruikshistoriek ... kwartiertotalen" CSV fixtures.

One generator for both folders (#21: it was stored twice): run it once per folder,
  python3 tests/data/timeseries/make_fluvius_fixture.py fluvius-nl
  python3 tests/data/timeseries/make_fluvius_fixture.py fluvius-en
and the layout is chosen from the folder's name:

  fluvius-nl : Dutch export   (Van (datum);Van (tijdstip);...;Validatiestatus;Omschrijving)
               DD-MM-YYYY dates, autumn DST Sat 25 Oct 2025 00:00 -> Tue 28 Oct 2025 00:00 local
  fluvius-en : English export (From (date);From (time);...;Validation status;Description)
               DD/MM/YYYY dates, spring DST Sat 28 Mar 2026 00:00 -> Tue 31 Mar 2026 00:00 local

Format facts reproduced from real (anonymised) exports, see /tmp/formats-dso.md:
  * ';' separator, decimal comma, 3 decimals, unit column "kWh", EAN written as ="5414...".
  * local Europe/Brussels wall-clock time, "Van"/"From" = START of the quarter hour, HH:MM:SS.
  * two rows per quarter hour: offtake first, then injection; only the register that is active
    at that moment appears (Nacht/Night all weekend and on weekdays 22:00-07:00, else Dag/Day).
    The inactive register is NOT written with an empty volume - it is simply absent.
  * autumn: the repeated local quarters 02:00..02:45 are written PAIRWISE
    (02:00, 02:00, 02:15, 02:15, ...), and the summer-time 02:45 row ends "02:00:00"
    (the until-time is the local wall clock of the real end instant).
  * spring: local 02:00..02:45 do not exist -> no rows; the 01:45 row ends "03:00:00".
  * missing data = empty Volume with status "Geen verbruik" / "No consumption".
  * no newline after the last record (as in the real Dutch sample).
ASSUMPTIONS (no evidence found): UTF-8 BOM also on the English file; CRLF line ends in the
Dutch fixture and LF in the English one (to exercise both); English "Estimated" status label.

The weekend-only window requested would contain only night registers (the real exports put the
whole weekend on Nacht/Night), so each fixture runs until Tuesday 00:00 to include Monday's day
registers.

expected.json is computed by RE-PARSING the written CSV with an independent little parser
(zoneinfo; first occurrence of a repeated local label = summer time, fold=0; second = winter time,
fold=1) and cross-checked against the generator's own UTC model.

Run: python3 make_fixture.py      (no third-party packages)
"""
import json
import math
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

UTC = timezone.utc
BXL = ZoneInfo("Europe/Brussels")
if len(sys.argv) != 2 or sys.argv[1].rstrip("/") not in ("fluvius-nl", "fluvius-en"):
    sys.exit("usage: make_fluvius_fixture.py fluvius-nl|fluvius-en")
HERE = Path(__file__).resolve().parent / sys.argv[1].rstrip("/")
Q = timedelta(minutes=15)


def gs1_check(digits17):
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits17)))
    return str((10 - s % 10) % 10)


LAYOUTS = {
    "fluvius-nl": dict(
        header=["Van (datum)", "Van (tijdstip)", "Tot (datum)", "Tot (tijdstip)", "EAN-code",
                "Meter", "Metertype", "Register", "Volume", "Eenheid", "Validatiestatus",
                "Omschrijving"],
        datefmt="%d-%m-%Y",
        metertype="Digitale meter",
        reg={("offtake", "day"): "Afname Dag", ("offtake", "night"): "Afname Nacht",
             ("injection", "day"): "Injectie Dag", ("injection", "night"): "Injectie Nacht"},
        status={"read": "Uitgelezen", "estimated": "Geschat", "none": "Geen verbruik"},
        eol="\r\n",
        start_local=datetime(2025, 10, 25, 0, 0),
        end_local=datetime(2025, 10, 28, 0, 0),
        ean17="54144882000061234",
        meter="1SAG1100061234",
        seed=20251026,
        pv_peak_kwh=1.45,           # 4.5 kWp; clear-sky noon ~0.55 kWh/q late October
        csv_name="Verbruikshistoriek_elektriciteit_{ean}_20251025_20251027_kwartiertotalen.csv",
        # local labels (date, time, occurrence) -> which directions are empty
        gaps={
            ("2025-10-25", "00:00", 0): ("offtake", "injection"),
            ("2025-10-25", "00:15", 0): ("offtake", "injection"),
            ("2025-10-25", "14:30", 0): ("injection",),
            ("2025-10-26", "02:15", 1): ("offtake", "injection"),   # winter-time copy of 02:15
            ("2025-10-27", "10:00", 0): ("offtake", "injection"),
            ("2025-10-27", "10:15", 0): ("offtake", "injection"),
            ("2025-10-27", "10:30", 0): ("offtake", "injection"),
            ("2025-10-27", "23:45", 0): ("offtake", "injection"),
        },
        estimated={("2025-10-26", "18:00"), ("2025-10-26", "18:15"), ("2025-10-26", "18:30"),
                   ("2025-10-27", "10:45")},
        broken_at=("2025-10-25", "12:00", "offtake"),
    ),
    "fluvius-en": dict(
        header=["From (date)", "From (time)", "Until (date)", "Until (time)", "EAN code",
                "Meter", "Meter type", "Register", "Volume", "Unit", "Validation status",
                "Description"],
        datefmt="%d/%m/%Y",
        metertype="Digital meter",
        reg={("offtake", "day"): "Offtake Day", ("offtake", "night"): "Offtake Night",
             ("injection", "day"): "Injection Day", ("injection", "night"): "Injection Night"},
        status={"read": "Read", "estimated": "Estimated", "none": "No consumption"},
        eol="\n",
        start_local=datetime(2026, 3, 28, 0, 0),
        end_local=datetime(2026, 3, 31, 0, 0),
        ean17="54144882000073456",
        meter="1SAG1100073456",
        seed=20260329,
        pv_peak_kwh=1.15,           # 4.5 kWp; clear-sky noon ~0.65 kWh/q end of March
        csv_name="Consumption_history_electricity_{ean}_20260328_20260330_15 minute totals.csv",
        gaps={
            ("2026-03-28", "00:00", 0): ("offtake", "injection"),
            ("2026-03-28", "13:15", 0): ("offtake",),
            ("2026-03-30", "09:00", 0): ("offtake", "injection"),
            ("2026-03-30", "09:15", 0): ("offtake", "injection"),
            ("2026-03-30", "09:30", 0): ("offtake", "injection"),
        },
        estimated={("2026-03-29", "03:00"), ("2026-03-29", "03:15"), ("2026-03-30", "09:45")},
        broken_at=("2026-03-28", "12:00", "offtake"),
    ),
}

FOLDER = HERE.name
if FOLDER not in LAYOUTS:
    raise SystemExit(f"run this script from fluvius-nl/ or fluvius-en/ (found {FOLDER})")
L = LAYOUTS[FOLDER]
rng = random.Random(L["seed"])
EAN = L["ean17"] + gs1_check(L["ean17"])
CSV_NAME = L["csv_name"].format(ean=EAN)


# ----------------------------------------------------------------------------- model
def sun(t_utc):
    """Clear-sky shape 0..1 for Brussels (lat 50.85, lon 4.35) at UTC instant."""
    doy = t_utc.timetuple().tm_yday
    decl = math.radians(23.44 * math.sin(math.radians(360.0 * (284 + doy) / 365.0)))
    lat = math.radians(50.85)
    h = t_utc.hour + t_utc.minute / 60.0 + 7.5 / 60.0          # middle of the quarter
    ha = math.radians((h + 4.35 / 15.0 - 12.0) * 15.0)
    s = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(ha)
    return max(0.0, s) ** 1.3


def load_kwh(local):
    """Household load per quarter (kWh) from local wall-clock time."""
    h = local.hour + local.minute / 60.0
    weekend = local.weekday() >= 5
    if h < 6.5:
        base = 0.055
    elif h < 9.0:
        base = 0.20 if not weekend else 0.12
    elif h < 12.0:
        base = 0.10 if not weekend else 0.17
    elif h < 13.5:
        base = 0.22
    elif h < 17.0:
        base = 0.11
    elif h < 21.5:
        base = 0.34
    else:
        base = 0.15
    v = base * rng.uniform(0.6, 1.45)
    if rng.random() < 0.04:                  # kettle / oven burst
        v += rng.uniform(0.08, 0.18)
    return min(0.5, max(0.02, v))


# day-by-day cloudiness (local date -> factor)
clouds = {}


def cloud(local):
    d = local.date()
    if d not in clouds:
        clouds[d] = rng.choice([0.35, 0.6, 0.85, 1.0])
    return clouds[d]


def register_period(local):
    """Active register: day = Mon-Fri 07:00-22:00 local, else night (incl. whole weekend)."""
    if local.weekday() < 5 and 7 <= local.hour < 22:
        return "day"
    return "night"


def wh(kwh):
    return int(round(kwh * 1000))


def fmt_kwh(v_wh):
    return f"{v_wh // 1000},{v_wh % 1000:03d}"


# build the UTC grid and the truth
start_utc = L["start_local"].replace(tzinfo=BXL).astimezone(UTC)
end_utc = L["end_local"].replace(tzinfo=BXL).astimezone(UTC)
slots = []          # dicts, in UTC order
seen_labels = {}
t = start_utc
while t < end_utc:
    loc = t.astimezone(BXL)
    loc_end = (t + Q).astimezone(BXL)
    naive = loc.replace(tzinfo=None)
    occ = seen_labels.get(naive, 0)
    seen_labels[naive] = occ + 1
    load = load_kwh(loc)
    pv = L["pv_peak_kwh"] * sun(t) * cloud(loc)
    # three 5-minute sub-slots so that offtake and injection can both be > 0 in one quarter
    off = inj = 0.0
    for _ in range(3):
        net = (load - pv * rng.uniform(0.7, 1.3)) / 3.0
        if net >= 0:
            off += net
        else:
            inj -= net
    key = (naive.strftime("%Y-%m-%d"), naive.strftime("%H:%M"), occ)
    empty = L["gaps"].get(key, ())
    slots.append(dict(
        utc=t, naive=naive, occ=occ, end_naive=loc_end.replace(tzinfo=None),
        period=register_period(naive),
        off=None if "offtake" in empty else wh(off),
        inj=None if "injection" in empty else wh(inj),
        est=(key[0], key[1]) in L["estimated"],
    ))
    t += Q

# file order = local label order, pairwise for the repeated autumn quarters (as in real exports)
rows = sorted(slots, key=lambda s: (s["naive"], s["occ"]))


def status(v, est):
    if v is None:
        return L["status"]["none"]
    return L["status"]["estimated"] if est else L["status"]["read"]


lines = [";".join(L["header"])]
line_of = {}
for s in rows:
    for direction, v in (("offtake", s["off"]), ("injection", s["inj"])):
        f = [s["naive"].strftime(L["datefmt"]), s["naive"].strftime("%H:%M:%S"),
             s["end_naive"].strftime(L["datefmt"]), s["end_naive"].strftime("%H:%M:%S"),
             f'="{EAN}"', L["meter"], L["metertype"], L["reg"][(direction, s["period"])],
             "" if v is None else fmt_kwh(v), "kWh", status(v, s["est"]), ""]
        lines.append(";".join(f))
        line_of[(s["naive"].strftime("%Y-%m-%d"), s["naive"].strftime("%H:%M"), s["occ"],
                 direction)] = len(lines)          # 1-based line number (header = line 1)

EOL = L["eol"]
BOM = "\ufeff"
main_text = BOM + EOL.join(lines)                  # no newline after the last record
(HERE / CSV_NAME).write_bytes(main_text.encode("utf-8"))

# broken variant: one Volume cell is "abc"
bd, bt, bdir = L["broken_at"]
broken_line = line_of[(bd, bt, 0, bdir)]
broken_col = L["header"].index("Volume") + 1
blines = list(lines)
bf = blines[broken_line - 1].split(";")
bf[broken_col - 1] = "abc"
blines[broken_line - 1] = ";".join(bf)
(HERE / "broken-text-in-volume.csv").write_bytes((BOM + EOL.join(blines)).encode("utf-8"))

# truncated variant: header + 40 complete records + the 41st record cut in the middle
TRUNC_COMPLETE = 40
cut_line = lines[TRUNC_COMPLETE + 1]
cut_text = cut_line[: len(cut_line) // 2]
tlines = lines[: TRUNC_COMPLETE + 1] + [cut_text]
(HERE / "truncated.csv").write_bytes((BOM + EOL.join(tlines)).encode("utf-8"))


# ----------------------------------------------------------------------------- independent parse
def parse(path):
    raw = path.read_bytes().decode("utf-8")
    assert raw.startswith(BOM)
    recs = raw[1:].replace("\r\n", "\n").split("\n")
    head = recs[0].split(";")
    col = {name: i for i, name in enumerate(head)}
    c_vd, c_vt, c_td, c_tt = (head[0], head[1], head[2], head[3])
    c_reg, c_vol, c_unit = head[7], head[8], head[9]
    datefmt = "%d/%m/%Y" if "/" in recs[1].split(";")[0] else "%d-%m-%Y"
    occ = {}
    series = {"offtake": {}, "injection": {}}
    dup_exact = 0
    for r in recs[1:]:
        f = r.split(";")
        assert len(f) == len(head), r
        reg = f[col[c_reg]]
        low = reg.lower()
        direction = ("offtake" if low.startswith(("afname", "offtake")) else
                     "injection" if low.startswith(("injectie", "injection")) else None)
        assert direction, reg
        assert f[col[c_unit]] == "kWh"
        naive = datetime.strptime(f[col[c_vd]] + " " + f[col[c_vt]], datefmt + " %H:%M:%S")
        k = occ.get((direction, naive), 0)
        occ[(direction, naive)] = k + 1
        assert k <= 1
        start = naive.replace(tzinfo=BXL, fold=k)
        # the label must exist and round-trip (spring gap labels must never appear)
        assert start.astimezone(UTC).astimezone(BXL).replace(tzinfo=None) == naive, naive
        start = start.astimezone(UTC)
        tnaive = datetime.strptime(f[col[c_td]] + " " + f[col[c_tt]], datefmt + " %H:%M:%S")
        ends = {tnaive.replace(tzinfo=BXL, fold=x).astimezone(UTC) for x in (0, 1)}
        assert start + Q in ends, (r, ends)
        vol = f[col[c_vol]]
        value = None if vol == "" else int(vol.replace(",", ""))   # "0,123" -> 123 Wh
        cell = series[direction].setdefault(start, [])
        cell.append(value)
    out = []
    for direction in ("offtake", "injection"):
        have = sorted(ts for ts, vals in series[direction].items()
                      if any(v is not None for v in vals))
        first, last = have[0], have[-1]
        n_grid = int((last - first) / Q) + 1
        total = sum(v for ts in have for v in series[direction][ts] if v is not None)
        out.append(dict(kind=direction, interval_s=900,
                        first_utc=first.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        last_utc=last.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        values=len(have), missing=n_grid - len(have),
                        total_kwh=round(total / 1000.0, 3)))
    return out, len(recs) - 1


series, n_records = parse(HERE / CSV_NAME)

# cross-check with the generator's own UTC model
for s_exp, key in zip(series, ("off", "inj")):
    have = [s for s in slots if s[key] is not None]
    assert s_exp["first_utc"] == have[0]["utc"].strftime("%Y-%m-%dT%H:%M:%SZ")
    assert s_exp["last_utc"] == have[-1]["utc"].strftime("%Y-%m-%dT%H:%M:%SZ")
    assert s_exp["values"] == len(have)
    assert s_exp["total_kwh"] == round(sum(s[key] for s in have) / 1000.0, 3)

if FOLDER == "fluvius-nl":
    notes = (
        "Mijn Fluvius Dutch 'kwartiertotalen' export, UTF-8 BOM, ';', decimal comma, CRLF, no "
        "newline after the last record. Local Europe/Brussels wall clock; 'Van' = interval START. "
        f"{n_records} records = 2 per quarter (Afname then Injectie); only the ACTIVE register of "
        "each direction is written (Nacht all weekend and weekdays 22:00-07:00, Dag Mon 07:00-22:00); "
        "Dag+Nacht are summed into one series per direction. Window Sat 25 Oct 2025 00:00 -> Tue 28 Oct "
        "00:00 local (= 2025-10-24T22:00Z .. 2025-10-27T23:00Z, 292 quarters). Sun 26 Oct: local "
        "02:00-02:45 occur twice, written PAIRWISE (02:00,02:00,02:15,02:15,...); first copy = CEST "
        "(00:00-00:45Z), second = CET (01:00-01:45Z); the first 02:45 row has Tot (tijdstip) 02:00:00. "
        "These are NOT duplicates (duplicates_dropped = 0). Empty Volume (status 'Geen verbruik') = no "
        "data: 25 Oct 00:00+00:15 both directions (leading, so first_utc is 22:30Z), 25 Oct 14:30 "
        "injection only, 26 Oct second (CET) 02:15 both, 27 Oct 10:00-10:30 both, 27 Oct 23:45 both "
        "(trailing, so last_utc is 22:30Z and it is not counted as missing). 'Geschat' rows carry real "
        "values and count as data. Zero volumes ('0,000') are data, not gaps."
    )
else:
    notes = (
        "Mijn Fluvius English '15 minute totals' export, UTF-8 BOM (assumed), ';', decimal comma, LF, "
        "DD/MM/YYYY dates, no newline after the last record. Local Europe/Brussels wall clock; 'From' = "
        f"interval START. {n_records} records = 2 per quarter (Offtake then Injection); only the ACTIVE "
        "register is written (Night all weekend and weekdays 22:00-07:00, Day Mon 07:00-22:00); Day+Night "
        "summed per direction. Window Sat 28 Mar 2026 00:00 -> Tue 31 Mar 00:00 local (= 2026-03-27T23:00Z "
        ".. 2026-03-30T22:00Z, 284 quarters). Sun 29 Mar: local 02:00-02:45 do not exist and have NO rows; "
        "the 01:45 row ends 'Until 03:00:00' (01:45 CET = 00:45Z, 03:00 CEST = 01:00Z): the grid is "
        "continuous in UTC, nothing is missing there (nonexistent_local_times = 0 because the file "
        "never writes one). Empty Volume ('No consumption') = no data: 28 Mar 00:00 both (leading, "
        "first_utc 23:15Z), 28 Mar 13:15 offtake only, 30 Mar 09:00-09:30 both. 'Estimated' rows count "
        "as data."
    )

expected = {
    "format": FOLDER,
    "file": CSV_NAME,
    "series": series,
    "warnings": {"duplicates_dropped": 0, "resets": 0, "nonexistent_local_times": 0},
    "broken": {"file": "broken-text-in-volume.csv", "line": broken_line, "column": broken_col,
               "value": "abc",
               "note": "1-based; line 1 is the header (with BOM). Every other record is identical "
                       "to the main fixture."},
    "truncated": {"file": "truncated.csv", "line": TRUNC_COMPLETE + 2,
                  "complete_records": TRUNC_COMPLETE,
                  "note": "header + 40 complete records; the last line is the first half of record "
                          "41 with no line terminator (too few fields). A parser must reject it or "
                          "report it, never read a half-written field as a value."},
    "notes": notes,
}
(HERE / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
print(json.dumps(expected, indent=2, ensure_ascii=False))
