"""Find date expressions in text and normalize them (see :func:`find_dates`).

Spans come from one regular grammar below; each kind of span has a small
reader that turns its parts into a :class:`DateValue`, resolved against the
document's reference date when the text leaves parts open.  dateparser is
asked only about spans no reader handles (see factcheck.normalize.dateparse).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable

from factcheck.normalize import dates as cal
from factcheck.normalize.dateparse import (NUMBER_WORDS, ORDINALS, RELATIVE_READERS, Span, day_part_mod, mod_of,
                                          parse_span)
from factcheck.normalize.dates import DateValue

# ---------------------------------------------------------------- grammar

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_MON = rf"(?:{_MONTH}|{_ABBR}\.?)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9]|,[0-9]{3})"
_YEAR = r"(?:1[6-9][0-9]{2}|20[0-9]{2})(?![0-9]|\.[0-9])"
_THRU = r"\s*(?:-|–|\bto\b|\bthrough\b|\buntil\b)\s*"
_MOD = r"\b(?i:early|late|mid)(?:-|\s+)|\b(?i:the\s+(?:beginning|end|middle|start|rest)\s+of)\s+"
_PART = r"(?:\s+(?P<{}>(?i:morning|afternoon|evening|night)))?"
_NUM = "|".join(sorted((w.replace(" ", r"\s+") for w in NUMBER_WORDS), key=len, reverse=True))
_ORD = r"(?i:first|second|third|fourth|last|1st|2nd|3rd|4th)"
_SPOKEN = cal.SPOKEN_YEAR
_HOLIDAY = (r"Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Election\s+Day"
            r"|Independence\s+Day|Fourth\s+of\s+July|Easter(?:\s+Sunday)?|Halloween|Labor\s+Day|Memorial\s+Day")
#: A holiday's name used as a modifier ("an office Christmas party", "a Thanksgiving dinner") names no day.
_HOLIDAY_NOUN = (r"(?:part(?:y|ies)|trees?|shopping|shoppers|bulletins?|cards?|lights|stockings?|dinners?|gifts?"
                 r"|presents?|markets?|sales?|specials?|spirit|messages?|carols?|decorations|songs?|music|movies?"
                 r"|shows?|pageants?|services?|mass|celebrations?|feasts?|meals?|bonus(?:es)?|truce|lists?"
                 r"|parades?|concerts?|episodes?|display)\b")

#: What a game's half or quarter is told with, no part of a year: "three second-half tries".
_PLAY = (r"(?:tries|try|goals?|points?|penalt(?:y|ies)|headers?|touchdowns?|runs?|wickets?|baskets?|substitutes?|"
         r"substitutions?|equali[sz]ers?|winners?|comebacks?|surges?|rall(?:y|ies)|fightbacks?|collapses?|red\s+card)\b")
#: Between a weekday and its date: "Tuesday, May 13", "Tuesday May 13", "Tuesday (13 May)".
_WD_SEP = r"(?:,?\s+|\s+\((?=[^()]{3,24}\)))"

_GRAMMAR = {
    "iso": rf"\b(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>3[01]|[12][0-9]|0[1-9])\b",
    "slash": r"\b(?P<sl_a>[0-9]{1,2})/(?P<sl_b>[0-9]{1,2})/(?P<sl_y>[0-9]{4}|[0-9]{2})(?![0-9/])",
    "loose": rf"\b[0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}(?![0-9]|\.[0-9])|\b[0-9]{{1,2}}-{_ABBR}-[0-9]{{2,4}}\b",
    "mdy": rf"(?:(?:\b(?P<mdy_mod>(?i:early|late))\s+(?:(?i:on)\s+)?)?"
           rf"\b(?P<mdy_wd>{_WD}){_PART.format('mdy_part')}{_WD_SEP})?"
           rf"\b(?P<mdy_m>{_MON})\s+(?P<mdy_d>{_DAY})"
           rf"(?:{_THRU}(?:(?P<mdy_m2>{_MON})\s+)?(?P<mdy_d2>{_DAY}))?(?:,?\s+(?P<mdy_y>{_YEAR}))?",
    "dmy": rf"(?:(?:\b(?P<dmy_mod>(?i:early|late))\s+(?:(?i:on)\s+)?)?"
           rf"\b(?P<dmy_wd>{_WD}){_PART.format('dmy_part')}{_WD_SEP})?"
           rf"\b(?P<dmy_d>{_DAY})(?:\s*[-–]\s*(?P<dmy_d2>{_DAY}))?"
           rf"\s+(?:of\s+)?(?P<dmy_m>{_MON})\b(?:,?\s+(?P<dmy_y>{_YEAR}))?",
    "weekof": rf"\b(?i:the\s+week\s+of)\s+(?P<wo_m>{_MON})\s+(?P<wo_d>{_DAY})(?:,?\s+(?P<wo_y>{_YEAR}))?",
    "thatyear": r"(?:\b(?P<ty_pre>(?i:later|earlier|early|late))\s+(?:(?i:in)\s+)?)?\b(?i:that\s+(?:same\s+)?year)\b",
    "quarter": rf"(?:\b(?i:the)\s+)?(?:(?P<q_y>{_YEAR})\s+|\b(?P<q_rel>(?i:this|last|next))\s+year's\s+"
               rf"|\b(?i:year-(?:earlier|ago))\s+)?(?:\b(?i:fiscal|calendar)[-\s])?\b(?P<q_n>{_ORD})"
               rf"[-\s](?P<q_u>(?i:quarter|half))\b(?!\s+{_PLAY})(?:\s+(?:of\s+)?(?:(?i:fiscal\s+)?(?P<q_y2>{_YEAR})"
               rf"|(?P<q_rel2>(?i:this|last|next))\s+year\b))?",
    "decade": rf"(?P<dec_mod>{_MOD})?(?:\b(?P<dec_y>(?:1[5-9]|20)[0-9]0)|'(?P<dec_yy>[0-9]0))'?s\b",
    "century": r"(?:\b(?i:the)\s+)?\b(?P<cen_n>[0-9]{1,2})(?:st|nd|rd|th)[-\s](?i:century)\b",
    "spoken": rf"(?:\b(?i:the\s+year)\s+)?\b(?P<sp_y>{_SPOKEN})\b|\b(?i:the)\s+(?P<sp_dec>{cal.SPOKEN_DECADE})\b",
    "holiday": rf"(?:\b(?P<ho_rel>(?i:last|this|next))\s+)?\b(?P<ho>{_HOLIDAY})\b(?!\s+{_HOLIDAY_NOUN})"
               rf"(?:,?\s+(?P<ho_y>{_YEAR}))?",
    "yend": r"\b(?P<ye>(?i:(?:the\s+)?end\s+of\s+the\s+(?:year|month)|year[-\s]end|year's\s+end))\b",
    "yperiod": rf"\b(?i:the)\s+(?P<yp_y>{_YEAR})\s+(?i:quarter|period)\b",
    "month": rf"(?P<mo_mod>{_MOD})?(?:\b(?P<mo_rel>(?i:last|this|next|past|coming))\s+)?"
             rf"\b(?P<mo_m>{_MONTH}\b|{_ABBR}\.)(?!\s+[0-9]{{1,2}}\b)(?:,?\s+(?:of\s+)?(?P<mo_y>{_YEAR}|{_SPOKEN})"
             rf"|\s+(?P<mo_yrel>(?i:this|last|next))\s+year\b)?",
    "year": rf"(?P<yr_mod>{_MOD})?(?P<yr_fy>\b(?i:fiscal|calendar|FY)[-\s]?)?\b(?P<yr_y>{_YEAR})\b",
    # "late on Saturday": "on" only after "early" or "late"
    "weekday": rf"(?:\b(?P<wd_rel>(?i:last|this|next|early|late|earlier|later|coming|past))\s+"
               rf"(?:(?<=[eyEY]\s)(?i:on)\s+)?)?"
               rf"\b(?P<wd_d>{_WD})\b(?:'s)?" + _PART.format("wd_part"),
    "relday": r"(?:\b(?P<rd_mod>(?i:early|late|earlier|later))\s+)?"
              r"(?:\b(?i:the\s+day\s+(?P<rd_dir>before|after))\s+)?"
              r"\b(?P<rd_w>(?i:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))\b"
              + _PART.format("rd_part"),
    "ago": rf"(?:\b(?i:nearly|almost|about|some|more\s+than|over|just|only|roughly|around|less\s+than)\s+)?"
           rf"\b(?P<ago_n>(?i:{_NUM})|[0-9]+)\s+(?P<ago_u>(?i:days?|weeks?|months?|years?|decades?))"
           r"(?:\s+or\s+so)?\s+(?P<ago_dir>(?i:ago|earlier|from\s+now|hence))\b",
    "unit": r"(?:\b(?P<u_pre>(?i:earlier|later|early|late))\s+(?:(?i:in\s+))?)?"
            r"\b(?P<u_rel>(?i:last|this|next|current|this\s+past|the\s+(?:past|last|coming|previous|current"
            r"|latest|following|next|prior|full|year-earlier|year-ago|comparable\s+year-ago)|year-(?:earlier|ago)"
            r"|(?:the\s+)?(?:latest|current)\s+fiscal|the\s+fiscal|the))"
            r"\s+(?P<u_u>(?i:week|weekend|month|year|quarter|period|decade|century|fiscal\s+year))\b(?!-)",
    "yago": r"\b(?i:year-(?:earlier|ago))(?!\s+(?i:quarter|period))\b",
    "ref": r"\b(?P<ref_w>(?i:(?:the\s+)?coming\s+(?:days|weeks|months|years)|the\s+near\s+(?:future|term)"
           r"|the\s+short\s+term|the\s+(?:past|last)\s+(?:few|several)\s+(?:days|weeks|months|years)"
           r"|past\s+years|now|currently|nowadays|presently|at\s+present|these\s+days|recently|lately"
           r"|recent\s+(?:years|months|weeks|days)|the\s+past|the\s+future|current))\b",
    "season": rf"(?:\b(?P<se_rel>(?i:last|this|next|early|late|past|coming|the\s+early|the\s+late|the"
              rf"|this\s+past))\s+)?\b(?P<se_s>(?i:spring|summer|fall|autumn|winter))\b"
              rf"(?:\s+(?:of\s+)?(?P<se_y>{_YEAR}|{_SPOKEN}))?",
}
_MASTER = re.compile("|".join(f"(?P<{kind}>{pat})" for kind, pat in _GRAMMAR.items()))
_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, any other byte a space
_ANCHORS = frozenset(
    "yesterday today tomorrow tonight night morning afternoon evening ago earlier hence now week weekend month year quarter half period "
    "decade century current currently nowadays presently present days recent recently lately past future "
    "coming term years months weeks spring summer fall autumn winter nineteen eighteen thousand twenties "
    "thirties forties fifties sixties seventies eighties nineties".split())
_CAPITALS = frozenset(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun Tha Chr New Ele Ind "
    "Fou Eas Hal Lab Mem".split())
_PREFIXES = frozenset(
    "the a an that last this next early late mid earlier later in nearly almost about some more over just only "
    "roughly around less fiscal calendar fy coming past current latest following previous prior same "
    "comparable recent beginning end middle start rest day at these near short year one two three four "
    "first second third fourth "
    "five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty few several many couple "
    "monday tuesday wednesday thursday friday saturday sunday".split())
_ANCHOR_BYTES = frozenset(word.encode() for word in _ANCHORS)
_CAPITAL = re.compile("(?:" + "|".join(sorted(_CAPITALS)) + ")[A-Za-z]*")
#: What must follow a number of other than four digits for it to start a date:
#: a month ("27 February", "18th of May"), a unit ("11 days ago", "20th century"),
#: a separator ("02/27", "2025-02-27") or "s" ("90s").
_DATE_SHAPE = re.compile(
    r"[0-9]+(?:st|nd|rd|th)?(?:[ \t]+(?:of[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|[ \t-]+(?:day|week|month|year|decade|centur|quarter|half)"
    r"|[/.-][0-9]|-?s\b|’s\b|'s\b)"
)
#: A number that can start a date: four digits, a quote before it ("'90s"), or a date shape after it.
_DATE_NUMBER = re.compile(r"[0-9](?<![0-9]{2})(?:(?<=['’][0-9])[0-9]*|[0-9]{3}(?![0-9])|[0-9]*(?="
                          + _DATE_SHAPE.pattern[len("[0-9]+"):] + "))")
_YEAR_CONTEXT = frozenset(
    "in since by until till of during before after from through to and or between early late mid "
    "year years fiscal calendar spring summer fall autumn winter circa than the end since "
    "january february march april may june july august september october november december".split())
_NOT_YEAR_BEFORE = re.compile(r"(?:[$#£€]|\b(?i:no|nos|section|room|flight|page|pages|route|article|at\s+about|at\s+around|"
                              r"number|rule|chapter|item)\.?|\bAct(?:\s+of)?)\s*$")  # "the Criminal Justice Act 1984"
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|(?i:percent|people|persons|men|women|troops|soldiers|workers|"
                             r"jobs|units|shares|points|feet|meters|metres|miles|km|kilometers|hours|"
                             r"votes|cars|tons|barrels|acres|pounds|dollars|euros|yen|copies|cases|"
                             r"GMT|UTC|BST|EST|EDT|CST|PST|hrs|local\s+time))\b")  # "2045 GMT": a time of day


@dataclass(frozen=True, order=True)
class DateMention:
    """A date expression: its span in the text given, its words, its value.

    ``parts`` holds the two endpoints of a range joined from two expressions
    ("between 1985 and 1987"), each with its own span: TIMEX3 annotates them
    apart, while the range itself is what an event's date is compared by.
    """

    start: int
    end: int
    text: str
    value: DateValue
    parts: tuple[DateMention, ...] = ()


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, normalized against ``reference``."""
    mentions: list[DateMention] = []
    done = 0
    for start, word in _anchors(text):
        if start < done:
            continue
        mention = _mention_at(text, reference, start, _starts(text, start, word, done))
        if mention is not None:
            mentions.append(mention)
            done = mention.end
    return _merge_ranges(text, _with_elided_days(text, mentions))


