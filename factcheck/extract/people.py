"""People: person mentions with their title, age and the spelling of their name.

Forms news uses: a title before the name ("Russian Foreign Ministry spokeswoman
Maria Zakharova", "former President Dmitry Medvedev"), an appositive after it
("Sonata Coulter, Deputy Assistant Secretary of State for …", "Alexis Kouyias,
the lawyer for …"), an age after it or before it ("Alexander Darchiev, 64,",
"16-year-old Kimani Gray", "Gary Gomes (35)").  A capitalised run counts as a
person when something says so: a title, an honorific, an age, a known given
name, or its last word standing alone elsewhere in the document (people are
named in full once, then by surname).  Surname-only mentions are taken when the
document names that surname in full, or when a title or age marks them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple, Sequence

from factcheck.extract.names import (
    FUNCTION_WORDS, HONORIFICS, SUFFIXES, Name, fold, is_given, is_name_word, is_nickname, possessive_stripped, runs,
    split_name, title_case,
)
from factcheck.model import Fact, Sentence
from factcheck.normalize.titles import (FUNCTIONS, HEADS, PAST, PORTFOLIO_JOINS, PORTFOLIOS, QUALIFIER_WORDS, RANKS,
                                       Title, head_at_end, is_head, parse_title, portfolios_of)

_TOKEN = re.compile(r"\S+")
_BEFORE = re.compile(r"[\w.’'&-]+|[^\w\s]")
_LAST_WORD = re.compile(r"[\w.’'&-]+\Z")  # the word ``_BEFORE`` takes last from a chunk ending in one
_HEAD_ENDS = frozenset(head.rsplit(" ", 1)[-1] for head in HEADS)  # the last word of every title head
_AGE_AFTER = re.compile(r",\s+(?:aged\s+|an?\s+)?(\d{1,3})(?=,|\.(?!\d)|;|:|\)|$|\s+(?:and|or)\b|-year-old\s+[a-zA-Z])"
                        r"|\s+\((?:aged\s+)?(\d{1,3})\)"  # ", 64,", ", aged 64", ", a 52-year-old veteran", " (35)"
                        r"|,\s+the\s+(\d{1,3})(?=-year-old\s+[a-z])")  # ", the 52-year-old founder of …"
#: A name before these qualifies who is meant without naming them: "a 38-year-old Troy resident".
_MODIFIES = re.compile(r"\s+(?:resident|native|man|woman|boy|girl|teen|teenager|student|mother|father|worker)s?\b")
#: "16-year-old Kimani Gray", "the 57-year-old Polish national Tomasz Wiśniewski": up to three words between,
#: a nationality or words in lower case that join nothing ("a 57-year-old man and John Smith" is two people).
_AGE_BEFORE = re.compile(r"(?<![\d,.$£€])(\d{1,3})-year-old(?:\s+(?!(?:and|or|with|of|to|from|for|by|at|in|on|"
                         r"the|an?|who|was|is|had|has|said)\b)(?:[a-z]+|[A-Z][a-z]+(?:an|ish|ese|i|ch))){0,3},?\s+$")
#: Verbs that may stand between an age and a name they do not describe: "a 30-year-old woman told Tom Hart".
_OBJECT_VERBS = frozenset("told met saw hit shot beat stabbed sued tells meets sees asks calls thanks joins hits "
                          "shoots beats says said".split())
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s+)?([^,;:()“”\"]{2,120})")
_WHO = re.compile(r",\s+who\b")
#: Verbs before "as" and an office in an appositive: ", who serves as chief product officer".
_SERVES = frozenset(("serves", "serving", "served", "works", "working", "worked"))
_ACTS = re.compile(r"(?:’s|'s)?(?:,\s+who\b|\s+(?:said|says|told|stated|added|wrote|explained|insisted|noted|"
                   r"scored|had|has|was|is|pleaded|died|remains|faces|denied|admitted)\b)")
_APPOSITIVE_STOPS = frozenset(
    "for with who whom whose which that and or in at on from to since after before said says told was is "
    "has had have will would were are as by but who's when while".split()
)
MAX_AGE = 120
#: Words that open the object of a participle: ", echoing the president", ", citing his lawyer".
_OBJECT_LEADERS = frozenset("the a an his her their its this that these those our my".split())


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person: the name, and the title and age said of them there."""

    sentence: Sentence
    name: Name
    span: Span
    title: Title | None = None
    title_span: Span | None = None
    age: int | None = None
    age_span: Span | None = None
    marked: bool = False  # a title, honorific or age says this is a person
    partial: bool = False  # a lone word whose context is read only if it turns out to be a known surname
    pronoun: bool = False  # an age said with "he" or "she" of the name before: only the age is a fact


