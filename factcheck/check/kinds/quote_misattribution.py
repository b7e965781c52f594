"""quote-misattribution: the same quoted words given to different speakers.

Speakers compare on their surname ("Zakharova" = "Maria Zakharova") and on
their given names when both are written ("Ed Smart" is not "Tom Smart", "Jim
Steele" may be "James Steele"); a speaker named by one name only may be named by
it as a given name ("Linda" = "Linda Kowalczyk"); words
compare after normalizing case and punctuation, and a quote that is a
fragment of another counts as the same words.  Quotes without a named speaker
never take part.
"""
from __future__ import annotations

from typing import Any

from factcheck.align.quotes import same_words
from factcheck.model import Fact
from factcheck.resolve.similarity import given_compatible

PARAMS: dict[str, tuple[type, Any]] = {
    "min_words": (int, 4),
    "hedged_severity": (str, ""),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The quotes whose words match another quote's words under another speaker's name.

    Compared once per distinct (speaker, words), however many sources repeat a quote."""
    distinct: dict[tuple[str, str], Fact] = {}
    for fact in facts:
        distinct.setdefault((fact.value, fact.get("words")), fact)
    keys = sorted(distinct)
    clashing: set[tuple[str, str]] = set()
    for i, left_key in enumerate(keys):
        for right_key in keys[i + 1:]:
            left, right = distinct[left_key], distinct[right_key]
            if same_speaker(left.value, right.value) or not same_words(left, right):
                continue
            if min(len(left_key[1].split()), len(right_key[1].split())) >= params["min_words"]:
                clashing.update((left_key, right_key))
    return tuple(f for f in facts if (f.value, f.get("words")) in clashing)


def same_speaker(left: str, right: str) -> bool:
    """Whether two speaker values ("ed smart", "smart") can be one person: one surname, and given names
    that agree when both are known."""
    left_given, _, left_surname = left.rpartition(" ")
    right_given, _, right_surname = right.rpartition(" ")
    if bool(left_given) != bool(right_given):
        alone, given = (left, right_given) if right_given else (right, left_given)
        if given.split(" ", 1)[0] == alone:
            return True  # "his wife, Linda, 64," / "His wife, Linda Kowalczyk": one woman, by her given name
    return left_surname == right_surname and given_compatible(left_given, right_given)