def _anchors(text: str) -> list[tuple[int, str]]:
    """The words of ``text`` (runs of ASCII letters or digits) that can be the heart of a date, in order.

    Found by literal search, not word by word: numbers shaped like part of a date, capitalised month and holiday words, and
    the lower-case anchor words the text holds as whole words (its word set says which those are).
    """
    found = {m.start(): m.group() for m in _DATE_NUMBER.finditer(text)}
    for m in _CAPITAL.finditer(text):
        if m.start() == 0 or text[m.start() - 1] not in _ASCII_LETTERS:
            found[m.start()] = m.group()
    folded = text.encode("ascii", "replace").lower()  # one byte per character, so offsets stay
    size = len(folded)
    for word in _ANCHOR_BYTES.intersection(folded.translate(_LETTERS_ONLY).split()):
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not 97 <= folded[at - 1] <= 122) and (end == size or not 97 <= folded[end] <= 122):
                found[at] = text[at:end]
            at = folded.find(word, at + 1)
    return sorted(found.items())


def _starts(text: str, start: int, word: str, done: int) -> list[int]:
    """Where a date holding the anchor word at ``start`` may begin: a few words back, or the word itself."""
    starts = [s for s, w in _words_before(text, start, 6) if s >= done and w.lower() in _PREFIXES]
    if word[0].isdigit() and start > done and text[start - 1] == "'":
        starts.append(start - 1)
    return starts + [start]


