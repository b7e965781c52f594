"""Quotes: quoted words and who said them.

Handles “…,” said X; “…,” X said; X said, “…”; according to X, “…”; partial
quotes (X called the talks “constructive and useful”; X did something, telling
reporters that it was “…”); straight and curly quotes.  "he said" is resolved to the person the sentence before opens with,
else to the last named speaker (or, failing that, the last person's name) in
the text just before.  A one-word quote (“irritants”) is a
scare quote, not a quote.  Each quote gives a "words" fact and, when its
speaker is known, a "speaker" fact.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from factcheck.extract.lexicon import UPPER
from factcheck.extract.names import HONORIFICS
from factcheck.model import Fact, Sentence
from factcheck.normalize.titles import is_head

_QUOTE = re.compile(r"“([^“”\n]{2,3000})”|\"([^\"\n]{2,3000})\"")
#: A capitalised word, a particle before one ("de Gaulle", "bin Salman"), or an Arabic surname with its
#: article ("al-Mutairi", "el-Sisi"), lower case even after a quote.
_NAME_WORD = rf"(?:[{UPPER}][\w’'.-]*|(?:de|van|von|bin|al)(?=\s+[A-Z])|(?:al|el)-[A-Z][\w’'.-]*)"
_NAME = rf"{_NAME_WORD}(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*){_NAME_WORD})*"  # a line's wrap, never a blank line
_VERBS = (
    r"said|says|added|adds|told|tells|stated|states|explained|noted|insisted|argued|asked|continued|wrote|"
    r"writes|tweeted|declared|claimed|claims|remarked|recalled|warned|acknowledged|admitted|replied|"
    r"responded|announced|conceded|concluded|emphasized|emphasised|stressed|observed|recounted|joked"
)
_VERB_WORDS = frozenset(_VERBS.split("|"))
_PARTIAL_VERBS = _VERBS + r"|called|calls|described|describes|termed|dubbed|characterized|characterised"
#: Titles and honorifics written short before a name: "Sgt. Pete Simpson", "Dr. Ann Lee".
SHORT_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sgt", "Lt", "Capt", "Col", "Gen", "Gov", "Sen", "Rep", "Det", "Maj", "Cpl",
                "Adm", "Supt", "Insp", "Cmdr", "Rev", "Prof", "Atty", "Amb", "Pres", "Brig", "Const", "Fr", "Hon")
#: Abbreviations whose period ends no attribution: "said Sgt. Pete Simpson", "said U.S. Attorney John Smith".
_ABBREVIATED = rf"(?<![A-Za-z])(?:{'|'.join(SHORT_TITLES)}|Sr|Jr|St|[A-Z])\."
_AFTER_VERB_FIRST = re.compile(rf"^\s*,?\s*(?:{_VERBS})\s+((?:{_ABBREVIATED}|[^,.;:!?—–]){{1,90}})")
#: “…,” Smith said; “…,” producer Laurence Mark said; “…,” his manager, Jane Marcus, said: up to six
#: lower-case words of a title (and a comma) may stand before the name ("managing director and chief
#: executive"), after the name of whom they serve (“…,” Lakers head coach Gary Tompkins said; “…,” White
#: House spokesman Josh Earnest said).
_AFTER_NAME_FIRST = re.compile(
    rf"^\s*,?\s*(?:(?:[A-Z][\w’'.-]*\s+){{1,3}}(?=[a-z]))?(?:[a-z][\w’'-]*,?\s+){{0,6}}?({_NAME}|he|she)"
    rf"(?:,\s+\d{{1,3}})?,?\s+(?:{_VERBS})\b")  # "SINTAV president Inês Carvalho, 49, told reporters"
#: “…,” the judge wrote; “…,” said the minister: a person named by their office.
_AFTER_ROLE = re.compile(rf"^\s*,?\s*the\s+((?:[a-z][\w’'-]*\s+){{0,2}}[a-z][\w’'-]*),?\s+(?:{_VERBS})\b")
_AFTER_VERB_ROLE = re.compile(rf"^\s*,?\s*(?:{_VERBS})\s+the\s+((?:[a-z][\w’'-]*\s+){{0,2}}[a-z][\w’'-]*)"
                              rf"(?=\s*[,.;])")
#: “…,” Minister of Housing and Urban Agenda Elena Vidal Sarasola told deputies: a title of capitalised words
#: and "of", "and", "for", "the" before the name, which opens on a given name.
_AFTER_LONG_TITLE = re.compile(
    rf"^\s*,?\s*((?:[A-Z][\w’'.-]*|of|and|for|the)(?:\s+(?:[A-Z][\w’'.-]*|of|and|for|the)){{2,12}}),?\s+"
    rf"(?:{_VERBS})\b")
#: “…,” Raymond Okoye, NASA's associate administrator for science, said: the name, then what they are.
_AFTER_NAME_APPOSITION = re.compile(
    rf"^\s*,?\s*({_NAME}),\s+(?:[^,;“”\"]{{1,80}}?,\s+){{1,2}}(?:{_VERBS})\b")
_BEFORE = re.compile(rf"({_NAME})\s+(?:{_VERBS})(?:\s+[\w’'.-]+){{0,3}}\s*[,:]?\s*$")
_ACCORDING = re.compile(rf"[Aa]ccording to (?:[\w’'.-]+\s+){{0,4}}?({_NAME})\s*,?\s*$")
_PARTIAL = re.compile(rf"({_NAME})\s+(?:{_PARTIAL_VERBS})\b")
#: A name set off by commas right before the verb: "A park spokesperson, Jess Nguyen, said the leopard was “…”".
_PARTIAL_VERB = re.compile(rf"\b(?:{_PARTIAL_VERBS})\b")
#: A name, then "of" or "from" right before another name: whose place or body that other name is.
_OWNER_OF = re.compile(rf"({_NAME})\s+(?:of|from)\s+$")


def _owner(text: str, match: re.Match[str]) -> str:
    """The name ``match`` found before a verb of saying, or the name before it whose place or body it is:
    "Governor Luz Marina Arango of Arauca said that …" is the governor's."""
    owner = _OWNER_OF.search(text, max(0, match.start(1) - 80), match.start(1))
    return owner.group(1) if owner and _personal(_clean(owner.group(1)) or "") else match.group(1)
