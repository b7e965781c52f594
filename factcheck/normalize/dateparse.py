"""Turn found date spans into values: relative words, and the rare forms left to dateparser.

The readers here resolve what needs the reference date ("on Thursday", "last
week", "a year earlier", "the weekend").  This is also the one place
dateparser is called: on a short span factcheck found itself ("27.02.2025"),
never on raw text, with pinned settings and a cache.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from factcheck.normalize import dates as cal
from factcheck.normalize.dates import DateValue

_NO_REFERENCE_BASE = dt.date(2001, 1, 1)  # dateparser needs a base; a yearless span then keeps no year


def parse_span(text: str, reference: dt.date | None, prefer: str = "past") -> DateValue | None:
    """Normalize one date span with dateparser; None when it cannot."""
    return _parse(text, reference, prefer)


@lru_cache(maxsize=4096)
def _parse(text: str, reference: dt.date | None, prefer: str) -> DateValue | None:
    import dateparser  # slow to import; only the rare fallback needs it

    base = reference or _NO_REFERENCE_BASE
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


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2, "a few": 0, "several": 0, "few": 0, "many": 0,
}
_FUTURE = re.compile(r"\b(?:will|won't|'ll|shall|next(?!\s+to\b)|scheduled|is\s+to|are\s+to|to\s+be\s+held"
                     r"|plans?\s+to|(?:is|are|be|been)\s+planned|planning\s+to|expects?\s+to|expected\s+to|due\s+to|going\s+to|upcoming"
                     r"|set\s+to|intends?\s+to|as\s+(?:soon|early)\s+as|payable|expires?|effective"
                     r"|planned\s+to|would|wants?\s+to|hopes?\s+to)\b", re.I)
#: Future cues that a past one in the same clause overrides: "Until Thursday, they had not called him".
_WEAK_FUTURE = re.compile(r"\buntil\b", re.I)
_CLAUSE_END = re.compile(r"[,;:!?\n]|(?<!\b[A-Za-z])\.\s|``|''|\"|\b(?:saying|that|which|who|because|when|while)\b")
_CLAUSE_START = re.compile(r"[,;:!?\n]|(?<!\b[A-Za-z])\.\s|``|''|\"|\b(?:who|which|that|since|after|when)\b")
_PAST = re.compile(r"\b(?:was|were|had|did|ended|bought|brought|sold|took|began|came|made|ago)\b", re.IGNORECASE)
#: Words in a possessive weekday's clause that put its day ahead: "ahead of Sunday's election".
_AHEAD = re.compile(r"\b(?:will|won't|shall|scheduled|set\s+to|(?:is|are)\s+to|ahead\s+of|upcoming|in\s+advance\s+of"
                    r"|preparations?\s+for|next)\b|'ll\b", re.IGNORECASE)
#: A determiner or possessive before "last night": "the last night of the festival", "his last night in office".
_OWNED = re.compile(r"\b(?:the|his|her|their|its|my|our|your|a|whose)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_LEAD = re.compile(r"\s*(?:(?:on|by|as\s+of|from|in|also|and|but|then|until|till)\s+)*", re.IGNORECASE)
_WHOLE_YEAR = re.compile(r"\b(?:nine|six)\s+months|\b(?:full|fiscal)\s+year|\bfor\s+the\s+year", re.I)
_QUARTER_WORD = re.compile(r"\b(?:(?P<n>first|second|third|fourth)[-\s])?quarter", re.I)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_MODS = {"early": "START", "mid": "MID", "late": "END", "beginning": "START", "start": "START",
         "middle": "MID", "end": "END", "rest": "END", "earlier": "START", "later": "END"}


@dataclass(frozen=True)
class Span:
    """What every reader may look at: the whole text, the reference, the match."""

    text: str
    reference: dt.date | None
    match: re.Match[str]

    def group(self, name: str) -> str | None:
        return self.match.group(name)

    def direction(self) -> int:
        """FUTURE when the clause around the match speaks of the future, else PAST."""
        return cal.FUTURE if self.tense() == cal.FUTURE else cal.PAST

    def clause(self) -> tuple[int, int]:
        """Where the clause around the match begins and ends, as far as cue words go."""
        start, end = self.match.span()
        left = max(start - 80, 0)
        for opener in _CLAUSE_START.finditer(self.text, left, start):
            left = opener.end()
        found = _CLAUSE_END.search(self.text, end, end + 60)
        right = found.start() if found else end + 60
        if found and found.group() == "," and _LEAD.fullmatch(self.text, left, start):
            after = _CLAUSE_END.search(self.text, right + 1, right + 80)  # "On Tuesday, the league plans..."
            right = after.start() if after else right + 80
        return left, right

    def tense(self) -> int:
        """FUTURE or PAST when the clause around the match says so by a cue word, else 0."""
        start = self.match.start()
        if _SINCE.search(self.text, max(start - 7, 0), start):
            return cal.PAST
        left, right = self.clause()
        if _FUTURE.search(self.text, left, right):
            return cal.FUTURE
        if _PAST.search(self.text, left, right):
            return cal.PAST
        return cal.FUTURE if _WEAK_FUTURE.search(self.text, left, right) else 0

    def sentence_quarter(self) -> int | None | bool:
        """The quarter a report speaks of before the match: its number, None if unnumbered, False if none."""
        start = self.match.start()
        left = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start), 0)
        if _WHOLE_YEAR.search(self.text, left, start):
            return False
        found = list(_QUARTER_WORD.finditer(self.text, max(0, start - 1500), start))
        if not found:
            return False
        numbered = [m for m in found if m.group("n")]
        return ORDINALS[numbered[-1].group("n").lower()] if numbered else None


def _read_weekday(ctx: Span) -> DateValue | None:
    """ "on Thursday", "last Friday", "Saturday night": the nearest such day to the reference."""
    weekday = cal.weekday_index(ctx.group("wd_d") or "")
    rel = (ctx.group("wd_rel") or "").lower()
    mod = day_part_mod(rel, ctx.group("wd_part"))
    if ctx.reference is None:
        return DateValue(weekday=weekday, mod=mod)
    one = dt.timedelta(days=1)
    if rel in ("last", "past"):
        day = cal.nearest_weekday(ctx.reference - one, weekday, cal.PAST)
    elif rel in ("next", "coming"):
        day = cal.nearest_weekday(ctx.reference + one, weekday, cal.FUTURE)
    elif _possessive(ctx):
        day = cal.nearest_weekday(ctx.reference, weekday, _possessive_direction(ctx))
    else:
        day = cal.nearest_weekday(ctx.reference, weekday, ctx.direction())
    return cal.day_value(day, weekday=weekday, from_weekday=True, mod=mod)


def day_part_mod(rel: str | None, part: str | None) -> str | None:
    """The mod of a day told with "early" or "late" before it, or a part of it after it: "early Saturday" and "late
    Friday", "Friday night" are the hours around a midnight, which time zones and deadlines put on either day;
    "Friday evening" reaches Saturday only as "early Saturday"; "Saturday afternoon" is no hour around a midnight."""
    rel, part = (rel or "").lower(), (part or "").lower()
    if rel == "early":
        return "START"
    if rel == "late" or part == "night":
        return "END"
    return cal.EVENING if part == "evening" else "MID" if part == "afternoon" else None


def _possessive(ctx: Span) -> bool:
    end = ctx.match.end("wd_d")
    return ctx.text.startswith(("'s", "’s"), end)


def _possessive_direction(ctx: Span) -> int:
    """ "Wednesday's ruling" names a thing the report knows of: the Wednesday before, unless its clause
    says outright that it is to come ("will attend Sunday's game", "ahead of Sunday's election").  Softer
    cues do not: "they would look for ways around Wednesday's ruling" means last Wednesday's."""
    return cal.FUTURE if _AHEAD.search(ctx.text, *ctx.clause()) else cal.PAST