def _words_before(text: str, end: int, count: int) -> list[tuple[int, str]]:
    """The last ``count`` words (as ``_TOKEN`` splits the whole text) before ``end``."""
    width = 10 * count
    while True:
        low = max(0, end - width)
        words = [(m.start(), m.group()) for m in _TOKEN.finditer(text, low, end)]
        if len(words) > count or low == 0:  # the first word may be cut at ``low``: keep it only from 0
            return words[-count:]
        width *= 2


def _mention_at(text: str, reference: dt.date | None, anchor: int, starts: list[int]) -> DateMention | None:
    """The leftmost grammar match covering the anchor that its reader accepts."""
    for start in starts:
        match = _MASTER.match(text, start)
        if match is None or match.end() <= anchor:
            continue
        value = _READERS[match.lastgroup or ""](Span(text, reference, match))
        if value is not None:
            return DateMention(match.start(), match.end(), match.group(), value)
    return None


# ---------------------------------------------------------------- readers


def _int_day(word: str) -> int:
    return int(word.rstrip("stndrdth"))


def _month_number(word: str) -> int:
    return cal.month_index(word)


def _with_year(ctx: Span, month: int, day: int | None, year: str | None, **extra: object) -> DateValue:
    """A day or month value, its year from the text or else from the reference."""
    if year:
        return DateValue(year=int(year), month=month, day=day, **extra)  # type: ignore[arg-type]
    if ctx.reference is None:
        return DateValue(month=month, day=day, **extra)  # type: ignore[arg-type]
    tense = ctx.tense()
    guess = cal.nearest_year(ctx.reference, month, day, tense or cal.PAST, 4.0 if tense == cal.PAST else 2.0)
    return DateValue(year=guess, month=month, day=day, year_inferred=True, **extra)  # type: ignore[arg-type]


