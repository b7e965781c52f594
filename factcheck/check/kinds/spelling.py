"""Helpers shared by the name-spelling kinds: which facts spell an entity which way."""
from __future__ import annotations

import unicodedata
from collections import defaultdict

from factcheck.model import Fact


def spelling(fact: Fact) -> str:
    """The spelling a fact uses, blind to case and Unicode form ("McMeekin" = "MCMEEKIN")."""
    return unicodedata.normalize("NFC", fact.value).casefold().replace("’", "'")


def by_source(facts: tuple[Fact, ...]) -> dict[str, set[str]]:
    """Source → the spellings it uses."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        spellings[fact.source].add(spelling(fact))
    return spellings
