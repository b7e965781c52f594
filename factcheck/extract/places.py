"""Event places: where a sentence says an event happened ("arrested in Iceland", "talks in Istanbul").

A place is a capitalised name after "in" or "at" ("in western Iceland", "in
Bountiful, B.C.", "in Ohio, Arizona and Texas"), taken by the nearest event
word of its clause.  Not event places: a place that describes the word before
it ("the Foreign Ministry in Moscow", "based in Utah", "a professor at the
University of Utah"), institutions, datelines ("Mumbai, Nov 11 -": where the
report was filed, not where the event happened), "to"/"from" places (a route,
not the scene) and continents.  A place "near" or "outside" a town the
gazetteer knows is around it ("ran aground near Ålesund"); near anything else
("near the Syrian border") it is no place.  A bare name the document qualifies
elsewhere ("Bountiful" after "Bountiful, B.C.") takes that qualifier.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable

from factcheck.extract.attribution import attribution
from factcheck.extract.events import CLAUSE_WORDS, SENSED, Clauses, talks_collapsed, trigger_type, verb_sense
from factcheck.extract.lexicon import (BODIES, DESCRIBED, FUTURE_WORDS, NOT_PLACES, NOUN_LEADERS, NOUN_ONLY,
                                      OCCASIONS, ORDINALS, PLACE_PARTICLES, TYPES, UPPER, VENUE_WORDS)
from factcheck.model import Fact, Sentence
from factcheck.normalize import gazetteer
from factcheck.normalize.gazetteer import fold
from factcheck.normalize.places import (HINT_OUTWEIGHED, REGION_WORDS, Place, area_named, city_in, is_area, is_demonym,
                                        is_place, resolve)

#: Capital letters, accented ones too ("Ålesund", "Łódź", "Île-de-France").
_UPPER = UPPER
_NAME = rf"[{_UPPER}][\w’'.-]*(?:\s+{PLACE_PARTICLES}?[{_UPPER}][\w’'.-]*)*"
_SEPARATOR = r"(?:\s*,\s*|\s+and\s+|\s+or\s+)"
_TOWNS = "town|city|village|hamlet|port|province|region|state|district|county|municipality"
#: What may stand between "in" and a place's name: "in the Tanzanian city of Mwanza".
_TOWN_OF = re.compile(rf"\b(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{_TOWNS})\s+of\s+$")
#: The lookahead on the first letters lets the scan pass most characters without trying the look-behind.
_PLACE_TAIL = (
    r"\s+(?:the\s+)?"
    r"(?:coast\s+of\s+|outskirts\s+of\s+)?"  # "off the coast of Somalia", "on the outskirts of Ogbomosho"
    r"(?:(?:north|south|east|west|central|downtown|rural|suburban|tiny|nearby|neighbou?ring)\w*\s+)?"
    # "in the town of Amatrice", "in the Tanzanian city of Mwanza", "in the Kenyan lakeside city of Kisumu"
    rf"(?:(?:[\w’'-]+\s+){{0,2}}?(?:{_TOWNS})\s+of\s+)?"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+(?:suburb|exurb|enclave)\s+of\s+)?"  # "the Salt Lake City suburb of Sandy"
    rf"({_NAME}(?:{_SEPARATOR}{_NAME})*)"
)
_PLACE = re.compile(r"(?=[IiAa])(?<![\w-])(?:[Ii]n|[Aa]t)" + _PLACE_TAIL)
#: A place named as a modifier after "a": "in a Trenton courtroom", "at a Moscow hotel"; kept only when the
#: gazetteer knows it ("in a Facebook post" names none).
_MODIFIER_PLACE = re.compile(r"(?=[IiAa])(?<![\w-])(?:[Ii]n|[Aa]t)\s+an?\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)(?=\s+[a-z])")
#: At sea: "off the coast of Somalia", "off Yemen", "off the fishing town of Eyl"; looked for only in sentences
#: with "off ".
_OFF_PLACE = re.compile(rf"(?<![\w-])[Oo]ff(?=\s+(?:the\s+coast\s+of\s+"
                        rf"|the\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_TOWNS})\s+of\s+)?[{_UPPER}])" + _PLACE_TAIL)
#: Verbs whose object is where a quake, a storm or an attack happened: "A quake struck central Italy".
SHAKEN = ("struck", "rocked", "shook", "jolted", "devastated", "battered", "ravaged", "flattened")
#: Around a town: "ran aground near Ålesund", "a mine outside Kitwe"; looked for only in sentences with "near "
#: or "outside ", and kept only for a town the gazetteer knows (a landmark is no place: "near the Eiffel Tower").
_AROUND_PLACE = re.compile(rf"(?<![\w-])(?:[Nn]ear|[Oo]utside)(?=\s+[{_UPPER}])" + _PLACE_TAIL)
#: On the edge of a town: "opened on the outskirts of Ogbomosho"; looked for only in sentences with "outskirts".
_OUTSKIRTS_PLACE = re.compile(rf"(?<![\w-])[Oo]n(?=\s+the\s+outskirts\s+of\s+[{_UPPER}])" + _PLACE_TAIL)
_SHAKEN_PLACE = re.compile(r"\b(?:" + "|".join(SHAKEN) + ")" + _PLACE_TAIL)


def _shaken(text: str) -> bool:
    """Whether a sentence has one of those verbs: substring tests, far cheaper than a scan with the pattern
    (spelled out: a generator over ``SHAKEN`` costs more than the tests)."""
    return ("struck" in text or "rocked" in text or "shook" in text or "jolted" in text or "devastated" in text
            or "battered" in text or "ravaged" in text or "flattened" in text)
_SEGMENT = re.compile(_NAME)
_AROUND = re.compile(r"(?:[Nn]ear|[Oo]utside)\s+(?:the\s+)?$")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[;()]|(?<!\d):(?!\d)")  # not the colon of a time ("04:17")
_BREAKS = frozenset(";:()")
MAX_GAP = 60
FUTURE_REACH = 30
LEAD_PARAGRAPHS = 3
MAX_WORDS = 4
#: Words that make a name an institution or a building rather than a place.
INSTITUTIONS = frozenset(
    "University College School Academy Court Ministry Department Hospital Church Center Centre Office House "
    "Hall Street Avenue Road Park Prison Jail Airport Hotel Station Embassy Council Committee Institute "
    "Agency Bureau Police Party Times Post News Press Club Stadium Arena Mall Camp Base Unit County Museum Palace "
    "Gallery Library Theatre Theater Cathedral Mosque Temple".split()
) | BODIES
#: Natural features: a name with one of these is not resolved through its other words ("Gulf of Aden").
FEATURES = frozenset("Gulf Sea Bay River Lake Mountain Mountains Island Islands Ocean Strait Valley Desert Coast "
                     "Peninsula Delta".split())
#: Where things happen, located by the place after them: "on Southeast Powell Boulevard in Portland",
#: "in Tahrir Square in Cairo" place the event in Portland and Cairo.
SITES = frozenset("Street St. Avenue Ave. Boulevard Blvd. Road Rd. Highway Drive Lane Parkway Freeway Expressway "
                  "Interstate Square Plaza Bridge Park Palace Stadium Arena Hall Theatre Theater Cathedral Museum "
                  "Gallery".split())
#: Words after a name that make it a part of a town: "in the Englewood neighborhood", "the Swat district".
_QUARTER = re.compile(r"\s+(?:neighbou?rhoods?|section|district|area|borough|suburb|quarter|precinct|ward)\b")
#: Facilities a story places, by the noun that names them, with their synonyms: "the Delta Antiquities Museum
#: in Tanta", "the state prison in Hermosillo", "the Wiktoria-Zachód colliery in Rybnik" (a mine).
FACILITIES: dict[str, str] = {
    **dict.fromkeys(("prison", "jail", "gaol", "penitentiary"), "prison"),
    **dict.fromkeys(("mine", "colliery"), "mine"),
    **dict.fromkeys(("centre", "center"), "centre"),
    **dict.fromkeys(("theatre", "theater"), "theatre"),
    **dict.fromkeys(("harbour", "harbor"), "harbour"),
    **{noun: noun for noun in "hospital clinic stadium arena museum factory plant refinery warehouse school church "
       "cathedral mosque temple hotel market airport pier bridge shelter depot terminal mall courthouse dam "
       "reactor laboratory street square palace gallery library building hall gymnasium".split()},
}
#: A facility named right before a place: a determiner and at most three lower-case words before its noun
#: ("the state prison", "an emergency reception centre"), or a capitalised name, maybe with a lower-case
#: noun ("Harbourview Regional Hospital", "the Wiktoria-Zachód colliery").
_SITE = re.compile(rf"(?:(?:\b(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w’'-]*\s+){{0,3}}?"
                   rf"|\bto\s+(?=hospitals?\s))([a-z]+)"
                   rf"|((?:[{_UPPER}][\w’'.-]*\s+){{1,4}})([A-Za-z]+))\s+$")
#: What joins two places of one facility's noun: "hospitals in Tashkent and Angren", "in Kitwe, Ndola or Chingola".
_JOINED = re.compile(r",?\s+(?:and|or)\s+(?:in\s+)?|,\s+(?:in\s+)?")
#: How far before a place its facility is looked for.
SITE_REACH = 80


_event_type = lru_cache(maxsize=65536)(trigger_type)  # words repeat: look each up once per process
_Word = tuple[int, int, str, str, int]  # start, end, text, event type or "ordinal", clause

def place_facts(path: str, title: str | None, spans: list[Sentence],
                said: Callable[[str], str | None] = attribution,
                person: Callable[[str], bool] | None = None) -> list[Fact]:
    """An event-place fact for every place an event word of its sentence takes, and a place-area fact
    for every place written with its region or country ("Mannheim, Germany"); ``said`` gives a
    sentence's attribution (:func:`extract_document` passes the one it keeps for the document).
    ``person`` tells whether the document names someone in full with a (lower-case) surname: a one-word
    "place" that is such a surname is that person ("shouts at Rhodes", "convicted in Moultrie killing")."""
    written = [(sentence, _phrases(sentence)) for sentence in spans
               if " in " in sentence.text or " at " in sentence.text or " off " in sentence.text
               or sentence.text[:3] in ("In ", "At ") or _shaken(sentence.text) or "outskirts" in sentence.text
               or "near " in sentence.text or "outside " in sentence.text]
    found = [(sentence, [p[:4] for p in phrases if not p[4]]) for sentence, phrases in written]
    qualified = {name: qualifier for _sentence, phrases in found for _s, _e, name, qualifier in phrases if qualifier}
    hints = frozenset(_countries(found)) | _dateline_area(spans)
    lead = _lead_types(title, spans)
    facts: list[Fact] = []
    for sentence, phrases in written:
        if any(qualifier for _s, _e, _n, qualifier, _d, _site in phrases):
            facts.extend(_area_facts(path, sentence, [p[:4] for p in phrases], said(sentence.text)))
        last_site, last_end = None, -1
        for start, end, name, qualifier, _described, site in phrases:
            if site is None and last_site is not None and _JOINED.fullmatch(sentence.text, last_end, start):
                site = last_site  # "hospitals in Tashkent and Angren": the facilities of both places
            last_site, last_end = site, end
            if site is not None:
                place = resolve(name, qualifier or qualified.get(name), hints)
                if _AROUND.search(sentence.text, max(0, start - 8), start):
                    place = replace(place, around=True)  # "the Kafubu Copper Mine near Kitwe"
                if place.resolved or qualifier:
                    facts.append(_site_fact(path, sentence, start, end, place, site, said(sentence.text)))
    for sentence, phrases in found:
        if not phrases:
            continue
        said_by = said(sentence.text)
        words, breaks = _words(sentence)
        for start, end, name, qualifier in phrases:
            town_of = _TOWN_OF.search(sentence.text, max(0, start - 40), start)  # measured from "the city of"
            trigger = _trigger(words, breaks, sentence.start + (town_of.start() if town_of else start),
                               sentence.start + end)
            if trigger is None:
                trigger = _held_antecedent(words, sentence, start)
            if trigger is None:
                continue
            planned = _planned(words, trigger)  # "will meet in Moscow": a plan, compared only with plans
            if not qualifier and " " not in name and person is not None and person(name.lower()):
                continue
            place = resolve(name, qualifier or qualified.get(name), hints)
            if _AROUND.search(sentence.text, max(0, start - 8), start):
                if place.node("city") is None or place.node("city").latitude is None:
                    continue  # "near the Syrian border", "outside Europe": no town to measure from
                place = replace(place, around=True)
            if not qualifier and _QUARTER.match(sentence.text, end) and not _near_others(place, found, hints):
                place = Place(name)  # "the Englewood neighborhood" of Chicago is no Englewood, Colorado
            for held in (trigger, _done_at(words, sentence, trigger)):
                if held is None:
                    continue
                kind = f"planned {held[3]}" if planned else held[3]
                data = (("lead", held[3] in lead), ("ordinal", _ordinal(words, held)), ("place", place),
                        ("trigger", held[2]))
                facts.append(Fact(path, sentence.start + start, sentence.start + end, "event", "place", kind,
                                  ("event", kind), place.display, place.display, sentence.text[start:end],
                                  sentence.text, said_by, data))
    facts.extend(_venue_facts(path, spans, lead, said))
    return facts


#: A venue's own noun after its name: "the Vigadó concert hall", "the Peachland community centre".
_VENUE_NOUN = (r"(?:concert\s+hall|town\s+hall|city\s+hall|opera\s+house|community\s+cent(?:re|er)|"
               r"conference\s+cent(?:re|er)|convention\s+cent(?:re|er)|sports\s+hall|stadium|arena|hotel|palace|"
               r"castle|fortress|cathedral|theatre|theater)")
_VENUE_HINT = re.compile(r"\b(?:" + "|".join(sorted(VENUE_WORDS)) + r")\b|" + _VENUE_NOUN)
_VENUE = re.compile(rf"(?<![\w-])(?:[Aa]t|[Ii]n|[Ii]nside)\s+(?:the\s+)?({_NAME}(?:\s+{_VENUE_NOUN})?)\b")


def _venue_facts(path: str, spans: list[Sentence], lead: frozenset[str],
                 said: Callable[[str], str | None]) -> list[Fact]:
    """An "event.venue" fact for each named venue an event word of its sentence takes: "the closing ceremony at the
    Hungarian State Opera", "beat Georgia at the Boris Paichadze Dinamo Arena"; its value is the venue's name."""
    facts = []
    for sentence in spans:
        if not _VENUE_HINT.search(sentence.text):
            continue  # most sentences: no venue's word, no venue's noun
        matches = [m for m in _VENUE.finditer(sentence.text) if _is_venue(m.group(1))
                   and not _describes(sentence.text, m.start())]  # "a professor at the University of Utah"
        if not matches:
            continue
        words, breaks = _words(sentence)
        for match in matches:
            trigger = _trigger(words, breaks, sentence.start + match.start(1), sentence.start + match.end(1))
            if trigger is None:
                continue
            name = match.group(1)
            kind = f"planned {trigger[3]}" if _planned(words, trigger) else trigger[3]
            data = (("lead", trigger[3] in lead), ("ordinal", _ordinal(words, trigger)), ("place", Place(name)),
                    ("trigger", trigger[2]))
            facts.append(Fact(path, sentence.start + match.start(1), sentence.start + match.end(1), "event", "venue",
                              kind, ("event", kind), name, name, name, sentence.text, said(sentence.text), data))
    return facts


