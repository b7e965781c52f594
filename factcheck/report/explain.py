"""explain: one conflict, every claim side by side with its sentence highlighted."""
from __future__ import annotations

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from factcheck.model import Conflict, Report
from factcheck.report import Positions
from factcheck.report.table import STYLES, highlight


def render(report: Report, conflict: Conflict, console: Console) -> None:
    positions = Positions(report.documents)
    console.print(Text(f"{conflict.id}  {conflict.rule}  ", style="dim") + Text(conflict.severity, style=STYLES[conflict.severity]))
    console.print(Text(conflict.message, style="bold"))
    for claim in conflict.claims:
        where = positions.index(claim.source).position(claim.start, claim.end)
        title = f"{claim.source}:{where.line}:{where.column}  {claim.display} [{claim.value}]"
        body = highlight(claim)
        if claim.attribution:
            body.append(f"\n({claim.attribution})", style="italic")
        console.print(Panel(body, title=title, title_align="left"))