class _Candidate(NamedTuple):
    """A capitalised run that may name a person, as cheap as what decides whether it does."""

    sentence: Sentence
    name: Name
    key: str  # the surname folded
    start: int  # the name's offsets in the sentence
    end: int
    mention: PersonMention | None  # None: a lone word whose context is read only if it names a known person

    @property
    def marked(self) -> bool:
        return self.mention is not None and self.mention.marked


def find_people(spans: list[Sentence]) -> list[PersonMention]:
    """Every person mention in a document's sentences, in text order."""
    candidates = [c for sentence in spans for run in runs(sentence.text)
                  if (c := _candidate_at(sentence, run.start(), run.group()))]
    headline: dict[int, bool] = {}  # sentence start → whether it reads as a headline; asked only when it matters

    def in_headline(c: _Candidate) -> bool:
        start = c.sentence.start
        if start not in headline:
            headline[start] = title_case(c.sentence.text)
        return headline[start]

    alone: set[str] = set()  # surnames that stand alone where only a person would
    for c in candidates:
        if " " not in c.name.text and c.key not in alone and (
                _mid_sentence(c.sentence.text, c.start) or _acts(c.sentence.text, c.end)) and not in_headline(c):
            alone.add(c.key)
    person = [c.marked or bool(c.name.given and (is_given(c.name.given) or c.key in alone)
                               and not in_headline(c)) for c in candidates]
    known = {c.key for c, is_person in zip(candidates, person) if is_person}
    mentions = [c.mention or _complete(c) for c, is_person in zip(candidates, person)
                if is_person or (" " not in c.name.text and c.key in known)]
    return _with_pronoun_ages(spans, mentions)


#: A sentence that only gives an age, of whom the sentence before names: "… died Sunday. He was 81."
_PRONOUN_AGE = re.compile(r"\s*(?:He|She) (?:was|is|would have been) (\d{1,3})(?: years old)?\.\s*")
#: A sentence that opens with an age and what the person is, of whom the sentence before names: "Dawson Reyes
#: is stepping away from the stage. The 37-year-old country star announced …".
_EPITHET_AGE = re.compile(r"The (\d{1,3})-year-old(?:, | (?=(?:had|has|have|was|is|said|says|told|will|would|could|"
                          r"did)\b)| (?:[a-z][\w-]* ){0,2}(?:[a-z][\w-]*|[A-Z]{2,4}|[A-Z][a-z]+(?:an|ian|ese|ish|i))"
                          r"\b(?! [A-Z]))")  # a noun, an acronym ("TD"), a nationality ("Croatian"), a verb or a comma
# ("The 26-year-old, from Sigatoka, scored nine tries")
#: Where a sentence's first words are, past a dateline ("MADRID (Courtside Sports Service) — ").
_DATELINE = re.compile(r"[^a-z—]{0,80}?\s[—–-]{1,2}\s")
#: How far into a sentence its subject may start (a title before the name: "Minister for Enterprise …").
SUBJECT_REACH = 40
#: An age that opens the sentence naming its person: "At 32, Brannigan is coming off his best season".
_AGE_OPENING = re.compile(r"At (\d{1,3}), (?=[A-Z])")
#: An age said in a sentence away from the name: "Lacerda died Nov. 18 at the age of 81", "dies at 81".
_AGE_IN_SENTENCE = re.compile(r"\b(?:at (?:the )?age (?:of )?|(?:died|dies|dead) at )(\d{1,3})\b(?![.,]?\d| ?%)")