def _read_relday(ctx: Span) -> DateValue | None:
    """ "yesterday", "today", "the day after tomorrow", "last night", "this morning"; unanchored without a
    reference.  "the last night of the festival" names no day."""
    word = " ".join((ctx.group("rd_w") or "").lower().split())
    if word == "last night" and _OWNED.search(ctx.text, max(0, ctx.match.start() - 12), ctx.match.start()):
        return None
    part = (ctx.group("rd_part") or "").lower()
    rel = (ctx.group("rd_mod") or "").lower()
    # as for weekdays: "last night", "tonight" and "late yesterday" are the hours around a midnight
    night = word in ("last night", "tonight") or part == "night"
    mod = "START" if rel in ("early", "earlier") else "END" if rel in ("late", "later") or night else None
    if mod is None and (part == "evening" or word == "this evening"):
        mod = cal.EVENING
    if mod is None and (part == "afternoon" or word == "this afternoon"):
        mod = "MID"
    if ctx.reference is None:
        return DateValue(mod=mod)
    steps = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    steps += {"before": -1, "after": 1}.get((ctx.group("rd_dir") or "").lower(), 0)
    return _with_mod(cal.shift(ctx.reference, "day", steps), mod)


def _read_ago(ctx: Span) -> DateValue | None:
    """ "two days ago", "three weeks ago", "a year earlier", "two years from now"."""
    count = NUMBER_WORDS.get(re.sub(r"\s+", " ", (ctx.group("ago_n") or "").lower()))
    if count is None:
        count = int(ctx.group("ago_n") or 0)
    unit = (ctx.group("ago_u") or "").lower().rstrip("s")
    sign = 1 if (ctx.group("ago_dir") or "").lower() in ("hence",) or "now" in (ctx.group("ago_dir") or "") else -1
    if count == 0:
        return DateValue(ref="PAST_REF" if sign < 0 else "FUTURE_REF")
    if ctx.reference is None:
        return DateValue()
    if unit == "year" and count == 1 and sign < 0:
        quarter = _quarter_a_year_before(ctx)
        if quarter is not None:
            return quarter
    return cal.shift(ctx.reference, unit, sign * count)


