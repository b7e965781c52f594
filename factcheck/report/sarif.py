"""sarif: SARIF 2.1.0 for GitHub code scanning and other static-analysis viewers.

One result per conflict: the first claim is the primary location, the others
are related locations; ``partialFingerprints`` carry the conflict id, and
``baselineState`` is set when a baseline was used.  Columns count Unicode
code points, as everywhere in factcheck.
"""
from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.model import Conflict, Fact, Report, RuleInfo
from factcheck.report import Positions

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "factcheck/v1"


def render(report: Report) -> str:
    positions = Positions(report.documents)
    rules = _rules(report)
    index = {rule.id: number for number, rule in enumerate(rules)}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "factcheck",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_rule(r) for r in rules],
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_result(c, index, positions, report.baseline is not None) for c in report.conflicts],
    }
    data = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _rules(report: Report) -> list[RuleInfo]:
    """The rules that ran, plus any rule a conflict names that the report lacks."""
    rules = {r.id: r for r in report.rules}
    for conflict in report.conflicts:
        rules.setdefault(conflict.rule, RuleInfo(conflict.rule, conflict.kind, conflict.severity, conflict.rule))
    return [rules[k] for k in sorted(rules)]


def _rule(rule: RuleInfo) -> dict[str, Any]:
    description = rule.description or rule.title
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": description},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "help": {
            "text": f"{rule.title}. {description} See 'factcheck rules show {rule.id}'.",
            "markdown": f"**{rule.title}**\n\n{description}\n\nRun `factcheck rules show {rule.id}` for the rule and its examples.",
        },
        "properties": {"tags": ["factcheck", rule.family]},
    }


def _result(conflict: Conflict, index: dict[str, int], positions: Positions, baselined: bool) -> dict[str, Any]:
    primary, *others = conflict.claims
    result: dict[str, Any] = {
        "ruleId": conflict.rule,
        "ruleIndex": index[conflict.rule],
        "level": LEVELS[conflict.severity],
        "message": {"text": conflict.message},
        "locations": [_location(primary, positions)],
    }
    if others:
        result["relatedLocations"] = [
            {**_location(claim, positions), "id": number, "message": {"text": f"{claim.display} ({claim.value})"}}
            for number, claim in enumerate(others, 1)
        ]
    result["partialFingerprints"] = {FINGERPRINT: conflict.id}
    if baselined:
        result["baselineState"] = "new" if conflict.new else "unchanged"
    result["properties"] = {"subject": conflict.subject, "attribute": conflict.attribute, "id": conflict.id}
    return result


def _location(claim: Fact, positions: Positions) -> dict[str, Any]:
    where = positions.index(claim.source).position(claim.start, claim.end)
    return {"physicalLocation": {
        "artifactLocation": _artifact(claim.source),
        "region": {
            "startLine": where.line,
            "startColumn": where.column,
            "endLine": where.end_line,
            "endColumn": where.end_column,
            "snippet": {"text": claim.text},
        },
    }}


def _artifact(source: str) -> dict[str, str]:
    path = PurePosixPath(source)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    return {"uri": "/".join(quote(part, safe="") for part in path.parts), "uriBaseId": "%SRCROOT%"}
