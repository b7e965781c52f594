"""Align: facts → groups about one subject and attribute.

Facts are first blocked on ``(kind, attribute, key)``, so the cost grows with
the number of facts sharing a key, never with the square of all facts.  Event
date blocks are then split into events by place and ordinal; event place
blocks stay whole per event type (the place is what they compare).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from operator import attrgetter
from typing import Iterable

from factcheck.align.events import split_events
from factcheck.align.parallel import KIND as PARALLEL
from factcheck.align.parallel import frame_of, parallel_blocks
from factcheck.align.quantities import pair_quantities
from factcheck.align.quotes import split_quotes
from factcheck.model import Fact

#: The key of date facts that only describe a document and are never compared: a date that is not a day
#: written with its year.
UNCOMPARED_DATE = ("date",)


@dataclass(frozen=True)
class Group:
    """Facts that state the same attribute of the same subject."""

    kind: str
    attribute: str
    subject: str
    facts: tuple[Fact, ...]


Block = tuple[tuple[str, str, tuple[str, ...]], list[Fact]]


def align(facts: Iterable[Fact]) -> list[Group]:
    """Every group of two or more facts that could disagree, in a stable order."""
    return groups_in(blocks(facts))


def blocks(facts: Iterable[Fact]) -> list[Block]:
    """The facts blocked on ``(kind, attribute, key)``, sorted: groups never span two blocks, so blocks
    can be aligned and checked apart (and elsewhere) and the results joined in this order."""
    facts = list(facts)
    by_key: dict[tuple[str, str, tuple[str, ...]], list[Fact]] = defaultdict(list)
    for fact, key in zip(facts, map(_block_key, facts)):
        if key[2] != UNCOMPARED_DATE:
            by_key[key].append(fact)
    return sorted(list(by_key.items()) + parallel_blocks(facts))


def groups_in(blocks: Iterable[Block]) -> list[Group]:
    """The groups of two or more facts in each block, in block order."""
    groups: list[Group] = []
    for (kind, attribute, _key), block in blocks:
        for subject, members in _split(kind, attribute, block):
            if len(members) > 1:
                groups.append(Group(kind, attribute, subject, tuple(sorted(members, key=_order))))
    return groups


def _split(kind: str, attribute: str, block: list[Fact]) -> list[tuple[str, list[Fact]]]:
    """A block → the groups of facts about one subject (one event, one counted thing)."""
    if kind == "event" and attribute == "date":
        return sorted(split_events(block).items())
    if kind == "quantity":
        return pair_quantities(block)
    if kind == "quote":
        return split_quotes(attribute, block)
    if kind == PARALLEL:
        return [(frame_of(block[0]), block)]
    return [(block[0].subject, block)]


_block_key = attrgetter("kind", "attribute", "key")  # read in C, as is the order below
#: A group's facts in document order: (source, start, end), read in C.
_order = attrgetter("source", "start", "end")
