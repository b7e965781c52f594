"""markdown: a report for a pull-request comment, under GitHub's 64 KB limit.

The first line is a hidden marker so a bot can find and update its comment.
Document text is untrusted: HTML, Markdown syntax and @-mentions are escaped.
"""
from __future__ import annotations

import re

from factcheck.model import Conflict, Report
from factcheck.report import Positions, by_value, headline, location, sentence_parts

MARKER = "<!-- factcheck-report -->"
LIMIT = 60_000  # bytes; GitHub rejects comments over 65,536 characters
ROWS = 20  # claims shown per conflict
CONTEXT = 120  # characters of sentence kept on each side of the claimed words
_SPECIAL = re.compile(r"([\\`*_{}\[\]|~<>&@$])")


def escape(text: str) -> str:
    """Text shown literally in GitHub Markdown (no markup, no HTML, no mentions, one line)."""
    text = re.sub(r"\s+", " ", text)

    def one(match: re.Match[str]) -> str:
        char = match.group(1)
        return {"<": "&lt;", ">": "&gt;", "&": "&amp;", "@": "@&#8203;", "|": "&#124;"}.get(char, "\\" + char)

    return _SPECIAL.sub(one, text)


def render(report: Report, limit: int = LIMIT) -> str:
    positions = Positions(report.documents)
    head = [MARKER, f"### factcheck: {escape(headline(report))}", ""]
    if not report.conflicts:
        head += ["No contradictions found.", ""]
    new = [c for c in report.conflicts if c.new]
    known = [c for c in report.conflicts if not c.new]
    blocks = [_block(c, positions, report.baseline is not None) for c in new]
    known_blocks = [_block(c, positions, True) for c in known]
    tail = _fixed(report)
    body = list(head)
    size = len("\n".join(body).encode("utf-8")) + len("\n".join(tail).encode("utf-8")) + 400
    shown = 0
    sections = [(blocks, None), (known_blocks, f"<details><summary>{len(known)} baselined conflict{'s' if len(known) != 1 else ''}</summary>")]
    for group, opening in sections:
        if not group:
            continue
        if opening:
            body += [opening, ""]
        for block in group:
            cost = len(block.encode("utf-8")) + 1
            if size + cost > limit:
                break
            body.append(block)
            size += cost
            shown += 1
        if opening:
            body += ["</details>", ""]
    if shown < len(report.conflicts):
        body += [f"**Truncated:** {len(report.conflicts) - shown} more conflicts not shown "
                 "(run `factcheck check --format html` for the full report).", ""]
    return "\n".join(body + tail).rstrip("\n") + "\n"


def _block(conflict: Conflict, positions: Positions, show_state: bool) -> str:
    state = (" · **new**" if conflict.new else " · baselined") if show_state else ""
    lines = [
        f"#### {conflict.severity}: {escape(conflict.subject)} — {escape(conflict.attribute)}{state}",
        "",
        f"`{conflict.rule}` · id `{conflict.id}` · {escape(conflict.message)}",
        "",
        "| Value | Where | Sentence |",
        "| --- | --- | --- |",
    ]
    rows = [(value, display, claim) for value, display, claims in by_value(conflict) for claim in claims]
    for value, display, claim in rows[:ROWS]:
        before, words, after = sentence_parts(claim)
        before = before if len(before) <= CONTEXT else "…" + before[-CONTEXT:]
        after = after if len(after) <= CONTEXT else after[:CONTEXT] + "…"
        sentence = escape(before) + (f"**{escape(words)}**" if words else "") + escape(after)
        if claim.attribution:
            sentence += f" _({escape(claim.attribution)})_"
        lines.append(f"| **{escape(display)}** ({escape(value)}) | {escape(location(claim, positions))} | {sentence} |")
    if len(rows) > ROWS:
        lines.append(f"| … | {len(rows) - ROWS} more claims | see the full report |")
    return "\n".join(lines) + "\n"


def _fixed(report: Report) -> list[str]:
    if not report.fixed:
        return []
    count = len(report.fixed)
    lines = [f"<details><summary>{count} baseline entr{'ies' if count != 1 else 'y'} no longer match{'' if count != 1 else 'es'} (fixed)</summary>", ""]
    for entry in report.fixed:
        values = " vs ".join(f"{escape(display)} ({escape(', '.join(sources))})" for _v, display, sources in entry.values)
        lines.append(f"- `{entry.rule}` {escape(entry.subject)}: {values} — id `{entry.id}`")
    return lines + ["", "</details>", ""]
