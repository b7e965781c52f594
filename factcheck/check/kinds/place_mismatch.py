"""place-mismatch: two documents place their main event of one type in places apart.

Places compare by containment, never as strings: Istanbul is in Turkey,
"Colorado City, Ariz." is "Colorado City, Arizona".  Different events of one
type happen in different places, so a conflict needs all of this:

- the event type is in both documents' title or first paragraphs (it is what
  they report), and with ``lead_only`` only such documents take part, or both date it on one same day
  ("mediated talks in Lisbon on Monday" / "mediated talks in Porto on Monday", later in two reports of a strike);
- neither document places that event type in two places apart itself (an
  article on arrests in Texas and in Arizona is about two arrests), and no
  document of the corpus names both places for it (then they are two events);
- every most specific place of one document is apart from every most specific
  place of the other (a place that contains another of its document, "Canada"
  beside "Bountiful, B.C.", only adds context), and no pair is unknown;
- the events have no different ordinals ("the second meeting") and no dates
  that cannot be one day (a date in the same sentence dates the event), unless
  both are told in the lead on days at most ``LEAD_DAYS`` apart; a place told with a month or a year only
  ("In July 2023, an attack … at the port of Nagoya") is not that of an event told with no date.

Places both resolved and apart ("Istanbul" / "Ankara") give the rule's
severity; when a level is known by name only ("Bountiful, B.C." / "Prague,
B.C.": two towns the gazetteer lacks) the conflict is ``unresolved_severity``.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any, Callable

from factcheck.check.kinds.date_mismatch import compatible, days_between
from factcheck.model import Fact
from factcheck.normalize.dates import DateValue
from factcheck.normalize.places import Place, relation

PARAMS: dict[str, tuple[type, Any]] = {
    "lead_only": (bool, True),
    "unresolved_severity": (str, "warning"),
}
APART = frozenset({"disjoint", "differ"})


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any],
                relate: Callable[[Place, Place], str] = relation) -> tuple[Fact, ...]:
    """The place claims of every pair of documents whose places for the event are apart (as ``relate`` tells)."""
    by_source: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_source[fact.source].append(fact)
    places = _Places(facts, relate)
    distinct = _distinct_pairs(by_source, places)
    usable = {
        source: members for source, members in by_source.items()
        if (not params["lead_only"] or all(f.get("lead") or _day(f) for f in members))
        and not _self_apart(members, places)
    }
    # Documents with the same most specific places (and ordinals, dates) behave alike: compare each
    # distinct set of places once, so a corpus of many documents costs the square of its distinct sets only.
    by_signature: dict[frozenset[tuple[Any, ...]], list[str]] = defaultdict(list)
    leaves = {source: _leaves(members, places) for source, members in usable.items()}
    for source in sorted(usable):
        by_signature[frozenset((places.of(f), f.get("ordinal"), f.get("date")) for f in leaves[source])].append(source)
    clashing: set[int] = set()  # ids: a fact's hash walks all its fields (equal facts share source and place)
    for left, right in combinations(sorted(by_signature, key=lambda sig: by_signature[sig][0]), 2):
        one, other = by_signature[left][0], by_signature[right][0]
        if not _clash(leaves[one], leaves[other], distinct, places):
            continue
        for a_source in by_signature[left]:
            for b_source in by_signature[right]:
                clashing.update(map(id, _apart_claims(usable[a_source], usable[b_source], leaves[a_source],
                                                      leaves[b_source], places)))
    return tuple(f for f in facts if id(f) in clashing)


class _Places:
    """The place of each fact of one group, one object per distinct place, and how two of them relate,
    worked out once per pair: the documents of a corpus name the same few places again and again."""

    def __init__(self, facts: tuple[Fact, ...], relate: Callable[[Place, Place], str] = relation) -> None:
        self._relate = relate
        shared: dict[Place, Place] = {}
        self._of: dict[int, Place] = {}
        for fact in facts:
            place = fact.get("place")
            self._of[id(fact)] = shared.setdefault(place, place)
        self._relations: dict[tuple[int, int], str] = {}  # by ids: the shared places live as long as this

    def of(self, fact: Fact) -> Place:
        return self._of[id(fact)]

    def relation(self, a: Place, b: Place) -> str:
        """:func:`relation` of two places given by :meth:`of`."""
        key = (id(a), id(b))
        found = self._relations.get(key)
        if found is None:
            found = self._relations[key] = self._relate(a, b)
        return found

    def between(self, a: Fact, b: Fact) -> str:
        """How the places of two facts relate."""
        return self.relation(self._of[id(a)], self._of[id(b)])


def severity(claims: tuple[Fact, ...], params: dict[str, Any], default: str) -> str:
    """The rule's severity when every place pair across documents is known apart, else ``unresolved_severity``."""
    for a, b in combinations(claims, 2):
        if a.source != b.source and relation(a.get("place"), b.get("place")) == "differ":
            return params["unresolved_severity"] or default
    return default