def _is_venue(name: str) -> bool:
    """A venue's name: a venue word in it, or a venue's noun after it, and not only that noun."""
    words = name.split()
    return len(words) > 1 and (words[-1].islower() or any(w in VENUE_WORDS for w in words))


def _site_fact(path: str, sentence: Sentence, start: int, end: int, place: Place, site: tuple[str, bool],
               said_by: str | None) -> Fact:
    """A "place.site" fact: where a facility is ("the Delta Antiquities Museum in Tanta"), keyed by the
    facility's name, or by its noun when it is not named ("the state prison in Hermosillo": "prison")."""
    name, named = site
    data = (("named", named), ("place", place))
    return Fact(path, sentence.start + start, sentence.start + end, "place", "site", name,
                ("site", fold(name)), place.display, place.display, sentence.text[start:end], sentence.text,
                said_by, data)


def _near_others(place: Place, found: list[tuple[Sentence, list[tuple[int, int, str, str | None]]]],
                 hints: frozenset[str]) -> bool:
    """Whether a neighborhood the gazetteer resolved lies in the region of another place of the document:
    "the East Flatbush neighborhood" beside "Brooklyn, New York" is New York's."""
    region = place.node("region")
    if region is None:
        return False
    return any(name != place.text and (other := resolve(name, qualifier, hints).node("region")) is not None
               and other.id == region.id for _sentence, phrases in found for _s, _e, name, qualifier in phrases)