def _read_iso(ctx: Span) -> DateValue | None:
    year, month, day = (int(ctx.group(g) or 0) for g in ("iso_y", "iso_m", "iso_d"))
    return DateValue(year=year, month=month, day=day)


def _read_slash(ctx: Span) -> DateValue | None:
    first, second, year = (int(ctx.group(g) or 0) for g in ("sl_a", "sl_b", "sl_y"))
    month, day = (first, second) if first <= 12 else (second, first)
    if month > 12 or not 1 <= day <= 31:
        return None
    if len(ctx.group("sl_y") or "") == 2:
        year += 1900 if year >= 50 else 2000
    return DateValue(year=year, month=month, day=day)


def _read_loose(ctx: Span) -> DateValue | None:
    return parse_span(ctx.match.group(), ctx.reference)


def _read_mdy(ctx: Span) -> DateValue | None:
    return _day_and_month(ctx, "mdy")


def _read_dmy(ctx: Span) -> DateValue | None:
    return _day_and_month(ctx, "dmy")


def _day_and_month(ctx: Span, prefix: str) -> DateValue | None:
    """ "Feb. 27, 2025", "27 February", "Thursday, Feb. 27", "Feb. 1-5" and "Feb. 1 to March 5"."""
    month = _month_number(ctx.group(f"{prefix}_m") or "")
    weekday = ctx.group(f"{prefix}_wd")
    extra = {"weekday": cal.weekday_index(weekday)} if weekday else {}
    # "late on Saturday, March 15": late that day; "Saturday night, June 14": its hours around a midnight
    if (mod := day_part_mod(ctx.group(f"{prefix}_mod"), ctx.group(f"{prefix}_part"))) is not None:
        extra["mod"] = mod
    value = _with_year(ctx, month, _int_day(ctx.group(f"{prefix}_d") or ""), ctx.group(f"{prefix}_y"), **extra)
    last_day = ctx.group(f"{prefix}_d2")
    if last_day is None:
        return value
    last_month = ctx.match.groupdict().get(f"{prefix}_m2")
    end = DateValue(year=value.year, month=_month_number(last_month) if last_month else month,
                    day=_int_day(last_day), year_inferred=value.year_inferred)
    return DateValue(year=value.year, month=month, day=value.day, end=end, year_inferred=value.year_inferred)