def _clash(left_leaves: list[Fact], right_leaves: list[Fact], distinct: set[tuple[Place, Place]],
           places: _Places) -> bool:
    """Whether two documents' most specific places for the event are all apart, as one event placed twice."""
    for a in left_leaves:
        for b in right_leaves:
            if places.between(a, b) not in APART or _other_event(a, b):
                return False
            if not (a.get("lead") and b.get("lead")) and (_day(a) is None or _day(a) != _day(b)):
                return False  # out of the lead, only one event told on one day is one event
            if _history(a, b) or _history(b, a):
                return False
            if (places.of(a), places.of(b)) in distinct or (places.of(b), places.of(a)) in distinct:
                return False
    return bool(left_leaves and right_leaves)


def _apart_claims(left: list[Fact], right: list[Fact], left_leaves: list[Fact], right_leaves: list[Fact],
                  places: _Places) -> list[Fact]:
    """The claims of two clashing documents whose place is apart from every place of the other."""
    return [a for a in left if all(places.between(a, b) in APART for b in right_leaves)] + [
        b for b in right if all(places.between(a, b) in APART for a in left_leaves)
    ]


def _leaves(facts: list[Fact], places: _Places) -> list[Fact]:
    """The most specific places: those that contain no other place of the document."""
    return [f for f in facts if not any(_contains(places.of(f), places.of(g), places) for g in facts)]


def _contains(outer: Place, inner: Place, places: _Places) -> bool:
    return len(outer.nodes) < len(inner.nodes) and places.relation(outer, inner) == "nested"


def _self_apart(facts: list[Fact], places: _Places) -> bool:
    """The document places this event type in two places known apart: it reports several events."""
    return any(places.between(a, b) == "disjoint" for a, b in combinations(facts, 2))


def _distinct_pairs(by_source: dict[str, list[Fact]], places: _Places) -> set[tuple[Place, Place]]:
    """Pairs of places some document names for this event type side by side: two events, not one."""
    pairs: set[tuple[Place, Place]] = set()
    for members in by_source.values():
        named = sorted({places.of(f) for f in members})
        for a, b in combinations(named, 2):
            if places.relation(a, b) in APART:
                pairs.add((a, b))
    return _widen(pairs, {places.of(f) for members in by_source.values() for f in members}, places)


def _widen(pairs: set[tuple[Place, Place]], named: set[Place], places: _Places) -> set[tuple[Place, Place]]:
    """A distinct pair also holds for every place equal to or inside either side."""
    widened = set(pairs)
    for a, b in pairs:
        near_a = [p for p in named if places.relation(p, a) in ("same", "nested")]
        near_b = [p for p in named if places.relation(p, b) in ("same", "nested")]
        widened.update((x, y) for x in near_a for y in near_b)
    return widened


def _day(fact: Fact) -> object | None:
    """The one day its sentence dates the event on, if it does: "mediated talks in Lisbon on Monday"."""
    date = fact.get("date")
    bounds = date.bounds() if date is not None else None
    return bounds[0] if bounds is not None and bounds[0] == bounds[1] else None


def _history(dated: Fact, other: Fact) -> bool:
    """A place told with a month or a year, beside one told with no date: "In July 2023, a ransomware attack
    halted operations at the port of Nagoya" is an earlier event of the type, not the undated one a lead reports."""
    date = dated.get("date")
    return date is not None and not date.weekday and _day(dated) is None and other.get("date") is None


def _other_event(a: Fact, b: Fact) -> bool:
    """Different ordinals or dates that cannot be one day: two events of the type, not one placed twice."""
    left, right = a.get("ordinal"), b.get("ordinal")
    if left is not None and right is not None and left != right:
        return True
    first, second = a.get("date"), b.get("date")
    if first is None or second is None or compatible(first, second):
        return False
    # the story each lead tells, its day misread by a few days: one more contradiction, not two events
    return not (a.get("lead") and b.get("lead") and _days_apart(first, second) <= LEAD_DAYS)


#: Lead events whose days are at most this far apart are one event told two ways ("talks in Istanbul on
#: Thursday" / "talks in Ankara on Wednesday"); further apart, they are two (Riyadh in February, Istanbul in April).
LEAD_DAYS = 7


def _days_apart(first: DateValue, second: DateValue) -> int:
    """Days between two dates' nearest ends: two weekdays of no known week are within one; a large number
    when either is otherwise unbounded."""
    between = days_between(first, second)
    if between is None:
        unanchored = first.bounds() is None and second.bounds() is None
        return 1 if first.weekday and second.weekday and unanchored else 1 << 20
    return between