_APPOSED_PARTIAL = re.compile(rf",\s+({_NAME}),\s+(?:{_PARTIAL_VERBS})\b")
_SPOKE = re.compile(rf"({_NAME})\s+(?:also\s+|later\s+|then\s+|\w+ly\s+)?(?:{_VERBS})\b|\b(?:{_VERBS})\s+({_NAME})(?=\s*[,.;])")
_RUN = re.compile(_NAME)
#: A clause of speech opened by a participle: ", saying …", ", telling reporters that …", ", calling it …".
_SPEAKING_PARTICIPLE = re.compile(
    r",\s+(?:saying|telling|adding|insisting|warning|calling|describing)\b(?:[^,“”\"]|(?<=\d),(?=\d))*$")
_WORDS = re.compile(r"[\w’']+")
#: The name after a lower-case title set off by a comma: “…,” said her uncle, Tom Smart.
_NAME_AFTER_COMMA = re.compile(rf",\s+({_NAME})(?=\s*[,.;]|$)")
#: A sentence's end, maybe inside a closing quote mark; not after an initial or a title's abbreviation
#: ("Garry F. McCarthy", "Sgt. Pete Simpson").
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])(?<!\s[A-Z]\.)" + "".join(
    rf"(?<!\b{word}\.)" for word in (*SHORT_TITLES, "St")) + r"|(?<=[.!?][\"”]))\s+(?![a-z])")  # not "10 p.m. and"
