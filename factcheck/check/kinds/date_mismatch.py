"""date-mismatch: dates of one event that cannot both be true.

Values compare on the parts both sides know: "February 2025" and "27 February
2025" agree, "February 18" and "February 18th" agree, a weekday agrees with
any date that fell on it, a year-less date is compared on month and day.
"""
from __future__ import annotations

from typing import Any

from factcheck.model import Fact
from factcheck.normalize.dates import DateValue

PARAMS: dict[str, tuple[type, Any]] = {
    "tolerance_days": (int, 0),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose date disagrees with another fact's date in the group.

    Distinct readings are compared once per pair (one value string can come
    from different readings: "Thursday" and "27 February 2025" are both
    2025-02-27).  Two claims of one document clash only when both name the
    event (a place or an ordinal) at the same precision, since an article that
    mentions "the shooting" twice often means two shootings.  A document that
    dates the event twice in one sentence, on days that differ ("a vigil
    Monday; another protest Wednesday night"), tells of an event that recurs:
    another document's date that it also states is one of those occasions.
    """
    readings: dict[DateValue, list[Fact]] = {}
    for fact in facts:
        readings.setdefault(fact.get("date"), []).append(fact)
    keys = sorted(readings, key=lambda value: (value.timex, repr(value)))
    sources = {key: {f.source for f in readings[key]} for key in keys}
    opponents: dict[DateValue, list[DateValue]] = {key: [] for key in keys}
    for i, left in enumerate(keys):
        for right in keys[i + 1:]:
            if not compatible(left, right, params["tolerance_days"]):
                opponents[left].append(right)
                opponents[right].append(left)
    recurring = _recurring(facts, params["tolerance_days"])
    clashing: set[int] = set()  # ids: a fact's own hash walks all its fields
    for key in keys:
        if not opponents[key]:
            continue
        if recurring:
            found = _clashes_recurring(key, readings[key], [(o, readings[o]) for o in opponents[key]], recurring,
                                       params["tolerance_days"])
        else:
            found = _clashes(readings[key], [(sources[o], readings[o]) for o in opponents[key]])
        clashing.update(map(id, found))
    return tuple(f for f in facts if id(f) in clashing)


def _recurring(facts: tuple[Fact, ...], tolerance_days: int) -> dict[str, list[DateValue]]:
    """The dates each document gives the event, for the documents that date it twice in one sentence
    on days that cannot be one ("a Monday evening vigil …; another on Wednesday night")."""
    by_sentence: dict[tuple[str, str], list[DateValue]] = {}
    for fact in facts:
        by_sentence.setdefault((fact.source, fact.sentence), []).append(fact.get("date"))
    told = {source for (source, _), dates in by_sentence.items()
            if any(not compatible(a, b, tolerance_days) for i, a in enumerate(dates) for b in dates[i + 1:])}
    return {source: [f.get("date") for f in facts if f.source == source] for source in sorted(told)}


def _clashes_recurring(value: DateValue, these: list[Fact], opponents: list[tuple[DateValue, list[Fact]]],
                       recurring: dict[str, list[DateValue]], tolerance_days: int) -> list[Fact]:
    """``_clashes`` where some documents tell of a recurring event: a claim and another document's
    claim do not clash when either document also states the other's date: that very day, not the
    day across a midnight that ``compatible`` lets "Wednesday night" reach."""
    def states(source: str, date: DateValue) -> bool:
        return any(compatible(date, own, tolerance_days) and not (_around_midnight(date, own)
                                                                   or _around_midnight(own, date))
                   for own in recurring.get(source, ()))

    return [a for a in these if any(
        _same_occasion(a, b) if b.source == a.source else not (states(b.source, value) or states(a.source, other))
        for other, claims in opponents for b in claims)]


def _clashes(these: list[Fact], opponents: list[tuple[set[str], list[Fact]]]) -> list[Fact]:
    """The claims of ``these`` that some opposing reading contradicts: another document's
    claim, or one of its own document naming the same occasion.

    Decided once per reading, not once per opposing reading: a reading every
    other document repeats would otherwise be walked for each of its opponents.
    """
    their_sources: set[str] = set()
    for found, _ in opponents:
        their_sources |= found
        if len(their_sources) > 1:  # every claim has an opponent in another document
            return these
    (only,) = their_sources
    those = [b for _, claims in opponents for b in claims]
    return [a for a in these if a.source != only or any(_same_occasion(a, b) for b in those)]


def _same_occasion(a: Fact, b: Fact) -> bool:
    """Two claims of one document name one occasion only if both name it (place or
    ordinal) at the same precision: a month here and a day there are two occasions."""
    named = all(bool(f.get("place")) or f.get("ordinal") is not None for f in (a, b))
    return named and a.get("date").granularity == b.get("date").granularity


def compatible(a: DateValue, b: DateValue, tolerance_days: int = 0) -> bool:
    """Whether two date values can describe the same day."""
    if a.ref or b.ref or a.granularity == "unknown" or b.granularity == "unknown":
        return True
    if _around_midnight(a, b) or _around_midnight(b, a):
        return True
    if _weekday_only(a) or _weekday_only(b):
        return _weekdays_agree(a, b)
    bounds_a, bounds_b = a.bounds(), b.bounds()
    if bounds_a and bounds_b:
        slack = abs(tolerance_days)
        return (bounds_a[0] - bounds_b[1]).days <= slack and (bounds_b[0] - bounds_a[1]).days <= slack
    return _parts_agree(a, b)


def _around_midnight(earlier: DateValue, later: DateValue) -> bool:
    """"Friday night" or "late Friday" and "Saturday", or "Friday" and "early Saturday": the hours
    around one midnight, which time zones and deadlines put on either day."""
    if earlier.mod not in ("END", None) or later.mod not in ("START", None) or earlier.mod == later.mod:
        return False  # "Friday night" and "Saturday night" are two nights
    day_a, day_b = _weekday_of(earlier), _weekday_of(later)
    return day_a is not None and day_b is not None and day_b == day_a % 7 + 1


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
