"""table: the rich terminal view, grouped by subject, one row per conflict."""
from __future__ import annotations

from collections import defaultdict
from pathlib import PurePosixPath

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from factcheck.model import Conflict, Fact, Report
from factcheck.report import Positions, summary

MAX_PLACES = 3  # places listed per source and value; --verbose lists every claim
STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: Report, console: Console, verbose: bool = False) -> None:
    positions = Positions(report.documents)
    if report.conflicts:
        table = Table(show_lines=True, title="Contradictions", title_justify="left")
        table.add_column("Severity", no_wrap=True)
        table.add_column("Subject")
        table.add_column("Values and sources")
        table.add_column("Rule", no_wrap=True)
        for conflict in report.conflicts:
            table.add_row(
                Text(conflict.severity, style=STYLES[conflict.severity]),
                Text(f"{conflict.subject} — {conflict.attribute}"),
                _values(conflict, positions, verbose),
                Text(conflict.rule + ("" if conflict.new or report.baseline is None else "\n(baselined)"), style="dim"),
            )
        console.print(table)
    console.print(summary_line(report))


def _values(conflict: Conflict, positions: Positions, verbose: bool) -> Text:
    by_value: dict[str, list[Fact]] = defaultdict(list)
    for claim in conflict.claims:
        by_value[claim.value].append(claim)
    text = Text()
    for number, value in enumerate(sorted(by_value)):
        claims = by_value[value]
        if number:
            text.append("\n")
        text.append(claims[0].display, style="bold")
        text.append(f"  [{value}]", style="dim")
        if verbose:
            for claim in claims:
                text.append(f"\n  {_where(claim, positions)}")
                _attribution(text, claim)
                text.append("\n    ")
                text.append_text(highlight(claim))
            continue
        by_source: dict[str, list[Fact]] = defaultdict(list)
        for claim in claims:
            by_source[claim.source].append(claim)
        for source, own in by_source.items():
            places = [_where(c, positions, bare=True) for c in own[:MAX_PLACES]]
            more = f" (+{len(own) - MAX_PLACES} more)" if len(own) > MAX_PLACES else ""
            text.append(f"\n  {PurePosixPath(source).name}:{', '.join(places)}{more}")
            _attribution(text, own[0])
    return text


def _where(claim: Fact, positions: Positions, bare: bool = False) -> str:
    line, column = positions.index(claim.source).line_column(claim.start)
    return f"{line}:{column}" if bare else f"{PurePosixPath(claim.source).name}:{line}:{column}"


def _attribution(text: Text, claim: Fact) -> None:
    if claim.attribution:
        text.append(f" ({claim.attribution})", style="italic")


def highlight(claim: Fact) -> Text:
    """The claim's sentence with the claimed words in bold."""
    sentence = claim.sentence
    at = sentence.find(claim.text)
    text = Text(sentence, style="dim")
    if at >= 0:
        text.stylize("bold not dim", at, at + len(claim.text))
    return text


def summary_line(report: Report) -> str:
    counts = summary(report)
    parts = [f"{n} {level}" for level, n in counts["by_severity"].items() if n]
    detail = f" ({', '.join(parts)})" if parts else ""
    line = (
        f"{counts['conflicts']} conflict{'s' if counts['conflicts'] != 1 else ''}{detail} "
        f"in {counts['documents']} document{'s' if counts['documents'] != 1 else ''}, {counts['facts']} facts"
    )
    if report.baseline is not None:
        line += f"; {counts['new']} new, {counts['conflicts'] - counts['new']} baselined, {len(report.fixed)} fixed"
    if report.suppressed:
        line += f"; {report.suppressed} suppressed"
    return escape(line)