PRONOUNS = frozenset(("he", "she"))
NOT_NAMES = frozenset(
    "The A An This That These Those It He She They We I You His Her Their Its Our My Mr Mrs Ms Dr But And Or "
    "So If When While After Before As In On At For With From By To Of Then Yet Still However Also Later "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Officials Police Authorities Sources Reports Critics Experts "
    "Analysts Witnesses Residents Prosecutors Investigators Officers Lawyers Diplomats Observers".split()
)
ORGANISATION_WORDS = frozenset(
    "Ministry Department Police Office Agency Press News Times Post Court Council Government House "
    "Committee Service Navy Army Union Party Commission Kremlin Embassy Association Institute Bureau".split()
)
MIN_WORDS = 2
LOOK_BACK = 600
MAX_CHAIN = 2  # sentences opened by "he" or "she" followed back to the one that names them


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    words: str
    speaker: str | None  # the name as written ("Maria Zakharova"), None when unknown
    attribution_end: int


def find_quotes(text: str, start: int = 0) -> list[Quote]:
    """Every quote of two or more words in ``text[start:]`` with its speaker where one is named."""
    if "“" not in text and '"' not in text:
        return []
    quotes = []
    for match in _QUOTE.finditer(text, start):
        group = 1 if match.group(1) is not None else 2
        words = match.group(group)
        if len(_WORDS.findall(words)) < MIN_WORDS:
            continue
        speaker, end = _speaker(text, match.start(), match.end(), start)
        if speaker is None and quotes and quotes[-1].speaker and _CONTINUED.fullmatch(text, quotes[-1].attribution_end,
                                                                                     match.start()):
            speaker = quotes[-1].speaker  # “…,” Kessler said. “We didn't flinch. Not once.”: Kessler goes on
        quotes.append(Quote(match.start(group), match.end(group), words, speaker, max(end, match.end())))
    return quotes


#: What may stand between one quote's attribution and the next quote by the same speaker: “…,” Kessler
#: said. “…” (the end of its sentence, on the same line).
_CONTINUED = re.compile(r"[ \t]*[.:][ \t]*")


def _speaker(text: str, open_at: int, close_at: int, floor: int) -> tuple[str | None, int]:
    """The speaker of the quote between ``open_at`` and ``close_at`` and where its attribution ends."""
    line_start = max(text.rfind("\n", floor, open_at) + 1, floor)
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    after = text[close_at:line_end]
    match = _AFTER_VERB_FIRST.match(after)
    if match:
        name = _last_name_run(match.group(1))
        if name:
            return name, close_at + match.end()
        pronoun = match.group(1).split()[0].lower() if match.group(1).split() else ""
        if pronoun in PRONOUNS:
            return _antecedent(text, open_at, floor), close_at + match.end()
        named = _NAME_AFTER_COMMA.match(after, match.end())
        if named and match.group(1).islower():  # “…,” said her uncle, Tom Smart.
            name = _clean(named.group(1))
            if name:
                return name, close_at + named.end()
    match = _AFTER_ROLE.match(after) or _AFTER_VERB_ROLE.match(after)
    if match:  # “…,” the judge wrote: the one person the text has called a judge
        name = _holder(match.group(1), text[floor:open_at])
        if name:
            return name, close_at + match.end()
    match = _AFTER_NATIONAL.match(after)
    if match and _is_demonym(match.group(1)):  # “…,” the Georgian said: the one person the text has of Georgia
        name = _national(match.group(1), text[floor:open_at])
        if name:
            return name, close_at + match.end()
    match = _AFTER_NAME_FIRST.match(after)
    if match:
        name = match.group(1)
        if name.lower() in PRONOUNS:
            return _antecedent(text, open_at, floor), close_at + match.end()
        return _person(name, text[floor:open_at]), close_at + match.end()
    match = _AFTER_NAME_APPOSITION.match(after)
    if match:
        return _person(match.group(1), text[floor:open_at]), close_at + match.end()
    match = _AFTER_LONG_TITLE.match(after)
    if match:
        words = match.group(1).split()  # the name is its last two or three words, from a given name
        given = next((k for k in range(max(1, len(words) - 3), len(words) - 1) if _given(words[k])), None)
        if (given is not None and all(w[0].isupper() for w in words[given:]) and words[given - 1][0].isupper()
                and _personal(" ".join(words[given:]))):  # not "… Ministry of Housing and Urban Agenda"
            return " ".join(words[given:]), close_at + match.end()
    before = text[line_start:open_at]
    window = before[-200:]
    match = _ACCORDING.search(window) if "ccording to" in window else None
    if match is None and _verb_at_end(window):
        match = _BEFORE.search(window)
    if match:
        return _person(_owner(window, match), text[floor:open_at]), close_at
    opening = before[max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1:]  # the sentence so far
    if before.rstrip().endswith(":"):  # Muresan put it bluntly at Wednesday's briefing: “…”
        name = _subject(opening.strip(), text[floor:open_at]) or _one_full_name(opening.strip()[:-1])
        if name:
            return name, close_at
    if before.rstrip() and before.rstrip()[-1].isalpha():
        match = _PARTIAL.search(opening) or _APPOSED_PARTIAL.search(opening)
        if match:
            return _person(_owner(opening, match), text[floor:open_at]), close_at
        verb = _PARTIAL_VERB.search(opening)
        if verb:  # "Dr. Ioana Muresan, director of the county's health directorate, said the outbreak was “…”"
            name = _subject(opening[:verb.end()].strip(), text[floor:open_at])
            if name:
                return name, close_at
    if before.rstrip() and "ing " in before:
        return _participle_subject(opening), close_at
    return None, close_at


