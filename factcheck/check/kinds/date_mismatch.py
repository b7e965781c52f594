"""date-mismatch: dates of one event that cannot both be true.

Values compare on the parts both sides know: "February 2025" and "27 February
2025" agree, "February 18" and "February 18th" agree, a weekday agrees with
any date that fell on it, a year-less date is compared on month and day, as
is a date whose year was guessed from the publication date ("In January" in
an October report: that January or the next).
Two weekdays read a week or more apart, each in its own report's week, are
two occasions rather than a contradiction.
"""
from __future__ import annotations

import itertools
from typing import Any

from factcheck.model import Fact
from factcheck.normalize.dates import DateValue, one_night

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
    When every document states every date, no two sources are at odds.
    """
    readings: dict[DateValue, list[Fact]] = {}
    for fact in facts:
        readings.setdefault(fact.get("date"), []).append(fact)
    keys = sorted(readings, key=lambda value: (value.timex, repr(value)))
    # Readings are named by their place in ``keys`` from here on: a DateValue's hash walks all its fields.
    claims = [readings[key] for key in keys]
    sources = [{f.source for f in members} for members in claims]
    opponents: list[list[int]] = [[] for _ in keys]
    for i, left in enumerate(keys):
        for j in range(i + 1, len(keys)):
            if not compatible(left, keys[j], params["tolerance_days"]):
                opponents[i].append(j)
                opponents[j].append(i)
    if len(sources[0]) > 1 and all(found == sources[0] for found in sources):
        # every document states every reading ("the first death on Tuesday", "another died on Wednesday"):
        # occasions all tell alike, no source at odds with another; only one document's own clashes count
        return tuple(a for i, members in enumerate(claims) for a in members
                     if any(_same_occasion(a, b) for o in opponents[i] for b in claims[o] if b.source == a.source))
    recurring = _recurring(facts, params["tolerance_days"])
    clashing: set[int] = set()  # ids: a fact's own hash walks all its fields
    for i, key in enumerate(keys):
        if not opponents[i]:
            continue
        if recurring:
            found = _clashes_recurring(key, claims[i], [(keys[o], sources[o], claims[o]) for o in opponents[i]],
                                       recurring)
        else:
            found = _clashes(claims[i], [(sources[o], claims[o]) for o in opponents[i]])
        clashing.update(map(id, found))
    return tuple(f for f in facts if id(f) in clashing)


class _Recurring:
    """The documents that date the event twice in one sentence on days that cannot be one ("a Monday
    evening vigil …; another on Wednesday night"), and whether such a document states a given day:
    that very day, not the day across a midnight that ``compatible`` lets "Wednesday night" reach."""

    def __init__(self, days: dict[str, set[DateValue]], tolerance_days: int) -> None:
        self.days = days
        self.tolerance_days = tolerance_days
        self.known: dict[tuple[str, DateValue], bool] = {}

    def __bool__(self) -> bool:
        return bool(self.days)

    def states(self, source: str, date: DateValue) -> bool:
        own = self.days.get(source)
        if own is None:
            return False
        if (source, date) not in self.known:
            self.known[source, date] = any(
                compatible(date, day, self.tolerance_days)
                and not (_around_midnight(date, day) or _around_midnight(day, date)) for day in own)
        return self.known[source, date]


def _recurring(facts: tuple[Fact, ...], tolerance_days: int) -> _Recurring:
    """The documents that tell of the event more than once: two dates of it in one sentence that cannot be
    one day, or two dates in the document more than ``APART_DAYS`` apart ("a methane explosion … early
    Tuesday"; "an explosion on Jan. 16 at the company's Yubileinaya mine killed four workers")."""
    by_sentence: dict[tuple[str, str], set[DateValue]] = {}
    by_source: dict[str, set[DateValue]] = {}
    for fact in facts:
        by_sentence.setdefault((fact.source, fact.sentence), set()).add(fact.get("date"))
        by_source.setdefault(fact.source, set()).add(fact.get("date"))
    told = {source for (source, _), dates in by_sentence.items() if len(dates) > 1 and any(
        not compatible(a, b, tolerance_days) for a, b in itertools.combinations(dates, 2))}
    told |= {source for source, dates in by_source.items() if len(dates) > 1 and any(
        _apart(a, b, tolerance_days) for a, b in itertools.combinations(dates, 2))}
    days: dict[str, set[DateValue]] = {source: set() for source in told}
    for (source, _), dates in by_sentence.items():
        if source in told:
            days[source] |= dates
    return _Recurring(days, tolerance_days)


#: Two dates of one event type in one document further apart than this are two occasions: a weekday
#: misread or miswritten is within a week of the right one.
APART_DAYS = 7


def _apart(a: DateValue, b: DateValue, tolerance_days: int) -> bool:
    """Whether two dates of one document are days apart.  A weekday read as a day ("early Friday") agrees with
    any date on that weekday, but not as one occasion: told beside "On July 12, 2024, a landslide …" a year
    before, it is another landslide; such a day is apart when more than a week further still."""
    between = days_between(a, b)
    if between is None:
        return False
    weekday = a.from_weekday or b.from_weekday
    if compatible(a, b, tolerance_days) and not weekday:
        return False
    return between > APART_DAYS * (2 if weekday else 1)


def days_between(a: DateValue, b: DateValue) -> int | None:
    """Days between two dates' nearest ends (negative when they overlap), None when either has no bounds."""
    bounds_a, bounds_b = a.bounds(), b.bounds()
    if bounds_a is None or bounds_b is None:
        return None
    return max((bounds_a[0] - bounds_b[1]).days, (bounds_b[0] - bounds_a[1]).days)


def _clashes_recurring(value: DateValue, these: list[Fact],
                       opponents: list[tuple[DateValue, set[str], list[Fact]]], recurring: _Recurring) -> list[Fact]:
    """``_clashes`` where some documents tell of a recurring event: a claim and another document's
    claim do not clash when either document states the other's date.

    A claim of a document that tells of no recurrence clashes with every opposing document but those
    that state its date, so, as in ``_clashes``, two such documents settle every such claim at once.
    """
    against: set[str] = set()  # opposing documents that do not state ``value``
    for _, found, _ in opponents:
        against |= {source for source in found if not recurring.states(source, value)}
        if len(against) > 1:
            break

    def clashes(a: Fact) -> bool:
        if a.source in recurring.days:
            if any(not recurring.states(a.source, other)
                   and any(not recurring.states(source, value) for source in found if source != a.source)
                   for other, found, _ in opponents):
                return True
        elif len(against) > 1 or against and a.source not in against:
            return True
        return any(_same_occasion(a, b) for _, found, claims in opponents if a.source in found
                   for b in claims if b.source == a.source)

    return [a for a in these if clashes(a)]


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
    ordinal) at the same precision, in two sentences: a month here and a day there are
    two occasions, and so are two days in one sentence ("signed March 6 in Addis Ababa,
    capped talks that began March 4")."""
    if a.sentence == b.sentence:
        return False
    named = all(bool(f.get("place")) or f.get("ordinal") is not None for f in (a, b))
    return named and a.get("date").granularity == b.get("date").granularity


def compatible(a: DateValue, b: DateValue, tolerance_days: int = 0) -> bool:
    """Whether two date values can describe the same day."""
    if a.ref or b.ref or a.granularity == "unknown" or b.granularity == "unknown":
        return True
    if _around_midnight(a, b) or _around_midnight(b, a):
        return True
    if _weekday_only(a) or _weekday_only(b):
        return _weekdays_agree(a, b) or _other_weeks(a, b)
    if (a.year_inferred or b.year_inferred) and a.granularity in _CALENDAR and b.granularity in _CALENDAR:
        return _agree_as_written(a, b)  # "In January" read as next January by mistake
    bounds_a, bounds_b = a.bounds(), b.bounds()
    if bounds_a and bounds_b:
        slack = abs(tolerance_days)
        return (bounds_a[0] - bounds_b[1]).days <= slack and (bounds_b[0] - bounds_a[1]).days <= slack
    return _parts_agree(a, b)


def _around_midnight(earlier: DateValue, later: DateValue) -> bool:
    """"Friday night" or "late Friday" and "Saturday", or "Friday" and "early Saturday": the hours
    around one midnight, which time zones and deadlines put on either day."""
    if not one_night(earlier.mod, later.mod):
        return False  # "Friday night" and "Saturday night" are two nights
    day_a, day_b = _weekday_of(earlier), _weekday_of(later)
    return day_a is not None and day_b is not None and day_b == day_a % 7 + 1


_CALENDAR = frozenset({"day", "month", "year"})


def _agree_as_written(a: DateValue, b: DateValue) -> bool:
    """Compare year, month and day as the texts state them: a year guessed from the publication date
    ("April 10") counts as none (spelled out: this runs once per pair of readings)."""
    year_a = None if a.year_inferred else a.year
    year_b = None if b.year_inferred else b.year
    if year_a is not None and year_b is not None and year_a != year_b:
        return False
    if a.month is None or b.month is None:
        return True
    return a.month == b.month and (a.day is None or b.day is None or a.day == b.day)


def _other_weeks(a: DateValue, b: DateValue) -> bool:
    """Two weekdays each read in its own document's week ("charged Thursday" in May, "charged Monday" the
    next January) that lie a week or more apart: two occasions, since a weekday names a day of the week
    its report was written in."""
    if not (a.from_weekday and b.from_weekday):
        return False
    day_a, day_b = a.date(), b.date()
    return day_a is not None and day_b is not None and abs((day_a - day_b).days) >= 7


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
