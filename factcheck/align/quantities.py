"""Pair quantities about the same thing across documents.

Facts arrive blocked on what they count ("point", "USD").  Two facts from
different documents are about the same thing when the words around them
overlap enough (``MIN_SHARED`` stems and ``MIN_OVERLAP`` of the smaller
context) and each is the other's best match in its document: "11 points" by
one player is never paired with "11 points" by another named elsewhere.
"""
from __future__ import annotations

from collections import defaultdict

from factcheck.model import Fact

MIN_SHARED = 2
#: Context stems that narrow what is counted: "seven points in the first half" is not "14 points".
SCOPE = frozenset("half quarter period inning overtime lap".split())
MIN_OVERLAP = 0.34


def pair_quantities(facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """(subject, [fact, fact]) for every mutual best match across documents."""
    contexts = [frozenset(f.get("context", ())) | _governed(f) for f in facts]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, context in enumerate(contexts):
        for word in context:
            postings[word].append(index)
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i, fact in enumerate(facts):
        candidates = {j for word in contexts[i] for j in postings[word] if facts[j].source != fact.source}
        for j in sorted(candidates):
            if _different_agents(fact, facts[j]) or (contexts[i] & SCOPE) != (contexts[j] & SCOPE):
                continue
            score = _score(contexts[i], contexts[j])
            if score is None:
                continue
            slot = (i, facts[j].source)
            if slot not in best or score > best[slot][0]:
                best[slot] = (score, j)
    pairs: list[tuple[str, list[Fact]]] = []
    seen: set[tuple[int, int]] = set()
    for (i, _source), (_score_ij, j) in sorted(best.items()):
        back = best.get((j, facts[i].source))
        if back is None or back[1] != i or (j, i) in seen:
            continue
        seen.add((i, j))
        pairs.append((_subject(facts[i], facts[j]), [facts[i], facts[j]]))
    return pairs


def _governed(fact: Fact) -> frozenset[str]:
    """The governing word, as an extra context word of its own: "married two weeks" ~ "married six weeks"."""
    governor = fact.get("governor")
    return frozenset((f"^{governor}",)) if governor else frozenset()


def _different_agents(a: Fact, b: Fact) -> bool:
    """Both name who the number is about, and the names differ ("Blackmore … 20 women" / "Oler … 2 women")."""
    left, right = a.get("agent"), b.get("agent")
    return bool(left and right and left != right)


def _score(a: frozenset[str], b: frozenset[str]) -> float | None:
    shared = len(a & b)
    if shared < MIN_SHARED or shared / min(len(a), len(b)) < MIN_OVERLAP:
        return None
    return shared + shared / len(a | b)


def _subject(a: Fact, b: Fact) -> str:
    """The shorter noun phrase of the two: "diplomatic property" and "property" → "property"."""
    return min((a.subject, b.subject), key=lambda s: (len(s), s))
