"""When two name parts can belong to one person: explainable, cheap tests.

Given names agree when equal, an initial of one another, a nickname of one
another (Jim/James, Katie/Kathryn, from the ``nicknames`` package), a short
form ("Alex", "Greg", "Vassilis" and "Vassilios" share their stem) or a close
transliteration (Sergey/Sergei).  Surnames are spelling variants when one edit
apart (two for long names; two letters swapped are one edit) or equal after folding common transliteration
differences (Zelensky/Zelenskyy/Zelenskiy, Darchiev/Darchiyev).

Two spellings of one name that keep the same consonants (:func:`consonant_key`:
Kouyias/Kougias, Shmyhal/Shmygal, Gorbachev/Gorbachov, Rachmaninoff/Rachmaninov)
read as transliterations or style; a consonant added, dropped or changed
(Hansbrough/Hansrough, Buford/Bufond) or two letters swapped (Villanueva/Villaneuva)
as a misspelling.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from factcheck.extract.names import fold

#: Transliteration differences folded away by :func:`skeleton`, applied in order.
_FOLDS = (("kh", "h"), ("ck", "k"), ("ph", "f"), ("ks", "x"), ("c", "k"), ("q", "k"), ("w", "v"),
          ("ou", "u"), ("y", "i"), ("j", "i"), ("ie", "e"))
_DOUBLE = re.compile(r"(.)\1+")
MIN_STEM = 4

#: Sounds written differently by transliteration schemes, folded by :func:`consonant_key` before :data:`_FOLDS`.
_SOUND_FOLDS = (("dzh", "j"), ("dj", "j"), ("tch", "ch"), ("sch", "sh"), ("tz", "ts"), ("f", "v"))
#: Letters whose writing varies from one transliteration to the next: vowels, y, and h and g
#: (Ukrainian and Greek letters are written h or g, y or g; "kh" or "h").
_UNSTABLE = re.compile(r"[aeiouyhg]")


def skeleton(name: str) -> str:
    """A transliteration-blind key: "Zelenskyy" and "Zelenskiy" → "zelenski"."""
    text = fold(name)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return _DOUBLE.sub(r"\1", text)


def consonant_key(name: str) -> str:
    """The consonants of a name as transliterations keep them: "Kouyias" and "Kougias" → "ks",
    "Hansbrough" → "nsbr" but "Hansrough" → "nsr"."""
    text = fold(name)
    for old, new in _SOUND_FOLDS + _FOLDS:
        text = text.replace(old, new)
    text = text.replace("x", "ks")  # "Zhaqsybekov" folds to "ks", "Zhaksybekov" to "x"
    return _DOUBLE.sub(r"\1", _UNSTABLE.sub("", text))


def misspelled(a: str, b: str) -> bool:
    """Whether two spellings of one surname differ by a consonant no transliteration explains, or by two
    letters swapped."""
    return consonant_key(a) != consonant_key(b) or _swapped(fold(a), fold(b))


def _swapped(left: str, right: str) -> bool:
    """Whether two spellings differ only by two neighbouring letters swapped ("ue" for "eu")."""
    if len(left) != len(right):
        return False
    apart = [i for i, (x, y) in enumerate(zip(left, right)) if x != y]
    return (len(apart) == 2 and apart[1] == apart[0] + 1
            and left[apart[0]] == right[apart[1]] and left[apart[1]] == right[apart[0]])


def block_keys(surname: str) -> tuple[str, ...]:
    """The blocking keys surnames are compared within: the first two letters of the skeleton; its first
    and last three, so that a slip in the second letter ("Rhman" for "Rahman") still meets the name;
    its first and all its letters in order, so that swapped letters do ("Plain" for "Palin"); and for a
    name of four letters or fewer, its first and its consonants, so that a vowel changed in it does
    ("Khôi" for "Khải").  A different first letter is a different name ("Hanson", "Manson")."""
    key = skeleton(surname)
    keys = (key[:2], key[:1] + "…" + key[-3:], key[:1] + ":" + "".join(sorted(key)))
    return keys + (key[:1] + "/" + consonant_key(surname),) if len(key) <= 4 else keys


def surname_variants(a: str, b: str) -> bool:
    """Whether two surnames can be spellings of one name."""
    left, right = fold(a), fold(b)
    if left == right or skeleton(a) == skeleton(b):
        return True
    shorter = min(len(left), len(right))
    if shorter < 4:
        return False
    return OSA.distance(left, right, score_cutoff=2) <= (2 if shorter >= 8 else 1)


def close_surnames(a: str, b: str) -> bool:
    """Whether two surnames of five letters or more that open with the same three letters are at most two
    edits apart: spellings of one name when the same given name comes with both ("Sedláček" / "Sedlák";
    not "Assad" / "al-Assad", an article)."""
    left, right = fold(a), fold(b)
    return (min(len(left), len(right)) >= 5 and left[:3] == right[:3]
            and OSA.distance(left, right, score_cutoff=2) <= 2)


def given_compatible(a: str, b: str) -> bool:
    """Whether two given names can name one person (empty means unknown)."""
    left, right = fold(a), fold(b)
    if not left or not right or left == right:
        return True
    if len(left) == 1 or len(right) == 1:
        return left[0] == right[0]
    if left in _nicknames(right) or right in _nicknames(left) or _canonicals(left) & _canonicals(right):
        return True
    shorter = min(len(left), len(right))
    stem = min(MIN_STEM, shorter)
    if shorter >= 2 and left[:stem] == right[:stem] and (left.startswith(right) or right.startswith(left)
                                                         or shorter >= MIN_STEM):
        return True  # "Ty" and "Tyler", "Alex" and "Alexis", "Vassilis" and "Vassilios"
    return skeleton(a) == skeleton(b) or fuzz.ratio(left, right) >= 80


def given_variants(a: str, b: str) -> bool:
    """Whether two given names are two spellings of one name rather than one name and its short form:
    "Rosnah" / "Rosmah", "Mohammed" / "Muhammad"; not "Alex" / "Alexander", "Jim" / "James", "J." / "John"."""
    left, right = fold(a), fold(b)
    if left == right or min(len(left), len(right)) < 3 or left.startswith(right) or right.startswith(left):
        return False
    if left in _nicknames(right) or right in _nicknames(left) or _canonicals(left) & _canonicals(right):
        return False
    return skeleton(a) == skeleton(b) or OSA.distance(left, right, score_cutoff=2) <= (2 if len(left) >= 8 else 1)


def why_same(a: str, b: str) -> str:
    """A short explanation of why two surname spellings were grouped."""
    if fold(a) == fold(b):
        return "same letters"
    if skeleton(a) == skeleton(b):
        return f"same transliteration key '{skeleton(a)}'"
    if not misspelled(a, b):
        return f"same consonants '{consonant_key(a)}'"
    if _swapped(fold(a), fold(b)):
        return "two letters swapped"
    return f"{OSA.distance(fold(a), fold(b))} letter(s) apart"


@lru_cache(maxsize=4096)
def _nicknames(name: str) -> frozenset[str]:
    return frozenset(_namer().nicknames_of(name))


@lru_cache(maxsize=4096)
def _canonicals(name: str) -> frozenset[str]:
    return frozenset(_namer().canonicals_of(name)) | {name}


@lru_cache(maxsize=1)
def _namer():  # type: ignore[no-untyped-def]
    from nicknames import NickNamer

    return NickNamer()
