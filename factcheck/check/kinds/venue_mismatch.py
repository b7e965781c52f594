"""venue-mismatch: two documents hold their main event of one type at two named venues.

The conditions are place-mismatch's (the event in both leads or dated on one day
by both, no document naming both venues, no other ordinals or dates); venues
compare by the words of their names that are not a venue's common nouns:
"the Boris Paichadze Dinamo Arena" is "the Dinamo Arena", "the Hungarian State
Opera" is not "the Vigadó concert hall".  Two names that share some of their
words and not all ("Peachland Community Centre" / "Peachland Arena") are left
unsaid.
"""
from __future__ import annotations

from typing import Any

from factcheck.check.kinds import place_mismatch
from factcheck.extract.lexicon import VENUE_WORDS
from factcheck.extract.names import fold
from factcheck.model import Fact
from factcheck.normalize.places import Place

PARAMS: dict[str, tuple[type, Any]] = {
    "lead_only": (bool, True),
}

#: Words of a venue's name that say what it is, not which one: no two venues are told apart by them.
COMMON = frozenset(word.lower() for word in VENUE_WORDS) | frozenset(
    "the of de del la le concert town city community conference convention sports national state municipal regional "
    "international".split())


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    return place_mismatch.conflicting(facts, params, venue_relation)


def venue_relation(a: Place, b: Place) -> str:
    """"same" when one venue's telling words are all the other's, "disjoint" when they share none, else
    "unknown"."""
    left, right = _telling(a.text), _telling(b.text)
    if not left or not right or left <= right or right <= left:
        return "same"
    return "disjoint" if left.isdisjoint(right) else "unknown"


def _telling(name: str) -> frozenset[str]:
    return frozenset(word for word in (fold(w) for w in name.split()) if word and word not in COMMON)
