"""parallel-mismatch: one sentence in two documents with one value changed.

The group holds the facts cut out of one frame (see :mod:`factcheck.align.parallel`):
the same words around them, in two or more documents.  Values compare as their
own family does, so a change of form is no change: "more than 20" and "23"
agree (while "over 20 years" and "over 33 years", one form, do not), as do "February 18" and "February 18th", "spokesman" and
"spokesperson", "Alaska" and "United States", and ages the publication dates
explain.  Any other difference is a conflict, titles included: in the same
sentence, "Coach Brad Childress" and "Director Brad Childress" are one
person given two titles.
"""
from __future__ import annotations

import re
from typing import Any

from factcheck.check.kinds import age_mismatch, area_mismatch, date_mismatch
from factcheck.model import Fact
from factcheck.normalize.gazetteer import Area
from factcheck.normalize.numbers import NUMBER_WORDS, Interval

PARAMS: dict[str, tuple[type, Any]] = {}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose value another document's fact of the same frame contradicts.

    Decided once per reading: one value can come from two readings ("Thursday" and "27 February 2025"
    are both 2025-02-27).  Only two documents' readings are compared, so neither the order of the
    documents nor a document repeating the frame with two values decides anything.  A frame that a
    thousand copies of one wire story repeat has a thousand documents but a few readings: readings are
    compared with each other, then each document's facts are marked when another document holds the
    reading that contradicts them.
    """
    readings: dict[tuple[str, str, Any], dict[str, list[Fact]]] = {}
    for fact in facts:
        reading = fact.get("date") or fact.get("interval") or fact.get("area")
        published = (fact.get("published") or "") if fact.kind == "person" else ""  # ages count from it
        readings.setdefault((fact.value, published, reading), {}).setdefault(fact.source, []).append(fact)
    claims = list(readings.values())
    clashing: set[int] = set()  # ids: a fact's own hash walks all its fields
    for i, left in enumerate(claims):
        a = next(iter(left.values()))[0]
        for right in claims[i + 1:]:
            b = next(iter(right.values()))[0]
            if a.value == b.value or agree(a, b):
                continue
            for mine, theirs in ((left, right), (right, left)):
                for source, members in mine.items():
                    if len(theirs) > 1 or source not in theirs:  # another document holds the other reading
                        clashing.update(map(id, members))
    return tuple(f for f in facts if id(f) in clashing)


def agree(a: Fact, b: Fact) -> bool:
    """Whether two values of one frame can both be right: the same words read against two publication
    dates ("today", "on Thursday") are no change."""
    if a.kind == "date":
        return a.text.casefold() == b.text.casefold() or date_mismatch.compatible(a.get("date"), b.get("date"))
    if a.kind == "quantity":
        left, right = a.get("interval"), b.get("interval")
        if _numerals_out(a.text) == _numerals_out(b.text):
            return False  # the same words around another number: "well over 20 years" / "well over 33 years"
        return not isinstance(left, Interval) or not isinstance(right, Interval) or left.overlaps(right, 0.0)
    if a.kind == "person" and a.attribute == "age":
        return age_mismatch.compatible(a, b)
    if a.kind == "place":
        left, right = a.get("area"), b.get("area")
        return not isinstance(left, Area) or not isinstance(right, Area) or area_mismatch.within(left, right)
    return False


_NUMERAL = re.compile(r"\d[\d,.]*|[a-z]+")


def _numerals_out(text: str) -> str:
    """The words of a quantity with its number left out: "over 20 years" and "over 33 years" are one form,
    "more than 20" and "23" two."""
    return " ".join("#" if word[0].isdigit() or word in NUMBER_WORDS else word
                    for word in _NUMERAL.findall(text.casefold()))
