"""date-mismatch: dates of one event that cannot both be true.

Values compare on the parts both sides know: "February 2025" and "27 February
2025" agree, "February 18" and "February 18th" agree, a weekday agrees with
any date that fell on it, a year-less date is compared on month and day.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from factcheck.model import Fact
from factcheck.normalize.dates import DateValue

PARAMS: dict[str, tuple[type, Any]] = {
    "tolerance_days": (int, 0),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose date disagrees with another fact's date in the group.

    Values are compared once per distinct pair; two claims of one document
    clash only when both name the event (a place or an ordinal), since an
    article that mentions "the shooting" twice often means two shootings.
    Only values that clash with some value at all (found in linear time) are
    compared pairwise, and each value's partners are summed up (their sources,
    whether one is named), so no pair of facts is ever visited.
    """
    by_value: dict[str, list[Fact]] = {}
    for fact in facts:
        by_value.setdefault(fact.value, []).append(fact)
    values = {timex: members[0].get("date") for timex, members in by_value.items()}
    own = {timex: _Partners.of(members) for timex, members in by_value.items()}
    partners: dict[str, _Partners] = {}
    suspects = sorted(clashing_values(values, params["tolerance_days"]))
    for i, left in enumerate(suspects):
        for right in suspects[i + 1:]:
            if not compatible(values[left], values[right], params["tolerance_days"]):
                partners.setdefault(left, _Partners()).add(own[right])
                partners.setdefault(right, _Partners()).add(own[left])
    return tuple(f for f in facts if f.value in partners and partners[f.value].clash_with(f))


class _Partners:
    """What a value's incompatible partners hold: up to two of their sources, and whether one is named."""

    def __init__(self) -> None:
        self.sources: set[str] = set()
        self.named = False

    @classmethod
    def of(cls, facts: list[Fact]) -> "_Partners":
        summary = cls()
        for fact in facts:
            summary.named = summary.named or _named(fact)
            if len(summary.sources) < 2:
                summary.sources.add(fact.source)
        return summary

    def add(self, other: "_Partners") -> None:
        self.named = self.named or other.named
        for source in other.sources:
            if len(self.sources) < 2:
                self.sources.add(source)

    def clash_with(self, fact: Fact) -> bool:
        """Whether ``fact`` clashes with one of these partners: another source, or both named."""
        return any(s != fact.source for s in self.sources) or (self.named and _named(fact))


def clashing_values(values: dict[str, DateValue], tolerance_days: int = 0) -> set[str]:
    """The keys whose value is incompatible with at least one other value.

    Exactly ``{a, b for every pair where not compatible(a, b)}``, in linear
    time for the common values (anchored dates compare as intervals, year-less
    ones on their parts, by counting) and pairwise only for weekday-only ones.
    """
    weekdays = {k for k, v in values.items() if not _always_compatible(v) and _weekday_only(v)}
    dated = {k: v for k, v in values.items() if not _always_compatible(v) and k not in weekdays}
    anchored = {k: b for k, v in dated.items() if (b := v.bounds()) is not None}
    loose = {k: v for k, v in dated.items() if k not in anchored}
    clashing = _interval_clashes(anchored, abs(tolerance_days))
    clashing |= _part_clashes(loose, dated)
    clashing |= _part_clashes({k: dated[k] for k in anchored}, loose)
    for left in sorted(weekdays):
        for right in sorted(values):
            if right != left and not compatible(values[left], values[right], tolerance_days):
                clashing.update((left, right))
    return clashing


def _always_compatible(value: DateValue) -> bool:
    return bool(value.ref) or value.granularity == "unknown"


def _interval_clashes(bounds: dict[str, tuple[dt.date, dt.date]], slack: int) -> set[str]:
    """Keys whose interval is more than ``slack`` days from another's (latest start, earliest end)."""
    if len(bounds) < 2:
        return set()
    by_start = sorted(bounds, key=lambda k: bounds[k][0], reverse=True)[:2]
    by_end = sorted(bounds, key=lambda k: bounds[k][1])[:2]
    found = set()
    for key, (start, end) in bounds.items():
        latest = bounds[by_start[1] if key == by_start[0] else by_start[0]][0]
        earliest = bounds[by_end[1] if key == by_end[0] else by_end[0]][1]
        if (latest - end).days > slack or (start - earliest).days > slack:
            found.add(key)
    return found


def _part_clashes(values: dict[str, DateValue], pool: dict[str, DateValue]) -> set[str]:
    """Keys of ``values`` whose parts disagree with a value of ``pool`` (see :func:`_parts_agree`)."""
    single = [v for v in pool.values() if v.end is None]
    years = Counter(v.year for v in single if v.year is not None)
    months = Counter(v.month for v in single if v.month is not None)
    days = Counter((v.month, v.day) for v in single if v.month is not None and v.day is not None)
    days_in = Counter(v.month for v in single if v.month is not None and v.day is not None)
    found = set()
    for key, v in values.items():
        if v.end is not None:
            continue
        if v.year is not None and years.total() > years[v.year]:
            found.add(key)
        elif v.month is not None and months.total() > months[v.month]:
            found.add(key)
        elif v.month is not None and v.day is not None and days_in[v.month] > days[(v.month, v.day)]:
            found.add(key)
    return found


def _named(fact: Fact) -> bool:
    return bool(fact.get("place")) or fact.get("ordinal") is not None


def compatible(a: DateValue, b: DateValue, tolerance_days: int = 0) -> bool:
    """Whether two date values can describe the same day."""
    if a.ref or b.ref or a.granularity == "unknown" or b.granularity == "unknown":
        return True
    if _weekday_only(a) or _weekday_only(b):
        return _weekdays_agree(a, b)
    bounds_a, bounds_b = a.bounds(), b.bounds()
    if bounds_a and bounds_b:
        slack = abs(tolerance_days)
        return (bounds_a[0] - bounds_b[1]).days <= slack and (bounds_b[0] - bounds_a[1]).days <= slack
    return _parts_agree(a, b)


def _weekday_only(value: DateValue) -> bool:
    """A value whose only trustworthy day information is a weekday name."""
    return value.weekday is not None and (value.from_weekday or value.day is None)


def _weekdays_agree(a: DateValue, b: DateValue) -> bool:
    day_a, day_b = _weekday_of(a), _weekday_of(b)
    return day_a is None or day_b is None or day_a == day_b


def _weekday_of(value: DateValue) -> int | None:
    if value.weekday is not None:
        return value.weekday
    if value.end is None and value.granularity == "day":
        day = value.date()
        return day.isoweekday() if day else None
    return None


def _parts_agree(a: DateValue, b: DateValue) -> bool:
    """Compare the calendar parts both values state (a year-less date has none for the year)."""
    if a.end is not None or b.end is not None:
        return True
    for part in ("year", "month", "day"):
        left, right = getattr(a, part), getattr(b, part)
        if left is not None and right is not None and left != right:
            return False
        if left is None or right is None:
            if part == "month":
                return True
    return True
