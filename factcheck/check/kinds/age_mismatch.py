"""age-mismatch: ages of one person that the publication dates cannot explain.

Between two documents an age may grow by the whole years between their
published dates plus ``slack`` (a birthday, a stale figure), and may fall by
``slack``; when either date is unknown the ages may differ by ``slack``.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from factcheck.model import Fact

PARAMS: dict[str, tuple[type, Any]] = {
    "slack": (int, 1),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose age cannot be squared with another fact's age in the group."""
    distinct: dict[tuple[Any, Any], Fact] = {}
    for fact in facts:
        distinct.setdefault((fact.get("age"), fact.get("published")), fact)
    claims = list(distinct.items())
    clashing: set[tuple[Any, Any]] = set()
    for i, (left_key, left) in enumerate(claims):
        for right_key, right in claims[i + 1:]:
            if not compatible(left, right, params["slack"]):
                clashing.update((left_key, right_key))
    return tuple(f for f in facts if (f.get("age"), f.get("published")) in clashing)


def compatible(a: Fact, b: Fact, slack: int = 1) -> bool:
    """Whether the ages of two facts can both be right, given when each was published."""
    age_a, age_b = a.get("age"), b.get("age")
    if not isinstance(age_a, int) or not isinstance(age_b, int):
        return True
    date_a, date_b = _published(a), _published(b)
    if date_a is None or date_b is None:
        return abs(age_a - age_b) <= slack
    if date_b < date_a:
        (date_a, age_a), (date_b, age_b) = (date_b, age_b), (date_a, age_a)
    years = _whole_years(date_a, date_b)
    return -slack <= age_b - age_a <= years + slack


def _published(fact: Fact) -> dt.date | None:
    value = fact.get("published")
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _whole_years(earlier: dt.date, later: dt.date) -> int:
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years
