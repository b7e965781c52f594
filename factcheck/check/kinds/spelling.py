"""Helpers shared by the name-spelling kinds: which facts spell an entity which way."""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from operator import attrgetter
from typing import Any

from factcheck.model import Fact


def spelling(value: str) -> str:
    """The spelling a fact's value uses, blind to case and Unicode form ("McMeekin" = "MCMEEKIN")."""
    return unicodedata.normalize("NFC", value).casefold().replace("’", "'")


def by_source(facts: tuple[Fact, ...]) -> dict[str, set[str]]:
    """Source → the spellings it uses (each distinct value folded once)."""
    folded: dict[str, str] = {}
    spellings: dict[str, set[str]] = defaultdict(set)
    for source, value in dict.fromkeys(map(_source_value, facts)):  # each pair once, first seen first
        form = folded.get(value)
        if form is None:
            form = folded[value] = spelling(value)
        spellings[source].add(form)
    return spellings


_source_value = attrgetter("source", "value")


def describe(claims: tuple[Fact, ...], params: dict[str, Any]) -> dict[str, str]:
    """Why the spellings were taken for one name: {"why": "same transliteration key 'drchv'"}."""
    from factcheck.resolve.similarity import why_same

    forms = sorted({claim.value for claim in claims})
    reasons = sorted({why_same(forms[0], other) for other in forms[1:]})
    return {"why": "; ".join(reasons)} if reasons else {}
