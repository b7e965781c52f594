"""Find date expressions in text and normalize them (interface; see find_dates)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from factcheck.normalize.dates import DateValue


@dataclass(frozen=True, order=True)
class DateMention:
    """A date expression: its span in the text given, its words, its value."""

    start: int
    end: int
    text: str
    value: DateValue


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, normalized against ``reference``."""
    raise NotImplementedError