def _holder(role: str, before: str) -> str | None:
    """The one person ``before`` names with the office ``role`` ends with ("judge": "Judge Helena Matos
    Ribeiro", "Ann Lee, the county's chief judge"); none when it names none or several."""
    office = role.split()[-1]
    if not (is_head(office) or office in ROLE_NOUNS):
        return None
    titled = re.compile(rf"\b(?i:{re.escape(office)})\s+({_NAME})|({_NAME}),\s+(?:the\s+|an?\s+)?"
                        rf"(?:[\w’'.-]+\s+){{0,4}}?{re.escape(office)}\b")
    named = [_clean(m.group(1) or m.group(2)) for m in titled.finditer(before)]
    people = {name.split()[-1]: name for name in named if name and " " in name and _personal(name)}
    return next(iter(people.values())) if len(people) == 1 else None


#: A speaker called by nationality after the quote: "“…,” the Georgian said afterwards".
_AFTER_NATIONAL = re.compile(rf"^\s*,?\s*the\s+([A-Z][a-z]+)\s+(?:{_VERBS})\b")


def _national(demonym: str, before: str) -> str | None:
    """The one person ``before`` names as of the country ``demonym`` is made from ("Lasha Beridze of Georgia",
    "Georgia's Lasha Beridze", "Georgian Lasha Beridze"); none when it names none or several."""
    stem = demonym[:4]
    country = rf"{re.escape(stem)}[a-z]*"
    of_country = re.compile(rf"({_NAME})\s+of\s+{country}\b|\b{country}(?:’s|'s)?\s+({_NAME})")
    named = [_clean(m.group(1) or m.group(2)) for m in of_country.finditer(before)]
    people = {name.split()[-1]: name for name in named if name and " " in name and _personal(name)}
    return next(iter(people.values())) if len(people) == 1 else None


def _participle_subject(sentence: str) -> str | None:
    """Who speaks in a clause opened by a participle of speech: the sentence's first full name ("Chief
    executive Dana Whitaker introduced the machine, telling an audience that it was “…”")."""
    participle = _SPEAKING_PARTICIPLE.search(sentence)
    if participle is None:
        return None
    for run in _RUN.finditer(sentence, 0, participle.start()):
        words = (_clean(run.group()) or "").split()
        while words and not _given(words[0]):
            words.pop(0)  # a title before the name: "Mayor Michael Hancock"
        if len(words) > 1 and _personal(" ".join(words)) and not _is_place(" ".join(words)):
            return " ".join(words)
    return None


#: A sentence that opens with a person told of by age, not by name: "The 59-year-old lawyer, raised in …".
_EPITHET_OPENING = re.compile(r"The \d{1,3}-year-old\b")


