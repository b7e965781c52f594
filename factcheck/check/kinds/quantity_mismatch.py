"""quantity-mismatch: counts or amounts of one thing whose intervals cannot overlap.

"over six hours" and "seven hours" agree; "six properties" and "five
properties" do not; "about 100" (90–110) and "98" agree.  ``tolerance`` is a
relative slack added on both sides (0.05 lets 100 and 104 agree).  Claims are
compared across documents only, once per distinct pair of values.
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
    """The facts whose interval cannot overlap another document's interval in the group."""
    by_value: dict[str, list[Fact]] = {}
    for fact in facts:
        if isinstance(fact.get("interval"), Interval):
            by_value.setdefault(fact.value, []).append(fact)
    clashing: set[Fact] = set()
    values = sorted(by_value)
    for i, left in enumerate(values):
        for right in values[i + 1:]:
            a, b = by_value[left][0].get("interval"), by_value[right][0].get("interval")
            if a.overlaps(b, params["tolerance"]):
                continue
            sources = {f.source for f in by_value[left]} | {f.source for f in by_value[right]}
            if len(sources) > 1:
                clashing.update(by_value[left] + by_value[right])
    return tuple(f for f in facts if f in clashing)
