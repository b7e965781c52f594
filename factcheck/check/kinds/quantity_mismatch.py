"""quantity-mismatch: counts or amounts of one thing whose intervals cannot overlap.

"over six hours" and "seven hours" agree; "six properties" and "five
properties" do not; "about 100" (90–110) and "98" agree.  ``tolerance`` is a
relative slack added on both sides (0.05 lets 100 and 104 agree).
"""
from __future__ import annotations

from typing import Any

from factcheck.model import Fact
from factcheck.normalize.numbers import Interval

PARAMS: dict[str, tuple[type, Any]] = {
    "tolerance": (float, 0.0),
    "hedged_severity": (str, ""),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose interval cannot overlap another fact's interval in the group."""
    clashing: set[int] = set()
    for i, left in enumerate(facts):
        for j in range(i + 1, len(facts)):
            right = facts[j]
            a, b = left.get("interval"), right.get("interval")
            if isinstance(a, Interval) and isinstance(b, Interval) and not a.overlaps(b, params["tolerance"]):
                clashing.update((i, j))
    return tuple(f for n, f in enumerate(facts) if n in clashing)
