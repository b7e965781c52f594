"""Parallel sentences: one sentence written in two documents with one value changed.

Wire copy is republished with edits, and pages copy paragraphs from each
other: "Coach Brad Childress said the decision…" in one document and
"Director Brad Childress said the decision…" in another are one statement
that disagrees with itself, whatever the two titles are.  A fact's *frame* is
its sentence with the fact's own words cut out (case, spacing and quote
marks aside); facts of one kind and attribute with the same frame in two or
more documents, with two or three values, make a block of their own (more
values are a template filled for different subjects, not one sentence
edited).  Only sentences of ``MIN_WORDS`` words or more are framed: short
ones ("He was 36.") repeat by chance.
"""
from __future__ import annotations

from collections import defaultdict
from operator import attrgetter
from typing import Sequence

from factcheck.model import Fact

#: The facts framed: (kind, attribute) → nothing; a changed value of these is a changed statement.
FRAMED = frozenset({("date", "value"), ("quantity", "count"), ("quantity", "amount"), ("person", "title"),
                    ("person", "age"), ("place", "area")})
MIN_WORDS = 8
#: A frame filled with more values than this is a template ("Revenue was $… million"), not an edited copy.
MAX_VALUES = 3
#: The kind of a parallel block and of its groups: rules on ``sentence.value`` check them.
KIND, ATTRIBUTE = "sentence", "value"
SHOWN = 60  # characters of the frame shown on each side of the cut
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})
#: Comparable text has no double quote marks: a quotation closed in one copy may run on into the next
#: paragraph in another ("“It's been with us for well over 20 years.”").
_COMPARED = str.maketrans({"“": None, "”": None, '"': None, "‘": "'", "’": "'", "\u00a0": " "})


def parallel_blocks(facts: Sequence[Fact]) -> list[tuple[tuple[str, str, tuple[str, ...]], list[Fact]]]:
    """Blocks of facts that share a frame across documents and disagree in value, keyed by the frame."""
    framed: dict[tuple[str, str, str, str], list[Fact]] = defaultdict(list)
    frames: dict[tuple[str, str], tuple[str, str] | None] = {}  # (sentence, words) → their frame: copies repeat both
    normal: dict[str, str | None] = {}  # each sentence once: its comparable form, None when too short
    for fact, framing in zip(facts, map(_kind_attribute, facts)):  # pairs built in C: most facts are not framed
        if framing not in FRAMED:
            continue
        said = (fact.sentence, fact.text)
        if said not in frames:
            frames[said] = _frame(fact.sentence, fact.text, normal)
        frame = frames[said]
        if frame is not None:
            framed[framing + frame].append(fact)
    found = []
    for (kind, attribute, before, after), members in framed.items():
        if _edited(members):
            found.append(((KIND, ATTRIBUTE, (kind, attribute, before, after)), members))
    return found


_kind_attribute = attrgetter("kind", "attribute")


def _frame(sentence: str, words: str, normal: dict[str, str | None]) -> tuple[str, str] | None:
    """The comparable sentence before and after the words; None when it is too short or lacks them.
    ``normal`` keeps each sentence's comparable form."""
    if sentence not in normal:
        normal[sentence] = _comparable(sentence) if sentence.count(" ") + 1 >= MIN_WORDS else None
    text = normal[sentence]
    if text is None:
        return None
    own = _comparable(words)
    cut = text.find(own)
    return (text[:cut], text[cut + len(own):]) if cut >= 0 and own else None


def _edited(members: list[Fact]) -> bool:
    """Two or ``MAX_VALUES`` values from more than one document; the cheap tests first, as most frames fail them."""
    return (len(members) > 1 and 1 < len({f.value for f in members}) <= MAX_VALUES
            and len({f.source for f in members}) > 1)


def _comparable(text: str) -> str:
    """Case, spacing and quote marks aside."""
    return " ".join(text.translate(_COMPARED).split()).casefold()


def frame_of(fact: Fact) -> str:
    """The fact's sentence with its words cut out, as shown: "… Brad Childress said the decision has …"."""
    sentence = fact.sentence.translate(_QUOTES)
    cut = max(sentence.find(fact.text.translate(_QUOTES)), 0)
    before, after = sentence[:cut], sentence[cut + len(fact.text):]
    left = before[-SHOWN:].split(" ", 1)[-1] if len(before) > SHOWN else before
    right = after[:SHOWN].rsplit(" ", 1)[0] if len(after) > SHOWN else after
    return " ".join(f"{'…' if len(before) > SHOWN else ''}{left}[…]{right}{'…' if len(after) > SHOWN else ''}".split())
