"""Person names: which capitalised words can be part of one, and how a name splits.

A name is one to four name-like words ("Maria Zakharova", "Jose Luis Orozco",
"Winston K. Blackmore", "Joseph Comeaux Jr."): a given name first, a surname
last; initials, suffixes and a bracketed nickname ("Kimani (Kiki) Gray") are
kept out of both.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

import regex


def _run_pattern(upper: str, letter: str, lower: str) -> str:
    """Capitalised words, initials ("K.") or bracketed or quoted nicknames ('Raymond "Ray" Lacerda'), joined by
    single spaces (and name particles), written with the character classes of an upper-case letter, any letter
    and a lower-case letter; an Arabic surname with its article ("al-Mutairi") counts as capitalised.  The
    first capital comes before the look-behind that says no word goes on before it: the scan then tries the
    look-behind only at capitals (and at "al-", "el-"), not at every character."""
    word = rf"(?:{upper}|(?:al|el)-{upper})[{letter}’'\-]*\.?"
    return (rf"(?:{upper}(?<![{letter}’'\-.]{upper})|(?<![{letter}’'\-.])(?:al|el)-{upper})[{letter}’'\-]*\.?"
            rf"(?:[ \u00a0](?:(?:de|da|di|van|von|der|den|del|la|le|du|dos|bin|ibn|al|el)[ \u00a0])?"
            rf"(?:{word}|\({upper}{lower}+\)|[\"“]{upper}{lower}+[\"”]))*")


RUN = regex.compile(_run_pattern(r"\p{Lu}", r"\p{L}\p{M}", r"\p{Ll}"))
#: ``RUN`` for ASCII text, where the classes mean the same: ``re`` scans such text faster than ``regex``.
_ASCII_RUN = re.compile(_run_pattern("[A-Z]", "A-Za-z", "[a-z]"))


def runs(text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The capitalised runs in ``text``: ``RUN``'s matches."""
    return (_ASCII_RUN if text.isascii() else RUN).finditer(text)


SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
                        "mme", "mme.", "m.", "herr", "frau", "prof", "prof.",
                        "datuk", "dato", "dato'", "datin", "tun", "puan", "encik"})  # Malay honorifics

#: Function words and sentence openers (lower case).
FUNCTION_WORDS = frozenset(
    "the a an and or but if in on at to of for from by with as into about after before during since until "
    "this that these those there here his her their its our my your he she they we it i you who what when "
    "where which why how however meanwhile also still yet then now so thus while although though because "
    "according despite among between over under against without within upon via per not no yes all some "
    "many most more other another each every both either neither such only just even once twice last next "
    "is are was were be been has have had do does did will would can could should may might must".split()
)

#: Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = FUNCTION_WORDS | frozenset(
    "new old police officials official authorities residents witnesses sources reports report news "
    "photo video image read watch related updated advertisement click share comments subscribe "
    # calendar
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today "
    "yesterday tomorrow christmas easter "
    # organisations and places
    "ministry department court county city state states united union republic kingdom nations committee "
    "commission council party church club association company corporation news times post agency service "
    "government office house senate congress parliament assembly university college school academy "
    "hospital airport station street avenue road square bridge center centre unit force forces army "
    "navy guard bank group team league federation embassy consulate administration kremlin oval "
    "district province region island islands gardens valley beach lake river mountain mount county's "
    "north south east west northern southern eastern western central middle great upper lower saint "
    "europe asia africa america americas european american russian ukrainian british french german "
    "chinese greek canadian mexican israeli iranian turkish saudi arab arabia korea korean japanese "
    "international national federal special military operation war world global breaking live "
    "inc ltd llc co corp plc ap afp reuters cnn bbc "
    # events, prizes and venues: "the Tony Awards", "the Nobel Prize", "the Rose Bowl"
    "awards award prize prizes cup games olympics bowl series open championship championships festival "
    "trophy medal marathon foundation institute museum theatre theater stadium arena".split()
)


