"""spelling-across-sources: documents that share no spelling of one entity.

Two sources conflict when the spellings each uses have nothing in common
("Zelenskyy" in one, "Zelensky" in the other); a document that uses both
spellings is left to spelling-in-document.
"""
from __future__ import annotations

from typing import Any

from factcheck.check.kinds.spelling import by_source, describe  # noqa: F401  (describe: the kind's explanation)
from factcheck.model import Fact

PARAMS: dict[str, tuple[type, Any]] = {}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """Every fact of the sources whose spellings are disjoint from another source's."""
    sources_of: dict[frozenset[str], set[str]] = {}
    for source, spellings in by_source(facts).items():
        sources_of.setdefault(frozenset(spellings), set()).add(source)
    kinds = sorted(sources_of, key=sorted)  # distinct spelling sets: few, however many sources
    apart: set[str] = set()
    for i, left in enumerate(kinds):
        for right in kinds[i + 1:]:
            if not left & right:
                apart |= sources_of[left] | sources_of[right]
    return tuple(f for f in facts if f.source in apart)