def _with_pronoun_ages(spans: list[Sentence], mentions: list[PersonMention]) -> list[PersonMention]:
    """``mentions`` and the ages said of one of them away from the name, each as a mention of its own:
    a sentence that is only "He was 81." or that opens "The 37-year-old country star …" and names no one,
    after a sentence naming one person ("… died Sunday. He was 81."), and "at the age of 81", "died at
    81" or an opening "At 32," in a sentence naming one person and giving no age next to the name."""
    by_sentence: dict[int, list[PersonMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence.start, []).append(m)
    found = []
    for before, sentence in zip([None, *spans], spans):
        match = _PRONOUN_AGE.fullmatch(sentence.text) or _EPITHET_AGE.match(sentence.text)
        own = by_sentence.get(sentence.start, [])
        # the people an epithet's sentence names later are not its subject ("… to succeed Lee Stanton"); one
        # right after it is ("The 54-year-old, Lee Stanton, …")
        if match is not None and before is not None and (not own or match.re is _EPITHET_AGE and all(
                m.age is None and m.span.start > sentence.start + match.end() for m in own)):
            named = [m for m in by_sentence.get(before.start, [])  # not "Abdeslam's brother"
                     if not m.span.text.endswith(("'s", "’s"))
                     and not before.text.startswith(("'s", "’s"), m.span.end - before.start)]
        else:
            named = by_sentence.get(sentence.start, [])
            match = None
            if named and (" at " in sentence.text or sentence.text.startswith("At ")):
                match = _AGE_IN_SENTENCE.search(sentence.text)
                opening = _AGE_OPENING.match(sentence.text) if match is None else None
                if opening is not None:  # the person named right after it
                    match = opening
                    named = [m for m in named if m.span.start == sentence.start + opening.end()]
            if match is not None and any(m.age is not None for m in named):
                continue
        if (match is not None and match.re is _EPITHET_AGE and len({fold(m.name.surname) for m in named}) > 1
                and before is not None):
            named = _subject_of(before, named)  # "Elena Kovač silenced the crowd, beating Spain's Marta Salgardo"
        if match is None or len({fold(m.name.surname) for m in named}) != 1 or not 0 < int(match.group(1)) <= MAX_AGE:
            continue
        at = sentence.start + match.start(1)
        age = Span(at, at + len(match.group(1)), match.group(1))
        found.append(PersonMention(sentence, named[0].name, age, age=int(age.text), age_span=age, marked=True,
                                   pronoun=True))
    return sorted(mentions + found, key=lambda m: m.span.start) if found else mentions


def _subject_of(sentence: Sentence, named: list[PersonMention]) -> list[PersonMention]:
    """The mentions of the person a sentence opens with (past a dateline and a title), if the others it
    names come only after a comma, in a clause of their own ("Elena Kovač silenced the crowd on May 2,
    beating Spain's Marta Salgardo"; not "Ann Lee met Tom Hart")."""
    dateline = _DATELINE.match(sentence.text)
    opening = sentence.start + (dateline.end() if dateline else 0)
    first = min(named, key=lambda m: m.span.start)
    comma = sentence.text.find(", ", first.span.end - sentence.start)
    if first.span.start - opening > SUBJECT_REACH or comma < 0:
        return []
    subject = fold(first.name.surname)
    others = [m for m in named if fold(m.name.surname) != subject]
    if any(m.span.start < sentence.start + comma for m in others):
        return []
    return [m for m in named if fold(m.name.surname) == subject]


def _candidate_at(sentence: Sentence, offset: int, run: str) -> _Candidate | None:
    """The candidate a run is; a lone word with no title or age next to it is not read further
    (most capitalised words are places, months, sentence starts)."""
    if " " in run and offset > 4 and sentence.text.endswith((" of ", " for ", " and "), 0, offset):
        titled = _long_title(sentence, offset, run)
        if titled is not None:
            return titled
    first, _, rest = run.partition(" ")
    if " " in rest and first.endswith(("'s", "’s")) and _country_or_region(first[:-2]):
        # "Ethiopia's Meseret Allemu won …": a person of that country
        found = _candidate_at(sentence, offset + len(first) + 1, rest)
        if found is not None and found.mention is not None:
            return found._replace(mention=replace(found.mention, marked=True))
        return found
    if " " not in run:
        if not is_name_word(run):
            return None
        if not _lone_word_context(sentence.text, offset, offset + len(run)):
            lone = _lone_name(run)
            if lone is None:
                return None
            name, size = lone
            return _Candidate(sentence, name, fold(name.surname), offset, offset + size, None)
    mention = _candidate(sentence, offset, run)
    if mention is None:
        return None
    name, span = mention.name, mention.span
    return _Candidate(sentence, name, fold(name.surname), span.start - sentence.start, span.end - sentence.start, mention)


#: An office "of" or "for" something, in capitals, before the run that ends with the name: "State Secretary
#: for Higher Education Gergely Fodor", "Minister of Culture and Innovation Gergely Fodor".
_LONG_TITLE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:of|for)\s+(?:the\s+)?"
                         r"((?:[A-Z][\w’'-]*,?\s+(?:(?:and|of|for)\s+)?){0,5})$")


#: Bodies that end the office named before a name: "Superintendent of Police", "Chief of Staff".
_OFFICE_ENDS = frozenset(("Police", "Staff"))


