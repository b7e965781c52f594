"""github: GitHub Actions workflow commands that annotate the offending lines.

One annotation per new conflict at its first claim, the other claims named
in the message; capped at ``CAP`` (GitHub shows at most 50 per job).  The
full Markdown report goes to the job summary (see ``report.emit``).
"""
from __future__ import annotations

from factcheck.model import Report
from factcheck.report import Positions, by_value, location

CAP = 50
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, cap: int = CAP) -> str:
    positions = Positions(report.documents)
    annotated = [c for c in report.conflicts if c.new]
    lines = []
    for conflict in annotated[:cap]:
        primary = conflict.claims[0]
        where = positions.index(primary.source).position(primary.start, primary.end)
        props = {"file": primary.source, "line": where.line, "col": where.column,
                 "endLine": where.end_line, "endColumn": where.end_column,
                 "title": f"{conflict.rule}: {conflict.subject} — {conflict.attribute}"}
        if where.end_line != where.line:
            del props["col"], props["endColumn"]
        values = "; ".join(
            f"{display} at " + ", ".join(location(c, positions) for c in claims)
            for _value, display, claims in by_value(conflict)
        )
        message = f"{conflict.message}\n{values}"
        fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
        lines.append(f"::{COMMANDS[conflict.severity]} {fields}::{escape_data(message)}")
    if len(annotated) > cap:
        lines.append(f"::notice title=factcheck::{escape_data(f'{len(annotated) - cap} more conflicts not annotated (cap {cap}); see the job summary')}")
    return "".join(line + "\n" for line in lines)
