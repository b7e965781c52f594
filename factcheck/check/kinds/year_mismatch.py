"""year-mismatch: one day of the year written with different years by different documents.

The group is every date a corpus writes as one day of the year ("8 October").
When one document writes it "8 October 2011" and another "8 October 2012", and
no document writes it with two years, one of the years is likely a typo.  A
document that names the day in two years speaks of two occasions (an
anniversary, a deadline moved by a year), and then the day is not checked.
Years taken from the publication date ("October 8") are not the writer's and
are left out.
"""
from __future__ import annotations

from typing import Any

from factcheck.model import Fact
from factcheck.normalize.dates import DateValue

PARAMS: dict[str, tuple[type, Any]] = {}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The claims of a day written with one year in some documents and another year in others."""
    years: dict[str, set[int]] = {}
    written = []
    for fact in facts:
        value = fact.get("date")
        if not isinstance(value, DateValue) or value.year is None or value.year_inferred or value.day is None:
            continue
        written.append(fact)
        years.setdefault(fact.source, set()).add(value.year)
    if len(years) < 2 or any(len(found) > 1 for found in years.values()):
        return ()
    if len(set().union(*years.values())) < 2:
        return ()
    return tuple(written)