def _long_title(sentence: Sentence, offset: int, run: str) -> _Candidate | None:
    """The person a run names after a long title whose last words it opens with ("… for Higher Education
    Gergely Fodor"): the name from its first known given name, else its last two words."""
    match = _LONG_TITLE.search(sentence.text, max(0, offset - 120), offset)
    if match is None:
        return None
    office = match.group(1).split()
    found = head_at_end(office)
    if found is None:
        return None
    words = run.split()
    # the name from its first known given name; else its last two words, or all after a body that ends such
    # an office ("Deputy Superintendent of Police Dilli Raman Poudel")
    given = 1 if words[0] in _OFFICE_ENDS and len(words) > 2 else next(
        (k for k, w in enumerate(words[:-1]) if k and is_given(w)), len(words) - 2)
    if given < 1:
        return None  # the whole run is the name, or it has no words of the office: read as usual
    name_at = offset + len(" ".join(words[:given])) + 1
    mention = _candidate(sentence, name_at, " ".join(words[given:]))
    if mention is None:
        return None
    if mention.title is None:
        held = match.group(2).split() + words[:given]
        title = parse_title(office[-(found[1] + 3):])  # the head and up to three words before it
        if title is not None:
            held_in = ("of", *(w.lower() for w in held if w not in ("and", "of", "for")))
            title = _with_portfolio(replace(title, qualifiers=title.qualifiers + held_in), held_in[1:])
            span = Span(sentence.start + match.start(1), name_at - 1 + sentence.start,
                        sentence.text[match.start(1):name_at - 1])
            mention = replace(mention, title=title, title_span=span, marked=True)
    name = mention.name
    return _Candidate(sentence, name, fold(name.surname), mention.span.start - sentence.start,
                      mention.span.end - sentence.start, mention)


def _complete(candidate: _Candidate) -> PersonMention:
    """A lone-word mention with its title and age read, now that it names a known person."""
    sentence, start, end = candidate.sentence, candidate.start, candidate.end
    run = sentence.text[start:end]
    return _candidate(sentence, start, run) or PersonMention(
        sentence, candidate.name, Span(sentence.start + start, sentence.start + end, run), partial=True)


def person_facts(path: str, mentions: list[PersonMention], published: str | None,
                 said_by: dict[int, str | None]) -> list[Fact]:
    """Name-spelling, title and age facts for each mention (keys are resolved later)."""
    facts = []
    for m in mentions:
        sentence, name = m.sentence, m.name
        parts = (("given", name.given), ("surname", name.surname)) + ((("middle", name.middle),) if name.middle else ())
        person_key = ("person", fold(name.surname))
        attribution = said_by.get(sentence.start)
        if not m.pronoun:
            facts.append(Fact(path, m.span.start, m.span.end, "name", "spelling", name.text, ("name", fold(name.surname)),
                              _spelling(name.surname), name.text, m.span.text, sentence.text, attribution, parts))
        if m.title is not None and m.title_span is not None:
            t = m.title_span
            facts.append(Fact(path, t.start, t.end, "person", "title", name.text, person_key, m.title.value,
                              t.text, t.text, sentence.text, attribution, parts + (("title", m.title),)))
        if m.age is not None and m.age_span is not None:
            a = m.age_span
            facts.append(Fact(path, a.start, a.end, "person", "age", name.text, person_key, str(m.age), str(m.age),
                              a.text, sentence.text, attribution, parts + (("age", m.age), ("published", published))))
    return facts


def _mid_sentence(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows a lower-case word or a comma (not a sentence or quote start)."""
    before = start - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and (text[before].islower() or text[before] == ",")


def _acts(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is followed by what people do in news: "Hansbrough said", "Olen, who"."""
    return bool(_ACTS.match(text, end))


def _spelling(surname: str) -> str:
    return surname.title() if surname.isupper() else surname


#: Titles put before a given name, never a surname: "King Hussein", "Queen Elizabeth", "Pope Francis".
REGNAL = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "emir", "sheikh"})


def _demonym(word: str) -> bool:
    """A lone word made from a country's or region's name, unless it is a given name ("Susan", not Susa's)."""
    return not is_given(word) and _is_nationality(word)


def _candidate(sentence: Sentence, offset: int, run: str) -> PersonMention | None:
    """The person a capitalised run names, with what the sentence says of them, if it can be one."""
    if " " not in run and (not is_name_word(run) or _demonym(run) or sentence.text.endswith("-year-old ", 0, offset)
                           and _is_nationality(run.rstrip(".,;:"))):
        return None  # "the 40-year-old Australian actor" names no one; nor does "the 46-year-old Dane"
    parsed = _parse_run(run)
    if parsed is None:
        return None
    in_run, title_start, title_end, marked, name, start, end = parsed
    start, end = start + offset, end + offset
    text = sentence.text
    title, title_span = _title_before(sentence, in_run, title_start + offset, title_end + offset, start)
    marked = marked or title is not None
    if (title is not None and title.head in REGNAL and not name.given and title_span is not None
            and sentence.start + start - title_span.end <= 1):
        name = Name(name.text, name.surname, name.surname)  # "King Hussein": his given name, not Saddam's surname
    age, age_span, after = _age_after(sentence, end)
    if age is None and not _MODIFIES.match(text, end):
        age, age_span = _age_before(sentence, start)
    if title is None:
        title, title_span = _appositive(sentence, after)
    if title is None and not in_run:
        title, title_span = _title_set_before(sentence, start, end)
    marked = marked or age is not None or title is not None or (" " in name.text and bool(
        _WHO.match(text, end) or (country := _OF_COUNTRY.match(text, end)) and _country_or_region(country.group(1))))
    span = Span(sentence.start + start, sentence.start + end, text[start:end])
    return PersonMention(sentence, name, span, title, title_span, age, age_span, marked)