def _quarter_a_year_before(ctx: Span) -> DateValue | None:
    """In a sentence about a quarter, "a year earlier" is that quarter a year before."""
    assert ctx.reference is not None
    number = ctx.sentence_quarter()
    if number is False:
        return None
    if number is None or number is True:
        year, quarter = cal.latest_quarter(ctx.reference)
    else:
        quarter = int(number)
        year = ctx.reference.year - (3 * quarter - 2 > ctx.reference.month)
    return DateValue(year=year - 1, quarter=quarter)


_STEPS = {"last": -1, "the past": -1, "the last": -1, "the previous": -1, "the prior": -1,
          "this past": -1, "this": 0, "current": 0, "the current": 0, "the": 0, "the latest": 0, "the full": 0,
          "next": 1, "the coming": 1, "the following": 1, "the next": 1}


def _read_unit(ctx: Span) -> DateValue | None:
    """ "last week", "this year", "the quarter", "the weekend", "earlier this month"."""
    rel = re.sub(r"\s+", " ", (ctx.group("u_rel") or "").lower())
    unit = re.sub(r"\s+", " ", (ctx.group("u_u") or "").lower()).replace("fiscal ", "")
    pre = (ctx.group("u_pre") or "").lower()
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}.get(pre)
    if rel == "the" and unit not in ("quarter", "weekend") and not pre and not _whole_year(ctx, unit):
        return None
    if unit == "period" and not ("year-" in rel or rel == "the latest") or rel == "the full" and unit != "year":
        return None
    if rel in _ANAPHORIC and unit in ("year", "month"):
        anchored = _from_named(ctx, unit, _ANAPHORIC[rel])
        if anchored is not None:
            return _with_mod(anchored, mod)
    if ctx.reference is None:
        return DateValue()
    ref = ctx.reference
    if unit in ("quarter", "period"):
        return _relative_quarter(ref, rel)
    if unit == "weekend":
        steps = _STEPS.get(rel)
        if rel in ("the", "this", "the latest") or steps is None:
            return cal.nearest_weekend(ref, ctx.direction())
        return cal.nearest_weekend(ref, steps or cal.PAST)
    steps = _STEPS.get(rel, -1 if "year-" in rel else 0)
    return _with_mod(cal.shift(ref, unit, steps), mod)


