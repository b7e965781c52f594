"""Split the facts about one event type into distinct events.

Mentions naming a place form one event per place.  A mention without a place
joins a placed event only when that is unambiguous: the same ordinal as one
placed event, or its own document placing this event type in one place only,
or only one place in the whole corpus.  Otherwise it is left out rather than
risk comparing two different events.
"""
from __future__ import annotations

from collections import defaultdict

from factcheck.model import Fact


def split_events(facts: list[Fact]) -> dict[str, list[Fact]]:
    """Subject ("Istanbul talks") → the facts about that one event."""
    event_type = facts[0].key[-1]
    places = _Places()
    unplaced: list[Fact] = []
    for fact in facts:
        place = fact.get("place")
        if place:
            places.add(place.casefold(), fact, place)
        else:
            unplaced.append(fact)
    for fact in unplaced:
        home = places.home(fact)
        if home is not None:
            places.add(home, fact)
        elif not places.members:
            places.add("", fact)
    return {(f"{places.names[k]} {event_type}" if k else event_type): v for k, v in places.members.items()}


class _Places:
    """The events of one type by place, indexed by source and ordinal so a lookup costs O(1)."""

    def __init__(self) -> None:
        self.members: dict[str, list[Fact]] = defaultdict(list)
        self.names: dict[str, str] = {}
        self._by_source: dict[str, set[str]] = defaultdict(set)
        self._by_ordinal: dict[object, set[str]] = defaultdict(set)

    def add(self, key: str, fact: Fact, name: str | None = None) -> None:
        self.names.setdefault(key, name or key)
        self.members[key].append(fact)
        self._by_source[fact.source].add(key)
        ordinal = fact.get("ordinal")
        if ordinal is not None:
            self._by_ordinal[ordinal].add(key)

    def home(self, fact: Fact) -> str | None:
        """The one place an unplaced mention belongs to, or None when that is ambiguous."""
        if not self.members:
            return None
        if len(self.members) == 1:
            return next(iter(self.members))
        ordinal = fact.get("ordinal")
        if ordinal is not None and len(self._by_ordinal[ordinal]) == 1:
            return next(iter(self._by_ordinal[ordinal]))
        own = self._by_source[fact.source]
        return next(iter(own)) if len(own) == 1 else None