def _read_week_of(ctx: Span) -> DateValue | None:
    """ "the week of March 6": the ISO week holding that day."""
    day = _with_year(ctx, _month_number(ctx.group("wo_m") or ""), _int_day(ctx.group("wo_d") or ""), ctx.group("wo_y"))
    found = day.date()
    return cal.week_value(found) if found else DateValue()


def _read_quarter(ctx: Span) -> DateValue | None:
    """ "the third quarter", "third-quarter", "the second half of 1998"."""
    number = ORDINALS.get((ctx.group("q_n") or "").lower())
    unit = (ctx.group("q_u") or "").lower()
    if number is None:
        number = 4 if unit == "quarter" else 2
    if unit == "half" and number > 2:
        return None
    year = _explicit_year(ctx, "q_y", "q_y2") or _relative_year(ctx, "q_rel", "q_rel2")
    if "year-" in ctx.match.group().lower() and ctx.reference:
        year = ctx.reference.year - 1
    if year is None and ctx.reference is not None:
        first_month = 3 * (number - 1) + 1 if unit == "quarter" else 6 * (number - 1) + 1
        year = ctx.reference.year - (first_month > ctx.reference.month)
    return DateValue(year=year, quarter=number) if unit == "quarter" else DateValue(year=year, half=number)


def _explicit_year(ctx: Span, *groups: str) -> int | None:
    for name in groups:
        if ctx.group(name):
            return int(ctx.group(name) or 0)
    return None


def _relative_year(ctx: Span, *groups: str) -> int | None:
    for name in groups:
        word = (ctx.group(name) or "").lower()
        if word and ctx.reference is not None:
            return ctx.reference.year + {"last": -1, "this": 0, "next": 1}[word]
    return None