def _area_facts(path: str, sentence: Sentence, phrases: list[tuple[int, int, str, str | None]],
                said_by: str | None) -> list[Fact]:
    """A "place.area" fact for every place written with the region or country it is in ("in Mannheim,
    Germany"), whatever happened there: one place put in two areas is a conflict of its own."""
    facts = []
    for start, end, name, qualifier in phrases:
        area = area_named(qualifier) if qualifier else None
        if area is None:
            continue
        shown = area.name if not area.region else f"{area.name} ({area.country})"
        data = (("area", area), ("known", city_in(name, area) is not None), ("name", name))
        facts.append(Fact(path, sentence.start + start, sentence.start + end, "place", "area", name,
                          ("place", fold(name)), area.region or area.country, shown, sentence.text[start:end],
                          sentence.text, said_by, data))
    return facts


def _phrases(sentence: Sentence) -> list[tuple[int, int, str, str | None, bool]]:
    """(start, end, name, qualifier, described) of each place named after "in"/"at" in the sentence;
    ``described`` when the place belongs to the word before it ("officials in Moscow")."""
    result = []
    text = sentence.text
    matches: Iterable[re.Match[str]] = _PLACE.finditer(text)
    if "ff " in text or _shaken(text):  # rare: "off the coast of", "struck"
        matches = sorted([*matches, *_OFF_PLACE.finditer(text), *_SHAKEN_PLACE.finditer(text)],
                         key=lambda m: m.start())
    if "outskirts" in text:
        matches = sorted([*matches, *_OUTSKIRTS_PLACE.finditer(text)], key=lambda m: m.start())
    if "near " in text or "outside " in text:
        matches = sorted([*matches, *_AROUND_PLACE.finditer(text)], key=lambda m: m.start())
    if " a " in text or " an " in text:
        matches = sorted([*matches, *(m for m in _MODIFIER_PLACE.finditer(text) if is_place(m.group(1)))],
                         key=lambda m: m.start())
    for match in matches:
        described = _describes(text, match.start())
        site = _site(text, match.start()) if match.group().startswith(_SITE_WORDS) else None
        if described and "," not in match.group(1) and site is None:
            continue  # only "City, Region" is of use when the place describes the word before it
        segments = [(_at(m, name), m.end(), name, text[m.start() - 2:m.start()].strip() == ",")
                    for m in _SEGMENT.finditer(text, match.start(1), match.end(1)) for name in [_clean(m.group())]]
        found = _places(segments)
        if described and "," not in match.group(1):
            found = found[:1]  # a site's place only: "the Delta Antiquities Museum in Tanta"
        result.extend((*place, described, site if i == 0 else None) for i, place in enumerate(found))
    return result


