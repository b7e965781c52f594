"""Questions about the claims of one conflict that more than one severity rule asks."""
from __future__ import annotations

from typing import Callable

from factcheck.model import Fact


def some_value_wholly(claims: tuple[Fact, ...], test: Callable[[Fact], bool]) -> bool:
    """Whether every claim of some one value passes ``test`` ("every claim of one side is hedged")."""
    by_value: dict[str, list[Fact]] = {}
    for claim in claims:
        by_value.setdefault(claim.value, []).append(claim)
    return any(all(test(c) for c in members) for members in by_value.values())