#: Steps that count from a date the text has just named, when it has: "On May 22, 1995, he was made a
#: general, and the following year …" is 1996; without one they count from the reference.
_ANAPHORIC = {"the following": 1, "the previous": -1, "the prior": -1}
_SENTENCE_END = re.compile(r"[.!?][\"”'’]?\s+(?=[A-Z“\"])")
_NAMED_MONTH = re.compile(r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November"
                          r"|December)\b(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>1[6-9]\d\d|20\d\d)\b)?")


def _from_named(ctx: Span, unit: str, steps: int) -> DateValue | None:
    """``steps`` years or months from the year or month named last in this sentence or the one before."""
    start = ctx.match.start()
    window = max(0, start - 400)
    ends = list(_SENTENCE_END.finditer(ctx.text, window, start))
    before = ctx.text[ends[-2].end() if len(ends) > 1 else window:start]
    if unit == "year":
        years = _LAST_YEAR.findall(before)
        return DateValue(year=int(years[-1]) + steps) if years else None
    months = list(_NAMED_MONTH.finditer(before))
    if not months:
        return None
    named = months[-1]
    month = cal.MONTH_NAMES.index(named.group("m")) + 1
    years = _LAST_YEAR.findall(before, 0, named.start())
    year = int(named.group("y") or (years[-1] if years else 0)) or (ctx.reference.year if ctx.reference else None)
    if year is None:
        return None
    year, month = cal.add_months(year, month, steps)
    return DateValue(year=year, month=month)


def _whole_year(ctx: Span, unit: str) -> bool:
    """ "for the year", "of the year": in a report, the current year as a whole."""
    before = ctx.text[max(0, ctx.match.start() - 5):ctx.match.start()].lower().split()
    return unit == "year" and bool(before) and before[-1] in ("for", "of")


def _relative_quarter(ref: dt.date, rel: str) -> DateValue:
    """Financial news: "the quarter" is the last one reported, "year-ago" that one a year before."""
    if rel in ("this", "current", "the current"):
        return cal.shift(ref, "quarter", 0)
    if rel in ("next", "the next", "the coming", "the following"):
        return cal.shift(ref, "quarter", 1)
    year, quarter = cal.latest_quarter(ref)
    if "year-" in rel:
        year -= 1
    return DateValue(year=year, quarter=quarter)


def _with_mod(value: DateValue, mod: str | None) -> DateValue:
    return value if mod is None else replace(value, mod=mod)


def _read_yago(ctx: Span) -> DateValue | None:
    """The adjective "year-earlier": last year, or that quarter in a sentence about quarters."""
    if ctx.reference is None:
        return DateValue()
    return _quarter_a_year_before(ctx) or DateValue(year=ctx.reference.year - 1)


_REFS = {"the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF"}


def _read_ref(ctx: Span) -> DateValue | None:
    """ "now", "currently" (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF)."""
    word = re.sub(r"\s+", " ", (ctx.group("ref_w") or "").lower())
    if re.match(r"(?:the )?coming ", word):
        return DateValue(ref="FUTURE_REF")
    if re.match(r"recent |the (?:past|last) |past ", word):
        return DateValue(ref="PAST_REF")
    return DateValue(ref=_REFS.get(word, "PRESENT_REF"))