def _at(match: re.Match[str], name: str | None) -> int:
    """Where the place ``name`` cleaned from a match's words starts: "Hat Yai" in "Songkhla's Hat Yai"."""
    offset = match.group().find(name) if name else -1
    return match.start() + max(offset, 0)


#: The words before a site's place: "in", "near", "outside" ("the Kafubu Copper Mine near Kitwe").
_SITE_WORDS = ("in ", "In ", "near ", "Near ", "outside ", "Outside ")


def _site(text: str, start: int) -> tuple[str, bool] | None:
    """The facility a place right after it locates, and whether it is named: ("Delta Antiquities Museum", True)
    for "the Delta Antiquities Museum in Tanta", ("prison", False) for "the state prison in Hermosillo"."""
    match = _SITE.search(text, max(0, start - SITE_REACH), start)
    if match is None:
        return None
    if match.group(1):
        word = match.group(1)
        noun = FACILITIES.get(word) or word.endswith("s") and FACILITIES.get(word[:-1])  # "hospitals in Tashkent"
        return (noun, False) if noun else None
    words = match.group(2).split()
    while words and words[0] in NOT_PLACES:
        words = words[1:]  # "The Delta Antiquities Museum …" opening a sentence
    head = match.group(3)
    if not words or head.lower() not in FACILITIES or not head[0].isupper() and head != head.lower():
        return None
    return " ".join((*words, head)), True


