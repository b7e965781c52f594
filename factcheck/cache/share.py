"""One object per distinct string or tuple: facts that repeat a value share it.

Facts repeat their kinds, attributes, keys, names, sentences and ``data``
pairs (``("granularity", "day")``) again and again.  Holding each once cuts the
memory of a run's facts by about a quarter, and a cache entry written from
shared facts is smaller and quicker to decode: pickle writes an object it has
seen once and refers back to it after.

Only exact duplicates are merged: strings by value, tuples when their items
are the very same (already shared) objects, so ``("low", 2)`` and
``("low", 2.0)`` stay apart although they compare equal.  Any other value
(numbers, dates, places) is kept as it is.
"""
from __future__ import annotations

from typing import Any

from factcheck.model import Fact


class Pool:
    """Shared values for the facts of one run (or one batch of documents)."""

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._tuples: dict[tuple[int, ...], tuple[Any, ...]] = {}

    def facts(self, facts: list[Fact]) -> list[Fact]:
        """``facts`` rebuilt from shared values; equal to the originals field for field."""
        string, value = self.string, self.value
        return [
            Fact(string(f.source), f.start, f.end, string(f.kind), string(f.attribute), string(f.subject),
                 value(f.key), string(f.value), string(f.display), string(f.text), string(f.sentence),
                 value(f.attribution), value(f.data))
            for f in facts
        ]

    def string(self, text: str) -> str:
        return self._strings.setdefault(text, text) if type(text) is str else text

    def value(self, value: Any) -> Any:
        kind = type(value)
        if kind is str:
            return self._strings.setdefault(value, value)
        if kind is not tuple:
            return value
        items = tuple([self.value(item) for item in value])
        return self._tuples.setdefault(tuple(map(id, items)), items)  # items keep those ids alive
