"""html: one self-contained page, no network, filterable by severity, rule and state.

Document text is untrusted: everything from a document is escaped, and a
Content-Security-Policy allows only this page's one stylesheet and one
script (by hash), so injected markup could not run even if it slipped through.
"""
from __future__ import annotations

import base64
import hashlib
from html import escape

from factcheck import __version__
from factcheck.model import Conflict, Report
from factcheck.report import Positions, by_value, headline, location, sentence_parts
from factcheck.report import timeline

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1b1b1b}
header{border-bottom:1px solid #ddd;margin-bottom:1rem}
h1{font-size:1.4rem;margin:.2rem 0}
h2{font-size:1.05rem;margin:0 0 .3rem}
form{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:.6rem 0}
.conflict{border:1px solid #ddd;border-left:5px solid #999;border-radius:4px;padding:.6rem .9rem;margin:0 0 1rem}
.conflict.error{border-left-color:#c62828}.conflict.warning{border-left-color:#e6a100}.conflict.info{border-left-color:#1e88e5}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;padding:.05rem .35rem;border-radius:3px;color:#fff}
.sev.error{background:#c62828}.sev.warning{background:#b07a00}.sev.info{background:#1e6fb5}
.state{font-size:.75rem;border:1px solid #999;border-radius:3px;padding:0 .3rem;margin-left:.4rem}
.meta{color:#555;font-size:.85rem}
table{border-collapse:collapse;width:100%;margin-top:.4rem}
th,td{text-align:left;vertical-align:top;border-top:1px solid #eee;padding:.3rem .4rem}
td.value{white-space:nowrap}
td.where{font-family:ui-monospace,monospace;font-size:.8rem;white-space:nowrap}
mark{background:#ffe58a;padding:0 .1rem}
.attribution{color:#555;font-style:italic}
.timeline{display:block;margin:.5rem 0;max-width:100%;height:auto}
.tl-source,.tl-value,.tl-tick{font:11px system-ui,sans-serif;fill:#333}
.tl-guide{stroke:#eee}.tl-axis{stroke:#777}
.v0{fill:#c62828}.v1{fill:#1e88e5}.v2{fill:#2e7d32}.v3{fill:#8e24aa}.v4{fill:#ef6c00}.v5{fill:#00838f}
.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.3rem}
.swatch.v0{background:#c62828}.swatch.v1{background:#1e88e5}.swatch.v2{background:#2e7d32}
.swatch.v3{background:#8e24aa}.swatch.v4{background:#ef6c00}.swatch.v5{background:#00838f}
[hidden]{display:none!important}
"""

SCRIPT = """
(function () {
  var severity = document.getElementById("filter-severity");
  var rule = document.getElementById("filter-rule");
  var onlyNew = document.getElementById("filter-new");
  var items = Array.prototype.slice.call(document.querySelectorAll(".conflict"));
  var count = document.getElementById("shown-count");
  var empty = document.getElementById("empty");
  function apply() {
    var shown = 0;
    items.forEach(function (item) {
      var visible = (!severity.value || item.getAttribute("data-severity") === severity.value) &&
        (!rule.value || item.getAttribute("data-rule") === rule.value) &&
        (!onlyNew || !onlyNew.checked || item.getAttribute("data-new") === "true");
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    count.textContent = shown + " of " + items.length + " shown";
    empty.hidden = shown !== 0 || items.length === 0;
  }
  [severity, rule, onlyNew].forEach(function (control) {
    if (control) { control.addEventListener("change", apply); }
  });
  apply();
})();
"""


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


CSP = (f"default-src 'none'; style-src '{_hash(STYLE)}'; script-src '{_hash(SCRIPT)}'; "
       "img-src 'none'; base-uri 'none'; form-action 'none'")


def render(report: Report) -> str:
    positions = Positions(report.documents)
    rules = sorted({c.rule for c in report.conflicts})
    baselined = report.baseline is not None
    body = [
        "<header>",
        "<h1>factcheck report</h1>",
        f'<p class="meta">{escape(headline(report))} · factcheck {escape(__version__)}</p>',
        _filters(rules, baselined),
        "</header>",
        "<main>",
        *(_conflict(c, positions, baselined) for c in report.conflicts),
        '<p id="empty" hidden>No conflict matches the filters.</p>' if report.conflicts else
        "<p>No contradictions found.</p>",
        "</main>",
        _fixed(report),
    ]
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        "<title>factcheck report</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        *filter(None, body),
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]) + "\n"


def _filters(rules: list[str], baselined: bool) -> str:
    severities = "".join(f'<option value="{s}">{s}</option>' for s in ("error", "warning", "info"))
    rule_options = "".join(f'<option value="{escape(r)}">{escape(r)}</option>' for r in rules)
    new_only = '<label><input type="checkbox" id="filter-new"> new only</label>' if baselined else ""
    return (
        '<form id="filters">'
        f'<label>Severity <select id="filter-severity"><option value="">all</option>{severities}</select></label>'
        f'<label>Rule <select id="filter-rule"><option value="">all</option>{rule_options}</select></label>'
        f'{new_only}<span id="shown-count" class="meta"></span></form>'
    )


def _conflict(conflict: Conflict, positions: Positions, baselined: bool) -> str:
    state = ""
    if baselined:
        state = f'<span class="state">{"new" if conflict.new else "baselined"}</span>'
    rows = []
    for number, (value, display, claims) in enumerate(by_value(conflict)):
        for claim in claims:
            before, words, after = sentence_parts(claim)
            sentence = escape(before) + (f"<mark>{escape(words)}</mark>" if words else "") + escape(after)
            if claim.attribution:
                sentence += f' <span class="attribution">({escape(claim.attribution)})</span>'
            rows.append(
                f'<tr><td class="value"><span class="swatch v{number % 6}"></span><strong>{escape(display)}</strong> '
                f'<code>{escape(value)}</code></td><td class="where">{escape(location(claim, positions))}</td>'
                f"<td>{sentence}</td></tr>"
            )
    svg = timeline.render(conflict) if conflict.attribute == "date" else ""
    return (
        f'<section class="conflict {escape(conflict.severity)}" id="c-{escape(conflict.id)}" '
        f'data-severity="{escape(conflict.severity)}" data-rule="{escape(conflict.rule)}" '
        f'data-new="{"true" if conflict.new else "false"}">'
        f'<h2><span class="sev {escape(conflict.severity)}">{escape(conflict.severity)}</span> '
        f"{escape(conflict.subject)} — {escape(conflict.attribute)}{state}</h2>"
        f'<p class="meta">{escape(conflict.message)} · <code>{escape(conflict.rule)}</code> · '
        f"id <code>{escape(conflict.id)}</code></p>{svg}"
        f"<table><tr><th>Value</th><th>Where</th><th>Sentence</th></tr>{''.join(rows)}</table></section>"
    )


def _fixed(report: Report) -> str:
    if not report.fixed:
        return ""
    items = "".join(
        f"<li><code>{escape(e.rule)}</code> {escape(e.subject)}: "
        + " vs ".join(f"{escape(d)} ({escape(', '.join(s))})" for _v, d, s in e.values)
        + f" — id <code>{escape(e.id)}</code></li>"
        for e in report.fixed
    )
    return f"<section><h2>Baseline entries that no longer match (fixed)</h2><ul>{items}</ul></section>"