def _place_owned(name: str) -> bool:
    """A run that names something of a place's: "Malawi's Southern Region", "Kenya's Rift Valley"."""
    owner, mark, _ = name.replace("’", "'").partition("'s ")
    return bool(mark) and _is_place(owner)


def _is_place(name: str) -> bool:
    from factcheck.normalize.places import is_place  # the gazetteer only when a participle clause needs it

    return is_place(name)


def _verb_at_end(before: str) -> bool:
    """Cheap test before ``_BEFORE``, which has no literal to search for: its speech verb is one of
    the last five words (at most three words and a comma or colon may follow it), a comma or colon aside."""
    return any(word.rstrip(",:") in _VERB_WORDS for word in before.rsplit(None, 5)[-5:])


def _last_name_run(text: str) -> str | None:
    """"Russian Foreign Ministry spokesperson Maria Zakharova" → "Maria Zakharova"; not a body named
    after it ("Inspector Claudio Riquelme of the PDI" → "Claudio Riquelme")."""
    runs = [(_clean(m.group()), text[:m.start()].rsplit(None, 2)[-2:]) for m in _RUN.finditer(text)]
    named = [run for run, before in runs if run and not (_AFFILIATED.intersection(before) and runs[0][0] != run)]
    return named[-1] if named else None


#: Words after a speaker's name that open what they belong to: "… Riquelme of the PDI", "… Lee at Reuters".
_AFFILIATED = frozenset(("of", "from", "at", "for"))


def _person(name: str, before: str) -> str | None:
    """``_clean(name)``, or a one-word name the text ``before`` writes after a given name although it has a
    demonym's shape: "Muresan" after "Dr. Ioana Muresan"; a one-word name that opens the one longer name
    the text before writes with it is that name ("Seiuli" after "Seiuli Tofilau Sione", "Xi" after "Xi
    Jinping": a family name or a title written first)."""
    cleaned = _clean(name) or (name if _full_before(name, before) else None)
    return _opened(cleaned, before) if cleaned and " " not in cleaned else cleaned


_FOLLOWING_NAME = re.compile(r"(?:\s+[A-Z][a-z][\w’'-]*){1,2}")


def _opened(name: str, before: str) -> str:
    """The one longer name ``before`` opens with the one-word ``name`` ("Jordan" is "Jordan Hale" too), unless
    it also writes ``name`` after a given name, as a surname ("Emmanuel Boakye")."""
    longer = set()
    at = before.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and (before[at - 1].isalnum() or before[at - 1] in "’'-")):
            following = _FOLLOWING_NAME.match(before, end)
            if following:
                longer.add(name + following.group())
        at = before.find(name, end)
    if len(longer) != 1 or _full_before(name, before):
        return name
    full = longer.pop()
    return full if _personal(full) and not _is_place(full) and not any(w in NOT_NAMES for w in full.split()) else name


def _clean(name: str) -> str | None:
    """The name in a speaker's run, past a title before it; None when the run names no one: "It's",
    "the Turkish official" (a demonym), "The Malaysian PM" (a demonym and a title)."""
    words = [w.strip(".,’'") for w in name.split()]
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    while words and (words[0] in NOT_NAMES or len(words) > 1 and (
            words[0] in SHORT_TITLES or "." in words[0] and words[0].isupper() or is_head(words[0]))):
        words = words[1:]  # "Sgt. Pete Simpson", "U.S. Attorney John Smith": a title before the name
    if any(map(_is_demonym, words)) and all(is_head(w.lower()) or _is_demonym(w) for w in words):
        return None
    return " ".join(words) or None


def _is_demonym(word: str) -> bool:
    from factcheck.normalize.places import is_demonym

    return is_demonym(word)


_SAINTS = ("Saint ", "St ", "Sainte ", "San ", "Santa ")