@lru_cache(maxsize=65536)
def _lone_name(word: str) -> tuple[Name, int] | None:
    """The name a lone capitalised word is, and how much of the word it takes."""
    name = split_name([word])
    if name is None:
        return None
    return name, len(name.text) if word.startswith(name.text) else len(word)


@lru_cache(maxsize=65536)
def _parse_run(run: str) -> tuple[tuple[str, ...], int, int, bool, Name, int, int] | None:
    """What a run says without its sentence: the title words it opens with (none when an honorific ends
    them) and their offsets in the run, whether an honorific marks the name, the name and its offsets."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(run)]
    words = [w for _, w in tokens]
    cut, marked = _title_end(words)
    lead = 0
    while lead < cut and words[lead].lower() in FUNCTION_WORDS:
        lead += 1  # "As German Chancellor Olaf Scholz"
    name_tokens = tokens[cut:]
    while name_tokens and not _name_part(name_tokens[0][1]):
        name_tokens = name_tokens[1:]
    if (not cut and len(name_tokens) >= 3 and not is_given(name_tokens[0][1])
            and is_given(name_tokens[1][1]) and name_tokens[0][1].isascii()
            and name_tokens[0][1].lower() not in FAMILY_FIRST):
        name_tokens = name_tokens[1:]  # "Receptionist Madeline Kafoury": a role, then the name
    for i, (_, word) in enumerate(name_tokens[:-1]):
        if possessive_stripped(word) != word:
            name_tokens = name_tokens[: i + 1]  # "Zelensky's Visit"
            break
    if not name_tokens or not all(_name_part(w) for _, w in name_tokens) or _has_title_word(name_tokens):
        return None
    if name_tokens[-1][1].endswith(".") and name_tokens[-1][1].lower() not in SUFFIXES and len(name_tokens[-1][1]) > 2:
        name_tokens[-1] = (name_tokens[-1][0], name_tokens[-1][1][:-1])
    name = split_name([w for _, w in name_tokens])
    if name is None:
        return None
    start = name_tokens[0][0]
    end = name_tokens[-1][0] + len(name_tokens[-1][1])
    in_run = tuple(words[lead:cut]) if cut and not marked else ()
    title_start = tokens[lead][0]  # the leading function words are no part of the title
    title_end = tokens[cut - 1][0] + len(tokens[cut - 1][1]) if cut else 0
    if marked and cut - 1 > lead and head_at_end(words[lead:cut - 1]) is not None:
        in_run = tuple(words[lead:cut - 1])  # "Health Minister Dr. John Smith": the title before the honorific
        title_end = tokens[cut - 2][0] + len(tokens[cut - 2][1])
    return in_run, title_start, title_end, marked, name, start, end


#: Family names written first, before a given name that may be an English one ("Nguyen Minh Khoi", "Tran
#: Van An"); with an accent ("Đào Minh Khôi") a first word is a name anyway: no English role has one.
FAMILY_FIRST = frozenset("nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong dao dinh trinh lam "
                         "kim park choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song "
                         "wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin".split())
#: An age set off after a lone name: "Suparman, 62,", "Suparman, a 67-year-old farmer", "Suparman, aged 62".
_LONE_AGE = re.compile(r",\s+(?:aged\s+|an?\s+|the\s+)?\d")


def _lone_word_context(text: str, start: int, end: int) -> bool:
    """Whether a lone capitalised word has a title, honorific or age right next to it."""
    if text.startswith(", ", end) and _LONE_AGE.match(text, end) or text.startswith(" (", end):
        return True  # "Suparman, 62,", "Suparman, a 67-year-old farmer"
    low = max(0, start - 40)
    if text.find("year-old", low, start) >= 0:
        return True
    words = text[low:start].rsplit(None, 1)
    return bool(words) and (is_head(words[-1]) or words[-1].lower() in HONORIFICS)


def _has_title_word(tokens: list[tuple[int, str]]) -> bool:
    """"Assistant Secretary" is no name; "Rodney King" is one (a known given name before the title word)."""
    if any(is_head(w) for _, w in tokens[:-1]):
        return True
    return is_head(tokens[-1][1]) and (len(tokens) == 1 or not is_given(tokens[0][1]))


def _name_part(word: str) -> bool:
    return (is_name_word(word) or is_nickname(word) or word.lower() in SUFFIXES
            or len(word) == 2 and word[1] == "." and word[0].isupper())  # an initial, "M." too


def _title_end(words: list[str]) -> tuple[int, bool]:
    """Where the title words at the start of a run end (0: none), and whether an honorific ends them."""
    for i in range(len(words) - 2, -1, -1):
        bare = words[i].lower()
        if bare in HONORIFICS and not (len(bare) == 2 and i > 0 and not is_head(words[i - 1])):
            return i + 1, True  # "M." after a name is its middle initial: "Richard M. Nixon"
        if bare.strip("’'") in _HEAD_ENDS and head_at_end(words[: i + 1]) is not None:
            return i + 1, False  # "Chief Executive Richard Ambrose": the title ends with "Executive"
    return 0, False


#: The last words of titles: "executive" ends "chief executive" without being a title alone.
_HEAD_ENDS = frozenset(head.split()[-1] for head in HEADS)


def _title_before(sentence: Sentence, in_run: tuple[str, ...], title_start: int, title_end: int,
                  name_start: int) -> tuple[Title | None, Span | None]:
    """The title right before the name: inside its run ("Foreign Minister Sergey Lavrov", the words
    ``in_run`` between ``title_start`` and ``title_end``) and before it."""
    text = sentence.text
    begin = title_start if in_run else name_start
    low = max(0, begin - 80)
    # Tokenize the text before only when its last word can join the run's title or end a title of its own.
    last = _last_token(text, low, begin)
    if in_run:
        joins = last in PORTFOLIO_JOINS and _portfolio(in_run[0])  # "Tourism and Antiquities Minister"
        before = list(_BEFORE.finditer(text, low, begin)) if last and (_title_word(last) or joins) else []
    elif last and last.lower().strip("’'") in _HEAD_ENDS:
        before = list(_BEFORE.finditer(text, low, begin))
    else:
        return None, None
    words = list(in_run)
    first = begin
    if not in_run:
        tail = [m.group() for m in before[-4:]]
        found = head_at_end(tail) if tail else None
        if found is None:
            return None, None
        taken = before[len(before) - found[1]:]
        words, first, before = [m.group() for m in taken], taken[0].start(), before[: len(before) - found[1]]
    scan = before[-6:]
    k = len(scan) - 1
    while k >= 0:
        word = scan[k].group()
        if word in PORTFOLIO_JOINS and k > 0 and _portfolio(scan[k - 1].group()) and _portfolio(words[0]):
            words.insert(0, word)  # "Tourism and Antiquities Minister": one minister of two portfolios
            k -= 1
            continue
        if not _title_word(word):
            # a rank before one lower-case word of the office: "deputy utilities director", "vice board chair"
            if not (k > 0 and word.isalpha() and word.islower() and word not in FUNCTION_WORDS
                    and scan[k - 1].group().lower() in RANKS):
                break
            words.insert(0, word)
            k -= 1
            word = scan[k].group()
        words.insert(0, word)
        first = scan[k].start()
        k -= 1
    title = parse_title(words)
    if title is None:
        return None, None
    end = title_end if in_run else _end_of(text, first, words)
    return title, Span(sentence.start + first, sentence.start + end, text[first:end])


#: A title set off before a name by a comma, after a determiner or a possessive: "The board's vice chair,
#: Raymond Oduya, led …", "the company's chief executive, Dana Hallworth, said".
_SET_BEFORE = re.compile(r"(?:\b(?i:the|its|his|her|their)|[A-Za-z.]+['’]s)\s+"
                         r"((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
                         # with the portfolios it is for: "Ghana's deputy minister for tourism, arts and culture, …"
                         r"(?:\s+(?:for|of)\s+[a-z]+(?:,\s+[a-z]+){0,3}(?:,?\s+and\s+[a-z]+)?)?"
                         # or in capitals, maybe with what it is of: "its Minister of Livestock and Fisheries, …"
                         r"|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*"
                         r"(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})?),\s+$")


def _title_set_before(sentence: Sentence, start: int, end: int) -> tuple[Title | None, Span | None]:
    """A title set off before the name, when a comma or the sentence's end closes the name too."""
    text = sentence.text
    if not text.startswith(",", end) and text[end:].strip() not in ("", "."):
        return None, None
    found = _SET_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return None, None
    words = found.group(1).replace(",", " ").split()
    joint = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    held = words[joint:] if joint is not None else []
    words = words[:len(words) - len(held)]
    title = parse_title(words)  # None unless the words end with a title's head
    if title is None or any(w in FUNCTION_WORDS for w in words):
        return None, None
    if held:
        held_in = tuple(w.lower() for w in held)
        title = _with_portfolio(replace(title, qualifiers=title.qualifiers + held_in), held_in[1:])
    return title, Span(sentence.start + found.start(1), sentence.start + found.end(1), found.group(1))


