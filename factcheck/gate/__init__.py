"""Gate: decide what a run reports and fails on — suppressions, baseline, changed files.

Runs once between the rule engine and the reporters, so every format shows
the same conflicts.
"""
from __future__ import annotations

from dataclasses import replace

from factcheck.check.schema import Rule
from factcheck.gate import baseline as baseline_file
from factcheck.gate.changed import involving
from factcheck.gate.suppress import suppress
from factcheck.model import BaselineEntry, Report, RuleInfo


def rule_infos(rules: list[Rule]) -> tuple[RuleInfo, ...]:
    return tuple(sorted(RuleInfo(r.id, r.family, r.severity, r.title, " ".join(r.description.split())) for r in rules))


def apply(
    report: Report,
    rules: list[Rule],
    suppress_ids: tuple[str, ...] = (),
    config_path: str | None = None,
    baseline: tuple[BaselineEntry, ...] | None = None,
    baseline_path: str | None = None,
    changed: frozenset[str] | None = None,
    every_rule: list[Rule] | None = None,
) -> Report:
    """The report with suppressed conflicts dropped, baselined ones marked, others filtered by ``changed``.

    ``every_rule`` (selected or not) tells a misspelled rule name in an inline marker from an unselected one.
    """
    infos = rule_infos(rules)
    names = frozenset(n for r in every_rule or () for n in (r.id, r.family)) or None
    conflicts, suppressed, stale = suppress(report.conflicts, report.documents, infos, suppress_ids, config_path, names)
    fixed: tuple[BaselineEntry, ...] = ()
    if baseline is not None:
        comparison = baseline_file.compare(conflicts, baseline)
        conflicts, fixed = comparison.conflicts, comparison.fixed
    if changed is not None:
        conflicts = involving(conflicts, changed)
    return replace(report, conflicts=conflicts, diagnostics=(*report.diagnostics, *stale), rules=infos,
                   baseline=baseline_path if baseline is not None else None, fixed=fixed, suppressed=suppressed)
