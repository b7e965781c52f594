"""title-mismatch: one person described with titles that cannot both hold.

Titles compare on their normalized office (see :mod:`factcheck.normalize.titles`):
synonyms agree (spokesman = spokeswoman), a specific title agrees with the
general one ("Foreign Ministry spokeswoman" and "spokeswoman"), "former"
titles and generic roles ("official", "diplomat") agree with anything, roles of
different families can be held at once.
"""
from __future__ import annotations

from typing import Any

from factcheck.model import Fact
from factcheck.normalize.titles import Title, compatible

PARAMS: dict[str, tuple[type, Any]] = {}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose title is incompatible with another fact's title in the group."""
    titles: dict[str, Title] = {}
    for fact in facts:
        title = fact.get("title")
        if isinstance(title, Title):
            titles.setdefault(fact.value, title)
    clashing: set[str] = set()
    values = sorted(titles)
    for i, left in enumerate(values):
        for right in values[i + 1:]:
            if not compatible(titles[left], titles[right]):
                clashing.update((left, right))
    return tuple(f for f in facts if f.value in clashing)
