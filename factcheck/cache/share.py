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

from factcheck.model import Fact, fact_from_fields

#: Values a ``data`` pair is looked up by at once, with their type: ("low", 2) is not ("low", 2.0).
_SCALARS = frozenset({str, int, float, bool, type(None)})


class Pool:
    """Shared values for the facts of one run (or one batch of documents)."""

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._tuples: dict[tuple[int, ...], tuple[Any, ...]] = {}
        self._pairs: dict[tuple[str, Any, type], tuple[str, Any]] = {}

    def facts(self, facts: list[Fact]) -> list[Fact]:
        """``facts`` rebuilt from shared values; equal to the originals field for field."""
        string, value, data = self.string, self.value, self.data
        return [
            fact_from_fields({
                "source": string(f.source), "start": f.start, "end": f.end, "kind": string(f.kind),
                "attribute": string(f.attribute), "subject": string(f.subject), "key": value(f.key),
                "value": string(f.value), "display": string(f.display), "text": string(f.text),
                "sentence": string(f.sentence), "attribution": value(f.attribution), "data": data(f.data),
            })
            for f in facts
        ]

    def string(self, text: str) -> str:
        return self._strings.setdefault(text, text) if type(text) is str else text

    def data(self, data: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
        """A fact's ``data``: (name, value) pairs, most of them a name and a plain value, looked up whole."""
        pairs = []
        for pair in data:
            name, item = pair
            kind = type(item)
            if kind in _SCALARS:
                pair = self._pairs.get((name, item, kind))
                if pair is None:
                    pair = self._pairs[name, item, kind] = (self.string(name), self.string(item))
            else:
                pair = self.value(pair)
            pairs.append(pair)
        items = tuple(pairs)
        return self._tuples.setdefault(tuple(map(id, items)), items)

    def value(self, value: Any) -> Any:
        kind = type(value)
        if kind is str:
            return self._strings.setdefault(value, value)
        if kind is not tuple:
            return value
        items = tuple([self.value(item) for item in value])
        return self._tuples.setdefault(tuple(map(id, items)), items)  # items keep those ids alive
