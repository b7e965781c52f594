"""given-spelling: sources that spell one person's given name two ways.

A person's given name is compared across documents only where two spellings
are one name written two ways (:func:`given_variants`: "Rosnah" / "Rosmah",
"Mohammed" / "Muhammad"), never a name and its short form, nickname or
initial ("Alex" / "Alexander", "Jim" / "James", "J." / "John"), and only
between documents that do not use both.

``misspelling_severity`` is the conflict's severity when the two spellings
differ by a consonant no transliteration explains, as for surnames.
"""
from __future__ import annotations

from itertools import combinations
from typing import Any

from factcheck.check.kinds.spelling import by_source, describe, spelling  # noqa: F401  (describe: the explanation)
from factcheck.model import Fact
from factcheck.resolve.similarity import given_variants, misspelled

PARAMS: dict[str, tuple[type, Any]] = {
    "misspelling_severity": (str, ""),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts of the sources that use one of two spellings of the given name and not the other."""
    spellings_of = by_source(facts)
    forms = sorted({form for spellings in spellings_of.values() for form in spellings})
    clashing: set[tuple[str, str]] = set()  # (source, form)
    for a, b in combinations(forms, 2):
        only_a = [s for s, used in spellings_of.items() if a in used and b not in used]
        only_b = [s for s, used in spellings_of.items() if b in used and a not in used]
        if only_a and only_b and given_variants(a, b):
            clashing.update((source, a) for source in only_a)
            clashing.update((source, b) for source in only_b)
    if not clashing:
        return ()
    return tuple(f for f in facts if (f.source, spelling(f.value)) in clashing)


def severity(claims: tuple[Fact, ...], params: dict[str, Any], default: str) -> str:
    """``misspelling_severity`` when two spellings differ by a consonant; else the rule's severity."""
    raised = params.get("misspelling_severity")
    forms = sorted({claim.value for claim in claims})
    if raised and any(misspelled(forms[0], other) for other in forms[1:]):
        return raised
    return default

