"""quote-misattribution: the same quoted words given to different speakers.

Speakers compare on their surname ("Zakharova" = "Maria Zakharova"); words
compare after normalizing case and punctuation, and a quote that is a
fragment of another counts as the same words.  Quotes without a named speaker
never take part.
"""
from __future__ import annotations

from typing import Any

from factcheck.align.quotes import same_words
from factcheck.model import Fact

PARAMS: dict[str, tuple[type, Any]] = {
    "min_words": (int, 4),
    "hedged_severity": (str, ""),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The quotes whose words match another quote's words under another speaker's name."""
    clashing: set[int] = set()
    for i, left in enumerate(facts):
        for j in range(i + 1, len(facts)):
            right = facts[j]
            if left.value == right.value or not same_words(left, right):
                continue
            if min(len(left.get("words").split()), len(right.get("words").split())) >= params["min_words"]:
                clashing.update((i, j))
    return tuple(f for n, f in enumerate(facts) if n in clashing)
