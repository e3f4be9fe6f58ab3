#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference results for Wattelier's energy-sharing distribution keys.

This script is deliberately independent of the C++ engine
(models/sharing/): it re-implements, in plain Python with exact rational
arithmetic (fractions.Fraction), the rules by which an energy community
splits, every quarter hour, the energy its producers inject (I, Wh) among
its members' offtake (O_i, Wh), and prints the expected results on a small
hand-made example of 4 members, 2 producers and 8 quarter hours.  A C++ test
can then be written against these numbers.

Rules (per quarter hour, every energy an integer number of Wh):

* a_i = energy shared to member i, 0 <= a_i <= O_i and sum(a_i) <= I;
  remaining offtake R_i = O_i - a_i; community injection E = I - sum(a_i).
* Largest remainder: a real split q_j (summing exactly to an integer T)
  becomes integers by taking floor(q_j), then giving +1 Wh to the members
  with the largest fractional parts, ties to the earlier member, until the
  sum is T.
* fixed (1 round): q_i = k_i * I, rounded; a_i = min(O_i, s_i).
* fixed (N rounds, or unlimited): after round 1, the leftover
  L = I - sum(a) is re-split among eligible members (a_j < O_j and k_j > 0)
  in proportion to their k_j, rounded, capped by O_j - a_j; repeat until N
  rounds are done, L == 0, nobody is eligible, or (unlimited) a round
  changes nothing.
* pro rata: S = sum(O); S == 0 -> nothing; S <= I -> a = O; otherwise
  q_i = O_i * I / S, rounded.
* hybrid: fixed one round, then the leftover pro rata of the remaining
  offtake R_i.
* cascade: priority levels, each with its own method applied to its own
  members with what the previous levels left.
* Credit: sum(a) is credited back to the producers in proportion to their
  injection that quarter hour, by largest remainder.

Every quarter hour and every key, the script asserts 0 <= a_i <= O_i,
sum(a) <= I, E = I - sum(a) >= 0 and sum(credit) = sum(a).

Run it with no argument, standard library only:

    python3 tests/tools/sharing_reference.py

