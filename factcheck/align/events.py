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
"""
from __future__ import annotations

from collections import defaultdict

from factcheck.model import Fact

PRECISE = frozenset({"day", "weekday"})


def split_events(facts: list[Fact]) -> dict[str, list[Fact]]:
    """Subject ("Istanbul talks") → the facts about that one event."""
    event_type = facts[0].key[-1]
    by_place: dict[str, list[Fact]] = defaultdict(list)
    unplaced: list[Fact] = []
    names: dict[str, str] = {}
    for fact in facts:
        place = fact.get("place")
        if not place and fact.get("ordinal") is None and fact.get("date").granularity not in PRECISE:
            continue
        if place:
            key = place.casefold()
            names.setdefault(key, place)
            by_place[key].append(fact)
        else:
            unplaced.append(fact)
    for fact in unplaced:
        home = _home(fact, by_place, facts)
        if home is not None:
            by_place[home].append(fact)
        elif not by_place:
            by_place[""].append(fact)
    if "" in by_place and len({f.source for f in by_place[""]}) < 2:
        del by_place[""]
    return {(f"{names[k]} {event_type}" if k else event_type): v for k, v in by_place.items()}


def _home(fact: Fact, by_place: dict[str, list[Fact]], facts: list[Fact]) -> str | None:
    if not by_place:
        return None
    if len(by_place) == 1:
        return next(iter(by_place))
    ordinal = fact.get("ordinal")
    if ordinal is not None:
        same = {k for k, members in by_place.items() if any(m.get("ordinal") == ordinal for m in members)}
        if len(same) == 1:
            return same.pop()
    own = {k for k, members in by_place.items() if any(m.source == fact.source for m in members)}
    if len(own) == 1:
        return own.pop()
    return None
