"""Extractors: each turns one document into facts, as a pure function.

:func:`extract_document` runs them all on one document and is what the
pipeline (and any executor) calls; it reads nothing but its arguments.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable

from typing import TYPE_CHECKING

from factcheck.extract.lexicon import WEEKDAY_PATTERN
from factcheck.model import Document, Fact, Sentence
from factcheck.normalize import dates as cal

if TYPE_CHECKING:
    from factcheck.extract.dates import DateMention
    from factcheck.normalize.dates import DateValue

#: Bump when any extractor's output changes for the same input (the cache keys on it).
EXTRACTOR_VERSION = 171

#: Fact families, each one extractor: "date" gives date and event-date facts, "place" event places,
#: "person" people and name spellings.  Kept in this order (it is part of the cache key).
FAMILIES = ("date", "place", "quantity", "quote", "person")
#: The families a rule on (fact kind, attribute) needs; places take their event's date from the dates,
#: an event's participants count only when the people family names them, and a quote's speaker is the
#: person the people family resolves its name to.
_NEEDS = {("event", "date"): ("date", "person"), ("event", "place"): ("date", "place"),
          ("event", "venue"): ("date", "place"), ("place", ""): ("place",),
          ("date", ""): ("date",),
          ("weekday", ""): ("date",), ("quantity", ""): ("quantity",), ("quote", ""): ("quote", "person"),
          ("person", ""): ("person",), ("name", ""): ("person",)}


@dataclass(frozen=True)
class Settings:
    """What extraction depends on besides the document itself."""

    reference_date: dt.date | None = None  # used when a document has no published date
    families: tuple[str, ...] = FAMILIES  # which extractors run, in FAMILIES order


def families_for(targets: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The families that rules on these (fact kind, attribute) targets need; all of them for no target
    or one no family gives."""
    needed: set[str] = set()
    for kind, attribute in targets:
        families = _NEEDS.get((kind, attribute)) or _NEEDS.get((kind, ""))
        if families is None:
            return FAMILIES
        needed.update(families)
    return tuple(f for f in FAMILIES if f in needed) or FAMILIES


def extract_document(document: Document, settings: Settings = Settings()) -> list[Fact]:
    """Every fact of the families ``settings`` ask for in ``document``, in text order.

    The extractors are imported on first use: a run served from the cache never compiles their patterns.
    """
    from factcheck.extract.attribution import attribution
    from factcheck.extract.dates import find_dates
    from factcheck.extract.measures import measure_facts
    from factcheck.extract.people import find_people, person_facts
    from factcheck.extract.places import place_facts
    from factcheck.extract.quantities import find_quantities, full_names, quantity_facts, written_as_name
    from factcheck.extract.quotes import quote_facts
    from factcheck.segment import sentences

    spans = sentences(document.text, document.body_start)
    families = settings.families
    said = lru_cache(maxsize=None)(attribution)  # once per sentence of this document, for all its facts
    facts: list[Fact] = []
    if "date" in families:
        reference = document.published or settings.reference_date
        body = document.text[document.body_start:]
        mentions = [_shift(m, document.body_start) for m in find_dates(body, reference)]
        for sentence, in_sentence in _by_sentence(spans, mentions):
            facts.extend(_date_facts(document.path, sentence, in_sentence, said, reference))
    published = document.published.isoformat() if document.published else None
    named = full_names(document.text) if "quantity" in families or "place" in families else None
    if "quantity" in families:
        written = written_as_name(document.text)
        for sentence in spans:
            quantities = find_quantities(sentence.text, sentence.start)
            if quantities:
                facts.extend(quantity_facts(document.path, sentence, said(sentence.text), quantities, published,
                                            named, written))
            facts.extend(measure_facts(document.path, sentence, said, document.published))
    if "quote" in families:
        facts.extend(quote_facts(document.path, document.text, document.body_start, spans))
    if "person" in families:
        people = find_people(spans)
        said_by = {m.sentence.start: said(m.sentence.text) for m in people}
        facts.extend(person_facts(document.path, people, published, said_by))
    if "place" in families:
        facts.extend(_dated(place_facts(document.path, document.title, spans, said, named), facts))
    return sorted(facts, key=lambda f: (f.start, f.end, f.kind, f.attribute))


