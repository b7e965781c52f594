"""Attribution and hedging: who a sentence's facts come from, and how sure it is."""
from __future__ import annotations

import re

_ACCORDING = re.compile(r"\b[Aa]ccording to ((?:[\w.’'-]+\s?){1,6}?)(?=[,.;:]|$| that\b| the [a-z])")
_HEDGE = re.compile(r"\b(reportedly|allegedly|purportedly|claimed|claims|is said to|are said to|unconfirmed)\b", re.I)


def attribution(sentence: str) -> str | None:
    """"according to Russian officials", "reportedly"… as said in ``sentence``, or None."""
    found = []
    match = _ACCORDING.search(sentence)
    if match:
        found.append("according to " + match.group(1).strip())
    hedge = _HEDGE.search(sentence)
    if hedge:
        found.append(hedge.group(1).lower())
    return "; ".join(found) or None
