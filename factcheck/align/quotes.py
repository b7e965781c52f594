"""Group quotes that could be the same words: by shared word trigrams, then by rapidfuzz.

"speaker" facts are grouped across speakers (is one quote given to two
people?); "words" facts arrive blocked on the speaker's surname and are
grouped by similar wording (was one speaker's quote altered?).  Quotes with no
named speaker are never grouped.
"""
from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from factcheck.model import Fact

SIMILAR = 75.0  # words facts of one speaker closer than this are one quote, maybe altered
SAME = 90.0  # speaker facts closer than this are the same words


def split_quotes(attribute: str, facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """(subject, facts) for every group of quotes that may be the same words."""
    if attribute == "words":
        if not facts[0].key[-1]:
            return []
        return _clusters(facts, lambda a, b: _words_ratio(a, b) >= SIMILAR or _fragment(a, b), by_trigram=False)
    return _clusters(facts, same_words, by_trigram=True)


def same_words(a: Fact, b: Fact) -> bool:
    """Equal after normalizing, near-identical, or one a fragment of the other."""
    return a.value == b.value or _fragment(a, b) or _words_ratio(a, b) >= SAME


def _words_ratio(a: Fact, b: Fact) -> float:
    return fuzz.ratio(a.get("words"), b.get("words"))


def _fragment(a: Fact, b: Fact, min_words: int = 5) -> bool:
    shorter, longer = sorted((a.get("words"), b.get("words")), key=len)
    return len(shorter.split()) >= min_words and f" {shorter} " in f" {longer} "


def _clusters(facts: list[Fact], linked, by_trigram: bool) -> list[tuple[str, list[Fact]]]:
    """Single-link clusters of ``facts`` under ``linked``, computed on distinct wordings:
    many sources quoting the same words cost one comparison, not one per pair of sources."""
    by_words: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_words[fact.get("words")].append(fact)
    uniques = [members[0] for _words, members in sorted(by_words.items())]
    parent = list(range(len(uniques)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidates(uniques, by_trigram):
        if root(i) != root(j) and linked(uniques[i], uniques[j]):
            parent[root(i)] = root(j)
    groups: dict[int, list[Fact]] = defaultdict(list)
    for index, unique in enumerate(uniques):
        groups[root(index)].extend(by_words[unique.get("words")])
    result = []
    for members in groups.values():
        if len(members) > 1:
            first = min(members, key=lambda f: (f.source, f.start))
            result.append((_subject(first), members))
    return sorted(result, key=lambda item: (item[0], item[1][0].source, item[1][0].start))


def _candidates(facts: list[Fact], by_trigram: bool) -> list[tuple[int, int]]:
    if not by_trigram:
        return [(i, j) for i in range(len(facts)) for j in range(i + 1, len(facts))]
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, fact in enumerate(facts):
        words = fact.get("words").split()
        for gram in {tuple(words[k:k + 3]) for k in range(max(len(words) - 2, 0))}:
            postings[gram].append(index)
    pairs = {(a, b) for members in postings.values() for n, a in enumerate(members) for b in members[n + 1:]}
    return sorted(pairs)


def _subject(fact: Fact) -> str:
    words = fact.text.split()
    head = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    speaker = fact.get("speaker")
    return f"“{head}”" + (f" ({speaker})" if fact.attribute == "words" and speaker else "")
