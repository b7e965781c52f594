"""site-mismatch: two documents put one facility in places apart ("the Delta Antiquities Museum in Tanta" /
"in Mansoura").

The group is every mention of one facility with the place right after it: a
named one ("Harbourview Regional Hospital", "the Kafubu Copper Mine near Kitwe")
or, unnamed, its noun ("the state prison in Hermosillo": "prison").  Places
compare by containment, never as strings: the museum "in Tanta" and "in Egypt"
agree.  A document that puts the facility in two places apart itself names two
of them ("a hospital in Kitwe", "a hospital in Ndola") and takes no part; so
does a pair of places that any document names both of.  Two documents conflict
when every most specific place of one is apart from every one of the other.

A named facility's conflict has the rule's severity; an unnamed one's
(``unnamed_severity``: two stories' "prison" may be two prisons) and one whose
places are known by name only (``unresolved_severity``) are graded apart.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

from factcheck.check.kinds import place_mismatch
from factcheck.check.kinds.place_mismatch import APART
from factcheck.model import Fact
from factcheck.normalize.places import Place, relation

PARAMS: dict[str, tuple[type, Any]] = {
    "unnamed_severity": (str, "warning"),
    "unresolved_severity": (str, "warning"),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The mentions of the documents whose places for the facility are apart from another document's."""
    places_of: dict[str, set[Place]] = defaultdict(set)
    for fact in facts:
        places_of[fact.source].add(fact.get("place"))
    relations: dict[tuple[Place, Place], str] = {}

    def between(a: Place, b: Place) -> str:
        if (a, b) not in relations:
            relations[(a, b)] = relations[(b, a)] = relation(a, b)
        return relations[(a, b)]

    named_both = {frozenset(pair) for places in places_of.values() for pair in combinations(places, 2)}
    leaves: dict[str, frozenset[Place]] = {}
    for source, places in places_of.items():
        if any(between(a, b) in APART for a, b in combinations(places, 2)):
            continue  # two facilities of that name or noun
        leaves[source] = frozenset(p for p in places if not any(
            len(p.nodes) < len(q.nodes) and between(p, q) == "nested" for q in places))
    # documents with the same places behave alike: compare each distinct set once
    by_set: dict[frozenset[Place], list[str]] = defaultdict(list)
    for source in sorted(leaves):
        by_set[leaves[source]].append(source)
    clashing: set[str] = set()
    for left, right in combinations(sorted(by_set, key=lambda places: by_set[places][0]), 2):
        if all(between(a, b) in APART and frozenset((a, b)) not in named_both for a in left for b in right):
            clashing.update(by_set[left] + by_set[right])
    return tuple(f for f in facts if f.source in clashing and f.get("place") in leaves[f.source])


def severity(claims: tuple[Fact, ...], params: dict[str, Any], default: str) -> str:
    """``unnamed_severity`` for a facility told by its noun only, ``unresolved_severity`` for places known by
    name only, else the rule's."""
    if not all(claim.get("named") for claim in claims):
        return params["unnamed_severity"] or default
    return place_mismatch.severity(claims, params, default)  # graded as event places are