def _read_season(ctx: Span) -> DateValue | None:
    """ "last summer", "the spring of 1998", "this fall"; "the fall of Rome" is not one."""
    season = _SEASONS[(ctx.group("se_s") or "").lower()]
    rel = re.sub(r"\s+", " ", (ctx.group("se_rel") or "").lower())
    year = ctx.group("se_y")
    if year:
        return DateValue(year=cal.year_number(year), season=season)
    if rel in ("", "the", "the early", "the late"):
        before = ctx.text[max(0, ctx.match.start() - 10):ctx.match.start()].lower().split()
        after = ctx.text[ctx.match.end():ctx.match.end() + 4]
        if not before or before[-1] not in ("in", "during", "over", "through", "since", "until", "by"):
            return None
        if season == "FA" and not rel or re.match(r"\s+(?:of|in)\b", after):
            return None
    mod = mod_of(rel)
    if ctx.reference is None:
        return DateValue(season=season, mod=mod)
    return DateValue(year=cal.season_year(ctx.reference, season, rel), season=season, mod=mod)


def _read_holiday(ctx: Span) -> DateValue | None:
    """ "Thanksgiving Day", "last Christmas", "Election Day 2024"."""
    name = re.sub(r"\s+", " ", ctx.group("ho") or "")
    if ctx.group("ho_y"):
        return cal.day_value(cal.holiday(name, int(ctx.group("ho_y") or 0)))
    if ctx.reference is None:
        day = cal.holiday(name, 2001)
        return DateValue(month=day.month, day=day.day) if name.split()[0] != "Easter" else DateValue()
    rel = (ctx.group("ho_rel") or "").lower()
    direction = {"last": cal.PAST, "next": cal.FUTURE}.get(rel) or ctx.direction()
    return cal.day_value(cal.nearest_holiday(name, ctx.reference, direction), year_inferred=True)


def _read_yend(ctx: Span) -> DateValue | None:
    """ "year-end", "the end of the year", "the end of the month": the current one, its end."""
    if ctx.reference is None:
        return DateValue()
    unit = "month" if (ctx.group("ye") or "").lower().endswith("month") else "year"
    return _with_mod(cal.shift(ctx.reference, unit, 0), "END")


def _read_yperiod(ctx: Span) -> DateValue | None:
    """ "the 1988 period": in a quarterly report, the latest quarter of that year."""
    year = int(ctx.group("yp_y") or 0)
    if ctx.reference is None:
        return DateValue(year=year)
    return DateValue(year=year, quarter=cal.latest_quarter(ctx.reference)[1])


def _read_that_year(ctx: Span) -> DateValue | None:
    """ "that year", "later that year": the year the text named last before it."""
    years = _LAST_YEAR.findall(ctx.text, max(0, ctx.match.start() - 800), ctx.match.start())
    if not years:
        return None
    return DateValue(year=int(years[-1]), mod=mod_of(ctx.group("ty_pre")))


_LAST_YEAR = re.compile(r"\b(1[6-9][0-9]{2}|20[0-9]{2})\b(?!,[0-9])")


def mod_of(words: str | None) -> str | None:
    """The TIMEX3 mod of "early", "mid-", "late", "the end of"..."""
    if not words:
        return None
    for word in re.findall(r"[a-z]+", words.lower()):
        if word in _MODS:
            return _MODS[word]
    return None


RELATIVE_READERS: dict[str, Callable[[Span], DateValue | None]] = {
    "weekday": _read_weekday, "relday": _read_relday, "ago": _read_ago, "unit": _read_unit,
    "yago": _read_yago, "ref": _read_ref, "season": _read_season, "holiday": _read_holiday,
    "yend": _read_yend, "yperiod": _read_yperiod, "thatyear": _read_that_year,
}