def _places(segments: list[tuple[int, int, str | None, bool]]) -> list[tuple[int, int, str, str | None]]:
    """Group "City, Region" pairs (a comma between); keep further list members only when they are places."""
    places: list[tuple[int, int, str, str | None]] = []
    i = 0
    while i < len(segments):
        start, end, name, _comma = segments[i]
        if name is None:
            break
        qualifier = segments[i + 1][2] if i + 1 < len(segments) and segments[i + 1][3] else None
        if qualifier and is_area(qualifier) and (not is_area(name) or resolve(name, qualifier).node("city")):
            places.append((start, segments[i + 1][1], name, qualifier))
            i += 2
            continue
        if not resolve(name).resolved:
            prefix = _known_prefix(name)
            if prefix is None and (places or len(name.split()) > MAX_WORDS - 1):
                break
            name = prefix or name
        places.append((start, start + len(name), name, None))
        i += 1
    return places


def _known_prefix(name: str) -> str | None:
    """The longest leading words of a title-case run that the gazetteer knows: "Russia Ukraine War" → Russia;
    none when the next word makes another town's name of them ("Fountain City")."""
    words = name.split()
    if " of " in f" {name} " or any(word in FEATURES for word in words):
        return None  # "Gulf of Aden", "Lake Placid": one name, never a place and some other words
    for size in range(min(len(words), MAX_WORDS), 0, -1):
        candidate = " ".join(words[:size])
        if resolve(candidate).resolved:
            if size < len(words) and words[size] in REGION_WORDS:  # "Oyo State" is no town of Oyo
                return " ".join(words[:size + 1]) if is_area(candidate) else None
            return None if size < len(words) and words[size] in TOWN_WORDS else candidate
    return None


