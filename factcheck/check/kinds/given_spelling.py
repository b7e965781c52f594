"""given-spelling: sources that spell one person's given name two ways.

Read from the name-spelling facts, whose ``given`` is the given name as
written; a claim is that fact with the given name for its value.  A person's
given name is compared across documents only where two spellings are one
name written two ways (:func:`given_variants`: "Rosnah" / "Rosmah", "Sergey" /
"Sergei"), never a name and its short form, nickname or initial ("Alex" /
"Alexander", "Jim" / "James", "J." / "John"), and only between documents that
do not use both.

``misspelling_severity`` is the conflict's severity when the two spellings
differ by a consonant no transliteration explains, as for surnames.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Any

from factcheck.check.kinds.spelling import describe, spelling  # noqa: F401  (describe: the kind's explanation)
from factcheck.check.kinds.spelling_across_sources import severity  # noqa: F401  (graded as surnames are)
from factcheck.model import Fact
from factcheck.resolve.similarity import given_variants

PARAMS: dict[str, tuple[type, Any]] = {
    "misspelling_severity": (str, ""),
}


#: The parts of a name compared: the given name, and the words between it and the surname ("Joaquín Carrizales
#: Peña" / "Joaquín Carrisales Peña": a first surname, as Spanish names have two).
PARTS = ("given", "middle")


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The mentions, each with its given name (or middle words) for value, of the sources that use one of two
    spellings of it and not the other."""
    found: list[Fact] = []
    for part in PARTS:
        spellings_of: dict[str, set[str]] = defaultdict(set)
        written = [(fact, fact.get(part)) for fact in facts]
        written = [(fact, name, spelling(name)) for fact, name in written if name]
        for fact, _, form in written:
            spellings_of[fact.source].add(form)
        forms = sorted({form for spellings in spellings_of.values() for form in spellings})
        clashing: set[tuple[str, str]] = set()  # (source, form)
        for a, b in combinations(forms, 2):
            only_a = [s for s, used in spellings_of.items() if a in used and b not in used]
            only_b = [s for s, used in spellings_of.items() if b in used and a not in used]
            if only_a and only_b and given_variants(a, b):
                clashing.update((source, a) for source in only_a)
                clashing.update((source, b) for source in only_b)
        if clashing:
            found.extend(fact.about(fact.subject, fact.key, name) for fact, name, form in written
                         if (fact.source, form) in clashing)
    return tuple(found)
