"""age-mismatch: ages of one person that the publication dates cannot explain.

Between two documents an age may grow by the whole years between their
published dates plus ``slack`` (a birthday, a stale figure), and may fall by
``slack``; when either date is unknown the ages may differ by ``slack``.  With
``near_severity`` set, ages that only that slack reconciles are reported too,
at that severity: when both dates are known, the same day allows one age and
two days the whole years between them, or one more when they are at least
``birthday_days`` apart (a birthday in a day or two is possible but unlikely),
so "Tillman, 27" and "Tillman, 28" on one day or a day apart, or an age that
falls, are one year off (one age told twice a year apart is not).
"""
from __future__ import annotations

import datetime as dt
from itertools import combinations
from typing import Any

from factcheck.model import Fact

PARAMS: dict[str, tuple[type, Any]] = {
    "slack": (int, 1),
    "near_severity": (str, ""),
    "birthday_days": (int, 30),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The facts whose age cannot be squared with another fact's age in the group."""
    distinct: dict[tuple[Any, Any], Fact] = {}
    for fact in facts:
        distinct.setdefault((fact.get("age"), fact.get("published")), fact)
    claims = list(distinct.items())
    strict = bool(params["near_severity"])
    clashing: set[tuple[Any, Any]] = set()
    for i, (left_key, left) in enumerate(claims):
        for right_key, right in claims[i + 1:]:
            if not compatible(left, right, params["slack"], strict, params["birthday_days"]):
                clashing.update((left_key, right_key))
    return tuple(f for f in facts if (f.get("age"), f.get("published")) in clashing)


def severity(claims: tuple[Fact, ...], params: dict[str, Any], default: str) -> str:
    """``near_severity`` when every clash is one the rule's ``slack`` reconciles; else the rule's severity."""
    near = params["near_severity"]
    if not near or any(not compatible(a, b, params["slack"]) for a, b in combinations(claims, 2)):
        return default
    return near


def compatible(a: Fact, b: Fact, slack: int = 1, strict: bool = False, birthday_days: int = 1) -> bool:
    """Whether the ages of two facts can both be right, given when each was published.

    ``strict``, when both dates are known and the ages differ, leaves out the slack: the later age is
    the earlier one plus the whole years between the dates, or one more if the dates are at least
    ``birthday_days`` apart.
    """
    age_a, age_b = a.get("age"), b.get("age")
    if not isinstance(age_a, int) or not isinstance(age_b, int):
        return True
    date_a, date_b = _published(a), _published(b)
    if date_a is None or date_b is None:
        return abs(age_a - age_b) <= slack
    if date_b < date_a:
        (date_a, age_a), (date_b, age_b) = (date_b, age_b), (date_a, age_a)
    years = _whole_years(date_a, date_b)
    if strict and age_a != age_b:
        return years <= age_b - age_a <= years + ((date_b - date_a).days >= birthday_days)
    return -slack <= age_b - age_a <= years + slack


def _published(fact: Fact) -> dt.date | None:
    value = fact.get("published")
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _whole_years(earlier: dt.date, later: dt.date) -> int:
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years
