"""Reporters: one module per format. They only render a Report."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from factcheck.model import Conflict, Document, Fact, Report
from factcheck.segment import LineIndex


class Positions:
    """Line and column of any span of the report's documents, computed on demand."""

    def __init__(self, documents: tuple[Document, ...]) -> None:
        self._documents = {d.path: d for d in documents}
        self._indexes: dict[str, LineIndex] = {}

    def index(self, path: str) -> LineIndex:
        index = self._indexes.get(path)
        if index is None:
            document = self._documents.get(path)
            origin = document.origin if document else None
            where = (origin.offset, origin.line, origin.column) if origin else (0, 1, 1)
            index = self._indexes[path] = LineIndex(document.text if document else "", where)
        return index


def claim_record(fact: Fact, positions: Positions) -> dict[str, Any]:
    """A fact as the JSON contract's claim object."""
    index = positions.index(fact.source)
    line, column = index.line_column(fact.start)  # not index.position: a Position per claim costs more than the rest
    end_line, end_column = index.line_column(fact.end)
    return {
        "source": fact.source,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "start": index.file_offset(fact.start),
        "end": index.file_offset(fact.end),
        "text": fact.text,
        "value": fact.value,
        "display": fact.display,
        "sentence": one_line(fact.sentence),
        "attribution": fact.attribution,
    }


@lru_cache(maxsize=1 << 14)
def one_line(sentence: str) -> str:
    """The sentence with each run of whitespace one space (markup blanked to spaces in HTML leaves runs);
    cached, as a big report's 10⁵ claims come from a few thousand sentences."""
    return " ".join(sentence.split())


def conflict_record(conflict: Conflict, positions: Positions) -> dict[str, Any]:
    record = conflict_fields(conflict, positions)
    if conflict.details:
        record["details"] = dict(conflict.details)
    return record


def conflict_fields(conflict: Conflict, positions: Positions, claims: bool = True) -> dict[str, Any]:
    """A conflict's fields; with ``claims`` False, all but its claims (for a writer that streams them)."""
    fields = {
        "id": conflict.id,
        "rule": conflict.rule,
        "severity": conflict.severity,
        "kind": conflict.kind,
        "subject": conflict.subject,
        "attribute": conflict.attribute,
        "message": conflict.message,
        "new": conflict.new,
    }
    if claims:
        fields["claims"] = [claim_record(c, positions) for c in conflict.claims]
    return fields


def summary(report: Report) -> dict[str, Any]:
    by_severity = {level: 0 for level in ("error", "warning", "info")}
    for conflict in report.conflicts:
        by_severity[conflict.severity] += 1
    return {
        "documents": len(report.documents),
        "facts": len(report.facts),
        "conflicts": len(report.conflicts),
        "new": sum(1 for c in report.conflicts if c.new),
        "suppressed": report.suppressed,
        "by_severity": by_severity,
    }


def by_value(conflict: Conflict) -> list[tuple[str, str, list[Fact]]]:
    """Each value of a conflict with its display form and claims, values sorted."""
    groups: dict[str, list[Fact]] = {}
    for claim in conflict.claims:
        groups.setdefault(claim.value, []).append(claim)
    return [(value, groups[value][0].display, groups[value]) for value in sorted(groups)]


def sentence_parts(claim: Fact) -> tuple[str, str, str]:
    """The claim's sentence split around the claimed words: (before, words, after)."""
    at = claim.sentence.find(claim.text) if claim.text else -1
    if at < 0:
        return claim.sentence, "", ""
    return claim.sentence[:at], claim.text, claim.sentence[at + len(claim.text):]


def location(claim: Fact, positions: Positions) -> str:
    """"path:line:column" of a claim."""
    line, column = positions.index(claim.source).line_column(claim.start)
    return f"{claim.source}:{line}:{column}"


def headline(report: Report) -> str:
    """One line: how many conflicts, new and known, and fixed baseline entries."""
    counts = summary(report)
    total = counts["conflicts"]
    parts = [f"{total} conflict{'s' if total != 1 else ''}"]
    levels = [f"{n} {level}" for level, n in counts["by_severity"].items() if n]
    if levels:
        parts[0] += f" ({', '.join(levels)})"
    if report.baseline is not None:
        parts.append(f"{counts['new']} new, {total - counts['new']} baselined, {len(report.fixed)} fixed")
    if report.suppressed:
        parts.append(f"{report.suppressed} suppressed")
    parts.append(f"{counts['documents']} document{'s' if counts['documents'] != 1 else ''}")
    return " · ".join(parts)