It prints one table per key (one line per quarter hour, then totals), and
at the end a JSON block, {key: {"a": [[a_A, a_B, a_C, a_D], ...],
"E": [...], "credit": [[Roof, D], ...]}}, to copy into the C++ test.
"""

import json
from fractions import Fraction

# ---------------------------------------------------------------------------
# Rounding
# ---------------------------------------------------------------------------


def largest_remainder(q, target):
    """Round the exact rationals q (list, in member order) to integers that
    sum to `target`: floors first, then +1 to the largest fractional parts,
    ties to the earlier member (smaller index)."""
    q = [Fraction(x) for x in q]
    assert sum(q) == target, (q, target)
    floors = [x.numerator // x.denominator for x in q]  # exact floor
    missing = target - sum(floors)
    assert 0 <= missing <= len(q), (floors, target)
    # Sort by fractional part descending, then by index ascending (stable).
    order = sorted(range(len(q)), key=lambda j: (-(q[j] - floors[j]), j))
    out = list(floors)
    for j in order[:missing]:
        out[j] += 1
    assert sum(out) == target
    return out


# ---------------------------------------------------------------------------
# Methods.  Each takes I (int) and O (list of ints, the members concerned, in
# order) and returns a (list of ints, same order).
# ---------------------------------------------------------------------------


def normalise(shares):
    """Shares given as integer weights, Fractions or percentages -> Fractions
    summing to 1."""
    shares = [Fraction(s) for s in shares]
    total = sum(shares)
    assert total > 0 and all(s >= 0 for s in shares)
    return [s / total for s in shares]


def fixed(I, O, shares, rounds=1):
    """Fixed shares; rounds = N >= 1, or None for unlimited rounds."""
    k = normalise(shares)
    n = len(O)
    # Round 1: the whole injection over all members, whatever their offtake.
    s = largest_remainder([kk * I for kk in k], I)
    a = [min(O[i], s[i]) for i in range(n)]
    done = 1
    while rounds is None or done < rounds:
        L = I - sum(a)
        eligible = [j for j in range(n) if a[j] < O[j] and k[j] > 0]
        if L == 0 or not eligible:
            break
        ksum = sum(k[j] for j in eligible)
        q = largest_remainder([L * k[j] / ksum for j in eligible], L)
        changed = False
        for j, qj in zip(eligible, q):
            add = min(O[j] - a[j], qj)
            if add:
                changed = True
            a[j] += add
        done += 1
        if not changed:  # cannot happen when L > 0 (see notes), kept for safety
            break
    return a


def pro_rata(I, O):
    S = sum(O)
    if S == 0:
        return [0] * len(O)
    if S <= I:
        return list(O)
    a = largest_remainder([Fraction(o * I, S) for o in O], I)
    assert all(a[i] <= O[i] for i in range(len(O))), (I, O, a)
    return a


def hybrid(I, O, shares):
    a = fixed(I, O, shares, rounds=1)
    L = I - sum(a)
    R = [O[i] - a[i] for i in range(len(O))]
    extra = pro_rata(L, R)
    return [a[i] + extra[i] for i in range(len(O))]


def cascade(I, O, levels):
    """levels: list of (member indexes, method) with method one of
    ("fixed", shares, rounds) [shares normalised within the level] or
    ("prorata",).  Members in no level get nothing."""
    a = [0] * len(O)
    available = I
    seen = set()
    for members, method in levels:
        assert not seen.intersection(members), "a member in two levels"
        seen.update(members)
        sub_O = [O[m] for m in members]
        if method[0] == "fixed":
            sub_a = fixed(available, sub_O, method[1], method[2])
        elif method[0] == "prorata":
            sub_a = pro_rata(available, sub_O)
        else:
            raise ValueError(method)
        for m, x in zip(members, sub_a):
            a[m] = x
        available -= sum(sub_a)
    return a


def credit(injections, shared):
    """Shared energy credited back to producers pro rata of their injection."""
    total = sum(injections)
    if total == 0:
        assert shared == 0
        return [0] * len(injections)
    return largest_remainder([Fraction(p * shared, total) for p in injections], shared)


# ---------------------------------------------------------------------------
# The example
# ---------------------------------------------------------------------------

MEMBERS = ["A", "B", "C", "D"]
# A: a flat, high evening offtake.  B: small.  C: a school, big daytime
# offtake.  D: a household with its own panels: O_D is its offtake AFTER its
# own use, and its injection (producer "D") is what it sends to the grid.
PRODUCERS = ["Roof", "D"]
# Roof: the community installation, no consumption, injects all it produces.

# Each quarter hour: (label, [Roof, D injection], [O_A, O_B, O_C, O_D]).
# I = Roof + D.  Whenever D injects, its own panels already cover its use
# that quarter hour, so O_D = 0 then (see the notes on ambiguities).
QUARTERS = [
    # t0 03:00 - NO PRODUCTION: I = 0, every key gives a = 0, E = 0,
    # credit 0 (no division by the zero injection).
    ("03:00 no production", [0, 0], [60, 15, 40, 70]),

    # t1 14:00 - NO CONSUMPTION AT ALL (artificial: everything switched
    # off): all O_i = 0, I = 250 all goes to E; also two producers inject.
    ("14:00 no consumption", [200, 50], [0, 0, 0, 0]),

    # t2 10:00 - EXACT SATURATION.  I = 400 (Roof only).
    # Hand check, "equal" (k = 1/4): s = 100 each; O_A = 100 exactly, so
    #   a = (min(100,100), min(40,100), min(300,100), min(40,100))
    #     = (100, 40, 100, 40), sum 280, E = 120.
    # Hand check, "equal, 2 rounds": L = 120; A (a = O exactly), B and D
    #   are saturated, so only C is eligible: q_C = 120, C gets
    #   min(300-100, 120) = 120 -> a = (100, 40, 220, 40), E = 0.
    # Hand check, "specific 40/30/20/10": s = (160, 120, 80, 40); D's share
    #   40 equals O_D = 40 exactly -> a = (100, 40, 80, 40), E = 140.
    # Hand check, "pro rata": S = 480 > 400, q = O*400/480 = O*5/6 =
    #   (83 1/3, 33 1/3, 250, 33 1/3): floors (83, 33, 250, 33) sum 399,
    #   1 Wh missing, A, B and D tie at 1/3 -> A (earliest):
    #   a = (84, 33, 250, 33), E = 0.
    # Hand check, "cascade B first": B takes min(40, 400) = 40; 360 left
    #   for A, C, D pro rata: S = 440, q = O*9/11 = (81.818.., 245.45..,
    #   32.727..): floors (81, 245, 32) = 358, +1 to A (.818) and D (.727)
    #   -> a = (82, 40, 245, 33), E = 0.
    # Credit: all of sum(a) to Roof, the only producer.
    ("10:00 saturated", [400, 0], [100, 40, 300, 40]),

    # t3 12:00 - ROUNDING WITH REMAINDERS, TWO PRODUCERS.  I = 703 + 300 =
    # 1003 Wh.  Hand check, "equal": q = 1003/4 = 250.75 each; floors 250
    #   (sum 1000), 3 Wh missing, all four tie at .75 -> A, B, C get +1:
    #   s = (251, 251, 251, 250); O_D = 0 so a = (251, 251, 251, 0), E = 250.
    # Hand check, "equal, 2 rounds": L = 250, eligible A, B, C (k 1/3 each
    #   within them): q = 83 1/3 each, floors 83 (249), +1 to A (tie) ->
    #   (84, 83, 83); B is capped at 300 - 251 = 49 ->
    #   a = (335, 300, 334, 0), sum 969, E = 34.
    # Hand check, "equal, unlimited": round 3, L = 34, eligible A, C:
    #   q = 17 each -> a = (352, 300, 351, 0), E = 0; round 4: L = 0, stop.
    # Hand check, credit for "equal, 2 rounds" (sum a = 969): Roof
    #   969*703/1003 = 679.17.., D 969*300/1003 = 289.82..; floors 679 + 289
    #   = 968, +1 to D (.82 > .17) -> (679, 290).
    # Hand check, credit for "equal" (sum a = 753): Roof 753*703/1003 =
    #   527.77.., D 753*300/1003 = 225.22..; floors 527 + 225 = 752, +1 to
    #   Roof (.77 > .22) -> (528, 225).
    # Hand check, "hybrid": after "equal" L = 250, R = (149, 49, 249, 0),
    #   S = 447 > 250: q = (83.33, 27.40, 139.26), floors (83, 27, 139) =
    #   249, +1 to B (.40) -> a = (334, 279, 390, 0), E = 0.
    ("12:00 rounding", [703, 300], [400, 300, 500, 0]),

    # t4 13:00 Saturday - PRODUCTION EXCEEDS TOTAL OFFTAKE: I = 1100,
    # sum O = 170: pro rata gives a = O; "equal" gives 275 each, capped.
    ("13:00 surplus", [900, 200], [50, 20, 100, 0]),

    # t5 08:00 winter morning - OFFTAKE FAR EXCEEDS PRODUCTION: I = 40,
    # sum O = 1740.  Pro rata: q = O*40/1740 = (13.79, 2.07, 18.39, 5.75):
    # floors (13, 2, 18, 5) = 38, +1 to A (.79) and D (.75) ->
    # (14, 2, 18, 6).
    ("08:00 deficit", [40, 0], [600, 90, 800, 250]),

    # t6 19:00 - TINY PRODUCTION, I = 7 Wh, ties in two rounds.
    # "equal": q = 1.75 each, floors 1 (4), 3 Wh missing, all tie -> A, B, C:
    #   s = (2, 2, 2, 1); C takes only 1 -> a = (2, 2, 1, 1), E = 1.
    # "equal, 2 rounds": L = 1, eligible A, B, D (1/3 each): floors 0,
    #   1 Wh to A (tie, earliest) -> a = (3, 2, 1, 1), E = 0.
    # "specific": q = (2.8, 2.1, 1.4, 0.7), floors (2, 2, 1, 0) = 5, +1 to
    #   A (.8) and D (.7) -> (3, 2, 1, 1), all within O -> E = 0.
    # "pro rata": S = 706, q = O*7/706 = (4.957, 0.0496, 0.0099, 1.983):
    #   floors (4, 0, 0, 1) = 5, +1 to D (.983) then A (.957) ->
    #   (5, 0, 0, 2).
    ("19:00 tiny", [7, 0], [500, 5, 1, 200]),

    # t7 16:00 - ORDINARY AFTERNOON, two producers, some members saturated.
    ("16:00 ordinary", [300, 100], [150, 60, 250, 0]),
]

EQUAL = [1, 1, 1, 1]
KEYS = [
    ("equal", lambda I, O: fixed(I, O, EQUAL, 1)),
    ("equal, 2 rounds", lambda I, O: fixed(I, O, EQUAL, 2)),
    ("equal, unlimited", lambda I, O: fixed(I, O, EQUAL, None)),
    ("specific 40/30/20/10",
     lambda I, O: fixed(I, O, [Fraction(40, 100), Fraction(30, 100),
                               Fraction(20, 100), Fraction(10, 100)], 1)),
    ("pro rata", pro_rata),
    ("hybrid", lambda I, O: hybrid(I, O, EQUAL)),
    ("cascade B first",
     lambda I, O: cascade(I, O, [([1], ("fixed", [1], 1)),
                                 ([0, 2, 3], ("prorata",))])),
    # A level of two (B and D, equal shares in two rounds), then A and C pro rata.
    ("cascade B and D first",
     lambda I, O: cascade(I, O, [([1, 3], ("fixed", [1, 1], 2)),
                                 ([0, 2], ("prorata",))])),
]


# ---------------------------------------------------------------------------
# Running and printing
# ---------------------------------------------------------------------------


def rate(num, den):
    if den == 0:
        return "n/a"
    return "%d/%d = %.4f (%.2f %%)" % (num, den, num / den, 100 * num / den)


def run_key(name, method):
    rows = []
    for label, injections, O in QUARTERS:
        I = sum(injections)
        a = method(I, list(O))
        shared = sum(a)
        E = I - shared
        c = credit(injections, shared)
        # Invariants.
        assert len(a) == len(O)
        assert all(isinstance(x, int) for x in a)
        assert all(0 <= a[i] <= O[i] for i in range(len(O))), (name, label, a)
        assert shared <= I, (name, label)
        assert E == I - shared and E >= 0, (name, label)
        assert sum(c) == shared and all(x >= 0 for x in c), (name, label, c)
        rows.append((label, I, O, a, E, c))
    return rows


def print_key(name, rows):
    print("=" * 100)
    print("Key: %s" % name)
    print("=" * 100)
    head = ["t", "time", "I"] + ["O_" + m for m in MEMBERS] \
        + ["a_" + m for m in MEMBERS] + ["E"] + ["cr_" + p for p in PRODUCERS]
    fmt = "%-2s %-21s" + " %6s" * (len(head) - 2)
    print(fmt % tuple(head))
    for t, (label, I, O, a, E, c) in enumerate(rows):
        print(fmt % tuple([t, label, I] + list(O) + list(a) + [E] + list(c)))
    # Totals.
    sumI = sum(r[1] for r in rows)
    sumO = [sum(r[2][i] for r in rows) for i in range(len(MEMBERS))]
    suma = [sum(r[3][i] for r in rows) for i in range(len(MEMBERS))]
    sumE = sum(r[4] for r in rows)
    sumc = [sum(r[5][p] for r in rows) for p in range(len(PRODUCERS))]
    print("-" * 100)
    print("Per member (Wh):   %10s %10s %10s" % ("offtake", "shared", "remaining"))
    for i, m in enumerate(MEMBERS):
        print("  %-16s %10d %10d %10d" % (m, sumO[i], suma[i], sumO[i] - suma[i]))
    shared = sum(suma)
    print("Community (Wh): available %d, shared %d, injected %d"
          % (sumI, shared, sumE))
    assert sumI == shared + sumE
    print("  self-consumption rate (shared/available): %s" % rate(shared, sumI))
    print("  self-sufficiency rate (shared/offtake):   %s" % rate(shared, sum(sumO)))
    print("Per producer, credited shared (Wh): "
          + ", ".join("%s %d" % (p, sumc[k]) for k, p in enumerate(PRODUCERS)))
    assert sum(sumc) == shared
    print()


def self_test():
    """The rounding rule on the two tie cases of the example."""
    assert largest_remainder([Fraction(7, 4)] * 4, 7) == [2, 2, 2, 1]
    assert largest_remainder([Fraction(250, 3)] * 3, 250) == [84, 83, 83]
    assert largest_remainder([Fraction(1, 3)] * 3, 1) == [1, 0, 0]
    assert largest_remainder([Fraction(28, 10), Fraction(21, 10),
                              Fraction(14, 10), Fraction(7, 10)], 7) == [3, 2, 1, 1]


def main():
    self_test()
    machine = {}
    for name, method in KEYS:
        rows = run_key(name, method)
        print_key(name, rows)
        machine[name] = {
            "a": [r[3] for r in rows],
            "E": [r[4] for r in rows],
            "credit": [r[5] for r in rows],
        }
    print("=" * 100)
    print("JSON (inputs per quarter hour: injections [Roof, D] = %s; O [A, B, C, D] = %s)"
          % ([q[1] for q in QUARTERS], [q[2] for q in QUARTERS]))
    print("=" * 100)
    # One quarter hour per line keeps the block compact yet readable.
    print("{")
    for n, (name, v) in enumerate(machine.items()):
        print("  %s: {" % json.dumps(name))
        print('    "a": %s,' % json.dumps(v["a"]))
        print('    "E": %s,' % json.dumps(v["E"]))
        print('    "credit": %s' % json.dumps(v["credit"]))
        print("  }" + ("," if n + 1 < len(machine) else ""))
    print("}")


if __name__ == "__main__":
    main()