#: Continents and parts of the world: too wide to place an event, and no place the gazetteer knows.
CONTINENTS = frozenset(("Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Oceania",
                        "Antarctica", "Middle East", "Scandinavia", "Balkans", "Caribbean"))
#: Words that make a town's name of the name before them: "Fountain City" is no Fountain, "Sioux Falls" no Sioux.
TOWN_WORDS = frozenset("City Town Township Village Heights Springs Falls Beach Hills Harbor Harbour Junction Creek "
                       "Crossing Park Ridge".split())


_POSSESSIVE = ("'s", "’s")


def _clean(name: str) -> str | None:
    words = name.split()
    if words and words[-1].endswith(".") and words[-1].count(".") == 1 and area_named(words[-1]) is None:
        words[-1] = words[-1][:-1]
    while words and words[0] in NOT_PLACES and not (len(words) > 1 and words[1].islower()):
        words = words[1:]  # "The Hague" is Hague; "Mar del Plata" keeps its "Mar"
    named = words[1:] if len(words) > 1 and words[1].islower() and words[0] in NOT_PLACES else words
    owner = next((i for i, w in enumerate(words) if w.endswith(_POSSESSIVE)), None)
    if owner is not None and owner < len(words) - 1 and not is_place(" ".join(words)):
        # "in Zadar's Forum square" is in Zadar, "in Songkhla's Hat Yai district" in Hat Yai
        rest, words = words[owner + 1:], [*words[:owner], re.sub(r"[’']s$", "", words[owner])]
        if rest and is_place(" ".join(rest)) and _within(" ".join(rest), " ".join(words)):
            words = rest  # not "in Doha's West Bay district", a West Bay the gazetteer knows in the Cayman Islands
        named = words
    if "Airport" in words[1:]:  # "at Bodø Airport", "at Trondheim Airport Værnes": the town it serves
        town = [w for w in words[:words.index("Airport")] if w not in _AIRPORT_WORDS]
        return " ".join(town) if town and _airport_town(" ".join(town)) else None
    if not words or any(w in NOT_PLACES or w.strip(".,") in INSTITUTIONS or w.endswith(("'", "’", *_POSSESSIVE))
                        for w in named):
        return None
    if words[-1] in OCCASIONS:
        return None  # "at the Adriatic Film Festival": an occasion, no place
    if len(words) == 1 and len(words[0].strip(".")) < 2:
        return None  # "at E. 52nd St.": a street's initial, no place
    if len(words) == 1 and is_demonym(words[0]):
        return None  # "in the Ethiopian capital": no place named
    if " ".join(words) in CONTINENTS:
        return None  # "among the most demanding waters in Europe": no event's place
    if len(words) == 1 and words[0] in _COMPASS:
        return None  # "in East and Southeast Asia": a part of a region named after it, no place of its own
    return " ".join(words)


_COMPASS = frozenset(("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
                      "Central"))


#: An event word, then the gathering it was done at: "was signed at a summit of foreign ministers held in …".
_AT_GATHERING = re.compile(r"(\w+)\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$")


def _done_at(words: list[_Word], sentence: Sentence, gathering: _Word) -> _Word | None:
    """The event word of another type done at the gathering that takes a place ("signed at a summit … held in
    Mwanza": the signing is in Mwanza too), if one is."""
    if gathering[3] not in ("talks", "ceremony"):
        return None
    done = _AT_GATHERING.search(sentence.text, max(0, gathering[0] - sentence.start - 60), gathering[0] - sentence.start)
    if done is None:
        return None
    end = sentence.start + done.end(1)
    return next((w for w in words if w[1] == end and w[3] in TYPES and w[3] != gathering[3]), None)


def _within(name: str, owner: str) -> bool:
    """Whether the place ``name`` lies in the country of ``owner``, when ``owner`` is a place the gazetteer knows."""
    area = resolve(owner).node("country")
    return area is None or resolve(name, owner).node("country") == area


def _airport_town(name: str) -> bool:
    """Whether an airport's name is a town's: a country's or region's, or a city of ``AIRPORT_TOWN`` people
    ("Bodø Airport"; Heathrow, Florida, is no airport's town)."""
    if not resolve(name).resolved:
        return False
    towns = gazetteer.cities(name)
    return not towns or towns[0].population >= AIRPORT_TOWN


