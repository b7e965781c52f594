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

An unplaced mention tied to an event only through other documents (the one
place in the corpus, or no place at all) and naming people (the capitalised
words around its event word) is kept apart from mentions that name only other
people: "the president met with Sununu Sunday" and "the king met Monday" are
two meetings.
"""
from __future__ import annotations

from collections import defaultdict

from factcheck.model import Fact

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
    for fact in unplaced:
        home = _home(fact, set(by_place), by_ordinal, by_source)
        if home is not None:
            own = home in by_source.get(fact.source, ()) or home in by_ordinal.get(fact.get("ordinal"), ())
            if own or _takes_part(fact, by_place[home]):  # tied to that place only through the corpus: names decide
                by_place[home].append(fact)
        elif not names:
            by_place[""].append(fact)
    if "" in by_place:
        unkeyed = by_place.pop("")
        kept = [f for f in unkeyed if _takes_part(f, [g for g in unkeyed if g.source != f.source])]
        if len({f.source for f in kept}) > 1:
            by_place[""] = kept
    return {(f"{names[k]} {event_type}" if k else event_type): v for k, v in by_place.items()}


def _takes_part(fact: Fact, others: list[Fact]) -> bool:
    """Whether an unplaced mention can be the same event as ``others``: it names no one, or they name no
    one, or some name is on both sides ("met with Sununu Sunday" is not "the king met Monday")."""
    mine = set(fact.get("participants") or ())
    if not mine:
        return True
    theirs = [set(f.get("participants") or ()) for f in others]
    return not theirs or any(not names or mine & names for names in theirs)


def _home(fact: Fact, places: set[str], by_ordinal: dict[int, set[str]], by_source: dict[str, set[str]]) -> str | None:
    """The one placed event an unplaced mention can only be about, if there is one."""
    if len(places) == 1:
        return next(iter(places))
    for candidates in (by_ordinal.get(fact.get("ordinal"), set()), by_source.get(fact.source, set())):
        if len(candidates) == 1:
            return next(iter(candidates))
    return None
