"""spelling-across-sources: documents that share no spelling of one entity.

Two sources conflict when the spellings each uses have nothing in common
("Zelenskyy" in one, "Zelensky" in the other); a document that uses both
spellings is left to spelling-in-document.  Each source's spellings are a
bit mask, so finding the sources that have a disjoint partner costs the
distinct masks, not the pairs of sources.

``misspelling_severity`` is the conflict's severity when two of its spellings
differ by a consonant no transliteration explains (Hansbrough, Hansrough):
one source misspelled the name, which is not a matter of house style.
"""
from __future__ import annotations

from typing import Any

from factcheck.check.kinds.spelling import by_source, describe  # noqa: F401  (describe: the kind's explanation)
from factcheck.model import Fact
from factcheck.resolve.similarity import misspelled

PARAMS: dict[str, tuple[type, Any]] = {
    "misspelling_severity": (str, ""),
}


def conflicting(facts: tuple[Fact, ...], params: dict[str, Any]) -> tuple[Fact, ...]:
    """Every fact of the sources whose spellings are disjoint from another source's."""
    spellings_of = by_source(facts)
    forms = sorted({form for spellings in spellings_of.values() for form in spellings})
    bit = {form: 1 << n for n, form in enumerate(forms)}
    mask_of = {source: sum(bit[form] for form in spellings) for source, spellings in spellings_of.items()}
    masks = set(mask_of.values())
    apart_masks = _with_disjoint_partner(masks, len(forms))
    return tuple(f for f in facts if mask_of[f.source] in apart_masks)


def severity(claims: tuple[Fact, ...], params: dict[str, Any], default: str) -> str:
    """``misspelling_severity`` when two spellings differ by more than a transliteration, an accent or a
    doubled letter; else the rule's severity."""
    raised = params.get("misspelling_severity")
    if not raised:
        return default
    forms = sorted({claim.value for claim in claims})
    if any(misspelled(forms[0], other) for other in forms[1:]):
        return raised
    return default


def _with_disjoint_partner(masks: set[int], width: int) -> set[int]:
    """The masks that share no spelling with some other mask."""
    if width > MAX_TABLE_BITS:
        return {m for m in masks if any(not other & m for other in masks)}
    full = (1 << width) - 1
    # covered[c]: some mask uses only spellings within c (a sum over subsets, n·2**n steps)
    covered = [False] * (1 << width)
    for mask in masks:
        covered[mask] = True
    for bit in range(width):
        step = 1 << bit
        for c in range(1 << width):
            if c & step and covered[c ^ step]:
                covered[c] = True
    return {m for m in masks if covered[~m & full]}


#: Up to this many distinct spellings of one name, disjointness is read from a table of 2**n entries;
#: beyond it, distinct spelling sets are compared pairwise.
MAX_TABLE_BITS = 12
