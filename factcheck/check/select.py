"""Which rules run, at which severity: --select, --ignore, --extend-select, overrides."""
from __future__ import annotations

from dataclasses import replace

from factcheck.check.schema import Rule
from factcheck.errors import UsageError


def select_rules(
    rules: list[Rule],
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    extend_select: tuple[str, ...] = (),
    severity: tuple[tuple[str, str], ...] = (),
) -> list[Rule]:
    """The rules picked by id or family, with severities overridden."""
    known = {r.id for r in rules} | {r.family for r in rules} | {"ALL"}
    for name in (*select, *ignore, *extend_select, *(k for k, _ in severity)):
        if name not in known:
            raise UsageError(f"unknown rule or family '{name}' (see 'factcheck rules list')")
    chosen = [r for r in rules if not select or _matches(r, select) or _matches(r, extend_select)]
    chosen = [r for r in chosen if not _matches(r, ignore)]
    overrides = dict(severity)
    return [replace(r, severity=overrides.get(r.id, overrides.get(r.family, r.severity))) for r in chosen]


def _matches(rule: Rule, names: tuple[str, ...]) -> bool:
    return "ALL" in names or rule.id in names or rule.family in names