def _antecedent(text: str, open_at: int, floor: int, depth: int = 0) -> str | None:
    """Who "he"/"she" is: the person the sentence just before opens with ("Jackson issued a statement.
    “…,” he said."), or that sentence's own "he" (followed back ``MAX_CHAIN`` sentences), else no one
    when that sentence's speaker is named by office only ("the judge said …"), else the one
    person that sentence names in full or gives an age, else the last named speaker just before, else the last person
    named in that sentence, a full name ("Angela Merkel") before a bare one and no organisation ("the
    EU's rules")."""
    window = text[max(floor, open_at - LOOK_BACK):open_at]
    sentences = _SENTENCE_BREAK.split(window.strip())
    previous = sentences[-1] if sentences else ""
    if depth < MAX_CHAIN and (previous.startswith(("He ", "She ")) or _EPITHET_OPENING.match(previous)) and (
            len(sentences) > 1):
        # "His lawyer, Irakli Mchedlishvili, told …. He said the court had … “…,” he said.": the same "he"; "The
        # 59-year-old lawyer, raised in Malawi's Southern Region, …": the one told of before
        return _antecedent(text, max(floor, open_at - LOOK_BACK) + window.rfind(previous), floor, depth + 1)
    subject = _subject(previous, text[floor:open_at])
    if subject:
        return subject
    if any(is_head(m.group(1)) for m in _UNNAMED_SPEAKER.finditer(previous)):
        return None  # "…, the judge said prosecutors had proved that Darko … “…,” she said.": the judge
    runs = [(m, _from_given(_clean(m.group()))) for m in _RUN.finditer(previous)]  # each run read once
    names = [name for m, name in runs
             if m.start() > 0 and not previous.endswith(("the ", "The "), 0, m.start())]  # "in the Chapare": no one
    names = [name for name in names if name and _personal(name) and not name.startswith(_SAINTS)
             and (not _is_place(name) or _full_before(name, text[floor:open_at])) and not _place_owned(name)]
    # "Brussels", "Saint Pierre d'Uccle": no one; "Ventura" after "Ricardo Ventura": someone
    aged = {name for m, name in runs if _AGED.match(previous, m.end())}
    aged &= set(names)
    if len(aged) == 1:
        return aged.pop()  # "… was Bùi Thị Lan, 67, a retired teacher who arrived at Nam Thăng Long station"
    titled = {name for m, name in runs if _titled_run(m.group())}
    full = {name for name in names if " " in name and (_given(name.split()[0]) or name in titled)}
    if len(full) == 1:
        return full.pop()  # "In a dissent, Judge Paul Ostrander accused the majority … “…,” he wrote."
    spoke = [m.group(1) or m.group(2) for m in _SPOKE.finditer(window)]
    for candidate in reversed(spoke):
        name = _clean(candidate)
        if name and _personal(name) and name.split()[0].lower() not in PRONOUNS:
            return name
    for name in reversed(names):
        if " " in name and _given(name.split()[0]):
            return name
    return names[-1] if names else None


#: A speaker named by office only: "the judge said", "the presiding judge told the court".
_UNNAMED_SPEAKER = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+(?:said|says|told|added|wrote)\b")


#: What follows a sentence's subject: a lower-case word, maybe after an age or an apposition set off by
#: commas ("Ben Kessler, an analyst at Halvorsen Capital, said …", "Marquardt, 58, celebrated …"), or two
#: ("Henrik Lindqvist, 62, Baltica's chief executive, will chair …").
_VERB_AFTER_SUBJECT = re.compile(r"(?:(?:,\s+[^,“”\"]{1,80}?){1,2},)?\s*[a-z]")


#: Lower-case title words after the name of whom they serve, then a name: "… coach Gary Lindqvist".
_TITLE_THEN_NAME = re.compile(r"\s+((?:[a-z][\w’'-]*\s+){1,3}?)([A-Z])")


