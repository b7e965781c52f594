"""parallel-mismatch: one sentence in two documents with one value changed.

The group holds the facts cut out of one frame (see :mod:`factcheck.align.parallel`):
the same words around them, in two or more documents.  Values compare as their
own family does, so a change of form is no change: "more than 20" and "23"
agree, as do "February 18" and "February 18th", "spokesman" and
"spokesperson", "Alaska" and "United States", and ages the publication dates
explain.  Any other difference is a conflict, titles included: in the same
sentence, "Coach Brad Childress" and "Director Brad Childress" are one
person given two titles.
"""
from __future__ import annotations

from typing import Any

from factcheck.check.kinds import age_mismatch, area_mismatch, date_mismatch
from factcheck.model import Fact
from factcheck.normalize.gazetteer import Area
from factcheck.normalize.numbers import Interval

PARAMS: dict[str, tuple[type, Any]] = {}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose value another document's fact of the same frame contradicts."""
    distinct: dict[tuple[str, str], Fact] = {}
    for fact in facts:
        distinct.setdefault((fact.value, fact.get("published") or ""), fact)
    claims = sorted(distinct.items())
    clashing: set[str] = set()
    for i, (_key, left) in enumerate(claims):
        for _other, right in claims[i + 1:]:
            if left.value != right.value and not agree(left, right):
                clashing.update((left.value, right.value))
    return tuple(f for f in facts if f.value in clashing)


def agree(a: Fact, b: Fact) -> bool:
    """Whether two values of one frame can both be right."""
    if a.kind == "date":
        return date_mismatch.compatible(a.get("date"), b.get("date"))
    if a.kind == "quantity":
        left, right = a.get("interval"), b.get("interval")
        return not isinstance(left, Interval) or not isinstance(right, Interval) or left.overlaps(right, 0.0)
    if a.kind == "person" and a.attribute == "age":
        return age_mismatch.compatible(a, b)
    if a.kind == "place":
        left, right = a.get("area"), b.get("area")
        return not isinstance(left, Area) or not isinstance(right, Area) or area_mismatch.within(left, right)
    return False
