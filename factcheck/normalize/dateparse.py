"""Read the words of a date span: spoken years, and the rare forms left to dateparser.

This is the one place dateparser is called: on a short span factcheck found
itself ("27.02.2025"), never on raw text, with pinned settings and a cache.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from factcheck.normalize.dates import DateValue

_UNITS = ("one two three four five six seven eight nine").split()
_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = ("twenty thirty forty fifty sixty seventy eighty ninety").split()
_DECADES = ("twenties thirties forties fifties sixties seventies eighties nineties").split()
_TWO_DIGITS = (rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?|hundred"
               rf"|(?:oh|o)[-\s](?:{'|'.join(_UNITS)}))")
SPOKEN_YEAR = (rf"(?i:(?:nineteen|eighteen)[-\s]+{_TWO_DIGITS}"
               rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{'|'.join(_UNITS + _TEENS)}))?)")
SPOKEN_DECADE = rf"(?i:(?:(?:early|mid|late)[-\s]+)?(?:{'|'.join(_DECADES)}))"
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


def year_number(text: str) -> int:
    """The year in "1998", "nineteen ninety-six" or "two thousand and one"."""
    if text.isdigit():
        return int(text)
    tokens = text.lower().replace("-", " ").split()
    if tokens[:2] == ["two", "thousand"]:
        return 2000 + _small_number([t for t in tokens[2:] if t != "and"])
    century = (_TEENS.index(tokens[0]) + 10) * 100
    return century + _small_number(tokens[1:])


def decade_number(text: str) -> int:
    """The first year of "the nineties" (1990), taken to be in the 1900s."""
    return 1900 + 10 * (_DECADES.index(text.lower().replace("-", " ").split()[-1]) + 2)


def _small_number(tokens: list[str]) -> int:
    """0-99 from words such as ["ninety", "six"], ["oh", "five"] or ["hundred"]."""
    total = 0
    for token in tokens:
        if token in _UNITS:
            total += _UNITS.index(token) + 1
        elif token in _TEENS:
            total += _TEENS.index(token) + 10
        elif token in _TENS:
            total += 10 * (_TENS.index(token) + 2)
    return total
