"""The one place dateparser is called: a short span, pinned settings, cached.

dateparser never searches raw text here; factcheck finds the span itself and
asks only about the few forms its own rules do not read ("27.02.2025").
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from factcheck.normalize.dates import DateValue

_NO_YEAR = 1  # a base year no real date in news uses, to tell whether the text gave one


def parse_span(text: str, reference: dt.date | None, prefer: str = "past") -> DateValue | None:
    """Normalize one date span with dateparser; None when it cannot."""
    return _parse(text, reference, prefer)


@lru_cache(maxsize=4096)
def _parse(text: str, reference: dt.date | None, prefer: str) -> DateValue | None:
    import dateparser  # slow to import; only the rare fallback needs it

    base = reference or dt.date(_NO_YEAR + 2000, 1, 1)
    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month"],
        "STRICT_PARSING": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    has_year = _mentions_year(text, parsed.year)
    if reference is None and not has_year:
        return DateValue(month=parsed.month, day=parsed.day)
    return DateValue(year=parsed.year, month=parsed.month, day=parsed.day,
                     year_inferred=not has_year)


def _mentions_year(text: str, year: int) -> bool:
    """Whether the span spells the year (in four or two digits)."""
    return str(year) in text or f"{year % 100:02d}" in text.replace(" ", "")
