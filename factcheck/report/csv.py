"""csv: one row per claim, for spreadsheets.

Cells that a spreadsheet would run as a formula (starting with = + - @, tab
or CR) get a leading apostrophe, except TIMEX values such as ``--04-10``.
"""
from __future__ import annotations

import csv
import io

from factcheck.model import Report
from factcheck.report import Positions

COLUMNS = ("id", "rule", "severity", "new", "subject", "attribute", "value", "display", "source", "line",
           "column", "end_line", "end_column", "text", "sentence", "attribution", "message")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def render(report: Report) -> str:
    positions = Positions(report.documents)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for conflict in report.conflicts:
        for claim in conflict.claims:
            where = positions.index(claim.source).position(claim.start, claim.end)
            writer.writerow([
                conflict.id, conflict.rule, conflict.severity, "true" if conflict.new else "false",
                _cell(conflict.subject), conflict.attribute, claim.value, _cell(claim.display), _cell(claim.source),
                where.line, where.column, where.end_line, where.end_column, _cell(claim.text),
                _cell(claim.sentence), _cell(claim.attribution or ""), _cell(conflict.message),
            ])
    return buffer.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text
