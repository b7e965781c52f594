"""Baseline files: the known conflicts a CI run compares against.

A baseline entry records the rule, subject and every (source, value) claim of
a conflict, never line numbers.  A current conflict is *known* when its id
equals an entry's, or when its (source, value) claims are a subset of an
entry's with the same rule and subject (it lost a claim); one extra
disagreeing claim makes it new.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.check.engine import subject_key
from factcheck.errors import BaselineError
from factcheck.model import BaselineEntry, Conflict

BASELINE_VERSION = 1
DEFAULT_BASELINE = ".factcheck-baseline.json"


@dataclass(frozen=True)
class Comparison:
    """Current conflicts marked new or not, and the entries nothing matched any more."""

    conflicts: tuple[Conflict, ...]
    matched: tuple[BaselineEntry, ...]
    fixed: tuple[BaselineEntry, ...]


def entry_for(conflict: Conflict) -> BaselineEntry:
    """The baseline entry recording ``conflict``."""
    sources: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for claim in conflict.claims:
        sources[claim.value].add(claim.source)
        shown.setdefault(claim.value, claim.display)
    values = tuple((v, shown[v], tuple(sorted(sources[v]))) for v in sorted(sources))
    return BaselineEntry(conflict.rule, conflict.subject, conflict.id, conflict.attribute, values)


def compare(conflicts: tuple[Conflict, ...], entries: tuple[BaselineEntry, ...]) -> Comparison:
    """Mark each conflict new unless an entry knows it; list the entries nothing matched."""
    by_id = {e.id: e for e in entries}
    by_subject: dict[tuple[str, str], list[BaselineEntry]] = defaultdict(list)
    for entry in entries:
        by_subject[(entry.rule, subject_key(entry.subject))].append(entry)
    matched: set[BaselineEntry] = set()
    marked = []
    for conflict in conflicts:
        known = _known(conflict, by_id, by_subject)
        matched.update(known)
        if known:
            marked.append(replace(conflict, new=False))
        else:
            marked.append(_offending_first(conflict, by_subject.get((conflict.rule, subject_key(conflict.subject)), [])))
    return Comparison(
        tuple(marked),
        tuple(sorted(e for e in entries if e in matched)),
        tuple(sorted(e for e in entries if e not in matched)),
    )


def _offending_first(conflict: Conflict, related: list[BaselineEntry]) -> Conflict:
    """A new conflict with the claims no related entry records first, so annotations point at the change."""
    seen = frozenset().union(*(e.pairs for e in related)) if related else frozenset()
    claims = sorted(conflict.claims, key=lambda c: (c.source, c.value) in seen)
    return replace(conflict, new=True, claims=tuple(claims))


def _known(conflict: Conflict, by_id: dict[str, BaselineEntry],
           by_subject: dict[tuple[str, str], list[BaselineEntry]]) -> list[BaselineEntry]:
    if conflict.id in by_id:
        return [by_id[conflict.id]]
    pairs = {(c.source, c.value) for c in conflict.claims}
    candidates = by_subject.get((conflict.rule, subject_key(conflict.subject)), ())
    return [e for e in candidates if pairs <= e.pairs]


def render(entries: tuple[BaselineEntry, ...] | list[BaselineEntry]) -> str:
    """The baseline file: sorted, indented, no timestamps, so it only changes when entries do."""
    unique = {e.id: e for e in entries}
    records = [entry_record(e) for e in sorted(unique.values(), key=lambda e: (e.rule, subject_key(e.subject), e.id))]
    data = {"version": BASELINE_VERSION, "tool": "factcheck", "conflicts": records}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def entry_record(entry: BaselineEntry) -> dict[str, Any]:
    """An entry as the baseline file (and the JSON report's ``baseline.fixed``) writes it."""
    return {
        "id": entry.id,
        "rule": entry.rule,
        "subject": entry.subject,
        "attribute": entry.attribute,
        "values": [{"value": v, "display": d, "sources": list(s)} for v, d, s in entry.values],
    }


def load(path: Path) -> tuple[BaselineEntry, ...]:
    """The entries of the baseline file at ``path``; a BaselineError naming it (and the line) otherwise."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError("baseline not found (create it with 'factcheck baseline')", where) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"cannot read baseline: {exc}", where) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"corrupt baseline: {exc.msg} (column {exc.colno})", where, exc.lineno) from None
    if not isinstance(data, dict) or not isinstance(data.get("conflicts"), list):
        raise BaselineError("corrupt baseline: expected an object with a 'conflicts' list", where, 1)
    if data.get("version") != BASELINE_VERSION:
        raise BaselineError(f"unsupported baseline version {data.get('version')!r} (expected {BASELINE_VERSION})", where, 1)
    return tuple(_entry(record, number, where, text) for number, record in enumerate(data["conflicts"], 1))


def _entry(record: Any, number: int, where: str, text: str) -> BaselineEntry:
    def fail(what: str) -> BaselineError:
        line = _line_of(text, record.get("id") if isinstance(record, dict) else None)
        return BaselineError(f"corrupt baseline: entry {number}: {what}", where, line)

    if not isinstance(record, dict):
        raise fail("not an object")
    for key in ("id", "rule", "subject"):
        if not isinstance(record.get(key), str) or not record[key]:
            raise fail(f"'{key}' must be a non-empty string")
    values = record.get("values")
    if not isinstance(values, list) or not values:
        raise fail("'values' must be a non-empty list")
    parsed = []
    for value in values:
        sources = value.get("sources") if isinstance(value, dict) else None
        if (not isinstance(value, dict) or not isinstance(value.get("value"), str)
                or not isinstance(sources, list) or not all(isinstance(s, str) for s in sources)):
            raise fail("each value needs a 'value' string and a 'sources' list of strings")
        parsed.append((value["value"], str(value.get("display") or value["value"]), tuple(sorted(sources))))
    return BaselineEntry(record["rule"], record["subject"], record["id"], str(record.get("attribute", "")),
                         tuple(sorted(parsed)))


def _line_of(text: str, entry_id: object) -> int | None:
    if not isinstance(entry_id, str):
        return None
    at = text.find(json.dumps(entry_id))
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def merge(conflicts: tuple[Conflict, ...], existing: tuple[BaselineEntry, ...] | None,
          update: bool, prune: bool) -> tuple[list[BaselineEntry], str]:
    """The entries to write and a note on what changed.

    Neither flag (or no file yet): exactly the current conflicts.  ``update``
    keeps the file's entries as written and adds new conflicts; ``prune`` drops
    entries that match nothing; both together do both.
    """
    if existing is None or not (update or prune):
        return [entry_for(c) for c in conflicts], ""
    comparison = compare(conflicts, existing)
    kept = list(comparison.matched) if prune else list(existing)
    added = [entry_for(c) for c in comparison.conflicts if c.new] if update else []
    removed = len(existing) - len(kept)
    return kept + added, f" ({len(added)} added, {removed} removed)"