def _subject(sentence: str, before: str) -> str | None:
    """The person a sentence opens with, followed by a verb (past an age or an apposition): a full name
    ("Vincent Jackson said"), or a surname the text before gives in full ("Jackson issued …" after
    "Vincent Jackson")."""
    apposed = _APPOSED_SUBJECT.match(sentence)
    if apposed:  # "Boakye's lead counsel, Kwesi Amponsah-Darko, said …"
        name = _clean(apposed.group(1))
        if name and _personal(name) and (" " in name or _full_before(name, before)):
            return name
    match = _RUN.match(sentence)
    if match is None:
        return None
    titled = _TITLE_THEN_NAME.match(sentence, match.end())
    after_title = bool(titled and is_head(titled.group(1).split()[-1].lower()))
    if after_title:
        match = _RUN.match(sentence, titled.start(2))  # "Northern Sierra coach Gary Lindqvist lamented …"
    if match is None or not _VERB_AFTER_SUBJECT.match(sentence, match.end()):
        return None
    words = match.group().split()
    if len(words) >= 2 and is_head(words[0].lower()) and not is_head(words[1].lower()):
        # "Premier Lukáš Vrána accepted the resignation", "Minister Benavides visited Tinco": a title says who
        name = " ".join(words[1:])
        if _personal(name) and not _is_place(name):
            return name
    name = _person(match.group(), before)
    if not name or not _personal(name):
        return None
    name = _from_given(name)  # "Passenger Alicia Moreno, 29, said …", "Northgate CEO Linda Marchetti …"
    if " " in name:  # a full name, maybe after its title: "Police Superintendent Garry McCarthy promised …"
        if _given(name.split()[0]) or _full_before(name, before):
            return name  # "Quiroga Baca accepted defeat" after "Marcelo Quiroga Baca"
        if after_title and not _is_place(name):
            return name  # "Union spokeswoman Thandeka Mokoena of the National Union of Mineworkers said …"
        # described as a person: "Dorjsuren Batbayar, a herder in …, said", "Nazma Parvin, president of the …,"
        titled = _TITLED_PERSON.match(sentence, match.end())
        described = (_DESCRIBED_PERSON.match(sentence, match.end()) or titled and (
            is_head(titled.group(1)) or any(is_head(w) or w in ROLE_NOUNS for w in titled.group(1).split()[-1:]))
        ) and name.split()[-1] not in PLACE_HEADS
        return name if described and not _is_place(name) else None
    if name.split()[0] != match.group().split()[0]:
        return None  # "The German Chancellor …", "Police …": not opened by a name
    return name if _full_before(name, before) or _AGED.match(sentence, match.end()) else None  # "Beaulieu, 61,"


#: A sentence that opens on whose someone is, then names them between commas: "Boakye's lead counsel, Kwesi
#: Amponsah-Darko, said …", "His lawyer, …".
_APPOSED_SUBJECT = re.compile(rf"(?:[\w’'.-]+\s+){{0,4}}?[a-z][\w’'-]*,\s+({_NAME}),\s+[a-z]")
#: What describes a person right after their name: "Dorjsuren Batbayar, a herder …", "Ana Ruiz, 41, …".
_DESCRIBED_PERSON = re.compile(r",\s+(?:an?\s+[a-z]|\d{1,3},)")
#: A title of someone's right after a name: "Nazma Parvin, president of the National Garment Workers' Alliance, …",
#: "Emeka Obi, the WHO's immunisation officer for the northwest zone, …", "Ana Ruiz, the company's chief executive, …".
_TITLED_PERSON = re.compile(r",\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?(?:[a-z][\w’'-]*\s+){0,2}?"
                            r"((?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*)(?:\s+(?:of|for|at)\s|,)")
#: Nouns of what people do that are no title: "Mele Taufa, policy manager at the NZ Drug Foundation, said".
ROLE_NOUNS = frozenset("manager adviser advisor analyst researcher professor lecturer economist coordinator organiser "
                       "organizer founder owner member fellow partner editor engineer scientist expert".split())
#: An age right after a name: "Beaulieu, 61, conceded …" is someone.
_AGED = re.compile(r",\s+\d{1,3},")
#: Last words of a name that make it a place: "Zavkhan Province, a remote region, …" is no one.
PLACE_HEADS = frozenset("Province District County Region State City Town Village Island Valley River".split())


