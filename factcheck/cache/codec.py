"""Facts ↔ bytes for the cache: pickle with a pinned protocol, loaded through an allow-list.

Pickle round-trips every frozen dataclass exactly (a ``DateValue`` in a fact's
``data``, or any value another extractor adds) without a per-type encoding.
Loading only resolves classes from factcheck itself and a few standard value
types, so a foreign or tampered cache file cannot run code: it fails to decode
and the cache is rebuilt.
"""
from __future__ import annotations

import io
import pickle
from typing import Any

from factcheck.model import Fact

PROTOCOL = 5
_STANDARD = {
    "builtins": frozenset({"frozenset", "set", "complex", "slice", "range"}),
    "datetime": frozenset({"date", "datetime", "time", "timedelta", "timezone"}),
    "decimal": frozenset({"Decimal"}),
    "fractions": frozenset({"Fraction"}),
}


class CodecError(Exception):
    """Bytes that are not a list of facts this version of factcheck wrote."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == "factcheck" or module.startswith("factcheck.") or name in _STANDARD.get(module, ()):
            return super().find_class(module, name)
        raise CodecError(f"refusing to load {module}.{name}")


def encode(facts: list[Fact]) -> bytes:
    """The facts of one document as bytes."""
    return pickle.dumps(facts, protocol=PROTOCOL)


def decode(blob: bytes) -> list[Fact]:
    """The facts ``encode`` wrote; :class:`CodecError` for anything else."""
    try:
        facts = _Unpickler(io.BytesIO(blob)).load()
    except CodecError:
        raise
    except Exception as exc:  # pickle raises many types on bad bytes; all mean "not ours"
        raise CodecError(f"undecodable entry: {type(exc).__name__}") from None
    if not isinstance(facts, list) or not all(type(f) is Fact for f in facts):
        raise CodecError("entry is not a list of facts")
    return facts
