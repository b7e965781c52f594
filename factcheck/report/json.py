"""json and jsonl: the machine-readable contract (see README, "JSON output")."""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from factcheck import __version__
from factcheck.gate.baseline import entry_record
from factcheck.model import Conflict, Report
from factcheck.report import Positions, conflict_fields, claim_record, conflict_record, summary

FORMAT_VERSION = 1


def render(report: Report) -> str:
    """The report object as one string (see :func:`render_chunks`)."""
    return "".join(render_chunks(report))


def render_chunks(report: Report) -> Iterator[str]:
    """The report object, one document, conflict or diagnostic per line, in pieces to write as they come.

    Each item is encoded by the C encoder on a line of its own: readable in a
    diff, and an order of magnitude faster than ``indent=2`` on a big corpus.
    Items are encoded as they are built, and a conflict's claims one by one,
    so neither its claim records (10⁵ on a big corpus) nor the report's text
    (10⁸ bytes) ever exist at once.
    """
    positions = Positions(report.documents)
    head: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "summary": summary(report),
    }
    blocks: dict[str, Iterable[Iterator[str]]] = {
        "documents": (iter((_dumps(_document(d, report)),)) for d in report.documents),
        "conflicts": (_conflict_chunks(c, positions) for c in report.conflicts),
        "diagnostics": (iter((_dumps({"path": d.path, "line": d.line, "level": d.level, "message": d.message}),))
                        for d in report.diagnostics),
    }
    tail: dict[str, Any] = {}
    if report.baseline is not None:
        tail["baseline"] = {"path": report.baseline, "fixed": [entry_record(e) for e in report.fixed]}
    yield "{\n"
    for key, value in head.items():
        yield f"  {_dumps(key)}: {_dumps(value)},\n"
    for n, (key, items) in enumerate(blocks.items()):
        yield from _block(key, items)
        yield ",\n" if n < len(blocks) - 1 or tail else "\n"
    for n, (key, value) in enumerate(tail.items()):
        yield f"  {_dumps(key)}: {_dumps(value)}" + (",\n" if n < len(tail) - 1 else "\n")
    yield "}\n"


def _block(key: str, items: Iterable[Iterator[str]]) -> Iterator[str]:
    """The pieces of one array member, one item per line."""
    yield f"  {_dumps(key)}: ["
    empty = True
    for item in items:
        yield "\n    " if empty else ",\n    "
        empty = False
        yield from item
    yield "]" if empty else "\n  ]"


def _conflict_chunks(conflict: Conflict, positions: Positions) -> Iterator[str]:
    """``json.dumps(conflict_record(conflict))`` in pieces, ``CLAIMS_PER_CHUNK`` claims at a time."""
    fields = conflict_fields(conflict, positions, claims=False)
    yield _dumps(fields)[:-1] + ', "claims": ['
    claims = conflict.claims
    for n in range(0, len(claims), CLAIMS_PER_CHUNK):
        records = [claim_record(claim, positions) for claim in claims[n:n + CLAIMS_PER_CHUNK]]
        yield (", " if n else "") + _dumps(records)[1:-1]  # a list's items are joined with ", " too
    yield "]" + (f', "details": {_dumps(dict(conflict.details))}' if conflict.details else "") + "}"


#: Claims encoded in one call: few calls, and still never every claim record of a big conflict at once.
CLAIMS_PER_CHUNK = 1000
#: What ``json.dumps(value, ensure_ascii=False)`` builds anew on every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def render_lines(report: Report) -> str:
    """One conflict per line."""
    positions = Positions(report.documents)
    return "".join(_dumps(conflict_record(c, positions)) + "\n" for c in report.conflicts)


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
        lines.append(_dumps(record) + "\n")
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
