"""json and jsonl: the machine-readable contract (see README, "JSON output")."""
from __future__ import annotations

import json
from typing import Any, Iterable

from factcheck import __version__
from factcheck.gate.baseline import entry_record
from factcheck.model import Report
from factcheck.report import Positions, claim_record, conflict_record, summary

FORMAT_VERSION = 1


def render(report: Report) -> str:
    """The report object, one document, conflict or diagnostic per line.

    Each item is encoded by the C encoder on a line of its own: readable in a
    diff, and an order of magnitude faster than ``indent=2`` on a big corpus.
    Items are encoded as they are built, so a conflict's claim records (10⁵ on
    a big corpus) never all exist at once.
    """
    positions = Positions(report.documents)
    head: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "summary": summary(report),
    }
    blocks: dict[str, Iterable[Any]] = {
        "documents": (_document(d, report) for d in report.documents),
        "conflicts": (conflict_record(c, positions) for c in report.conflicts),
        "diagnostics": ({"path": d.path, "line": d.line, "level": d.level, "message": d.message}
                        for d in report.diagnostics),
    }
    tail: dict[str, Any] = {}
    if report.baseline is not None:
        tail["baseline"] = {"path": report.baseline, "fixed": [entry_record(e) for e in report.fixed]}
    members = [[f"  {_dumps(key)}: {_dumps(value)}"] for key, value in head.items()]
    members += [_block(key, items) for key, items in blocks.items()]
    members += [[f"  {_dumps(key)}: {_dumps(value)}"] for key, value in tail.items()]
    pieces = ["{\n"]
    for member in members:
        pieces.extend(member)
        pieces.append(",\n")
    pieces[-1] = "\n}\n"
    return "".join(pieces)  # one join: a big report's text (10⁸ bytes) is copied once


def _block(key: str, items: Iterable[Any]) -> list[str]:
    """The pieces of one array member, one item per line."""
    pieces = [f"  {_dumps(key)}: ["]
    for item in items:
        pieces += ("\n    ", _dumps(item), ",")
    if len(pieces) == 1:
        return [pieces[0] + "]"]
    pieces[-1] = "\n  ]"
    return pieces


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


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