def _dated(places: list[Fact], facts: list[Fact]) -> list[Fact]:
    """Each place fact with the date its sentence gives the same event, if one does: another date, another event.
    An event its date puts after the publication is a planned one, the place's too ("will be presented at a closing
    ceremony at the Hungarian State Opera on Monday evening")."""
    dates = {(f.sentence, f.key): f.get("date") for f in facts if f.kind == "event" and f.attribute == "date"}
    dated = []
    for p in places:
        planned = ("event", f"planned {p.key[-1]}")
        if (p.sentence, p.key) not in dates and p.key[0] == "event" and (p.sentence, planned) in dates:
            p = replace(p, subject=planned[1], key=planned)
        dated.append(replace(p, data=p.data + (("date", dates[(p.sentence, p.key)]),))
                     if (p.sentence, p.key) in dates else p)
    return dated


def _shift(mention: DateMention, offset: int) -> DateMention:
    from factcheck.extract.dates import DateMention

    parts = tuple(_shift(part, offset) for part in mention.parts)
    return DateMention(mention.start + offset, mention.end + offset, mention.text, mention.value, parts)


def _by_sentence(spans: list[Sentence], mentions: list[DateMention]) -> list[tuple[Sentence, list[DateMention]]]:
    starts = [s.start for s in spans]
    grouped: dict[int, list[DateMention]] = {}
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.end <= spans[index].end:
            grouped.setdefault(index, []).append(mention)
    return [(spans[i], grouped[i]) for i in sorted(grouped)]


def _date_facts(path: str, sentence: Sentence, mentions: list[DateMention],
                said: Callable[[str], str | None], reference: dt.date | None = None) -> list[Fact]:
    """A date fact per date expression (a range's two ends apart, as TIMEX3 has them),
    and an event fact per date that dates an event (a range whole); ``reference`` is the date a
    year-less date takes its year from."""
    said_by = said(sentence.text)
    from factcheck.extract.events import event_dates
    from factcheck.extract.measures import sentence_magnitude

    facts = [
        Fact(path, m.start, m.end, "date", "value", *_calendar_day(m, sentence), m.value.timex, m.value.display,
             m.text, sentence.text, said_by, (("date", m.value), ("granularity", m.value.granularity)))
        for mention in mentions
        for m in (mention.parts or (mention,))
    ]
    for mention in mentions:
        facts.extend(_weekday_facts(path, sentence, mention, said_by, reference))
    for event in event_dates(sentence, mentions):
        m = event.mention
        if (not event.planned and reference is not None and _after(m.value, reference)
                and not (m.value.year_inferred and _YEAR.search(sentence.text))):
            # "Policymakers meet next on July 31", written in June; not "killed June 24, 2005 … a June 20
            # shooting", whose year is the sentence's, not the reference's
            event = replace(event, planned=True)
        kind = f"planned {event.type}" if event.planned else event.type
        subject = f"{event.place} {kind}" if event.place else kind
        magnitude = sentence_magnitude(sentence.text) if event.type == "disaster" else None
        data = (("date", _part_of_day(m, sentence)), *((("magnitude", magnitude),) if magnitude else ()),
                ("ordinal", event.ordinal),
                ("participants", event.participants), ("place", event.place), ("planned", event.planned),
                ("trigger", event.trigger))
        facts.append(Fact(path, m.start, m.end, "event", "date", subject, ("event", kind),
                          m.value.timex, m.value.display, m.text, sentence.text, said_by, data))
    return facts


#: A part of the day written before its date: "on the evening of May 27", "in the early morning of 8 February";
#: or a clock time: "at around 11 p.m. on Sunday" (a night's hour: late that day).
_PART_OF = re.compile(r"\b(?:(?:(?P<evening>evening)|(?P<end>night)|(?:early\s+)?(?P<start>morning|hours))\s+of"
                      r"|(?:(?:shortly\s+|just\s+)?before\s+)?(?:(?P<dawn>dawn|daybreak)|(?P<midnight>midnight))\s+on"
                      r"|(?P<hour>\d{1,2})(?:[:.]\d\d)?\s*(?P<half>[ap])\.?m\.?,?(?:\s+on)?)\s+$", re.IGNORECASE)


