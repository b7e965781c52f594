"""Date values with their granularity, and the TIMEX3 strings that show it.

A :class:`DateValue` keeps exactly what the text says: the parts a phrase
leaves open stay ``None`` ("February 27" has no year, "Thursday" only a
weekday).  Its ``timex`` is the TempEval-3 style string whose shape is its
granularity: ``2025-02-27``, ``2025-02``, ``2025``, ``2025-W09``,
``2025-Q1``, ``--02-27``, ``XXXX-WXX-4``, ranges as ``2016/2018``.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, order=True)
class DateValue:
    """A calendar value as precise as its text, no more.

    ``weekday`` is ISO (1 = Monday) and set only when the text names the day.
    ``from_weekday`` marks a value whose day was worked out from a weekday
    name and the reference date ("on Thursday"): comparisons then trust the
    weekday, not the resolved day.  ``end`` is the last value of a range.
    ``ref`` is PRESENT_REF, PAST_REF or FUTURE_REF for "now", "recently"...
    ``decade`` is the first year of a decade ("the 1990s") or None,
    ``century`` its first two digits ("the 20th century" is 19).
    ``weekend`` marks the weekend of ``week``.  ``year_inferred`` marks a
    year taken from the reference date, not the text ("April 10"), so
    comparisons may trust month and day only.  ``mod`` is the TIMEX3 mod
    (START, MID, END) of "early", "mid-" and "late" (MID also of an
    afternoon), or ``EVENING`` for a day's evening (later than its
    afternoon, earlier than its night) and ``MORNING`` for an hour of its
    morning ("at 2 a.m."); it does not change the value.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    ref: str | None = None
    from_weekday: bool = False
    end: "DateValue | None" = None
    century: int | None = None
    weekend: bool = False
    year_inferred: bool = False
    mod: str | None = None

    @property
    def granularity(self) -> str:
        if self.end is not None:
            return "range"
        if self.ref:
            return "ref"
        if self.day is not None:
            return "day"
        if self.weekday is not None:
            return "weekday"
        if self.week is not None:
            return "week"
        if self.month is not None:
            return "month"
        if self.season is not None:
            return "season"
        if self.quarter is not None:
            return "quarter"
        if self.half is not None:
            return "half"
        if self.year is not None:
            return "year"
        if self.decade is not None:
            return "decade"
        if self.century is not None:
            return "century"
        return "unknown"

    @property
    def timex(self) -> str:
        if self.end is not None:
            return f"{self._single_timex()}/{self.end.timex}"
        return self._single_timex()

    def _single_timex(self) -> str:
        year = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.ref:
            return self.ref
        if self.day is not None and self.month is not None:
            if self.year is None:
                return f"--{self.month:02d}-{self.day:02d}"
            return f"{year}-{self.month:02d}-{self.day:02d}"
        if self.weekday is not None:
            week = f"W{self.week:02d}" if self.week is not None else "WXX"
            return f"{year}-{week}-{self.weekday}"
        if self.week is not None:
            return f"{year}-W{self.week:02d}" + ("-WE" if self.weekend else "")
        if self.month is not None:
            return f"{year}-{self.month:02d}"
        if self.season is not None:
            return f"{year}-{self.season}"
        if self.quarter is not None:
            return f"{year}-Q{self.quarter}"
        if self.half is not None:
            return f"{year}-H{self.half}"
        if self.year is not None:
            return year
        if self.decade is not None:
            return f"{self.decade // 10:03d}"
        if self.century is not None:
            return f"{self.century:02d}"
        return "XXXX"

    @property
    def display(self) -> str:
        if self.end is not None:
            return f"{self._single_display()} – {self.end.display}"
        return self._single_display()

    def _single_display(self) -> str:
        if self.ref:
            return {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}[self.ref]
        parts: list[str] = []
        if self.weekday is not None:
            parts.append(WEEKDAY_NAMES[self.weekday - 1])
        if self.day is not None and self.month is not None:
            parts.append(f"{self.day} {MONTH_NAMES[self.month - 1]}")
        elif self.month is not None:
            parts.append(MONTH_NAMES[self.month - 1])
        elif self.week is not None:
            parts.append(f"{'weekend of ' if self.weekend else ''}week {self.week}")
        elif self.season is not None:
            parts.append({"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}.get(self.season, self.season))
        elif self.quarter is not None:
            parts.append(f"Q{self.quarter}")
        elif self.half is not None:
            parts.append(f"H{self.half}")
        if self.year is not None:
            parts.append(str(self.year))
        elif self.decade is not None:
            parts.append(f"{self.decade}s")
        elif self.century is not None:
            parts.append(f"{self.century + 1}th century")
        return " ".join(parts) if parts else "unknown date"

    def date(self) -> dt.date | None:
        """The single calendar day, when the value names one."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def bounds(self) -> tuple[dt.date, dt.date] | None:
        """First and last calendar day the value covers, when it is anchored."""
        if self.end is not None:
            first, last = self._single_bounds(), self.end.bounds()
            if first is None or last is None:
                return None
            return first[0], last[1]
        return self._single_bounds()

    def _single_bounds(self) -> tuple[dt.date, dt.date] | None:
        if self.ref:
            return None
        if self.year is None:
            first = self.decade if self.decade is not None else None
            span = 10
            if first is None and self.century is not None:
                first, span = self.century * 100, 100
            return (dt.date(first, 1, 1), dt.date(first + span - 1, 12, 31)) if first else None
        y = self.year
        if self.day is not None and self.month is not None:
            day = self.date()
            return (day, day) if day else None
        if self.week is not None:
            try:
                monday = dt.date.fromisocalendar(y, self.week, 1)
            except ValueError:
                return None
            if self.weekend:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return monday, monday + dt.timedelta(days=6)
        if self.month is not None:
            return dt.date(y, self.month, 1), dt.date(y, self.month, calendar.monthrange(y, self.month)[1])
        if self.quarter is not None:
            first = 3 * (self.quarter - 1) + 1
            return dt.date(y, first, 1), dt.date(y, first + 2, calendar.monthrange(y, first + 2)[1])
        if self.half is not None:
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if self.half == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        if self.season is not None or self.weekday is not None:
            return None
        return dt.date(y, 1, 1), dt.date(y, 12, 31)


# ---------------------------------------------------------------- calendar arithmetic

PAST, FUTURE = -1, 1


def day_value(day: dt.date, **extra: object) -> DateValue:
    """The value of one calendar day."""
    return DateValue(year=day.year, month=day.month, day=day.day, **extra)  # type: ignore[arg-type]


def week_value(day: dt.date, weekend: bool = False) -> DateValue:
    """The ISO week holding ``day``."""
    year, week, _ = day.isocalendar()
    return DateValue(year=year, week=week, weekend=weekend)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) shifted by a number of months."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def nearest_weekday(reference: dt.date, weekday: int, direction: int) -> dt.date:
    """The day named ``weekday`` (ISO) nearest ``reference`` on its side; the reference itself counts."""
    gap = (weekday - reference.isoweekday()) % 7
    if direction == FUTURE:
        return reference + dt.timedelta(days=gap)
    return reference - dt.timedelta(days=(7 - gap) % 7)


def nearest_year(reference: dt.date, month: int, day: int | None, direction: int, bias: float = 2.0) -> int:
    """The year putting month (and day) nearest ``reference``, a side the tense disfavours counting double."""
    def distance(year: int) -> float:
        gap = (dt.date(year, month, min(day or 15, 28)) - reference).days
        return abs(gap) * (bias if gap * direction < 0 else 1.0)
    return min((reference.year - 1, reference.year, reference.year + 1), key=distance)


def quarter_of(day: dt.date) -> tuple[int, int]:
    """(year, quarter) holding ``day``."""
    return day.year, (day.month - 1) // 3 + 1


def month_index(word: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "February")."""
    return _MONTH_PREFIXES[word[:3].lower()]


def weekday_index(word: str) -> int:
    """ISO weekday (1 = Monday) for a weekday name."""
    return _WEEKDAY_PREFIXES[word[:3].lower()]


_MONTH_PREFIXES = {name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_WEEKDAY_PREFIXES = {name[:3].lower(): i + 1 for i, name in enumerate(WEEKDAY_NAMES)}


def latest_quarter(reference: dt.date) -> tuple[int, int]:
    """(year, quarter) of the last quarter that ended before ``reference``."""
    year, quarter = quarter_of(reference)
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


#: The mods of a day's evening ("Friday evening", "at 8 p.m. on Friday") and of an hour of its morning ("at
#: 2 a.m. on Thursday"): no TIMEX3 mods, since they only tell the hours around a midnight from the rest of a day.
EVENING = "EVENING"
MORNING = "MORNING"


def one_night(earlier: str | None, later: str | None) -> bool:
    """Whether two days in a row, by their mods, may be the hours around one midnight: "Friday night" or
    "late Friday" and "Saturday", "Friday" and "early Saturday", "Friday evening" and "early Saturday"
    (not "Friday evening" and "Saturday", hours apart; nor "Friday night" and "Saturday night", nor
    "Friday afternoon" and "early Saturday"); an hour of Saturday's morning ("at 2 a.m. on Saturday") is
    around the midnight before it only after "late Friday" or "Friday evening", and none after it."""
    if earlier in ("MID", MORNING):
        return False
    if earlier == EVENING:
        return later in ("START", MORNING)
    if later == MORNING:
        return earlier == "END"
    return earlier in ("END", None) and later in ("START", None) and earlier != later


def shift(reference: dt.date, unit: str, steps: int) -> DateValue:
    """The day, week, month, quarter, year, decade or century ``steps`` units from ``reference``."""
    if unit == "day":
        return day_value(reference + dt.timedelta(days=steps))
    if unit == "week":
        return week_value(reference + dt.timedelta(weeks=steps))
    if unit == "month":
        year, month = add_months(reference.year, reference.month, steps)
        return DateValue(year=year, month=month)
    if unit == "quarter":
        year, quarter = quarter_of(reference)
        index = year * 4 + quarter - 1 + steps
        return DateValue(year=index // 4, quarter=index % 4 + 1)
    if unit == "decade":
        return DateValue(decade=(reference.year + 10 * steps) // 10 * 10)
    if unit == "century":
        return DateValue(century=(reference.year + 100 * steps) // 100)
    return DateValue(year=reference.year + steps)


def nearest_weekend(reference: dt.date, direction: int) -> DateValue:
    """The weekend holding ``reference``, else the one before (PAST) or after (FUTURE) it."""
    if reference.isoweekday() >= 6:
        return week_value(reference, weekend=True)
    return week_value(reference + dt.timedelta(weeks=direction), weekend=True)


def season_year(reference: dt.date, season: str, rel: str) -> int:
    """The year of "last summer", "this fall", "next spring" seen from ``reference``."""
    if rel == "last":
        return reference.year - 1
    started = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season] <= reference.month
    if rel in ("next", "coming"):
        return reference.year + started
    if rel in ("past", "this past"):
        return reference.year - (not started)
    return reference.year


def holiday(name: str, year: int) -> dt.date:
    """The day of a (US) holiday in a year: "Thanksgiving", "Christmas Eve", "Election Day"..."""
    key = name.lower().replace(" day", "").replace(" sunday", "") or name.lower()
    fixed = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's": (1, 1),
             "new year's eve": (12, 31), "independence": (7, 4), "fourth of july": (7, 4),
             "halloween": (10, 31)}
    if key in fixed:
        return dt.date(year, *fixed[key])
    if key == "easter":
        return _easter(year)
    first_of = {"thanksgiving": (11, 4, 4), "election": (11, 1, 1), "labor": (9, 1, 1)}
    if key in first_of:
        month, weekday, nth = first_of[key]
        first = nearest_weekday(dt.date(year, month, 1), weekday, FUTURE)
        day = first + dt.timedelta(weeks=nth - 1)
        return day + dt.timedelta(days=1) if key == "election" else day
    return nearest_weekday(dt.date(year, 5, 31), 1, PAST)  # Memorial Day


def nearest_holiday(name: str, reference: dt.date, direction: int) -> dt.date:
    """The occurrence of a holiday nearest ``reference``, the side the tense disfavours counting double."""
    def distance(day: dt.date) -> float:
        gap = (day - reference).days
        return abs(gap) * (2.0 if gap * direction < 0 else 1.0)
    years = (reference.year - 1, reference.year, reference.year + 1)
    return min((holiday(name, year) for year in years), key=distance)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    n = h + weekday_shift - 7 * ((a + 11 * h + 22 * weekday_shift) // 451) + 114
    return dt.date(year, n // 31, n % 31 + 1)


# ---------------------------------------------------------------- spoken years

_UNITS = ("one two three four five six seven eight nine").split()
_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = ("twenty thirty forty fifty sixty seventy eighty ninety").split()
_DECADES = ("twenties thirties forties fifties sixties seventies eighties nineties").split()
_TWO_DIGITS = (rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?|hundred"
               rf"|(?:oh|o)[-\s](?:{'|'.join(_UNITS)}))")
SPOKEN_YEAR = (rf"(?i:(?:nineteen|eighteen)[-\s]+{_TWO_DIGITS}"
               rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{'|'.join(_UNITS + _TEENS)}))?)")
SPOKEN_DECADE = rf"(?i:(?:(?:early|mid|late)[-\s]+)?(?:{'|'.join(_DECADES)}))"


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