@dataclass(frozen=True, order=True)
class Name:
    """A person's name as written, split into the parts resolution compares."""

    text: str
    given: str
    surname: str
    middle: str = ""  # the words between, initials left out: "Carrizales" in "Joaquín Carrizales Peña"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (lower case): ``gender-guesser``'s international list and ``nicknames``' table."""
    from nicknames import NickNamer

    namer = NickNamer()
    names = set(namer.nickname_lookup) | set(namer.canonical_lookup)
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open(encoding="iso-8859-1") as lines:
        for line in lines:
            name = line[3:29].strip() if not line.startswith("#") else ""
            if name and "+" not in name and "<" not in name:
                names.add(name.lower())
    return frozenset(names - NOT_NAME_WORDS)


@lru_cache(maxsize=65536)
def is_given(word: str) -> bool:
    """Whether ``word`` is a given name, accents or not: the lists spell "Tomás" and "Zoltán" without them.
    Not a short word so read ("Thị", "Văn" of Vietnamese names would be "Thi", "Van")."""
    lower = word.lower()
    names = given_names()
    if lower in names:
        return True
    return not lower.isascii() and len(lower) > 3 and fold(lower) in names


@lru_cache(maxsize=65536)
def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a person's name."""
    bare = possessive_stripped(word)
    if len(bare) < 2 and not bare.endswith("."):
        return False
    if bare.isupper() and len(bare.rstrip(".")) > 1:
        return False  # RCMP, LASD, U.S.
    if "." in bare[:-1]:
        return False
    core = bare.rstrip(".").lower() if len(bare) > 2 else bare.lower()
    return core not in NOT_NAME_WORDS and bare.lower() not in HONORIFICS


@lru_cache(maxsize=65536)
def possessive_stripped(word: str) -> str:
    for ending in ("'s", "’s", "’", "'"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


#: Words that make a capitalised run an organisation's name, whatever given name opens it: "Mine Rescue
#: Services" ("Mine" is also a Turkish given name), "Grace Community Trust".
ORGANISATION_WORDS = frozenset(
    "services service agency ministry department authority association union institute foundation company "
    "corporation holdings airways airlines bank university college hospital committee commission council "
    "brigade group trust society federation league club".split())


def split_name(words: list[str]) -> Name | None:
    """A :class:`Name` from its words, or None when they do not read as a name."""
    if len(words) > 1 and any(w.lower().rstrip(",.") in ORGANISATION_WORDS for w in words[1:]):
        return None
    core = [w for w in words if not is_nickname(w)]
    while core and core[-1].lower().rstrip(",") in SUFFIXES:
        core = core[:-1]
    if not core or len(core) > 4:
        return None
    core = [possessive_stripped(w) for w in core]
    surname = core[-1].rstrip(".")
    if len(surname) < 2 or surname.endswith("."):
        return None
    given = core[0] if len(core) > 1 and not _is_initial(core[0]) else ""
    if len(core) == 2 and core[0].lower() in PARTICLES:
        given = ""  # "Van Loon, 52,": a surname with its particle, capitalised to open a sentence
    middle = " ".join(w for w in core[1:-1] if not _is_initial(w)) if given else ""
    return Name(" ".join(core), given, surname, middle)


#: Particles that open a surname ("Pieter van Loon" is "Van Loon" in a sentence's first words).
PARTICLES = frozenset(("van", "von", "de", "der", "den", "du", "del", "della", "di", "da", "le", "la", "dos"))


def is_nickname(word: str) -> bool:
    """Whether a word of a name is a nickname set off in brackets or quotes: "(Ray)", '"Ray"'."""
    return word[0] in "(\"“"


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case ASCII-ish form for keys: accents dropped, apostrophes and hyphens removed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain.casefold() if c.isalnum())


def title_case(text: str) -> bool:
    """A headline-style sentence ("Will TikTok Survive the Ban"): nearly all its longer words capitalised,
    not a sentence full of names ("The Missouri Valley Conference, aka Arch Madness, …")."""
    initials = "".join([w[0] for w in text.split() if len(w) >= 4])
    return len(initials) >= 3 and sum(map(str.isupper, initials)) > 0.8 * len(initials)
