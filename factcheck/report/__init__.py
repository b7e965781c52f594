"""Reporters: one module per format. They only render a Report."""
from __future__ import annotations

from typing import Any

from factcheck.model import Conflict, Document, Fact, Report
from factcheck.segment import LineIndex


class Positions:
    """Line and column of any span of the report's documents, computed on demand."""

    def __init__(self, documents: tuple[Document, ...]) -> None:
        self._documents = {d.path: d for d in documents}
        self._indexes: dict[str, LineIndex] = {}

    def index(self, path: str) -> LineIndex:
        if path not in self._indexes:
            document = self._documents.get(path)
            origin = document.origin if document else None
            where = (origin.offset, origin.line, origin.column) if origin else (0, 1, 1)
            self._indexes[path] = LineIndex(document.text if document else "", where)
        return self._indexes[path]


def claim_record(fact: Fact, positions: Positions) -> dict[str, Any]:
    """A fact as the JSON contract's claim object."""
    index = positions.index(fact.source)
    where = index.position(fact.start, fact.end)
    return {
        "source": fact.source,
        "line": where.line,
        "column": where.column,
        "end_line": where.end_line,
        "end_column": where.end_column,
        "start": index.file_offset(fact.start),
        "end": index.file_offset(fact.end),
        "text": fact.text,
        "value": fact.value,
        "display": fact.display,
        "sentence": " ".join(fact.sentence.split()),  # markup blanked to spaces in HTML leaves runs
        "attribution": fact.attribution,
    }


def conflict_record(conflict: Conflict, positions: Positions) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "rule": conflict.rule,
        "severity": conflict.severity,
        "kind": conflict.kind,
        "subject": conflict.subject,
        "attribute": conflict.attribute,
        "message": conflict.message,
        "new": conflict.new,
        "claims": [claim_record(c, positions) for c in conflict.claims],
    }


def summary(report: Report) -> dict[str, Any]:
    by_severity = {level: 0 for level in ("error", "warning", "info")}
    for conflict in report.conflicts:
        by_severity[conflict.severity] += 1
    return {
        "documents": len(report.documents),
        "facts": len(report.facts),
        "conflicts": len(report.conflicts),
        "new": sum(1 for c in report.conflicts if c.new),
        "by_severity": by_severity,
    }