def _last_token(text: str, low: int, high: int) -> str | None:
    """The last token ``_BEFORE`` takes from ``text[low:high]``, found without tokenizing it all."""
    chunks = text[low:high].rsplit(None, 1)
    if not chunks:
        return None
    word = _LAST_WORD.search(chunks[-1])
    return word.group() if word else chunks[-1][-1]  # a punctuation mark is a token of its own


def _portfolio(word: str) -> bool:
    """A capitalised word naming a minister's portfolio: "Tourism"."""
    return word[:1].isupper() and word.lower().rstrip(",") in PORTFOLIOS


def _title_word(word: str) -> bool:
    """Whether a word before a title may be part of it: capitalised ("Russian"), a qualifier ("former",
    "ex-") or what its holder does ("information chief"), and neither an honorific nor a function word."""
    lower = word.lower()
    return ((word[0].isupper() or lower in QUALIFIER_WORDS or lower in FUNCTIONS or lower.startswith(("ex-", "then-")))
            and lower not in HONORIFICS and lower not in FUNCTION_WORDS)


def _end_of(text: str, first: int, words: list[str]) -> int:
    end = first
    for word in words:
        end = text.index(word, end) + len(word)
    return end


def _age_after(sentence: Sentence, end: int) -> tuple[int | None, Span | None, int]:
    """An age right after the name (", 64,", " (35)"), and where the text after it resumes."""
    match = _AGE_AFTER.match(sentence.text, end)
    if match is None or match.group(1) and not _after_year_old(sentence.text, match.end()):
        return None, None, end
    group = next(g for g in (1, 2, 3) if match.group(g))
    age = int(match.group(group))
    if not 0 < age <= MAX_AGE:
        return None, None, end
    span = Span(sentence.start + match.start(group), sentence.start + match.end(group), match.group(group))
    return age, span, match.end(group) + (1 if group == 2 else 0)


