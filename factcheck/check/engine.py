"""Apply rules to aligned groups and turn each disagreement into a Conflict."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from functools import lru_cache
from operator import attrgetter
from pathlib import PurePosixPath
from typing import Iterable

from factcheck.align import Group
from factcheck.check.claims import some_value_wholly
from factcheck.check.kinds import KINDS
from factcheck.check.schema import Rule
from factcheck.config import SEVERITIES
from factcheck.extract.attribution import is_hedged
from factcheck.model import Conflict, Fact


def run_rules(groups: Iterable[Group], rules: list[Rule]) -> list[Conflict]:
    """Every conflict any rule finds in any group, sorted by subject then rule."""
    by_target: dict[tuple[str, str], list[Rule]] = defaultdict(list)
    for rule in rules:
        by_target[(rule.fact_kind, rule.attribute)].append(rule)
    conflicts = []
    for group in groups:
        for rule in by_target.get((group.kind, group.attribute), ()):
            claims = KINDS[rule.kind].conflicting(group.facts, rule.parameters)
            if claims:
                conflicts.append(make_conflict(rule, group, claims))
    return sorted(conflicts, key=conflict_order)


def without_restated(conflicts: list[Conflict]) -> list[Conflict]:
    """The conflicts less the count or amount conflicts whose every claim lies inside the quoted words of
    a misquote: "waited three seasons" / "waited two seasons" in one judge's quote is that misquote told again."""
    quoted: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for conflict in conflicts:
        if conflict.kind == "quote" and conflict.attribute == "words":  # a misquote: one speaker's words altered
            for claim in conflict.claims:
                quoted[claim.source].append((claim.start, claim.end))
    if not quoted:
        return conflicts
    return [c for c in conflicts if c.kind != "quantity" or not all(
        any(start <= claim.start and claim.end <= end for start, end in quoted.get(claim.source, ()))
        for claim in c.claims)]


def conflict_order(conflict: Conflict) -> tuple[str, str, str]:
    """Conflicts are reported by subject, then rule, then id."""
    return conflict.subject.casefold(), conflict.rule, conflict.id


def make_conflict(rule: Rule, group: Group, claims: tuple[Fact, ...]) -> Conflict:
    describe = getattr(KINDS[rule.kind], "describe", None)
    details = describe(claims, rule.parameters) if describe else {}
    severity = severity_for(rule, claims)
    graded = getattr(KINDS[rule.kind], "severity", None)  # a kind may grade its own conflicts
    if graded is not None:
        severity = graded(claims, rule.parameters, severity)
    fields = _Fields(details, subject=group.subject, attribute=group.attribute, values=describe_values(claims))
    return Conflict(
        id=fingerprint(rule.id, group.subject, claims),
        rule=rule.id,
        severity=severity,
        kind=group.kind,
        subject=group.subject,
        attribute=group.attribute,
        message=rule.message.format_map(fields),
        claims=claims,
        details=tuple(sorted(details.items())),
    )


class _Fields(dict):
    """Message fields; one a kind did not provide reads as empty."""

    def __missing__(self, key: str) -> str:
        return ""


def severity_for(rule: Rule, claims: tuple[Fact, ...]) -> str:
    """The rule's severity, lowered to ``hedged_severity`` when every claim of one value is hedged."""
    lowered = rule.parameters.get("hedged_severity")
    if not lowered or SEVERITIES.index(lowered) <= SEVERITIES.index(rule.severity):
        return rule.severity
    if some_value_wholly(claims, lambda c: is_hedged(c.attribution)):
        return lowered
    return rule.severity


def describe_values(claims: tuple[Fact, ...]) -> str:
    """"10 April (a.txt) vs 27 February (b.txt, c.txt)": every value with its sources,
    the first few named and the rest counted ("… and 12 more")."""
    sources: dict[str, dict[str, None]] = defaultdict(dict)  # value → source names, first seen first
    shown: dict[str, str] = {}
    for value, source, display in dict.fromkeys(map(_value_source_display, claims)):  # in first-seen order
        shown.setdefault(value, display)
        sources[value].setdefault(file_name(source))
    parts = []
    for value in sorted(sources):
        names = list(sources[value])
        more = f" and {len(names) - NAMED_SOURCES} more" if len(names) > NAMED_SOURCES else ""
        parts.append(f"{shown[value]} ({', '.join(names[:NAMED_SOURCES])}{more})")
    return " vs ".join(parts)


#: Sources a message names per value; the report's claims list them all.
NAMED_SOURCES = 3
_value_source_display = attrgetter("value", "source", "display")  # a claim's three fields, read in C


@lru_cache(maxsize=1 << 16)
def file_name(source: str) -> str:
    """The file name of a source path; cached, as conflicts repeat 10⁴ sources in 10⁵ claims."""
    return PurePosixPath(source).name


def fingerprint(rule: str, subject: str, claims: Iterable[Fact]) -> str:
    """A stable id from the rule, the subject and the (source, value) pairs; never lines."""
    pairs = sorted(set(map(attrgetter("source", "value"), claims)))
    text = "\x1f".join([rule, subject_key(subject)] + [f"{s}\x1e{v}" for s, v in pairs])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def subject_key(subject: str) -> str:
    """The subject as fingerprints compare it: case-folded, whitespace collapsed."""
    return " ".join(subject.casefold().split())
