"""json and jsonl: the machine-readable contract (see README, "JSON output")."""
from __future__ import annotations

import json
from typing import Any

from factcheck import __version__
from factcheck.gate.baseline import entry_record
from factcheck.model import Report
from factcheck.report import Positions, claim_record, conflict_record, summary

FORMAT_VERSION = 1


def render(report: Report) -> str:
    positions = Positions(report.documents)
    data = {
        "version": FORMAT_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "summary": summary(report),
        "documents": [_document(d, report) for d in report.documents],
        "conflicts": [conflict_record(c, positions) for c in report.conflicts],
        "diagnostics": [{"path": d.path, "line": d.line, "level": d.level, "message": d.message}
                        for d in report.diagnostics],
    }
    if report.baseline is not None:
        data["baseline"] = {"path": report.baseline, "fixed": [entry_record(e) for e in report.fixed]}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def render_lines(report: Report) -> str:
    """One conflict per line."""
    positions = Positions(report.documents)
    return "".join(json.dumps(conflict_record(c, positions), ensure_ascii=False) + "\n" for c in report.conflicts)


def render_facts(report: Report) -> str:
    """One fact per line, with the claim fields plus kind, subject and attribute."""
    positions = Positions(report.documents)
    lines = []
    for fact in report.facts:
        record: dict[str, Any] = {"kind": fact.kind, "subject": fact.subject, "attribute": fact.attribute}
        record.update(claim_record(fact, positions))
        granularity = fact.get("granularity")
        if granularity:
            record["granularity"] = granularity
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines)


def _document(document, report: Report) -> dict[str, Any]:
    return {
        "path": document.path,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": document.published.isoformat() if document.published else None,
        "facts": report.fact_counts.get(document.path, 0),
    }