def _after_year_old(text: str, at: int) -> bool:
    """Whether what follows "N-year-old" at ``at`` says what the person is: a word in lower case ("farmer",
    "from Deir ez-Zor") or a nationality ("Syrian"), not a name ("a 24-year-old Jakarta resident" aside)."""
    if not text.startswith("-year-old ", at):
        return True
    words = text[at + 10:at + 40].split(None, 1)
    word = words[0].strip(",.;:") if words else ""
    return bool(word) and (word[0].islower() or _is_nationality(word))


def _is_nationality(word: str) -> bool:
    """A word made from a country's or region's name, given name or not ("Dane" after an age)."""
    from factcheck.normalize.places import is_demonym  # the gazetteer only for a lone word

    return is_demonym(word)


def _age_before(sentence: Sentence, start: int) -> tuple[int | None, Span | None]:
    """An age said before the name: "16-year-old Kimani Gray", "a 15-year-old boy, Alexandros …"."""
    window = max(0, start - 40)
    if sentence.text.find("-year-old", window, start) < 0:
        return None, None  # the pattern's literal is missing: no need to try it at every position
    match = _AGE_BEFORE.search(sentence.text, window, start)
    if match is None or not 0 < int(match.group(1)) <= MAX_AGE:
        return None, None
    last = match.group().rstrip(", ").rsplit(None, 1)[-1]
    if last.endswith("ed") or last in _OBJECT_VERBS:
        return None, None  # "a 30-year-old woman told Tom Hart": the age is the woman's
    span = Span(sentence.start + match.start(1), sentence.start + match.end(1), match.group(1))
    return int(match.group(1)), span


def _title_length(words: list[tuple[int, str]]) -> int:
    """How many of the first words of an appositive make its longest title (0: none)."""
    best = 0
    for k, (_, word) in enumerate(words[:8], start=1):
        if word.lower() in _APPOSITIVE_STOPS or word.endswith((".", "’s", "'s")) and k > 1 and not is_head(word) and (
                word.endswith(".") or not all(w[0].isupper() for _, w in words[:k])) and not (
                word[0].islower() and not word.endswith(".")
                and any(w.islower() and is_head(w) for _, w in words[k:k + 3])):
            break  # but "Salar Andino's chairman": whose office, by name; "deputy citizen's protection minister"
        found = head_at_end([w for _, w in words[:k]])
        if found is not None and (k <= 5 or best) and not (
                best and found[1] < k - best and word[0].isupper() and "of" in (w for _, w in words[best:k])):
            best = k  # not "director of the National Center": a name after "of", whatever its last word
    return best