#: The fewest people of a town an airport is named after.
AIRPORT_TOWN = 15_000
#: Words of an airport's name that are not its town's: "Kuala Lumpur International Airport".
_AIRPORT_WORDS = frozenset(("International", "Regional", "Municipal", "National", "Intercontinental"))


def _describes(text: str, start: int) -> bool:
    """The place belongs to the word before it: "the Foreign Ministry in Moscow", "based in Utah"."""
    before = text[max(0, start - 40):start].split()
    if not before:
        return False
    word = before[-1].strip(",")
    if word.lower() in DESCRIBED:
        return True
    named = (word[:1].isupper() and len(before) > 1 and word not in NOT_PLACES and word not in SITES
             and word not in OCCASIONS)  # "at the World Economic Forum in Davos" met in Davos
    return named and _event_type(word.lower()) is None


def _words(sentence: Sentence) -> tuple[list[_Word], list[tuple[int, int]]]:
    """(start, end, text, type, clause) of the event words and ordinals of a sentence, and where clauses break."""
    words: list[_Word] = []
    breaks: list[tuple[int, int]] = []  # (where, the clause from there on)
    clauses = Clauses()
    clause = 0
    previous = before = ""
    for match in _TOKEN.finditer(sentence.text):
        token = match.group()
        lower, kind = _kind(token)
        if kind is None:  # most words: the next words' tests need only this one in lower case
            previous, before = lower, previous
            continue
        if kind == "break":
            clauses.passing(token)  # "struck at 04:17 local time (0917 GMT) on Sunday near Guaranda": one clause
            clause = clauses.current
            breaks.append((sentence.start + match.start(), clause))
            continue
        if kind == "future":
            words.append((sentence.start + match.start(), sentence.start + match.end(), token, kind, clause))
            continue
        if kind in TYPES and lower in NOUN_ONLY and previous not in NOUN_LEADERS and not (
                before in ("a", "an", "the") and previous.replace("-", "").isalpha()):
            kind = None  # "the march", "an emergency landing", not "in March"; "a hearing", not "hearing the case"
        elif lower == "conference" and previous in ("news", "press"):
            kind = None  # "said at a news conference in Rome": where it was said, not talks
        elif lower in SENSED:
            kind = verb_sense(lower, sentence.text, match.end())  # "opened fire", "opened a store"
        elif kind == "disaster" and talks_collapsed(lower, sentence.text, match.end(), any(
                w[3] == "talks" and w[4] == clause for w in words[-3:])):
            kind = None  # "the latest round of wage talks in Frankfurt collapsed": the talks', no disaster's place
        elif kind == "ceremony" and (_event_type(previous) or any(w[3] in TYPES and w[4] == clause for w in words)):
            kind = None  # "a signing ceremony", "signed the deal at a ceremony in Dar es Salaam": the signing's
        if kind is not None:
            if previous == "to" and before in _INTENDING:  # "agreed to meet again next year in Entebbe": a plan
                words.append((sentence.start + match.start(), sentence.start + match.start(), "to", "future", clause))
            words.append((sentence.start + match.start(), sentence.start + match.end(), token, kind, clause))
        previous, before = lower, previous
    return words, breaks


#: Verbs before "to" and an event word that make the event a plan: "agreed to meet in Entebbe".
_INTENDING = frozenset("agreed agree agrees decided decide decides promised pledged vowed hope hopes hoped intend "
                       "intends intended aim aims aimed".split())


@lru_cache(maxsize=65536)
def _kind(token: str) -> tuple[str, str | None]:
    """A token in lower case, and "break" (it ends a clause), "future", "ordinal", its event type or None."""
    lower = token.lower()
    if token in _BREAKS or lower in CLAUSE_WORDS:
        return lower, "break"
    if lower in FUTURE_WORDS:
        return lower, "future"
    return lower, "ordinal" if lower in ORDINALS else _event_type(lower)


def _trigger(words: list[_Word], breaks: list[tuple[int, int]], start: int, end: int) -> _Word | None:
    """The event word nearest the place within its clause, if near enough."""
    at = bisect.bisect_right(breaks, (start, math.inf))
    clause = breaks[at - 1][1] if at else 0
    best: tuple[int, _Word] | None = None
    for word in words:
        if word[3] in ("ordinal", "future") or word[4] != clause or start <= word[0] < end:
            continue
        gap = max(word[0] - end, start - word[1], 0)
        if gap <= MAX_GAP and (best is None or gap < best[0]):
            best = (gap, word)
    return best[1] if best else None


