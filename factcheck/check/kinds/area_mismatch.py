"""area-mismatch: one place written in two regions or countries ("Mannheim, Germany" / "Mannheim, Greece").

The group is every mention of one place name written with the area it is in.
Two areas agree when one holds the other (a country and one of its regions)
or when both are the same.  Two different areas conflict, unless the
gazetteer knows a place of that name in each (Portland, Maine and Portland,
Oregon are two cities).
"""
from __future__ import annotations

from typing import Any

from factcheck.model import Fact
from factcheck.normalize.gazetteer import Area

PARAMS: dict[str, tuple[type, Any]] = {}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The mentions whose area cannot hold the place another mention puts elsewhere."""
    areas: dict[str, tuple[Area, bool]] = {}
    for fact in facts:
        area = fact.get("area")
        if isinstance(area, Area):
            areas.setdefault(fact.value, (area, bool(fact.get("known"))))
    clashing: set[str] = set()
    values = sorted(areas)
    for i, left in enumerate(values):
        for right in values[i + 1:]:
            (a, known_a), (b, known_b) = areas[left], areas[right]
            if not within(a, b) and not (known_a and known_b):
                clashing.update((left, right))
    return tuple(f for f in facts if f.value in clashing)


def within(a: Area, b: Area) -> bool:
    """Whether one area holds the other, or they are the same."""
    return a.country == b.country and (not a.region or not b.region or a.region == b.region)
