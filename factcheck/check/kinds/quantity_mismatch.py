"""quantity-mismatch: counts or amounts of one thing whose intervals cannot overlap.

"over six hours" and "seven hours" agree; "six properties" and "five
properties" do not; "about 100" (90–110) and "98" agree.  ``tolerance`` is a
relative slack added on both sides (0.05 lets 100 and 104 agree).  Claims are
compared across documents only, once per distinct pair of values.  A value
that another claim and some of the other amounts of its sentence add up to is
their total ("$20 million" of damage; "about $12 million to the building and $8
million in inventory").  A toll (the
dead, the injured, the arrested, what was destroyed or damaged) that a later
report gives higher is an update:
``rising_severity`` is the conflict's severity when every clash is one.
"""
from __future__ import annotations

from itertools import combinations
from typing import Any

from factcheck.config import SEVERITIES
from factcheck.extract.quantities import REPORTED, SO_FAR
from factcheck.model import Fact
from factcheck.normalize.numbers import APPROXIMATE, Interval

PARAMS: dict[str, tuple[type, Any]] = {
    "tolerance": (float, 0.0),
    "hedged_severity": (str, ""),
    "rising_severity": (str, ""),
    "bounds_severity": (str, ""),
}
#: Qualifiers of a lower bound: "at least 14", "more than 300".
LOWER_BOUNDS = frozenset(("least", "over"))


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose interval cannot overlap another document's interval in the group."""
    by_value: dict[str, list[Fact]] = {}
    for fact in facts:
        if isinstance(fact.get("interval"), Interval):
            by_value.setdefault(fact.value, []).append(fact)
    values = sorted(by_value)
    intervals = [by_value[value][0].get("interval") for value in values]
    sources = [{f.source for f in by_value[value]} for value in values]
    clashing: set[int] = set()  # ids: a fact's hash walks all its fields (equal facts share a value)
    bounds = bool(params.get("bounds_severity"))
    for i, left in enumerate(values):
        for j in range(i + 1, len(values)):
            if intervals[i].overlaps(intervals[j], params["tolerance"]) and not (
                    bounds and _other_bounds(intervals[i], intervals[j], params["tolerance"])) and not (
                    _about_apart(intervals[i], intervals[j], params["tolerance"])):
                continue
            if _in_parts(by_value[left], intervals[j]) or _in_parts(by_value[values[j]], intervals[i]):
                continue
            if len(sources[i] | sources[j]) > 1:
                clashing.update(map(id, by_value[left] + by_value[values[j]]))
    return tuple(f for f in facts if id(f) in clashing)


def _about_apart(a: Interval, b: Interval, tolerance: float) -> bool:
    """Whether two "about" figures lie further apart than one such reach: "an estimated 54,000" and "an
    estimated 45,000" overlap at their ends (±10 % each) but no writer rounds one number to both."""
    if a.qualifier != "about" or b.qualifier != "about":
        return False
    left, right = (a.low + a.high) / 2, (b.low + b.high) / 2
    return abs(left - right) > (APPROXIMATE + tolerance) * max(abs(left), abs(right))


def _in_parts(parts: list[Fact], total: Interval) -> bool:
    """Whether some claim of ``parts`` plus some of the other amounts of its sentence in its unit (or counts
    of its noun) make ``total``: "about $12 million to the building and $8 million in inventory" is the "$20
    million" of the damage, "four coast guard vessels, two navy ships" the "six ships", and in "The round
    totals $120 million: $90 million in equity and $30 million in debt" the $90 million is no $120 million
    round."""
    for fact in parts:
        unit = fact.get("unit") if fact.attribute == "amount" else fact.key[-1]  # a count: its noun's key
        others = [number for number in (_number(value[:-len(unit) - 1]) for value in fact.get("beside", ())
                                        if value.endswith(f" {unit}")) if number is not None]
        own = fact.get("interval")
        for size in range(1, min(len(others), MAX_PARTS) + 1):
            for chosen in combinations(others, size):
                added = sum(chosen)
                if Interval(own.low + added, own.high + added).overlaps(total, 0.0):
                    return True
    return False


#: At most this many other amounts of a sentence are tried as the rest of a total.
MAX_PARTS = 4


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None  # a range or an approximate value ("~8000000"): no exact part


def _other_bounds(a: Interval, b: Interval, tolerance: float) -> bool:
    """Two lower bounds of one thing that differ ("at least 14" / "at least 19"): both may hold, yet the
    reports disagree on what is known."""
    return (a.qualifier in LOWER_BOUNDS and b.qualifier in LOWER_BOUNDS
            and not Interval(a.low, a.low).overlaps(Interval(b.low, b.low), tolerance))


def severity(claims: tuple[Fact, ...], params: dict[str, Any], default: str) -> str:
    """``bounds_severity`` when every clash between two documents is one of lower bounds that differ,
    ``rising_severity`` when every clash is a toll the later report gives higher."""
    bounded = params.get("bounds_severity")
    if bounded and _only_bounds(claims, params["tolerance"]):
        return bounded
    lowered = params.get("rising_severity")
    if not lowered or SEVERITIES.index(lowered) <= SEVERITIES.index(default):
        return default
    return lowered if _only_rising(claims, params["tolerance"]) else default


def _only_bounds(claims: tuple[Fact, ...], tolerance: float) -> bool:
    """Whether the claims of every two documents may all be true together (the conflict is one of lower
    bounds only)."""
    spans = {(fact.source, fact.value): fact.get("interval") for fact in claims}
    return all(a.overlaps(b, tolerance) and not _about_apart(a, b, tolerance)
               for (source_a, _), a in spans.items() for (source_b, _), b in spans.items() if source_a != source_b)


def _only_rising(claims: tuple[Fact, ...], tolerance: float) -> bool:
    """Whether each pair of claims from two documents that cannot both be true has a publication date on
    both sides, not the same, and the later one the higher count, or the higher told as the sum until now.

    Decided once per distinct (date, value): one document has one date, so two claims of different
    dates are always of two documents.
    """
    told: dict[tuple[str, str], tuple[Interval, set[str], set[bool]]] = {}
    for fact in claims:
        reading = told.setdefault((fact.get(REPORTED) or "", fact.value), (fact.get("interval"), set(), set()))
        reading[1].add(fact.source)
        reading[2].add(bool(fact.get(SO_FAR)))
    readings = sorted(told.items())
    for i, ((day_a, _), (a, sources_a, so_far_a)) in enumerate(readings):
        for (day_b, _), (b, sources_b, so_far_b) in readings[i + 1:]:
            if (a.overlaps(b, tolerance) and not _about_apart(a, b, tolerance)
                    or sources_a == sources_b and len(sources_a) == 1):
                continue
            if _sum_so_far(a, so_far_a, b, so_far_b):
                continue  # "Police have now detained four people" / "Two suspects were arrested on Thursday"
            if not day_a or day_a == day_b or not a.high < b.low:  # sorted by date: b is the later report
                return False
    return True


def _sum_so_far(a: Interval, so_far_a: set[bool], b: Interval, so_far_b: set[bool]) -> bool:
    """Whether the higher of two counts is told as the sum until now: the other may be a part of it."""
    return a.high < b.low and all(so_far_b) or b.high < a.low and all(so_far_a)
