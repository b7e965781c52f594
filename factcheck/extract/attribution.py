"""Attribution and hedging: who a sentence's facts come from, and how sure it is.

"according to Russian officials", "X said", "reportedly", "allegedly",
"claimed": kept on every fact and shown with its conflict.  A hedged claim
("reportedly", "allegedly", "claimed", "unconfirmed") may lower a rule's
severity (the ``hedged_severity`` rule parameter).
"""
from __future__ import annotations

import re

_ACCORDING = re.compile(r"\b[Aa]ccording to ((?:[\w.’'-]+\s?){1,6}?)(?=[,.;:]|$| that\b| the [a-z])")
HEDGES = (
    "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "claimed", "claims", "claiming",
    "is said to", "are said to", "was said to", "were said to", "unconfirmed", "rumored", "rumoured",
    "may have", "might have", "is believed to", "are believed to", "was believed to", "were believed to",
)
_HEDGE = re.compile(r"\b(" + "|".join(h.replace(" ", r"\s+") for h in HEDGES) + r")\b", re.I)
_SAID = re.compile(
    r"(?:,|^)\s*(?:[a-z]+\s+){0,3}?((?:[A-Z][\w’'.-]+\s+){0,4}?(?:[A-Z][\w’'.-]+|police|officials|authorities|officers|prosecutors))"
    r"\s+(?:said|says|told|stated|added|announced|confirmed)\b"
    r"|\b(?:said|says|told)\s+((?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+|police|officials|authorities)\s*[.,]"
)


#: Literal words every match of ``_SAID`` / ``_HEDGE`` (lower-cased) contains: cheap tests first.
_SAID_VERBS = ("said", "says", "told", "stated", "added", "announced", "confirmed")
_HEDGE_KEYS = ("reportedly", "allegedly", "purportedly", "supposedly", "apparently", "claim", "said", "believed",
               "unconfirmed", "rumo", "have")
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")  # İ ı ſ: re.I matches them to i, i, s; str.lower() does not


def attribution(sentence: str) -> str | None:
    """"according to Russian officials", "reportedly", "Sinha said"… as said in ``sentence``, or None."""
    if "ccording" not in sentence and " sa" not in sentence and " to" not in sentence and "ly" not in sentence \
            and "claim" not in sentence and " told" not in sentence and " have" not in sentence:
        return None
    found = []
    match = _ACCORDING.search(sentence) if "ccording to" in sentence else None
    if match:
        found.append("according to " + match.group(1).strip())
    elif any(verb in sentence for verb in _SAID_VERBS):
        said = _SAID.search(sentence)
        if said:
            source = (said.group(1) or said.group(2)).strip()
            if source.split()[0] not in ("The", "He", "She", "It", "They", "We", "I"):
                found.append(f"{source} said")
    hedge = _HEDGE.search(sentence) if _may_hedge(sentence) else None
    if hedge:
        found.append(" ".join(hedge.group(1).lower().split()))
    return "; ".join(found) or None


def _may_hedge(sentence: str) -> bool:
    """Whether ``_HEDGE`` can match: one of its words is in the text (re.I's look-alikes aside)."""
    lower = sentence.lower()
    if any(key in lower for key in _HEDGE_KEYS):
        return True
    return not sentence.isascii() and any(trap in sentence for trap in _CASE_TRAPS)


def is_hedged(attribution_text: str | None) -> bool:
    """Whether an attribution carries a hedge ("reportedly", "claimed"…), not only a source."""
    return bool(attribution_text and _HEDGE.search(attribution_text))