#: A relative clause that says where the event before its comma was held: "the closing ceremony, which was held
#: on the waterfront in Split".
_HELD = re.compile(r"(\w+),\s+which\s+(?:was|were|will\s+be|is)\s+(?:held|hosted|staged)\b[^,;:]*$")


def _held_antecedent(words: list[_Word], sentence: Sentence, start: int) -> _Word | None:
    """The event word a relative clause holding the place at ``start`` says was held there."""
    held = _HELD.search(sentence.text, max(0, start - 120), start)
    if held is None:
        return None
    end = sentence.start + held.end(1)
    return next((w for w in words if w[1] == end and w[3] in TYPES), None)


def _planned(words: list[_Word], trigger: _Word) -> bool:
    """"will meet in Istanbul", "talks scheduled in Geneva": a place of an event still to come."""
    return any(w[3] == "future" and w[4] == trigger[4] and abs(w[0] - trigger[0]) <= FUTURE_REACH for w in words)


def _ordinal(words: list[_Word], trigger: _Word) -> int | None:
    for start, end, text, kind, _clause in words:
        if kind == "ordinal" and 0 <= trigger[0] - end <= 25:
            return ORDINALS[text.lower()]
    return None


def _lead_types(title: str | None, spans: list[Sentence]) -> frozenset[str]:
    """Event types the title or the first paragraphs name: the events the document is about."""
    paragraphs = sorted({s.paragraph for s in spans})[:LEAD_PARAGRAPHS]
    texts = [title or ""] + [s.text for s in spans if s.paragraph in paragraphs]
    kinds = {verb_sense(lower, text, match.end()) if lower in SENSED else _event_type(lower)
             for text in texts for match in _TOKEN.finditer(text) for lower in (match.group().lower(),)}
    return frozenset(k for k in kinds if k in TYPES)  # "to win 29-24": a game; "won the title": a final


def _countries(found: list[tuple[Sentence, list[tuple[int, int, str, str | None]]]]) -> set[str]:
    """Countries (and regions) the document places something in, through a qualifier, a country or region name, or a
    city that one country all but owns ("Portland", "Gresham": so "Salem" in the same story is Oregon's)."""
    codes = set()
    for _sentence, phrases in found:
        for _start, _end, name, qualifier in phrases:
            area = area_named(qualifier or name)
            if area is not None and (qualifier or _no_city_elsewhere(name, area.country)):
                codes.add(area.country)
                if area.region:
                    codes.add(area.region)  # "Pennsylvania": its Lancaster rather than a bigger one elsewhere
            elif not qualifier:
                codes.update(_owning_country(name))  # "Portland" is also a parish of Jamaica
    return codes


#: A dateline's area: "MANSOURA, Egypt (AWNS) — ", "KITWE, Zambia — ".
_DATELINE = re.compile(rf"[{_UPPER}][{_UPPER}\s.'’-]+,\s+([{_UPPER}][\w.]*(?:\s+[{_UPPER}][\w.]*)*)"
                       r"\s*(?:\([^)]*\)\s*)?[—–-]")


def _dateline_area(spans: list[Sentence]) -> frozenset[str]:
    """The country (and region) of the area a dateline opening the text names: where the report was filed,
    so where its bare town names are looked for first ("Mansoura" of "MANSOURA, Egypt —" is Egypt's)."""
    match = _DATELINE.match(spans[0].text) if spans else None
    area = area_named(match.group(1)) if match else None
    if area is None:
        return frozenset()
    return frozenset(filter(None, (area.country, area.region)))


def _owning_country(name: str) -> tuple[str, ...]:
    """The country of the biggest city called ``name`` when every namesake abroad is ``HINT_OUTWEIGHED``
    times smaller; none otherwise ("Salem" is in India and in Oregon)."""
    found = gazetteer.cities(name)
    if not found:
        return ()
    biggest = max(found, key=lambda city: city.population)
    if all(city.country == biggest.country or city.population * HINT_OUTWEIGHED <= biggest.population
           for city in found):
        return (biggest.country,)
    return ()


def _no_city_elsewhere(name: str, country: str) -> bool:
    """Whether ``name``, an area's name, is not rather a city of another country: "San Jose" is a province
    of Costa Rica, but the city it names on its own is in California, and hints at no country."""
    place = resolve(name)
    city, country_node = place.node("city"), place.node("country")
    return city is None or country_node is None or country_node.id == country
