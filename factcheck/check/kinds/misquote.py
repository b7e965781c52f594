"""misquote: one speaker, near-identical but altered words.

Words compare with rapidfuzz after normalizing case, punctuation and spaces,
with contractions written out and British spellings made American ("I'm" is
"I am", "offence" is "offense"): a ratio of at least ``min_ratio`` that is not
equality is an altered quote, and so is a shorter quote that comes that near
to as many words of a longer one's start or end (a quote cut short and
altered), and so are two quotes of several sentences whose first sentence
is altered, whatever follows, and two quotes of about one length that open on the same words (seven or
more, half the shorter one) and end otherwise.  A shorter quote that is a fragment of a longer
one is not a misquote.  The conflict carries a word diff: "… [-constructive-] {+productive+} …".
"""
from __future__ import annotations

import difflib
from typing import Any

from rapidfuzz import fuzz

from factcheck.align.quotes import altered_ending, altered_opening, comparable, end_ratio
from factcheck.model import Fact

PARAMS: dict[str, tuple[type, Any]] = {
    "min_ratio": (float, 80.0),
    "min_words": (int, 4),
    "hedged_severity": (str, ""),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """The quotes of one speaker that are near-identical to another but not the same words."""
    altered = {words for pair in _altered_wordings(facts, params) for words in pair}
    return tuple(f for f in facts if f.get("words") in altered)


def _altered_wordings(facts: tuple[Fact, ...], params: dict[str, Any]) -> set[tuple[str, str]]:
    """Pairs of distinct wordings (both orders) that are near-identical but not the same words.

    Compared once per distinct wording, however many sources repeat it."""
    texts: dict[str, str] = {}
    for fact in facts:
        texts.setdefault(fact.get("words"), fact.text)
    wordings = sorted(texts)
    found: set[tuple[str, str]] = set()
    for i, a in enumerate(wordings):
        for b in wordings[i + 1:]:
            if min(len(a.split()), len(b.split())) < params["min_words"]:
                continue
            shorter, longer = sorted((comparable(a), comparable(b)), key=len)
            if f" {shorter} " in f" {longer} ":
                continue
            if (fuzz.ratio(shorter, longer) >= params["min_ratio"] or end_ratio(shorter, longer) >= params["min_ratio"]
                    or altered_opening(texts[a], texts[b], params["min_ratio"])
                    or altered_ending(a, b, texts[a], texts[b])):
                found.update(((a, b), (b, a)))
    return found


def describe(facts: tuple[Fact, ...], params: dict[str, Any]) -> dict[str, str]:
    """{"diff": word diff of the first altered pair}, for the message and the report."""
    altered = _altered_wordings(facts, params)
    for i, left in enumerate(facts):
        for right in facts[i + 1:]:
            if (left.get("words"), right.get("words")) in altered:
                return {"diff": word_diff(left.display, right.display)}
    return {}


def word_diff(old: str, new: str, context: int = 3) -> str:
    """"… talks were [-constructive-] {+productive+} and …": changed words, a few around them."""
    a, b = old.split(), new.split()
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=[w.casefold() for w in a], b=[w.casefold() for w in b], autojunk=False)
    codes = matcher.get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag == "equal":
            chunk = a[i1:i2]
            if n > 0 and n < len(codes) - 1 and len(chunk) > 2 * context:
                parts += chunk[:context] + ["…"] + chunk[-context:]
            elif n == 0 and len(chunk) > context:
                parts += ["…"] + chunk[-context:]
            elif n == len(codes) - 1 and len(chunk) > context:
                parts += chunk[:context] + ["…"]
            else:
                parts += chunk
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(parts)
