"""title-mismatch: one person described with titles that cannot both hold.

Titles compare on their normalized office (see :mod:`factcheck.normalize.titles`):
synonyms agree (spokesman = spokeswoman), a specific title agrees with the
general one ("Foreign Ministry spokeswoman" and "spokeswoman"), "former"
titles and generic roles ("official", "diplomat") agree with anything, roles of
different families can be held at once.

A title said only with a surname ("President Bush") in a document that names
no one of that surname in full was bound to its person through another
document; when every claim of one title is such a mention, the conflict gets
``surname_only_severity``: "President Bush" and "Gov. Jeb Bush" may well be two
people.
"""
from __future__ import annotations

from typing import Any

from factcheck.check.claims import some_value_wholly
from factcheck.model import Fact
from factcheck.normalize.titles import Title, compatible
from factcheck.resolve import MATCHED_ELSEWHERE

PARAMS: dict[str, tuple[type, Any]] = {
    "surname_only_severity": (str, ""),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose title is incompatible with another fact's title in the group."""
    titles: dict[str, Title] = {}
    for fact in facts:
        if fact.value in titles:
            continue  # its title is known: reading this fact's data would change nothing
        title = fact.get("title")
        if isinstance(title, Title):
            titles[fact.value] = title
    clashing: set[str] = set()
    values = sorted(titles)
    for i, left in enumerate(values):
        for right in values[i + 1:]:
            if not compatible(titles[left], titles[right]):
                clashing.update((left, right))
    return tuple(f for f in facts if f.value in clashing)


def severity(claims: tuple[Fact, ...], params: dict[str, Any], default: str) -> str:
    """``surname_only_severity`` when every claim of some title is a surname-only mention matched to this
    person through other documents; else the rule's severity."""
    lowered = params.get("surname_only_severity")
    if not lowered:
        return default
    return lowered if some_value_wholly(claims, lambda c: bool(c.get(MATCHED_ELSEWHERE))) else default
