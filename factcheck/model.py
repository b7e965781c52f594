"""Frozen records shared by every pipeline stage.

Everything a stage hands to the next is an immutable, sortable value, so a run
twice over the same input produces byte-identical output.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Origin:
    """Where a document's text sits inside a larger file (one record of a JSON dump).

    ``offset`` is the file offset of ``text[0]``; ``line`` and ``column`` (1-based) its position.
    """

    file: str
    offset: int
    line: int
    column: int


@dataclass(frozen=True)
class Document:
    """One source: its path as given, the text as read, and its metadata.

    ``body_start`` is the offset where the text after any front matter begins;
    every offset in the pipeline counts from the start of ``text``. Text read
    from HTML or JSON is the file's text with markup and escapes blanked to
    spaces, so it has the file's length and line breaks; ``origin`` is set
    when the text is one record inside a larger file.
    """

    path: str
    text: str
    body_start: int = 0
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    origin: Origin | None = None


@dataclass(frozen=True, order=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, order=True)
class Fact:
    """One comparable statement found in a document.

    ``key`` is what alignment blocks on: facts with equal ``kind``,
    ``attribute`` and ``key`` are about the same thing. ``value`` is the
    normalized value as a string (TIMEX3 for dates); ``data`` carries the
    structured form a comparator needs, as sorted (name, value) pairs.
    """

    source: str
    start: int
    end: int
    kind: str
    attribute: str
    subject: str
    key: tuple[str, ...]
    value: str
    display: str
    text: str
    sentence: str
    attribution: str | None = None
    data: tuple[tuple[str, Any], ...] = ()

    def get(self, name: str, default: Any = None) -> Any:
        for key, value in self.data:
            if key == name:
                return value
        return default

    def about(self, subject: str, key: tuple[str, ...], value: str) -> Fact:
        """This fact with another subject, key and value (entity resolution); itself when they are equal.

        Several times faster than ``dataclasses.replace``, which matters for 10⁵ person facts.
        """
        if subject == self.subject and key == self.key and value == self.value:
            return self
        fields = self.__dict__.copy()
        fields["subject"], fields["key"], fields["value"] = subject, key, value
        return fact_from_fields(fields)

    def with_data(self, name: str, value: Any) -> Fact:
        """This fact with one more (or another) ``data`` entry."""
        fields = self.__dict__.copy()
        fields["data"] = tuple(sorted((*((k, v) for k, v in self.data if k != name), (name, value)),
                                      key=lambda kv: kv[0]))
        return fact_from_fields(fields)


def fact_from_fields(fields: dict[str, Any]) -> Fact:
    """A :class:`Fact` holding ``fields``: every field, by name, in field order.

    A frozen dataclass's ``__init__`` sets each of its 13 fields through ``object.__setattr__``, about
    twice as slow as this; runs build a new fact for most of their 10⁵–10⁶ facts (shared values, entity
    resolution).  The fields go into the instance's own dictionary, which keeps the class's shared keys
    (as pickle does when it loads a fact): assigning ``fields`` itself as ``__dict__`` would cost each
    fact a dictionary of its own, 2.5 times the memory.  Only for fields taken from another fact or
    spelled out whole.
    """
    fact = object.__new__(Fact)
    fact.__dict__.update(fields.items())  # items, not the dict: a dict's update would replace the shared keys
    return fact


@dataclass(frozen=True)
class Position:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Conflict:
    """A disagreement found by one rule among facts about one subject."""

    id: str
    rule: str
    severity: str
    kind: str
    subject: str
    attribute: str
    message: str
    claims: tuple[Fact, ...]
    new: bool = True
    details: tuple[tuple[str, str], ...] = ()  # extra fields a kind adds, e.g. ("diff", "… [-a-] {+b+} …")

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(sorted({claim.value for claim in self.claims}))


@dataclass(frozen=True)
class Diagnostic:
    """A problem with one input that did not stop the run."""

    path: str
    message: str
    line: int | None = None
    level: str = "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True, order=True)
class RuleInfo:
    """What a report needs to know about a rule that ran (SARIF rule metadata)."""

    id: str
    family: str
    severity: str
    title: str
    description: str = ""


@dataclass(frozen=True, order=True)
class BaselineEntry:
    """One known conflict in a baseline file: rule, subject and each value with its sources."""

    rule: str
    subject: str
    id: str
    attribute: str = ""
    values: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # (value, display, sources)

    @property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """The (source, value) claims the entry records."""
        return frozenset((source, value) for value, _display, sources in self.values for source in sources)


@dataclass(frozen=True)
class Report:
    documents: tuple[Document, ...]
    facts: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    fact_counts: dict[str, int] = field(default_factory=dict)
    rules: tuple[RuleInfo, ...] = ()
    baseline: str | None = None  # the baseline file compared against, if any
    fixed: tuple[BaselineEntry, ...] = ()  # baseline entries that no longer match
    suppressed: int = 0
