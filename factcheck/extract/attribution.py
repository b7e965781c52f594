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
#: ``_HEDGE`` for lower-case text, which a case-sensitive pattern scans far faster; the lookahead on the
#: hedges' first letters lets the scan skip most positions before trying the alternatives.
_LOWER_HEDGE = re.compile(
    "(?=[" + "".join(sorted({h[0] for h in HEDGES})) + "])" + _HEDGE.pattern
)
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
    hedge = _hedge(sentence)
    if hedge:
        found.append(" ".join(hedge.lower().split()))
    return "; ".join(found) or None


def _hedge(sentence: str) -> str | None:
    """The words ``_HEDGE`` finds in ``sentence``, or None.

    Without re.I's look-alikes every character lower-cases to one that ``_HEDGE`` matches just as it
    matches the original, so the lower-case text is searched case-sensitively, and only when one of
    the hedges' words is in it.
    """
    if not sentence.isascii() and any(trap in sentence for trap in _CASE_TRAPS):
        match = _HEDGE.search(sentence)
        return match.group(1) if match else None
    lower = sentence.lower()
    if not any(key in lower for key in _HEDGE_KEYS):
        return None
    match = _LOWER_HEDGE.search(lower)
    return match.group(1) if match else None


def is_hedged(attribution_text: str | None) -> bool:
    """Whether an attribution carries a hedge ("reportedly", "claimed"…), not only a source."""
    return bool(attribution_text and _HEDGE.search(attribution_text))
