"""facts: every extracted fact as a rich table, for inspection."""
from __future__ import annotations

from pathlib import PurePosixPath

from rich.console import Console
from rich.table import Table

from factcheck.model import Report
from factcheck.report import Positions


def render(report: Report, console: Console) -> None:
    positions = Positions(report.documents)
    table = Table(title=f"{len(report.facts)} facts", title_justify="left")
    for name in ("Where", "Kind", "Subject", "Attribute", "Text", "Value"):
        table.add_column(name)
    for fact in report.facts:
        line, column = positions.index(fact.source).line_column(fact.start)
        table.add_row(f"{PurePosixPath(fact.source).name}:{line}:{column}", fact.kind, fact.subject,
                      fact.attribute, fact.text, fact.value)
    console.print(table)