def _read_decade(ctx: Span) -> DateValue | None:
    if ctx.group("dec_y"):
        return DateValue(decade=int(ctx.group("dec_y") or 0), mod=mod_of(ctx.group("dec_mod")))
    short = int(ctx.group("dec_yy") or 0)
    return DateValue(decade=short + (1900 if short >= 20 else 2000), mod=mod_of(ctx.group("dec_mod")))


def _read_century(ctx: Span) -> DateValue | None:
    number = int(ctx.group("cen_n") or 0)
    return DateValue(century=number - 1) if 1 <= number <= 21 else None


def _read_month(ctx: Span) -> DateValue | None:
    """ "March", "March 2025", "last April", "mid-November", "January this year"."""
    name = ctx.group("mo_m") or ""
    year, rel, mod = ctx.group("mo_y"), (ctx.group("mo_rel") or "").lower(), ctx.group("mo_mod")
    yrel = ctx.group("mo_yrel")
    if not (year or rel or mod or yrel) and not _month_alone_ok(ctx, name):
        return None
    month = _month_number(name)
    if yrel and ctx.reference:
        year = str(_relative_year(ctx, "mo_yrel"))
    elif year:
        year = str(cal.year_number(year))
    if rel and ctx.reference and not year:
        return _relative_month(ctx.reference, month, rel, mod_of(mod))
    return _with_year(ctx, month, None, year, mod=mod_of(mod))


def _month_alone_ok(ctx: Span, name: str) -> bool:
    """A bare month name is a date unless it is "May" the verb, an abbreviation or a name."""
    if name.endswith("."):
        return False
    before = ctx.text[max(0, ctx.match.start() - 12):ctx.match.start()].lower()
    prev = re.findall(r"[a-z']+|[^\sa-z]", before)
    prev_word = prev[-1] if prev else ""
    if prev_word in ("in", "since", "by", "until", "of", "during", "before", "after", "from",
                     "through", "and", "or", "to", "between", "early", "late", "mid", "-", ","):
        return True
    if prev_word.endswith(("'s", "s'")):
        return False
    following = ctx.text[ctx.match.end():ctx.match.end() + 16]
    if prev_word in ("the", "a", "an", "annual") and _MARCH_NOUN.match(following):
        return False  # "the annual March for Life", "the March of the Combatant Mothers"
    return name != "May" and not re.match(r"\s[A-Z]", following)


#: After "the March": what makes it a march, not the month ("the March for Life", "the March on Washington").
_MARCH_NOUN = re.compile(r"\s+(?:for|of|on|against|to)\s+(?![0-9])")


def _relative_month(reference: dt.date, month: int, rel: str, mod: str | None) -> DateValue:
    """ "last April" is the April before this month, "next April" the one after."""
    if rel in ("next", "coming"):
        year = reference.year + (month <= reference.month)
    elif rel == "this":
        year = reference.year
    else:
        year = reference.year - (month >= reference.month)
    return DateValue(year=year, month=month, mod=mod)


def _read_year(ctx: Span) -> DateValue | None:
    """A four-digit number, when what surrounds it says it is a year."""
    year = int(ctx.group("yr_y") or 0)
    mod, fiscal = ctx.group("yr_mod"), ctx.group("yr_fy")
    if not (mod or fiscal) and not _year_context(ctx.text, ctx.match.start(), ctx.match.end(), year):
        return None
    return DateValue(year=year, mod=mod_of(mod))


def _year_context(text: str, start: int, end: int, year: int) -> bool:
    before = text[max(0, start - 16):start]
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(text, end):
        return False
    words = re.findall(r"[a-z]+", before.lower())
    return bool(words and words[-1] in _YEAR_CONTEXT) or 1900 <= year <= 2099


def _read_spoken(ctx: Span) -> DateValue | None:
    """ "nineteen ninety-six", "the year two thousand", "the nineties"."""
    if ctx.group("sp_dec"):
        return DateValue(decade=cal.decade_number(ctx.group("sp_dec") or ""))
    text = ctx.match.group().lower()
    before = ctx.text[max(0, ctx.match.start() - 8):ctx.match.start()].lower().split()
    if text.startswith("two") and not (before and before[-1] in ("in", "by", "since", "until", "of")):
        return None
    return DateValue(year=cal.year_number(ctx.group("sp_y") or ""))