def _part_of_day(mention: DateMention, sentence: Sentence) -> DateValue:
    """The mention's value, with the part of the day written before it as its mod, as "late" or "early" give
    one: "the night of May 27" is late on that day, "the evening of May 27" its evening (so neither is the
    night "late on Monday" ran into)."""
    value = mention.value
    if value.mod is not None or value.day is None:
        return value
    at = mention.start - sentence.start
    part = _PART_OF.search(sentence.text, max(0, at - 30), at)
    if part is None:
        return value
    if part.group("hour"):
        hour = int(part.group("hour")) % 12 + (12 if part.group("half").lower() == "p" else 0)
        # a night's hour is late that day, as "late on Sunday" is, an evening's hour its evening, an
        # afternoon's its middle; a morning's hour is no "early" one, since "early Thursday" may be Wednesday
        # night elsewhere and "4:30 a.m. on Thursday" is not Wednesday, nor late on it ("2 a.m. on Thursday"
        # is not "early Friday")
        return replace(value, mod="END" if hour >= 22 else cal.EVENING if hour >= 18 else "MID" if hour >= 12
                       else cal.MORNING)
    if part.group("dawn"):
        return replace(value, mod="START")  # "before dawn on Saturday, April 19": early that day
    if part.group("midnight"):
        return replace(value, mod="END")  # "shortly before midnight on Friday"
    return replace(value, mod="END" if part.group("end") else cal.EVENING if part.group("evening") else "START")


def _after(value: DateValue, reference: dt.date) -> bool:
    """Whether a date lies wholly after the day a document was written: the event it dates is still to come."""
    if value.year is None or value.end is not None:
        return False
    if value.month is None:
        return value.year > reference.year
    if value.day is None:
        return (value.year, value.month) > (reference.year, reference.month)
    return (value.year, value.month, value.day) > (reference.year, reference.month, reference.day)


def _calendar_day(mention: DateMention, sentence: Sentence) -> tuple[str, tuple[str, ...]]:
    """Subject and key of a date fact: for a day written with its year, the day of the year ("8 October"),
    so that such days align on month and day across a corpus; else (a day worked out from "tomorrow"),
    or for a page's time stamp, just "date", never compared."""
    from factcheck.extract.events import page_stamp
    from factcheck.normalize.dates import MONTH_NAMES

    value = mention.value
    if not _written_day(value) or not _DIGIT.search(mention.text) or page_stamp(
            sentence.text, mention.start - sentence.start, mention.end - sentence.start):
        return "date", ("date",)
    return f"{value.day} {MONTH_NAMES[value.month - 1]}", ("date", f"--{value.month:02d}-{value.day:02d}")


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year written out in a sentence
_DIGIT = re.compile(r"\d")  # a day the text writes ("April 4, 1949"), not one it works out ("tomorrow")


def _written_day(value: DateValue, reference: dt.date | None = None) -> bool:
    """A single day whose month and day the text states (not a day worked out from a weekday), with its
    year too, or else within ``NEAR_REFERENCE_DAYS`` of ``reference``, whose year it then surely has."""
    if value.day is None or value.month is None or value.year is None or value.from_weekday or value.end:
        return False
    if not value.year_inferred:
        return True
    day = value.date()
    return reference is not None and day is not None and abs((day - reference).days) <= NEAR_REFERENCE_DAYS


#: A year-less day ("Monday, January 30") this close to the publication date is of its year: its weekday is
#: checked (a day three months away may be of another year).
NEAR_REFERENCE_DAYS = 60


_WEEKDAY_NAME = re.compile(WEEKDAY_PATTERN)
_JOINER = re.compile(r"^[\s,(]+|[\s,)]+$")


def _weekday_facts(path: str, sentence: Sentence, mention: DateMention, said_by: str | None,
                   reference: dt.date | None = None) -> list[Fact]:
    """For a day written with its weekday and its year ("Thursday, December 9, 2008"), or near the
    publication date without one ("Monday, January 30" in a February report): the weekday and the date as
    two claims of one subject, so a rule can check that the day fell on that weekday."""
    from factcheck.normalize.dates import WEEKDAY_NAMES, DateValue

    value = mention.value
    if value.weekday is None or not _written_day(value, reference):
        return []
    named = _WEEKDAY_NAME.search(mention.text)
    if named is None:
        return []
    rest = mention.text[:named.start()] + " " * (named.end() - named.start()) + mention.text[named.end():]
    trimmed = _JOINER.sub(lambda m: " " * len(m.group()), rest)
    first = len(trimmed) - len(trimmed.lstrip())
    last = len(trimmed.rstrip())
    weekday = DateValue(weekday=value.weekday)
    day = replace(value, weekday=None)
    key = ("weekday", path, str(mention.start))
    found = day.date()
    shown = f"{day.display}, a {WEEKDAY_NAMES[found.isoweekday() - 1]}" if found else day.display
    start = mention.start
    return [
        Fact(path, start + named.start(), start + named.end(), "weekday", "date", mention.text, key, weekday.timex,
             weekday.display, named.group(), sentence.text, said_by, (("date", weekday),)),
        Fact(path, start + first, start + last, "weekday", "date", mention.text, key, day.timex, shown,
             mention.text[first:last], sentence.text, said_by, (("date", day),)),
    ]
