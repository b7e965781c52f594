"""timeline: an inline SVG placing each source's date of one event on one axis.

Values are TIMEX strings.  When any of them has no year, the axis runs over
month and day only; values it cannot place (a weekday, a season) are listed
under the axis instead.
"""
from __future__ import annotations

import datetime as dt
import re
from html import escape

from factcheck.model import Conflict
from factcheck.report import by_value

WIDTH, LEFT, RIGHT, ROW = 720, 190, 110, 24
MAX_ROWS = 30  # beyond this, one row per value instead of one per claim
_DAY = re.compile(r"^(\d{4}|--)-?(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
LEAP = 2000  # year-less dates are placed in a leap year so 29 February fits


def span(value: str, yearless: bool) -> tuple[dt.date, dt.date] | None:
    """First and last day a TIMEX value covers on the axis, or None when it cannot be placed."""
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = span(first, yearless), span(last, yearless)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    try:
        if match := _DAY.match(value):
            year = LEAP if yearless or match.group(1) == "--" else int(match.group(1))
            day = dt.date(year, int(match.group(2)), int(match.group(3)))
            return day, day
        if match := _MONTH.match(value):
            year = LEAP if yearless else int(match.group(1))
            month = int(match.group(2))
            first_day = dt.date(year, month, 1)
            return first_day, (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        if (match := _YEAR.match(value)) and not yearless:
            return dt.date(int(match.group(1)), 1, 1), dt.date(int(match.group(1)), 12, 31)
    except ValueError:
        return None
    return None


def render(conflict: Conflict) -> str:
    """The SVG for a date conflict, or "" when fewer than two claims can be placed."""
    groups = by_value(conflict)
    yearless = any(v.startswith("--") or v.startswith("XXXX") for v, _d, _c in groups)
    placed = [(n, v, d, c, span(v, yearless)) for n, (v, d, c) in enumerate(groups)]
    rows = [(n, d, claim.source, where) for n, v, d, claims, where in placed if where for claim in claims]
    if len(rows) > MAX_ROWS:
        rows = [(n, d, f"{len(claims)} claims", where) for n, v, d, claims, where in placed if where]
    if len({where for *_rest, where in rows}) < 2:
        return ""
    low = min(w[0] for *_r, w in rows) - dt.timedelta(days=2)
    high = max(w[1] for *_r, w in rows) + dt.timedelta(days=2)
    days = max((high - low).days, 1)

    def x(day: dt.date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - low).days / days, 1)

    unplaced = [d for _n, _v, d, _c, where in placed if where is None]
    height = ROW * len(rows) + (56 if unplaced else 40)
    label = "Dates by source" + (" (year not stated by every source)" if yearless else "")
    parts = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" '
             f'height="{height}" viewBox="0 0 {WIDTH} {height}"><title>{escape(label)}</title>']
    for row, (number, display, source, (first, last)) in enumerate(rows):
        y = 16 + row * ROW
        parts.append(f'<text class="tl-source" x="{LEFT - 10}" y="{y + 4}" text-anchor="end">{escape(_short(source))}</text>')
        parts.append(f'<line class="tl-guide" x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}"/>')
        if first == last:
            parts.append(f'<circle class="tl-mark v{number % 6}" cx="{x(first)}" cy="{y}" r="6"/>')
        else:
            parts.append(f'<rect class="tl-mark v{number % 6}" x="{x(first)}" y="{y - 5}" '
                         f'width="{max(x(last) - x(first), 2)}" height="10" rx="3"/>')
        parts.append(f'<text class="tl-value" x="{x(last) + 10}" y="{y + 4}">{escape(display)}</text>')
    axis = 16 + len(rows) * ROW
    parts.append(f'<line class="tl-axis" x1="{LEFT}" y1="{axis}" x2="{WIDTH - RIGHT}" y2="{axis}"/>')
    for day, anchor in ((low, "start"), (high, "end")):
        text = f"{day.day} {day:%b}" if yearless else day.isoformat()
        parts.append(f'<text class="tl-tick" x="{x(day)}" y="{axis + 16}" text-anchor="{anchor}">{text}</text>')
    if unplaced:
        parts.append(f'<text class="tl-tick" x="{LEFT}" y="{axis + 34}">not placed: {escape(", ".join(unplaced))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _short(path: str, width: int = 26) -> str:
    return path if len(path) <= width else "…" + path[-(width - 1):]
