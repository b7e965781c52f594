"""Suppressions: ignore one conflict without disabling its rule.

Two ways: a conflict id in the config (``suppress = ["<id>"]``), or an inline
marker in a Markdown or HTML document, ``<!-- factcheck: ignore RULE -->``,
on the line of a claim or alone on the line before the claim's paragraph.
A marker with no rule names every rule; rule families are accepted too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.model import Conflict, Diagnostic, Document, RuleInfo
from factcheck.segment import LineIndex

MARKUP_SUFFIXES = (".md", ".markdown", ".html", ".htm")
_MARKER = re.compile(r"<!--\s*factcheck:\s*ignore\b(.*?)-->", re.S)


@dataclass(frozen=True)
class Marker:
    """One inline marker: where it is, what it names, which lines it covers."""

    path: str
    line: int
    names: frozenset[str]  # empty: every rule
    first: int
    last: int

    def covers(self, rule: RuleInfo | None, rule_id: str, line: int) -> bool:
        named = not self.names or rule_id in self.names or (rule is not None and rule.family in self.names)
        return named and self.first <= line <= self.last


def find_markers(document: Document) -> list[Marker]:
    """Every ignore marker in a Markdown or HTML document."""
    if not document.path.lower().endswith(MARKUP_SUFFIXES) or "factcheck:" not in document.text:
        return []
    text = document.text
    lines = text.split("\n")
    index = LineIndex(text)
    markers = []
    for match in _MARKER.finditer(text):
        first, _ = index.line_column(match.start())
        last, _ = index.line_column(match.end())
        names = frozenset(n for n in re.split(r"[\s,]+", match.group(1)) if n)
        line_end = text.find("\n", match.end())
        rest = text[text.rfind("\n", 0, match.start()) + 1: match.start()] + text[match.end(): line_end if line_end >= 0 else None]
        covered_last = last
        if not rest.strip():  # alone on its line(s): covers the paragraph that follows
            covered_last = last + 1
            while covered_last < len(lines) and lines[covered_last].strip():
                covered_last += 1
        markers.append(Marker(document.path, first, names, first, covered_last))
    return markers


def suppress(
    conflicts: tuple[Conflict, ...],
    documents: tuple[Document, ...],
    rules: tuple[RuleInfo, ...],
    ids: tuple[str, ...] = (),
    config_path: str | None = None,
    names: frozenset[str] | None = None,
) -> tuple[tuple[Conflict, ...], int, list[Diagnostic]]:
    """The conflicts no suppression covers, how many were suppressed, and stale-suppression warnings;
    with ``names`` (every rule id and family there is), markers naming none of them are reported too."""
    by_rule = {r.id: r for r in rules}
    markers: dict[str, list[Marker]] = {}
    for document in documents:
        found = find_markers(document)
        if found:
            markers[document.path] = found
    indexes = {d.path: LineIndex(d.text) for d in documents if d.path in markers}
    used: set[Marker] = set()
    used_ids: set[str] = set()
    kept = []
    for conflict in conflicts:
        hits = [m for claim in conflict.claims for m in markers.get(claim.source, ())
                if m.covers(by_rule.get(conflict.rule), conflict.rule, indexes[claim.source].line_column(claim.start)[0])]
        used.update(hits)
        if conflict.id in ids:
            used_ids.add(conflict.id)
        if not hits and conflict.id not in ids:
            kept.append(conflict)
    known = set(by_rule) | {r.family for r in rules}
    diagnostics = [
        Diagnostic(m.path, f"suppression '{_describe(m)}' matches no conflict", m.line)
        for found in markers.values() for m in found
        if m not in used and (not m.names or m.names & known)
    ]
    if names is not None:
        diagnostics += [Diagnostic(m.path, f"suppression names unknown rule '{name}'", m.line)
                        for found in markers.values() for m in found for name in sorted(m.names - names)]
    where = config_path or "config"
    diagnostics += [Diagnostic(where, f"suppress entry '{i}' matches no conflict") for i in ids if i not in used_ids]
    return tuple(kept), len(conflicts) - len(kept), diagnostics


def _describe(marker: Marker) -> str:
    return "ignore " + " ".join(sorted(marker.names)) if marker.names else "ignore"