_READERS: dict[str, Callable[[Span], DateValue | None]] = {
    "iso": _read_iso, "slash": _read_slash, "loose": _read_loose, "mdy": _read_mdy, "dmy": _read_dmy,
    "weekof": _read_week_of, "quarter": _read_quarter, "decade": _read_decade, "century": _read_century, "month": _read_month,
    "year": _read_year, "spoken": _read_spoken, **RELATIVE_READERS,
}

# ---------------------------------------------------------------- ranges

#: A second day of the same month after a date: "April 24 and 25".
_DAY_AFTER = re.compile(r"\s+(?:and|&)\s+([0-9]{1,2})(?:st|nd|rd|th)?(?![0-9]|[.,:/][0-9]|\s*%)")
#: A first day of the same month before a date: "24 and 25 April".
_DAY_BEFORE = re.compile(r"(?<![0-9.,/$])([0-9]{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+$")
#: Words that may follow the elided day: "April 24 and 25 in Washington", not "April 24 and 25 people".
_AFTER_DAY = frozenset("in at on of when to for with as at during while after before respectively".split())
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")


def _with_elided_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Each day written with its month, plus the other day of the same month joined to it by "and" ("April 24
    and 25", "24 and 25 April") as a range of the two: a two-day event agrees with either day."""
    result = []
    for mention in mentions:
        value = mention.value
        if value.granularity != "day" or value.from_weekday or value.end is not None or value.month is None:
            result.append(mention)
            continue
        after = _DAY_AFTER.match(text, mention.end)
        if after and mention.text[-1:].isdigit() and _day_may_end(text, after.end()):
            other = _day_of(value, int(after.group(1)), after.start(1), after.end(), text)
            if other and other.value.day > value.day:
                result.append(DateMention(mention.start, other.end, text[mention.start:other.end],
                                          replace(value, end=other.value), (mention, other)))
                continue
        before = _DAY_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        if before and mention.text[:1].isdigit():
            other = _day_of(value, int(before.group(1)), before.start(), before.end(1), text)
            if other and other.value.day < value.day:
                result.append(DateMention(other.start, mention.end, text[other.start:mention.end],
                                          replace(other.value, end=value), (other, mention)))
                continue
        result.append(mention)
    return result


def _day_may_end(text: str, end: int) -> bool:
    """Whether what follows an elided day lets it be a day: the end, a mark, or a word such as "in"."""
    word = _NEXT_WORD.match(text, end)
    return word is None or text[end:word.start(1)].strip() != "" or word.group(1).lower() in _AFTER_DAY


def _day_of(value: DateValue, day: int, start: int, end: int, text: str) -> DateMention | None:
    """The mention of another day of ``value``'s month, if that day exists."""
    try:
        if value.year is not None:
            dt.date(value.year, value.month or 1, day)
        elif not 1 <= day <= 31:
            return None
    except ValueError:
        return None
    other = DateValue(year=value.year, month=value.month, day=day, year_inferred=value.year_inferred, mod=value.mod)
    return DateMention(start, end, text[start:end], other)


_JOIN = re.compile(r"(?P<comma>,)?\s*(?:(?P<dash>[-–])|(?P<word>to|through|until|and))\s*")


def _merge_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Join "between 2016 and 2018", "from March to May", "2016-2018" into one range mention."""
    merged: list[DateMention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        if last is not None and _joins(text, last, mention):
            value = replace(last.value, end=mention.value)
            merged[-1] = DateMention(last.start, mention.end, text[last.start:mention.end], value, (last, mention))
        else:
            merged.append(mention)
    return merged


def _joins(text: str, first: DateMention, second: DateMention) -> bool:
    link = _JOIN.fullmatch(text, first.end, second.start)
    if link is None or first.value.end is not None or first.value.ref or second.value.ref:
        return False
    if first.value.granularity != second.value.granularity or first.value.granularity == "unknown":
        return False
    if link.group("comma") and not (link.group("word") and re.search(r"[0-9]{4}$", first.text)):
        return False  # "Nov. 1, 2004, and Oct. 8, 2008": only a year's closing comma
    opener = text[max(0, first.start - 9):first.start].lower().split()
    word = link.group("word")
    if word == "and":
        return bool(opener) and opener[-1] == "between"
    return True