def _from_given(name: str | None) -> str | None:
    """A name past the title words before its given name: "Minerals Development Minister Grace Tembo" →
    "Grace Tembo"."""
    words = name.split() if name else []
    if len(words) < 3 or _given(words[0]):
        return name
    titled = max((k for k in range(len(words) - 2) if is_head(words[k].lower())), default=None)
    if titled is not None:
        return " ".join(words[titled + 1:])  # "Sanitation Minister Lerato Mokoena": a given name not known
    given = next((k for k in range(1, len(words) - 1) if _given(words[k])), None)
    return " ".join(words[given:]) if given is not None else name


def _titled_run(run: str) -> bool:
    """Whether a run names someone after a title or an honorific: "Sanitation Minister Lerato Mokoena", "Dr.
    Sainimere Tuilau"."""
    words = run.split()
    return len(words) >= 3 and (any(is_head(w.lower()) for w in words[:-2]) or words[0].lower() in HONORIFICS)


def _full_before(name: str, before: str) -> bool:
    """Whether ``before`` writes ``name`` after a given name: "Ricardo Ventura", "Marcelo Quiroga Baca"."""
    return any(_given(m.group(1)) for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b",
                                                                          before))


def _one_full_name(text: str) -> str | None:
    """The one person ``text`` names in full, a given name first, if it names exactly one."""
    names = {" ".join(words[k:]) for words in ((_clean(m.group()) or "").split() for m in _RUN.finditer(text))
             for k in range(len(words) - 1) if _given(words[k]) and not is_organisation(" ".join(words))}
    return names.pop() if len(names) == 1 else None


def _given(word: str) -> bool:
    from factcheck.extract.names import is_given

    return is_given(word)


def _personal(name: str) -> bool:
    """Whether a name may be a person's: no organisation word, not an acronym ("EU", "NFL")."""
    return not is_organisation(name) and not (name.isupper() and len(name) > 1)


def is_organisation(name: str) -> bool:
    return any(word in ORGANISATION_WORDS for word in name.split())


def surname(name: str) -> str:
    """The key a speaker's quotes are grouped on: "Maria Zakharova" and "Zakharova" → "zakharova"."""
    return name.split()[-1].casefold()


def speaker_value(name: str) -> str:
    """A speaker as compared: the surname, after the given name when one is written ("Ed Smart" → "ed
    smart", "Smart" → "smart"), since two people of one family are often quoted in one story."""
    words = name.split()
    if len(words) > 1 and _given(words[0]):
        return f"{words[0].casefold()} {words[-1].casefold()}"
    return words[-1].casefold()


def normalize_words(words: str) -> str:
    """Lower case, straight apostrophes, no punctuation, single spaces."""
    return " ".join(_WORDS.findall(words.replace("’", "'").casefold()))


def quote_facts(path: str, text: str, body_start: int, spans: list[Sentence]) -> list[Fact]:
    """The quotes of one document as facts: attribute "words" (always) and "speaker" (when named)."""
    facts = []
    starts = [s.start for s in spans]
    for quote in find_quotes(text, body_start):
        sentence = _sentence_text(text, spans, starts, quote.start, quote.attribution_end)
        words = normalize_words(quote.words)
        speaker = quote.speaker
        data = (("speaker", speaker), ("words", words))
        key = ("quote", surname(speaker) if speaker else "")
        facts.append(Fact(path, quote.start, quote.end, "quote", "words", speaker or "unknown speaker", key, words,
                          quote.words, quote.words, sentence, speaker, data))
        if speaker:
            facts.append(Fact(path, quote.start, quote.end, "quote", "speaker", quote.words, ("quote",),
                              speaker_value(speaker), speaker, quote.words, sentence, speaker, data))
    return facts


def _sentence_text(text: str, spans: list[Sentence], starts: list[int], start: int, end: int) -> str:
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = max(bisect.bisect_right(starts, max(end - 1, start)) - 1, first)
    if not spans:
        return text[start:end]
    return text[spans[first].start:spans[last].end]
