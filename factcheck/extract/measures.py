"""Measures a scale names rather than a counted noun: an earthquake's magnitude.

"a magnitude 6.2 quake", "the 6.2-magnitude earthquake", "a preliminary
magnitude of 6.4", "measuring 6.2 on the Richter scale", "a 7.0 temblor", "an M6.2 quake" are
facts of kind ``quantity``, attribute ``magnitude``: one value per story's
quake, which outlets (and agencies) often give differently.  Only the quake
the story is about is read: an aftershock or a foreshock (a story has many), a
quake of another year ("since 2009, when a 6.3 temblor killed 300") or one
compared with ("the strongest since a 6.9 quake") gives no fact.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from factcheck.model import Fact, Sentence
from factcheck.normalize.numbers import Interval, number_text

#: A magnitude: one digit and a decimal or two ("6.2", "7.25"), or one digit alone where a scale word says so.
_DECIMAL = r"[1-9]\.[0-9]{1,2}"
_NUMBER = r"[1-9](?:\.[0-9]{1,2})?"
_END = r"(?![0-9]|[.,][0-9])"
_MAGNITUDE = re.compile(
    rf"(?i:magnitude)(?:\s+of)?[\s-]+(?P<after>{_NUMBER}){_END}"  # "magnitude 6.2", "a magnitude of 6.4"
    rf"|(?<![\w.])(?P<before>{_NUMBER})[\s-]+(?i:magnitude\b|on\s+the\s+Richter\b)"  # "6.2-magnitude"
    rf"|(?<![\w.])(?i:an?|the)\s+(?P<bare>{_DECIMAL})[\s-]+(?i:quake|earthquake|temblor)\b"  # "a 7.0 quake"
    rf"|(?<![\w.])M\s?(?P<scale>{_DECIMAL}){_END}"  # "an M6.2 quake", "M 6.2" (only in sentences about a quake)
)
#: Words that name another shock than the story's quake, or a quake it is compared with.
_OTHER_SHOCK = re.compile(r"(?i:aftershocks?|foreshocks?|after-shocks?|since|previous|compared|last|strongest"
                          r"|largest|biggest|deadliest|worst)\b")
_YEAR = re.compile(r"\b(1[89][0-9]{2}|20[0-9]{2})\b")
#: How far around the value a word naming another shock or year is looked for, within the clause.
REACH = 60
#: What ends a clause in a sentence; not ", when" or ", which": "since 2009, when a 6.3 temblor killed 300"
#: is 2009's quake.  (A full stop inside a sentence ends an abbreviation: "Aug. 24, 2016".)
_CLAUSE = re.compile(r"[;:]|,\s+(?:while|and|but)\b")


def measure_facts(path: str, sentence: Sentence, said: Callable[[str], str | None],
                  published: dt.date | None) -> list[Fact]:
    """The magnitude facts of one sentence; ``said`` gives its attribution, asked only when there is one."""
    text = sentence.text
    if "agnitude" not in text and "Richter" not in text and "quake" not in text and "temblor" not in text:
        return []
    facts = []
    for match in _MAGNITUDE.finditer(text):
        if _other_quake(text, match.start(), match.end(), published):
            continue
        value = float(next(v for v in match.group("after", "before", "bare", "scale") if v))
        data = (("agent", None), ("context", ("earthquake", "magnitude")), ("exact", True), ("governor", None),
                ("high", value), ("interval", Interval(value, value)), ("low", value), ("unit", "magnitude"))
        facts.append(Fact(path, sentence.start + match.start(), sentence.start + match.end(), "quantity",
                          "magnitude", "earthquake magnitude", ("quantity", "magnitude"), number_text(value),
                          f"magnitude {number_text(value)}", match.group(), text, said(text), data))
    return facts


def _other_quake(sentence: str, start: int, end: int, published: dt.date | None) -> bool:
    """Whether the clause around the value speaks of another shock than the story's quake."""
    left = max(0, start - REACH)
    for mark in _CLAUSE.finditer(sentence, left, start):
        left = mark.end()
    found = _CLAUSE.search(sentence, end, end + REACH)
    right = found.start() if found else min(len(sentence), end + REACH)
    if _OTHER_SHOCK.search(sentence, left, right):
        return True
    return any(published is None or int(year) != published.year for year in _YEAR.findall(sentence[left:right]))


def sentence_magnitude(text: str) -> str | None:
    """The magnitude a sentence gives its quake ("A magnitude 4.4 earthquake had shaken the region on
    Thursday" → "4.4"), for telling two quakes of one story apart; None when it gives none or several."""
    if "agnitude" not in text and "Richter" not in text and "quake" not in text and "temblor" not in text:
        return None
    found = {float(next(v for v in m.group("after", "before", "bare", "scale") if v)) for m in _MAGNITUDE.finditer(text)}
    return number_text(found.pop()) if len(found) == 1 else None
