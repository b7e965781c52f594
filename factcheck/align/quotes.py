"""Group quotes that could be the same words: by shared word trigrams, then by rapidfuzz.

"speaker" facts are grouped across speakers (is one quote given to two
people?); "words" facts arrive blocked on the speaker's surname and are
grouped by similar wording (was one speaker's quote altered?).  Quotes with no
named speaker are never grouped.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.model import Fact

SIMILAR = 75.0  # words facts of one speaker closer than this are one quote, maybe altered
SAME = 90.0  # speaker facts closer than this are the same words


def split_quotes(attribute: str, facts: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """(subject, facts) for every group of quotes that may be the same words."""
    if attribute == "words":
        if not facts[0].key[-1]:
            return []
        return _clusters(facts, lambda a, b: _words_ratio(a, b) >= SIMILAR or _fragment(a, b)
                         or end_ratio(*sorted((a.get("words"), b.get("words")), key=len)) >= SIMILAR
                         or altered_opening(a.text, b.text, SIMILAR)
                         or altered_ending(a.get("words"), b.get("words"), a.text, b.text), by_trigram=False)
    return _clusters(facts, same_words, by_trigram=True)


def same_words(a: Fact, b: Fact) -> bool:
    """Equal after normalizing, near-identical, or one a fragment of the other."""
    return a.value == b.value or _fragment(a, b) or _words_ratio(a, b) >= SAME


def _words_ratio(a: Fact, b: Fact) -> float:
    return fuzz.ratio(a.get("words"), b.get("words"))


#: Contractions written out, so "I'm sorry" and "I am sorry" are the same words.
CONTRACTIONS = {
    "i'm": "i am", "it's": "it is", "that's": "that is", "there's": "there is", "he's": "he is", "she's": "she is",
    "let's": "let us", "don't": "do not", "doesn't": "does not", "didn't": "did not", "can't": "cannot",
    "won't": "will not", "isn't": "is not", "aren't": "are not", "wasn't": "was not", "weren't": "were not",
    "haven't": "have not", "hasn't": "has not", "couldn't": "could not", "wouldn't": "would not",
    "shouldn't": "should not", "we're": "we are", "they're": "they are", "you're": "you are", "i've": "i have",
    "we've": "we have", "they've": "they have", "you've": "you have", "i'll": "i will", "we'll": "we will",
    "you'll": "you will", "they'll": "they will", "it'll": "it will", "i'd": "i would", "we'd": "we would",
}
#: British spellings in American form: "offence" / "offense", "labour" / "labor", "organised" / "organized",
#: "centre" / "center".  Both sides are rewritten alike, so a word caught by mistake changes nothing.
_SPELLINGS = (
    (re.compile(r"(?<=\w\w)our(s?)$"), r"or\1"), (re.compile(r"(?<=\w\w)ence$"), "ense"),
    (re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations)$"), r"iz\1"), (re.compile(r"(?<=\w\w)tre(s?)$"), r"ter\1"),
)


@lru_cache(maxsize=4096)
def comparable(words: str) -> str:
    """Normalized quote words with contractions written out and British spellings made American: how two
    wordings are compared for a misquote, since "I'm" for "I am" or "offence" for "offense" alters nothing."""
    out = []
    for word in words.split():
        word = CONTRACTIONS.get(word, word)
        for pattern, replacement in _SPELLINGS:
            word = pattern.sub(replacement, word)
        out.append(word)
    return " ".join(out)


def end_ratio(shorter: str, longer: str) -> float:
    """How near ``shorter`` comes to the start or the end of ``longer``, as many words of it: "the
    snowpack was stable by every test we ran" to "the snowpack was stable by every measure we had we did
    everything by the book" (a quote cut short with words altered)."""
    words, within = shorter.split(), longer.split()
    size = len(words)
    return max(fuzz.ratio(shorter, " ".join(within[:size])), fuzz.ratio(shorter, " ".join(within[-size:])))


#: Words two quotes must open on alike, at least, and share of the shorter one, for an altered ending.
ENDING_PREFIX = 7
ENDING_SHARE = 0.5
#: How much longer than the other one quote may be for its ending to be an altered one.
ENDING_LENGTHS = 1.5


def altered_ending(a: str, b: str, text_a: str, text_b: str) -> bool:
    """Whether two quotes (words ``a`` and ``b``, as written ``text_a`` and ``text_b``) of about one length open
    on the same words, at least ``ENDING_PREFIX`` of them and half the shorter, and end otherwise within their
    first sentence: "eighteen months of my life were stolen by a political witch hunt" / "… stolen by a careless
    investigation" (one sentence given two endings; not one sentence and two others after it, two parts of one
    statement)."""
    left, right = comparable(a).split(), comparable(b).split()
    shorter, longer = sorted((len(left), len(right)))
    if left == right or longer > ENDING_LENGTHS * shorter:
        return False
    first_a, first_b = opening(text_a), opening(text_b)
    if first_a is not None and first_a == first_b:
        return False
    same = next((n for n, (x, y) in enumerate(zip(left, right)) if x != y), shorter)
    return same < shorter and same >= ENDING_PREFIX and same >= ENDING_SHARE * shorter


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(]?[A-Z])")
#: Words an opening sentence needs to be compared on its own.
OPENING_WORDS = 5


@lru_cache(maxsize=4096)
def opening(text: str) -> str | None:
    """The first sentence of a quote of several, normalized and made comparable; None for a quote of one."""
    parts = _SENTENCE_END.split(text.strip(), maxsplit=1)
    if len(parts) < 2:
        return None
    words = " ".join(re.findall(r"[\w']+", parts[0].replace("’", "'").casefold()))
    return comparable(words) if len(words.split()) >= OPENING_WORDS else None


def altered_opening(a: str, b: str, min_ratio: float) -> bool:
    """Whether two quotes of several sentences open on one sentence with words altered, whatever follows: "We
    believe the gang had help from inside the bank. Someone told them …" / "We do not believe the gang had help
    from inside the bank. They studied the branch …"."""
    left, right = opening(a), opening(b)
    return bool(left and right and left != right and fuzz.ratio(left, right) >= min_ratio)


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
