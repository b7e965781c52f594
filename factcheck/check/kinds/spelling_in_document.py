"""spelling-in-document: one document spells one entity more than one way.

Spellings are compared as written, ignoring case; nicknames and short forms
never reach this kind (only the surname's spelling is compared, and
surname-only mentions spell the surname like full ones).
"""
from __future__ import annotations

from typing import Any

from factcheck.check.kinds.spelling import by_source, describe  # noqa: F401  (describe: the kind's explanation)
from factcheck.model import Fact

PARAMS: dict[str, tuple[type, Any]] = {}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """Every fact of each document that spells the entity in two or more ways."""
    mixed = {source for source, spellings in by_source(facts).items() if len(spellings) > 1}
    return tuple(f for f in facts if f.source in mixed)
