"""weekday-mismatch: a day written with a weekday it did not fall on.

The group is one written day ("Thursday, December 9, 2008") as two claims: the
weekday ("Thursday") and the date ("December 9, 2008", a Tuesday).  They
conflict when the date fell on another day of the week.  A year taken from
the publication date ("Thursday, Feb. 27") is never checked: the writer did
not state it.
"""
from __future__ import annotations

from typing import Any

from factcheck.check.kinds.date_mismatch import compatible
from factcheck.model import Fact

PARAMS: dict[str, tuple[type, Any]] = {}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """Every claim of the group when its weekday and its date name different days, else none."""
    values = [f.get("date") for f in facts]
    for i, left in enumerate(values):
        if any(not compatible(left, right) for right in values[i + 1:]):
            return facts
    return ()