def _held_in(words: list[tuple[int, str]]) -> tuple[str, ...]:
    """The words of what a title is "of" ("of the Malaysian Chinese Association (MCA)"), lower case, after
    "of"; an acronym that names no country stands for an organisation ("president of the SNE", not "of the US")."""
    if not words or words[0][1] != "of":
        return ()
    held = [w.strip("().,") for _, w in words[1:8]]
    acronym = any(2 <= len(w) <= 6 and w.isupper() and w.isalpha() and not _country(w) for w in held[:2])
    return ("of", *(w.lower() for w in held)) + (("organisation",) if acronym else ())


#: Heads whose "for" names a portfolio.
_PORTFOLIO_HEADS = frozenset(("minister", "commissioner"))


def _with_portfolio(title: Title, held: Sequence[str], heads: frozenset[str] = frozenset(("minister",))) -> Title:
    """A minister's title (or one of ``heads``) with the portfolio its first words after "of" name: "Minister of
    Health"."""
    if title.head not in heads or title.portfolio:
        return title
    portfolio = portfolios_of(held)
    return replace(title, portfolio=portfolio) if portfolio else title


#: A country after a name: "Meseret Alemu of Ethiopia".
_OF_COUNTRY = re.compile(r"\s+of\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b")


def _country_or_region(name: str) -> bool:
    from factcheck.normalize.places import is_area  # the gazetteer only for a name's possessive or "of"

    return is_area(name)


def _country(acronym: str) -> bool:
    from factcheck.normalize.places import area_named  # the gazetteer only for an acronym

    return acronym in ("US", "USA", "UK", "UAE", "EU", "UN") or area_named(acronym) is not None


def _appositive(sentence: Sentence, after: int) -> tuple[Title | None, Span | None]:
    """A title in an appositive: ", Deputy Assistant Secretary of State for …", ", the lawyer for …"."""
    match = _APPOSITIVE.match(sentence.text, after)
    if match is None:
        return None, None
    words = [(m.start() + match.start(1), m.group()) for m in _TOKEN.finditer(match.group(1))]
    if words and words[-1][1].endswith(".") and not sentence.text[match.end():].strip() and (
            words[-1][1][:-1].replace("-", "").isalpha()):
        words[-1] = (words[-1][0], words[-1][1][:-1])  # ", the university's chief privacy officer." ends the sentence
    while words and words[0][1].lower() in FUNCTION_WORDS:
        if words[0][1].lower() == "also":
            return None, None  # ", who is also the country's defence minister": a second office, held at once
        words = words[1:]  # ", now an assistant coach"
    served = False
    if len(words) > 2 and words[1][1] == "as" and words[0][1].lower() in _SERVES:
        served = words[0][1].lower() in ("served", "worked")  # ", who served as mayor": a past office
        words = words[2:]  # ", who serves as chief product officer"
        while words and words[0][1].lower() in ("a", "an", "the", "its", "their", "his", "her"):
            words = words[1:]
    if len(words) > 1 and words[0][1].endswith(("ing", "ed")) and words[1][1].lower() in _OBJECT_LEADERS:
        return None, None  # ", echoing the president,": a clause with its own object, not a title
    best = _title_length(words)
    joined = next((k for k, (_, w) in enumerate(words[:5]) if w == "and"), None)
    past = False
    if joined is not None and best in (0, joined):
        second = _title_length(words[joined + 1:])  # "Vantora's co-founder and chief executive": the office
        if second and (joined + 1 + second == len(words) or not words[joined + 1 + second][1][0].isupper()):
            past = any(w.lower() in PAST for _, w in words[:joined])  # "a former dentist and health minister"
            words, best = words[joined + 1:], second
    if not best or (best < len(words) and words[best][1][0].isupper()):
        return None, None  # ", coach Roy Williams": the title of the next name
    title = parse_title([w for _, w in words[:best]])
    if title is None:
        return None, None
    if past or served:
        title = replace(title, former=True)
    held_in = _held_in(words[best:])
    if held_in:  # "the president of the Malaysian Chinese Association": an office of that body
        title = _with_portfolio(replace(title, qualifiers=title.qualifiers + held_in), held_in[1:])
    elif best < len(words) and words[best][1] == "for":
        # "the Minister for Education", "the state's commissioner for health": the portfolio, as "of" names it
        title = _with_portfolio(title, [w.strip("().,").lower() for _, w in words[best + 1:best + 8]],
                                _PORTFOLIO_HEADS)
    first, last = words[0][0], words[best - 1][0] + len(words[best - 1][1])
    return title, Span(sentence.start + first, sentence.start + last, sentence.text[first:last])
