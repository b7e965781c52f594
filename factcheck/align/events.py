"""Split the facts about one event type into distinct events.

Mentions naming a place form one event per place.  A mention without a place
joins a placed event only when that is unambiguous: the same ordinal as one
placed event, or its own document placing this event type in one place only,
or only one place in the whole corpus.  Otherwise it is left out rather than
risk comparing two different events.

A mention with neither place nor ordinal is compared only when it names a day
(or a weekday): "in 2005" or "last month" beside an unnamed shooting is far
more often a different shooting than a contradiction.  Such unkeyed mentions
are compared across documents only: an article recounting two arrests is not
contradicting itself.

Mentions of one place (or of none) that name two ordinals or more are split
by ordinal: "the first meeting" on Monday and "the second meeting" on Tuesday
are two meetings; the mentions that name none stay together, apart.  So are
quakes of two magnitudes.

An unplaced mention tied to an event only through other documents (the one
place in the corpus, or no place at all) and naming people (the capitalised
words around its event word) is kept apart from mentions that name only other
people: "the president met with Sununu Sunday" and "the king met Monday" are
two meetings.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

from factcheck.model import Fact
from factcheck.normalize.dates import one_night

PRECISE = frozenset({"day", "weekday"})


def split_events(facts: list[Fact]) -> dict[str, list[Fact]]:
    """Subject ("Istanbul talks") → the facts about that one event."""
    event_type = facts[0].key[-1]
    by_place: dict[str, list[Fact]] = defaultdict(list)
    names: dict[str, str] = {}
    by_source: dict[str, set[str]] = defaultdict(set)
    by_ordinal: dict[int, set[str]] = defaultdict(set)
    unplaced: list[Fact] = []
    for fact in facts:
        place = fact.get("place")
        if place:
            key = place.casefold()
            names.setdefault(key, place)
            by_place[key].append(fact)
            by_source[fact.source].add(key)
            if fact.get("ordinal") is not None:
                by_ordinal[fact.get("ordinal")].add(key)
        elif fact.get("ordinal") is not None or fact.get("date").granularity in PRECISE:
            unplaced.append(fact)
    places = set(by_place)
    casts: dict[str, _Cast] = {}
    days: dict[str, dict[str, list[_Day]]] = {}
    calendar = _Calendar(by_place) if unplaced else None  # before any unplaced mention joins
    stray: list[Fact] = []
    homes = []
    for fact in unplaced:
        home = _home(fact, places, by_ordinal, by_source)
        if home is None and calendar is not None and len(places) > 1:
            home = calendar.only_near(fact)
        homes.append(home)
    # unplaced mentions dated apart from the event their own document places: another event of this type, which
    # that document does not place ("a meteor … on Sunday, March 16" beside "the Allende meteorite of February 8,
    # 1969"); compared with the other documents' unplaced mentions
    apart: set[int] = set()
    for fact, home in zip(unplaced, homes):
        if home is not None and home in by_source.get(fact.source, ()):
            if home not in days:
                days[home] = _days(by_place[home])
            if _dated_otherwise(fact, days[home].get(fact.source, [])):
                apart.add(id(fact))
    others: dict[str, list[_Day]] = defaultdict(list)  # home → the days of the other events its documents tell
    for fact, home in zip(unplaced, homes):
        if id(fact) in apart and (span := fact.get("date").bounds()) is not None:
            others[home].append((span[0], span[1], None))
    for fact, home in zip(unplaced, homes):
        if id(fact) in apart:
            stray.append(fact)
            continue
        if home in others and home not in by_source.get(fact.source, ()) and (
                home not in by_ordinal.get(fact.get("ordinal"), ())) and _nearer(
                fact, others[home], [d for found in days[home].values() for d in found]):
            # a document tells of that placed event and of another one unplaced ("the Louvre robbery of October
            # 19" beside a robbery "early on Wednesday"): a mention tied to the place only through the corpus is
            # about the one dated nearer to it
            stray.append(fact)
            continue
        if home is not None and calendar is not None and calendar.far(home, fact):
            stray.append(fact)  # "the crush happened on Friday night", not the Kiss nightclub fire of 2013
            continue
        if home is not None:
            own = home in by_source.get(fact.source, ()) or home in by_ordinal.get(fact.get("ordinal"), ())
            if home not in casts:
                casts[home] = _Cast(by_place[home])  # its placed mentions
            if own or casts[home].admits(fact):  # tied to that place only through the corpus: names decide
                by_place[home].append(fact)
        elif not names:
            by_place[""].append(fact)
    if stray:
        by_place[""].extend(stray)
    if "" in by_place:
        unkeyed = by_place.pop("")
        cast = _Cast(unkeyed)
        kept = [f for f in unkeyed if cast.admits(f)]
        if len({f.source for f in kept}) > 1:
            by_place[""] = kept
    events = {(f"{names[k]} {event_type}" if k else event_type): v for k, v in by_place.items()}
    return {subject: members for name, group in events.items() for subject, members in _by_ordinal(name, group)}


ORDINAL_NAMES = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _by_ordinal(subject: str, facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """One event's mentions, split when they name two ordinals or more ("the first meeting" on Monday,
    "the second meeting" on Tuesday: two meetings), or two magnitudes ("a magnitude 6.0 earthquake
    struck early Sunday", "a magnitude 4.4 earthquake had shaken the region on Thursday"); the mentions
    that name none are then left together, apart from all of them."""
    for name, subject_of in (("ordinal", _ordinal_subject), ("magnitude", _magnitude_subject)):
        if len({fact.get(name) for fact in facts} - {None}) > 1:
            groups: dict[object, list[Fact]] = defaultdict(list)
            for fact in facts:
                groups[fact.get(name)].append(fact)
            return [(subject_of(key, subject), members) for key, members in groups.items()]
    return [(subject, facts)]


def _magnitude_subject(magnitude: str | None, subject: str) -> str:
    return f"magnitude {magnitude} {subject}" if magnitude else subject


def _ordinal_subject(ordinal: int | None, subject: str) -> str:
    if ordinal is None:
        return subject
    return f"{ORDINAL_NAMES[ordinal] if 0 < ordinal < len(ORDINAL_NAMES) else f'#{ordinal}'} {subject}"


class _Cast:
    """Who the mentions of one event name (their participants), by document, so that a mention is
    checked against all of them at once."""

    def __init__(self, facts: list[Fact]) -> None:
        self.sources: set[str] = set()
        self.silent: set[str] = set()  # documents with a mention that names no one
        self.named: dict[str, set[str]] = defaultdict(set)  # name → documents naming it
        for fact in facts:
            self.sources.add(fact.source)
            names = fact.get("participants") or ()
            if not names:
                self.silent.add(fact.source)
            for name in names:
                self.named[name].add(fact.source)

    def admits(self, fact: Fact) -> bool:
        """Whether ``fact`` can be this event as other documents tell it: it names no one, or another
        document has a mention naming no one or one of the same people ("met with Sununu Sunday" is not
        "the king met Monday")."""
        mine = fact.get("participants") or ()
        if not mine or not _beyond(self.sources, fact.source) or _beyond(self.silent, fact.source):
            return True
        return any(_beyond(self.named.get(name, ()), fact.source) for name in mine)


def _beyond(sources: set[str] | tuple[()], source: str) -> bool:
    """Whether ``sources`` holds a document other than ``source``."""
    return len(sources) > 1 or (len(sources) == 1 and source not in sources)


_Day = tuple[dt.date, dt.date, "str | None"]  # first and last day a date covers, and its TIMEX3 mod


def _days(placed: list[Fact]) -> dict[str, list[_Day]]:
    """Document → the days on which it dates the placed event (one pass, whatever the documents)."""
    found: dict[str, list[_Day]] = defaultdict(list)
    for fact in placed:
        date = fact.get("date")
        span = date.bounds() if date.granularity in PRECISE else None
        if span is not None:
            found[fact.source].append((span[0], span[1], date.mod))
    return found


def _dated_otherwise(fact: Fact, days: list[_Day]) -> bool:
    """Whether the unplaced mention's own document dates the placed event (``days``), and only on days
    apart from its day: "two men were shot and killed early Sunday in Englewood" and "a girl was shot
    Saturday afternoon on the West Side" are two shootings, not an article contradicting itself.
    "Saturday" or "late Saturday" and "early Sunday" may be one night, as the date rule has it."""
    value = fact.get("date")
    day = value.bounds()
    if day is None or not days:
        return False
    for first, last, mod in days:
        if first <= day[1] and day[0] <= last:
            return False
        if (first - day[1]).days == 1 and one_night(value.mod, mod) or (
                (day[0] - last).days == 1 and one_night(mod, value.mod)):
            return False
    return True


def _nearer(fact: Fact, these: list[_Day], those: list[_Day]) -> bool:
    """Whether the mention's date is nearer to one of ``these`` days than to any of ``those``."""
    span = fact.get("date").bounds()
    if span is None:
        return False

    def gap(days: list[_Day]) -> int:
        return min((max((first - span[1]).days, (span[0] - last).days, 0) for first, last, _ in days), default=1 << 30)

    return gap(these) < gap(those)


#: How many days from an unplaced mention a placed event may be dated, to be the only one it can be about.
NEAR_DAYS = 31


class _Calendar:
    """The days the placed mentions date their events on, taken before any unplaced mention joins, for two
    questions about an unplaced mention, each a bisection whatever the corpus:

    - ``only_near``: the one placed event dated (to the day) within ``NEAR_DAYS`` of it, if only one is: "an
      express train derailed late on Sunday" is the Garut derailment of Saturday, not the Cicalengka one of
      January 2024 that the other report recalls;
    - ``far``: whether a placed event is dated only more than ``NEAR_DAYS`` from it (one date at least known):
      "the crush happened on Friday night" is not the Kiss nightclub fire of 2013.
    """

    def __init__(self, by_place: dict[str, list[Fact]]) -> None:
        days: list[tuple[int, str]] = []  # (first day, place) of the mentions dated to the day
        self._spans: dict[str, tuple[list[int], list[int]]] = {}  # place → first days, latest last days so far
        for place, placed in by_place.items():
            bounds = []
            for other in placed:
                date = other.get("date")
                span = date.bounds()
                if span is not None:
                    bounds.append((span[0].toordinal(), span[1].toordinal()))
                    if date.granularity in PRECISE:
                        days.append((span[0].toordinal(), place))
            bounds.sort()
            latest, reach = [], -1
            for _first, last in bounds:
                reach = max(reach, last)
                latest.append(reach)  # the latest day of the spans that start at or before this one
            self._spans[place] = ([first for first, _last in bounds], latest)
        days.sort()
        self.days = [day for day, _place in days]
        self.places = [place for _day, place in days]
        self.other = [len(days)] * len(days)  # index of the next entry of another place
        for i in range(len(days) - 2, -1, -1):
            self.other[i] = i + 1 if self.places[i + 1] != self.places[i] else self.other[i + 1]

    def only_near(self, fact: Fact) -> str | None:
        span = fact.get("date").bounds()
        if span is None:
            return None
        low = bisect.bisect_left(self.days, span[0].toordinal() - NEAR_DAYS)
        high = bisect.bisect_right(self.days, span[1].toordinal() + NEAR_DAYS)
        return self.places[low] if low < high and self.other[low] >= high else None

    def far(self, place: str, fact: Fact) -> bool:
        firsts, latest = self._spans.get(place, ([], []))
        day = fact.get("date").bounds()
        if day is None or not firsts:
            return False
        low, high = day[0].toordinal() - NEAR_DAYS, day[1].toordinal() + NEAR_DAYS
        index = bisect.bisect_right(firsts, high) - 1
        return index < 0 or latest[index] < low


def _home(fact: Fact, places: set[str], by_ordinal: dict[int, set[str]], by_source: dict[str, set[str]]) -> str | None:
    """The one placed event an unplaced mention can only be about, if there is one."""
    if len(places) == 1:
        return next(iter(places))
    for candidates in (by_ordinal.get(fact.get("ordinal"), set()), by_source.get(fact.source, set())):
        if len(candidates) == 1:
            return next(iter(candidates))
    return None
